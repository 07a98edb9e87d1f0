#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A ``DocumentSink`` that writes JSON bytes exactly as `JSONEncoder` writes them with
/// `.sortedKeys` and `.withoutEscapingSlashes`, and with `.prettyPrinted` when asked.
///
/// The layout is `JSONEncoder`'s: pretty-printed, two spaces a level, `"key" : value`, and an
/// empty array or object on three lines (`[`, an empty line, `]`); compact, no space at all.
/// Strings escape `"`, `\`, and the control characters below U+0020 (`\b`, `\f`, `\n`, `\r`,
/// `\t`, the others as `\u00XX` in lower-case hexadecimal); `/`, U+007F, U+2028, U+2029 and
/// every other character stay as they are, in UTF-8. Numbers are written as `JSONEncoder`
/// writes them: whole numbers in digits, a `Double` as its `description` less a final `.0`.
struct JSONDocumentWriter: DocumentSink {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// The first value that cannot be written as JSON, as `JSONEncoder` would refuse it.
    private(set) var failure: (any Error)?

    private let prettyPrinted: Bool
    /// For each open container, whether it is an array.
    private var containers: [Bool] = []
    /// Whether the open container has no member yet.
    private var isFirst = true

    /// Creates a writer.
    init(prettyPrinted: Bool, capacity: Int = 0) {
        self.prettyPrinted = prettyPrinted
        bytes.reserveCapacity(capacity)
        containers.reserveCapacity(16)
    }

    /// Writes a whole document: `value`, then a newline.
    ///
    /// - Throws: `EncodingError.invalidValue` for a value that JSON cannot hold (a number that
    ///   is not finite), as `JSONEncoder` throws.
    static func document(
        _ value: some DocumentWritable, prettyPrinted: Bool, capacity: Int = 0
    ) throws -> Data {
        var writer = JSONDocumentWriter(prettyPrinted: prettyPrinted, capacity: capacity)
        value.write(to: &writer)
        if let failure = writer.failure { throw failure }
        writer.bytes.append(0x0A)
        return Data(writer.bytes)
    }

    // MARK: Containers

    mutating func beginObject() { open(0x7B, isArray: false) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B, isArray: true) }
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ bracket: UInt8, isArray: Bool) {
        startValue()
        bytes.append(bracket)
        if prettyPrinted { bytes.append(0x0A) }
        containers.append(isArray)
        isFirst = true
    }

    private mutating func close(_ bracket: UInt8) {
        containers.removeLast()
        if prettyPrinted {
            bytes.append(0x0A)
            indent()
        }
        bytes.append(bracket)
        isFirst = false
    }

    /// Starts a value: in an array, the separator from the previous element and the
    /// indentation; after a key or at the top, nothing.
    @inline(__always)
    private mutating func startValue() {
        guard containers.last == true else { return }
        separate()
    }

    /// Writes what comes before a member of the open container: a comma after the previous
    /// one, and when pretty-printed a new line and the indentation.
    @inline(__always)
    private mutating func separate() {
        if !isFirst {
            bytes.append(0x2C)
            if prettyPrinted { bytes.append(0x0A) }
        }
        isFirst = false
        if prettyPrinted { indent() }
    }

    @inline(__always)
    private mutating func indent() {
        let count = containers.count * 2
        if count > 0 { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    // MARK: Keys

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        endKey()
    }

    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        endKey()
    }

    @inline(__always)
    private mutating func endKey() {
        if prettyPrinted {
            // `" : `
            bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])
        } else {
            bytes.append(contentsOf: [0x22, 0x3A])
        }
    }

    // MARK: Scalars

    mutating func string(_ text: String) {
        startValue()
        appendQuoted(text)
        bytes.append(0x22)
    }

    mutating func integer(_ value: Int) {
        startValue()
        appendDigits(value)
    }

    mutating func number(_ value: Double) {
        startValue()
        guard value.isFinite else {
            failure =
                failure
                ?? EncodingError.invalidValue(
                    value,
                    EncodingError.Context(
                        codingPath: [],
                        debugDescription: "Unable to encode \(value) directly in JSON."
                    ))
            bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
            return
        }
        bytes.append(contentsOf: jsonNumberText(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    mutating func null() {
        startValue()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    mutating func date(_ date: PartialDate) {
        // `PartialDate.format`: the year in four digits, month and day in two. Any other shape
        // (a year outside 0 to 9999, a day without a month) goes through the description.
        let year = date.year
        guard (0...9999).contains(year), date.month != nil || date.day == nil else {
            return string(date.description)
        }
        startValue()
        bytes.append(0x22)
        bytes.append(0x30 &+ UInt8(year / 1000))
        bytes.append(0x30 &+ UInt8(year / 100 % 10))
        bytes.append(0x30 &+ UInt8(year / 10 % 10))
        bytes.append(0x30 &+ UInt8(year % 10))
        if let month = date.month {
            bytes.append(0x2D)
            appendTwoDigits(month)
            if let day = date.day {
                bytes.append(0x2D)
                appendTwoDigits(day)
            }
        }
        bytes.append(0x22)
    }

    mutating func refuse(_ error: any Error) {
        failure = failure ?? error
    }

    // MARK: Text

    private static let hexDigits = Array("0123456789abcdef".utf8)

    @inline(__always)
    private mutating func appendTwoDigits(_ value: Int) {
        guard (0...99).contains(value) else { return appendDigits(value) }
        bytes.append(0x30 &+ UInt8(value / 10))
        bytes.append(0x30 &+ UInt8(value % 10))
    }

    private mutating func appendDigits(_ value: Int) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(0x2D) }
        guard magnitude >= 10 else { return bytes.append(0x30 &+ UInt8(magnitude)) }
        // At most 20 digits; written backwards into a small buffer, then appended.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = 20
            while magnitude > 0 {
                start -= 1
                buffer[start] = 0x30 &+ UInt8(magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<20]))
        }
    }

    /// Appends `"` and the text, escaped; the closing quote is the caller's.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in appendEscaped(utf8) }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            }
            runStart = index + 1
            bytes.append(0x5C)
            switch byte {
            case 0x22, 0x5C: bytes.append(byte)
            case 0x08: bytes.append(0x62)  // \b
            case 0x0C: bytes.append(0x66)  // \f
            case 0x0A: bytes.append(0x6E)  // \n
            case 0x0D: bytes.append(0x72)  // \r
            case 0x09: bytes.append(0x74)  // \t
            default:
                // \u00XX, lower-case hexadecimal.
                let hex = Self.hexDigits
                bytes.append(contentsOf: [
                    0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                ])
            }
        }
        if runStart < utf8.count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}

/// A finite `Double` as `JSONEncoder` writes it: its `description`, less a final `.0`
/// (`1e+16`, `0.1`, `15000000000`, `-0`).
func jsonNumberText(_ value: Double) -> String {
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
}
