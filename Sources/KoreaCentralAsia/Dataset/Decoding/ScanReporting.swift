// Reporting a failed scan: the JSON path, line and column of the first fault.

extension ScanFailure {
    /// The error to throw, with the JSON path, line and column of the failure.
    func error(in bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> DatasetDecodingError {
        func at(_ offset: Int) -> String {
            let location = Location(bytes, offset)
            return "line \(location.line), column \(location.column)"
        }
        // Bad JSON at `offset`: the JSON path to it, and a reason that begins as they all do.
        func invalidJSON(at offset: Int, _ problem: String) -> DatasetDecodingError {
            DatasetDecodingError(
                .invalidJSON, path: JSONPathScan.path(bytes, to: offset),
                reason: "the data is not valid JSON: " + problem)
        }
        switch self {
        case .byteOrderMark:
            return DatasetDecodingError(
                .invalidJSON, path: "",
                reason:
                    "the document starts with a byte order mark (EF BB BF); JSON is UTF-8 without one: save the file as UTF-8 without BOM"
            )
        case .notUTF8(let encoding):
            return DatasetDecodingError(
                .invalidJSON, path: "",
                reason:
                    "the document looks like \(encoding) text; JSON is UTF-8: save the file as UTF-8"
            )
        case .empty:
            return DatasetDecodingError(
                .invalidJSON, path: "", reason: "the document is empty (no JSON value)")
        case .controlCharacter(let byte, let offset):
            let name = byte == 0 ? "a NUL byte" : "the control character \(Self.hex(byte))"
            return invalidJSON(
                at: offset,
                "\(name) inside a string at \(at(offset)); write it escaped, as \\u00\(Self.hex(byte).dropFirst(2))"
            )
        case .unexpected(let offset, let expected, let container):
            return invalidJSON(
                at: offset,
                "\(Self.found(bytes[offset])) at \(at(offset)), where \(Self.describe(expected, in: container, found: bytes[offset]))"
            )
        case .invalidToken(let offset):
            var end = offset + 1
            while end < bytes.count, end - offset < 24, (0x21...0x7E).contains(bytes[end]),
                !Set(",:]}[{\"".utf8).contains(bytes[end])
            {
                end += 1
            }
            let token = String(decoding: bytes[offset..<end], as: UTF8.self)
            return invalidJSON(
                at: offset,
                "\(quoted(token)) at \(at(offset)) is not a value (numbers are written like 12, -0.5 or 1e6, without leading zeros; the words are true, false and null)"
            )
        case .tooDeep(let offset):
            return DatasetDecodingError(
                .tooDeep, path: JSONPathScan.path(bytes, to: offset),
                reason:
                    "arrays and objects nest more than \(maximumDepth) levels deep at \(at(offset)); the limit is \(maximumDepth) (DecodingLimits.maximumDepth)"
            )
        case .duplicateKey(let first, let second):
            let key = JSONPathScan.keyText(bytes, from: second)
            let objectPath = JSONPathScan.path(bytes, to: second - 1, includingLastKey: false)
            return DatasetDecodingError(
                .duplicateKey,
                path: objectPath.isEmpty ? key : "\(objectPath).\(key)",
                reason:
                    "the key \(quoted(key)) appears twice in one object (\(at(first - 1)) and \(at(second - 1))); JSON readers disagree on which value counts, so the document is refused"
            )
        case .endsInString(let start):
            return invalidJSON(
                at: start,
                "it ends inside the string that starts at \(at(start)) (is the file truncated?)")
        case .invalidEscape(let offset):
            let isUnicode = offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "u")
            let escape = String(
                decoding: bytes[offset..<min(offset + (isUnicode ? 6 : 2), bytes.count)],
                as: UTF8.self)
            return invalidJSON(
                at: offset,
                "the escape \(escapingControlCharacters(escape)) at \(at(offset)) is not one JSON has (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
            )
        case .loneSurrogate(let offset):
            let escape = String(
                decoding: bytes[offset..<min(offset + 6, bytes.count)], as: UTF8.self)
            return invalidJSON(
                at: offset,
                "the escape \(escape) at \(at(offset)) is half of a UTF-16 surrogate pair, without its other half"
            )
        case .invalidUTF8(let offset):
            return invalidJSON(
                at: offset,
                "the bytes at \(at(offset)) are not UTF-8 (starting with \(Self.hex(bytes[offset]))); save the file as UTF-8"
            )
        case .outOfMemory:
            return DatasetDecodingError(
                .tooLarge, path: "",
                reason:
                    "there is not enough memory to read the document (\(bytes.count) bytes); lower DecodingLimits.maximumBytes"
            )
        case .unclosed(let depth):
            return invalidJSON(
                at: bytes.count,
                "it ends with \(depth) array\(depth == 1 ? "" : "s") or object\(depth == 1 ? "" : "s") still open (is the file truncated?)"
            )
        }
    }

