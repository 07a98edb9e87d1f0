#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scanned document, shared by every decoder and container reading it.
final class ScannedDocument {
    let bytes: UnsafeBufferPointer<UInt8>
    let records: UnsafeBufferPointer<ValueRecord>
    /// The keys each keyed type defines, by type.
    ///
    /// Listed once per type for the whole document rather than once per object. A document is
    /// read by one decoder on one thread.
    private var definedKeys: [ObjectIdentifier: [String]] = [:]
    /// The most lists of sources kept for sharing: a document whose lists are all different
    /// would otherwise hold each list twice.
    static let sharedSourceListLimit = 4096
    /// The lists of sources read so far, by the hash of their bytes, so that the entities that
    /// cite the same sources share one array (``directSources(_:)``).
    private var sourceListsByBytes: [Int: [SharedSourceList]] = [:]
    /// How many lists ``sourceListsByBytes`` holds.
    private var sourceListsByBytesCount = 0
    /// The object whose members ``cachedMembers`` holds (``members(of:)``), or -1.
    private var membersObject = -1
    /// The members of ``membersObject``.
    private var cachedMembers: [(value: Int, key: ValueRecord)] = []

    /// A list of sources read directly, and where its bytes lie.
    private struct SharedSourceList {
        let start: UnsafeRawPointer
        let count: Int
        let identifiers: [Source.ID]
    }

    /// Whether the most numerous values are read by the direct path (`DirectReading.swift`)
    /// rather than through their `init(from:)`.
    let readsDirectly: Bool
    /// How many values of the direct path's arrays it read, and how many it left to their
    /// `init(from:)`.
    var directReads = (direct: 0, leftToInitFromDecoder: 0)

    init(
        bytes: UnsafeBufferPointer<UInt8>, records: UnsafeBufferPointer<ValueRecord>,
        readsDirectly: Bool = true
    ) {
        self.bytes = bytes
        self.records = records
        self.readsDirectly = readsDirectly
    }

    /// Decodes the document's value as a `T`; with `readsDirectly` `false`, every value
    /// through its `init(from:)`.
    static func decode<T: Decodable>(
        _ type: T.Type, from json: Data, records: ValueRecords, readsDirectly: Bool = true
    ) throws -> T {
        try reading(json, records: records, readsDirectly: readsDirectly) { document in
            try T(from: RecordDecoder(document: document, index: 0))
        }
    }

    /// Runs `body` on the scanned document of `json` and its `records`, which lives only for
    /// the call.
    static func reading<Result>(
        _ json: Data, records: ValueRecords, readsDirectly: Bool = true,
        _ body: (ScannedDocument) throws -> Result
    ) rethrows -> Result {
        try json.withUnsafeBytes { raw in
            let document = ScannedDocument(
                bytes: raw.bindMemory(to: UInt8.self), records: records.buffer,
                readsDirectly: readsDirectly)
            return try withExtendedLifetime(records) { try body(document) }
        }
    }

    // MARK: Values

    /// The first byte of the value at record `index`, which says what it is.
    @inline(__always) func lead(_ index: Int) -> UInt8 { bytes[Int(records[index].start)] }

    /// The index of the record after the value at `index` and all its members.
    @inline(__always) func next(_ index: Int) -> Int {
        let lead = lead(index)
        return lead == UInt8(ascii: "{") || lead == UInt8(ascii: "[")
            ? Int(records[index].info) : index + 1
    }

    /// The text of the string at `index`, its escapes resolved.
    func string(_ index: Int) -> String { string(records[index]) }

