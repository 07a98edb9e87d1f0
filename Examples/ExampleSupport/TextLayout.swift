import KoreaCentralAsia

/// Lays out rows as aligned columns that fit a width, for output people read.
///
/// Cells are made `terminalSafe` (the library's escaping). Every column but the last is padded
/// to its widest cell (cut with `…` beyond `maximumCell` characters); the last one is wrapped
/// at word boundaries, its continuation lines aligned under it. Lines end without trailing spaces.
///
/// ```swift
/// formatTable([["KR", "Republic of Korea"], ["KZ", "Kazakhstan"]])
/// // "KR  Republic of Korea\nKZ  Kazakhstan\n"
/// ```
///
/// - Parameters:
///   - rows: The cells, row by row; rows may have different lengths.
///   - width: The width the lines must fit, 100 by default.
///   - gap: The spaces between columns.
///   - maximumCell: The widest a cell of a column other than the last may be.
/// - Returns: The lines, each ending with a newline.
public func formatTable(
    _ rows: [[String]], width: Int = 100, gap: Int = 2, maximumCell: Int = 40
) -> String {
    let columns = rows.map(\.count).max() ?? 0
    guard columns > 0 else { return "" }
    // Each cell with its length in characters, counted once: counting walks the text.
    let fitted = rows.map { row in
        row.map(terminalSafe).enumerated().map { column, cell -> (text: String, count: Int) in
            let count = cell.count
            return column < columns - 1 && count > maximumCell
                ? (String(cell.prefix(maximumCell - 1)) + "…", maximumCell) : (cell, count)
        }
    }
    var widths = [Int](repeating: 0, count: columns)
    for row in fitted {
        for (column, cell) in row.enumerated() where column < row.count - 1 {
            widths[column] = max(widths[column], cell.count)
        }
    }
    var text = ""
    for row in fitted {
        var line = ""
        var lineCount = 0
        for (column, cell) in row.enumerated() {
            if column == row.count - 1 {
                let indent = String(repeating: " ", count: lineCount)
                let lastWidth = max(20, width - lineCount)
                let wrapped = wrap(cell.text, width: lastWidth)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                line += wrapped.enumerated()
                    .map { $0.offset == 0 ? String($0.element) : indent + $0.element }
                    .joined(separator: "\n")
            } else {
                let length = widths[column] + gap
                line += cell.text
                if cell.count < length {
                    line += String(repeating: " ", count: length - cell.count)
                }
                lineCount += max(cell.count, length)
            }
        }
        text += line.trimmingTrailingSpaces() + "\n"
    }
    return text
}

/// Wraps text at spaces so that no line is longer than `width` (a word longer than the width
/// stays whole), prefixing each line with `indent`.
///
/// - Parameters:
///   - text: The text; its own line breaks are kept, other control characters escaped (see
///     the library's `terminalSafe`).
///   - width: The longest a line may be, indent included.
///   - indent: What each line starts with.
///   - hangingIndent: What each line but the first of a paragraph starts with; `indent` when
///     `nil`.
/// - Returns: The wrapped lines, joined with newlines, without a final newline.
public func wrap(
    _ text: String, width: Int = 100, indent: String = "", hangingIndent: String? = nil
) -> String {
    // Lengths in characters are kept as the lines grow: counting a line walks all of it.
    var lines: [String] = []
    let hanging = hangingIndent ?? indent
    let (indentLength, hangingLength) = (indent.count, hanging.count)
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var currentIndentLength = indentLength
        var line = indent
        var lineLength = indentLength
        for word in terminalSafe(String(paragraph)).split(separator: " ") {
            let wordLength = word.count
            if lineLength > currentIndentLength, lineLength + 1 + wordLength > width {
                lines.append(line)
                line = hanging
                lineLength = hangingLength
                currentIndentLength = hangingLength
            }
            if lineLength > currentIndentLength {
                line += " "
                lineLength += 1
            }
            line += word
            lineLength += wordLength
        }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}

extension String {
    /// The text without spaces at the end of its lines.
    ///
    /// Works on the UTF-8 bytes: a space is one byte, and what follows the last other byte of
    /// a line is spaces only, so the cut never falls inside a character.
    func trimmingTrailingSpaces() -> String {
        let space = UInt8(ascii: " ")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var spaces = 0
        for byte in utf8 {
            if byte == space {
                spaces += 1
                continue
            }
            if byte != UInt8(ascii: "\n") {
                bytes.append(contentsOf: repeatElement(space, count: spaces))
            }
            spaces = 0
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