    /// A byte found where it should not be, for a message.
    private static func found(_ byte: UInt8) -> String {
        switch byte {
        case 0: "a NUL byte"
        case 0x21...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, 0x7F: "the control character \(hex(byte))"
        default: "the byte \(hex(byte)) (binary data, or text outside quotes?)"
        }
    }

    /// What the grammar wanted instead, for a message: "a value should be".
    private static func describe(
        _ expected: DocumentScan.Expect, in container: UInt8?, found: UInt8
    ) -> String {
        let wanted: String
        switch expected {
        case .value: wanted = container == nil ? "the document's value" : "a value"
        case .valueOrEnd: wanted = "a value or ']'"
        case .keyOrEnd: wanted = "a key in double quotes or '}'"
        case .key: wanted = "a key in double quotes"
        case .colon: wanted = "':' after the key"
        case .commaOrEnd:
            wanted =
                container == nil
                ? "the end of the document"
                : "',' or '\(container == UInt8(ascii: "{") ? "}" : "]")'"
        }
        let afterComma = container != nil && (expected == .value || expected == .key)
        let closer = found == UInt8(ascii: "}") || found == UInt8(ascii: "]")
        return afterComma && closer
            ? "\(wanted) should be: no comma may come before '\(Character(Unicode.Scalar(found)))'"
            : "\(wanted) should be"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}

/// A 1-based line and column (in bytes) of a byte offset.
private struct Location {
    var line = 1
    var column = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) {
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        column = offset - lineStart + 1
    }
}

/// The JSON path of a byte offset, found by reading the document again up to it: run only to
/// report a failure, so it may allocate.
private enum JSONPathScan {
    private enum Step {
        case index(Int)
        case key(String?)
    }

    /// The path of the value at `offset`: `forums[0].editions[3]`.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - offset: Where the value is.
    ///   - includingLastKey: Whether the key of the innermost object counts (`false` for the
    ///     object that holds a key being reported).
    /// - Returns: The path, empty for the document as a whole.
    static func path(
        _ bytes: UnsafeBufferPointer<UInt8>, to offset: Int, includingLastKey: Bool = true
    ) -> String {
        var steps: [Step] = []
        var index = 0
        var lastString: (start: Int, end: Int)?
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let start = index + 1
                index += 1
                while index < end, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                lastString = (start, index)
            case UInt8(ascii: ":"):
                if let string = lastString, case .key = steps.last {
                    steps[steps.count - 1] = .key(text(bytes, string.start, string.end))
                }
                lastString = nil
            case UInt8(ascii: "{"):
                steps.append(.key(nil))
                lastString = nil
            case UInt8(ascii: "["):
                steps.append(.index(0))
                lastString = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !steps.isEmpty { steps.removeLast() }
                lastString = nil
            case UInt8(ascii: ","):
                switch steps.last {
                case .index(let position): steps[steps.count - 1] = .index(position + 1)
                case .key: steps[steps.count - 1] = .key(nil)
                case nil: break
                }
                lastString = nil
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                break
            default:
                lastString = nil
            }
            index += 1
        }
        if !includingLastKey, case .key = steps.last { steps.removeLast() }
        var path = ""
        for step in steps {
            switch step {
            case .index(let position): path += "[\(position)]"
            case .key(let key?): path += path.isEmpty ? key : ".\(key)"
            case .key(nil): break
            }
        }
        return path
    }

    /// The text of the key whose opening quote is just before `start`.
    static func keyText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        return text(bytes, start, min(end, bytes.count))
    }

    /// A key's text for a path: unescaped, control characters escaped, long keys shortened.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> String
    {
        let shown = min(end, start + 200)
        let raw = unescaped(bytes, start, shown) ?? Array(bytes[start..<shown])
        let text = escapingControlCharacters(String(decoding: raw, as: UTF8.self))
        return shown < end ? text + "…" : text
    }
}