    /// The text of the string `record` describes (a value's, or a key's from
    /// ``keyRecord(ofValue:)``), its escapes resolved.
    func string(_ record: ValueRecord) -> String {
        let start = Int(record.start) + 1
        let length = Int(record.info & ValueRecord.lengthMask)
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<(start + length)])
        guard record.info & ValueRecord.escapedFlag != 0 else {
            return String(decoding: raw, as: UTF8.self)
        }
        // Every escape is at least as long as the UTF-8 it stands for.
        return String(unsafeUninitializedCapacity: max(length, 1)) { buffer in
            Self.unescape(raw, into: buffer)
        }
    }

    /// Writes the text of a string's contents with its escapes resolved (the scan has checked
    /// them: no lone surrogates, no unknown escapes); returns its length.
    private static func unescape(
        _ raw: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var written = 0
        var index = 0
        func put(_ byte: UInt8) {
            buffer[written] = byte
            written += 1
        }
        func hex(_ at: Int) -> UInt32 {
            var value: UInt32 = 0
            for byte in raw[at..<(at + 4)] {
                let digit: UInt8 =
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
                    default: byte - UInt8(ascii: "A") + 10
                    }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                put(byte)
                index += 1
                continue
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex(index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hex(index + 2) - 0xDC00)
                    index += 6
                }
                for unit in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") ?? .init() {
                    put(unit)
                }
            default: put(escape)  // \" \\ \/
            }
        }
        return written
    }

    // MARK: Keys

    // An object's keys have no records: the scan records values only, which saves a quarter of
    // the records of a typical document. A key is found from its value: before the value's
    // first byte come white space, the colon, white space and the key's closing quote; its
    // opening quote is the nearest quote before that with an even number of backslashes (none)
    // before it, since a quote inside a key is escaped. The scan has checked the document, so
    // this only ever runs over well-formed JSON.

    /// The record the key of the object member whose value is at `value` would have: the
    /// offset of its opening quote, its length, ``ValueRecord/escapedFlag`` and
    /// ``ValueRecord/nonASCIIFlag``.
    func keyRecord(ofValue value: Int) -> ValueRecord {
        let bytes = self.bytes
        func isWhitespace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
        }
        var index = Int(records[value].start) - 1
        while isWhitespace(bytes[index]) { index -= 1 }
        index -= 1  // the colon
        while isWhitespace(bytes[index]) { index -= 1 }
        let close = index
        var flags: UInt32 = 0
        index -= 1
        while true {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                var backslashes = 0
                while bytes[index - 1 - backslashes] == UInt8(ascii: "\\") { backslashes += 1 }
                if backslashes % 2 == 0 { break }
            } else if byte == UInt8(ascii: "\\") {
                flags |= ValueRecord.escapedFlag
            } else if byte >= 0x80 {
                flags |= ValueRecord.nonASCIIFlag
            }
            index -= 1
        }
        return ValueRecord(start: UInt32(index), info: UInt32(close - index - 1) | flags)
    }

    /// The text of the key of the object member whose value is at `value`.
    func keyText(ofValue value: Int) -> String { string(keyRecord(ofValue: value)) }

    /// Whether the key of the object member whose value is at `value` is `key`.
    @inline(__always) func matches(_ value: Int, _ key: String) -> Bool {
        matches(keyRecord(ofValue: value), key)
    }

    /// Whether the key `record` describes is `key`.
    @inline(__always) func matches(_ record: ValueRecord, _ key: String) -> Bool {
        if record.info & (ValueRecord.escapedFlag | ValueRecord.nonASCIIFlag) != 0 {
            // Compared as Swift strings, as JSONDecoder's dictionary compares them.
            return string(record) == key
        }
        let length = Int(record.info)
        let start = Int(record.start) + 1
        let bytes = self.bytes
        return key.utf8.withContiguousStorageIfAvailable { text in
            text.count == length && bytesEqual(text, bytes, start)
        } ?? (key.utf8.count == length && key.utf8.elementsEqual(bytes[start..<(start + length)]))
    }

    /// The record of the value at `key` in the object at `object`, or `nil`.
    func find(_ key: String, in object: Int) -> Int? {
        for member in members(of: object) where matches(member.key, key) { return member.value }
        return nil
    }

    /// The members of the object at `object`: each value's record and its key's.
    ///
    /// Kept for the object last asked about, since `init(from:)` asks for one object's keys one
    /// after the other; worked out again when another object is asked about.
    private func members(of object: Int) -> [(value: Int, key: ValueRecord)] {
        if object != membersObject {
            membersObject = object
            cachedMembers.removeAll(keepingCapacity: true)
            _ = forEachMember(of: object) { key, value in
                cachedMembers.append((value, key))
                return true
            }
        }
        return cachedMembers
    }

    /// Calls `body` with the key and the value's record of each member of the object at
    /// `object`, in document order, while it returns `true`.
    ///
    /// - Returns: Whether the value is an object and `body` returned `true` for every member.
    @inline(__always) func forEachMember(of object: Int, _ body: (ValueRecord, Int) -> Bool)
        -> Bool
    {
        guard lead(object) == UInt8(ascii: "{") else { return false }
        let end = Int(records[object].info)
        var value = object + 1
        while value < end {
            guard body(keyRecord(ofValue: value), value) else { return false }
            value = next(value)
        }
        return true
    }

    /// The first key of the object at `object` that `Key` does not define, or `nil`.
    ///
    /// Keys are compared byte by byte, as ``find(_:in:)`` does; a key is built as a string only
    /// when it is unknown.
    func firstUnknownKey<Key: CodingKey & CaseIterable>(in object: Int, of type: Key.Type)
        -> String?
    {
        let known: [String]
        if let listed = definedKeys[ObjectIdentifier(type)] {
            known = listed
        } else {
            known = Key.allCases.map(\.stringValue)
            definedKeys[ObjectIdentifier(type)] = known
        }
        for member in members(of: object) where !known.contains(where: { matches(member.key, $0) })
        {
            return string(member.key)
        }
        return nil
    }

    /// The keys of the object at `object`, in document order.
    func keys(of object: Int) -> [String] { members(of: object).map { string($0.key) } }

    /// The array of source identifiers at `index`, the same array (one storage) for every
    /// list of the same sources: a large history cites a few hundred sources from hundreds of
    /// thousands of events, and a separate array for each would cost 48 bytes or more an event.
    ///
    /// - Throws: A type mismatch when the value is not an array of strings; a `dataCorrupted`
    ///   error at the element's path when a text is not an identifier.
    func sourceList(_ index: Int) throws -> [Source.ID] {
        if let shared = directSources(index) { return shared }
        // A list with an escape, or one to refuse: read text by text, and not shared.
        let texts = try strings(index)
        var identifiers: [Source.ID] = []
        identifiers.reserveCapacity(texts.count)
        var element = index + 1
        for text in texts {
            do {
                identifiers.append(try Source.ID(text))
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: path(to: element), debugDescription: error.message))
            }
            element = next(element)
        }
        return identifiers
    }

    /// The list of sources read earlier from the same bytes as `span`, or `nil`.
    func sharedSources(_ span: UnsafeRawBufferPointer) -> [Source.ID]? {
        guard let base = span.baseAddress, let candidates = sourceListsByBytes[Self.hash(span)]
        else { return nil }
        for candidate in candidates where candidate.count == span.count {
            if memcmp(candidate.start, base, span.count) == 0 {
                return candidate.identifiers
            }
        }
        return nil
    }

    /// Keeps a list of sources read from `span`'s bytes for later lists of the same bytes.
    func share(_ identifiers: [Source.ID], _ span: UnsafeRawBufferPointer) {
        guard sourceListsByBytesCount < Self.sharedSourceListLimit, let start = span.baseAddress
        else { return }
        sourceListsByBytes[Self.hash(span), default: []].append(
            SharedSourceList(start: start, count: span.count, identifiers: identifiers))
        sourceListsByBytesCount += 1
    }

    private static func hash(_ span: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: span)
        return hasher.finalize()
    }

    /// Whether the array at `array` holds at least `minimum` values; stops counting there.
    func holds(atLeast minimum: Int, valuesIn array: Int) -> Bool {
        let end = Int(records[array].info)
        var count = 0
        var index = array + 1
        while index < end {
            count += 1
            if count >= minimum { return true }
            index = next(index)
        }
        return count >= minimum
    }

    /// The number of values in the array at `array`.
    func count(of array: Int) -> Int {
        let end = Int(records[array].info)
        var count = 0
        var index = array + 1
        while index < end {
            count += 1
            index = next(index)
        }
        return count
    }

    // MARK: Paths and errors

    /// The coding path of the value at record `target`, worked out by walking down from the
    /// document's value.
    func path(to target: Int) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = 0
        while current != target {
            let isObject = lead(current) == UInt8(ascii: "{")
            let end = Int(records[current].info)
            var index = current + 1
            var position = 0
            while index < end {
                let after = next(index)
                if target < after {
                    path.append(
                        isObject
                            ? PathKey(keyText(ofValue: index)) : PathKey(index: position))
                    current = index
                    break
                }
                index = after
                position += 1
            }
            if index >= end { return path }
        }
        return path
    }

    /// What the value at `index` is, for a message, as `JSONDecoder` says it.
    func describe(_ index: Int) -> String {
        switch lead(index) {
        case UInt8(ascii: "{"): "a dictionary"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "bool"
        case UInt8(ascii: "n"): "null"
        default: "number"
        }
    }

    /// The error for a value of the wrong type (or `null`) at `index`.
    func mismatch(_ type: Any.Type, at index: Int) -> DecodingError {
        let context = DecodingError.Context(
            codingPath: path(to: index),
            debugDescription: lead(index) == UInt8(ascii: "n")
                ? "Cannot get value of type \(type) -- found null value instead"
                : "Expected to decode \(type) but found \(describe(index)) instead.")
        return lead(index) == UInt8(ascii: "n")
            ? .valueNotFound(type, context) : .typeMismatch(type, context)
    }

    // MARK: Typed values

    func bool(_ index: Int) throws -> Bool {
        switch lead(index) {
        case UInt8(ascii: "t"): true
        case UInt8(ascii: "f"): false
        default: throw mismatch(Bool.self, at: index)
        }
    }

    func text(_ index: Int) throws -> String {
        guard lead(index) == UInt8(ascii: "\"") else { throw mismatch(String.self, at: index) }
        return string(index)
    }

    /// The bytes of the number at `index`, or a type error.
    private func number<T>(_ index: Int, as type: T.Type) throws -> UnsafeBufferPointer<UInt8> {
        let lead = lead(index)
        guard lead == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead)
        else { throw mismatch(type, at: index) }
        let start = Int(records[index].start)
        return UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(records[index].info))])
    }

    /// An integer as `JSONDecoder` reads one: its digits when they fit; otherwise a number
    /// that is a whole number as a `Double` below 2^53, or one whose exact decimal value
    /// (truncated) fits; `1.5e10` is 15000000000.
    func integer<T: FixedWidthInteger>(_ index: Int, as type: T.Type) throws -> T {
        let digits = try number(index, as: type)
        if let value: T = parseInteger(digits) { return value }
        let text = String(decoding: digits, as: UTF8.self)
        if let double = Double(text) {
            guard let value = T(exactly: double) else {
                throw UnrepresentableNumber(text: text, path: path(to: index))
            }
            if double.magnitude < 0x1p53 { return value }
        }
        guard let decimal = Decimal(string: text), let value = T(truncating: decimal) else {
            throw UnrepresentableNumber(text: text, path: path(to: index))
        }
        return value
    }

    /// A floating-point number as `JSONDecoder` reads one: refused when it is too large for the
    /// type, or so small that it rounds to zero.
    func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _ index: Int, as type: T.Type
    ) throws -> T {
        let digits = try number(index, as: type)
        let text = String(decoding: digits, as: UTF8.self)
        guard let value = T(text), value.isFinite,
            value != 0 || Self.isZero(digits)
        else { throw UnrepresentableNumber(text: text, path: path(to: index)) }
        return value
    }

    /// Whether a number's digits before its exponent are all zeros.
    private static func isZero(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in digits {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return true
            case UInt8(ascii: "1")...UInt8(ascii: "9"): return false
            default: continue
            }
        }
        return true
    }
}

/// Whether `text` equals `bytes[start..<start + text.count]`.
@inline(__always)
private func bytesEqual(
    _ text: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int
) -> Bool {
    var offset = 0
    while offset < text.count {
        if text[offset] != bytes[start + offset] { return false }
        offset += 1
    }
    return true
}

/// An optional minus sign and decimal digits as an integer, or `nil` when there is anything
/// else or it does not fit.
private func parseInteger<T: FixedWidthInteger>(_ digits: UnsafeBufferPointer<UInt8>) -> T? {
    var index = 0
    let negative = digits.first == UInt8(ascii: "-")
    if negative { index = 1 }
    guard index < digits.count else { return nil }
    var value: T = 0
    while index < digits.count {
        let digit = digits[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) =
            negative
            ? times.subtractingReportingOverflow(T(digit)) : times.addingReportingOverflow(T(digit))
        guard !overflow1, !overflow2 else { return nil }
        value = sum
        index += 1
    }
    return value
}

extension FixedWidthInteger {
    /// The whole part of a decimal, if it fits: `JSONDecoder`'s last resort for an integer
    /// written with a fraction or an exponent.
    fileprivate init?(truncating decimal: Decimal) {
        guard !decimal.isNaN else { return nil }
        // The description is the plain decimal notation: `-12.5`, `10000000000000000`.
        let text = decimal.description
        let whole = text.split(separator: ".", maxSplits: 1).first ?? "0"
        let digits = Array(whole.utf8)
        guard let value: Self = digits.withUnsafeBufferPointer({ parseInteger($0) }) else {
            return nil
        }
        self = value
    }
}

/// A number that the requested type cannot hold (`1e400` as a `Double`, `1.5` or `1e30` as an
/// `Int`): like `JSONDecoder`'s own error for it, not a `DecodingError`, so that callers that
/// catch one catch the other; ``Dataset/init(json:limits:)`` reports it with its path.
struct UnrepresentableNumber: Error {
    let text: String
    let path: [any CodingKey]
}

/// A key of a coding path: an object's key, or an array's index.
struct PathKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ key: String) {
        stringValue = key
        intValue = nil
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
