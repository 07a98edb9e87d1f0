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

// A `Decoder` over a scanned document: the bytes, read in place, and the records of where each
// value lies (`DecodingLimits.scan`). It runs each type's own `init(from:)`, as `JSONDecoder`
// does, with the same results: the same values, and refusals of the same kinds at the same
// paths. An object's keys are found by comparing bytes with the key's text, with no dictionary
// built for it; a coding path is worked out from the records only when something asks for one
// (to throw an error).

/// The records of a scanned document, in one block of memory that grows with `realloc` (which
/// moves the pages of a large block rather than copying them, so that growing never holds the
/// old and the new block at once).
final class ValueRecords {
    private var base: UnsafeMutablePointer<ValueRecord>
    private var capacity: Int
    /// The number of records.
    private(set) var count = 0

    /// Whether memory ran out: then records were dropped, and the scan refuses the document.
    private(set) var exhausted = false

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        let raw = malloc(self.capacity * MemoryLayout<ValueRecord>.stride)
        exhausted = raw == nil
        base = (raw ?? UnsafeMutableRawPointer.allocate(byteCount: 0, alignment: 8))
            .bindMemory(to: ValueRecord.self, capacity: self.capacity)
        if exhausted { self.capacity = 0 }
    }

    deinit { if capacity > 0 { free(base) } else { base.deallocate() } }

    @inline(__always) func append(_ record: ValueRecord) {
        if count == capacity {
            guard grow() else { return }
        }
        base[count] = record
        count += 1
    }

    /// Makes room for half as many records again; `false` when there is no memory for it.
    private func grow() -> Bool {
        let larger = capacity + capacity / 2
        guard !exhausted, let raw = realloc(base, larger * MemoryLayout<ValueRecord>.stride)
        else {
            exhausted = true
            return false
        }
        base = raw.bindMemory(to: ValueRecord.self, capacity: larger)
        capacity = larger
        return true
    }

    @inline(__always) subscript(index: Int) -> ValueRecord {
        get { base[index] }
        set { if index < count { base[index] = newValue } }
    }

    /// The records, valid while this object lives.
    var buffer: UnsafeBufferPointer<ValueRecord> { UnsafeBufferPointer(start: base, count: count) }
}

/// A scanned document, shared by every decoder and container reading it.
final class ScannedDocument {
    let bytes: UnsafeBufferPointer<UInt8>
    let records: UnsafeBufferPointer<ValueRecord>
    /// The keys each keyed type defines, by type.
    ///
    /// Listed once per type for the whole document rather than once per object. A document is
    /// read by one decoder on one thread.
    private var definedKeys: [ObjectIdentifier: [String]] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>, records: UnsafeBufferPointer<ValueRecord>) {
        self.bytes = bytes
        self.records = records
    }

    /// Decodes the document's value as a `T`.
    static func decode<T: Decodable>(
        _ type: T.Type, from json: Data, records: ValueRecords
    ) throws -> T {
        try json.withUnsafeBytes { raw in
            let document = ScannedDocument(
                bytes: raw.bindMemory(to: UInt8.self), records: records.buffer)
            return try withExtendedLifetime(records) {
                try T(from: RecordDecoder(document: document, index: 0))
            }
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
    func string(_ index: Int) -> String {
        let record = records[index]
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

    /// Whether the key at record `index` is `key`.
    @inline(__always) func matches(_ index: Int, _ key: String) -> Bool {
        let record = records[index]
        if record.info & (ValueRecord.escapedFlag | ValueRecord.nonASCIIFlag) != 0 {
            // Compared as Swift strings, as JSONDecoder's dictionary compares them.
            return string(index) == key
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
        let end = Int(records[object].info)
        var index = object + 1
        while index < end {
            if matches(index, key) { return index + 1 }
            index = next(index + 1)
        }
        return nil
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
        let end = Int(records[object].info)
        var index = object + 1
        while index < end {
            if !known.contains(where: { matches(index, $0) }) { return string(index) }
            index = next(index + 1)
        }
        return nil
    }

    /// The keys of the object at `object`, in document order.
    func keys(of object: Int) -> [String] {
        var keys: [String] = []
        let end = Int(records[object].info)
        var index = object + 1
        while index < end {
            keys.append(string(index))
            index = next(index + 1)
        }
        return keys
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
                let value = isObject ? index + 1 : index
                let after = next(value)
                if target < after {
                    if isObject && target == index {
                        return path  // a key's own record: the object's path
                    }
                    path.append(
                        isObject
                            ? PathKey(string(index)) : PathKey(index: position))
                    current = value
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

// MARK: - The decoder

/// A decoder of the value at one record; also its own single-value container.
struct RecordDecoder: Decoder, SingleValueDecodingContainer {
    let document: ScannedDocument
    let index: Int

    var codingPath: [any CodingKey] { document.path(to: index) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard document.lead(index) == UInt8(ascii: "{") else {
            throw document.mismatch([String: Any].self, at: index)
        }
        return KeyedDecodingContainer(ObjectContainer<Key>(document: document, object: index))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard document.lead(index) == UInt8(ascii: "[") else {
            throw document.mismatch([Any].self, at: index)
        }
        return ArrayContainer(document: document, array: index)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { document.lead(index) == UInt8(ascii: "n") }
    func decode(_ type: Bool.Type) throws -> Bool { try document.bool(index) }
    func decode(_ type: String.Type) throws -> String { try document.text(index) }
    func decode(_ type: Double.Type) throws -> Double {
        try document.floatingPoint(index, as: type)
    }
    func decode(_ type: Float.Type) throws -> Float { try document.floatingPoint(index, as: type) }
    func decode(_ type: Int.Type) throws -> Int { try document.integer(index, as: type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try document.integer(index, as: type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try document.integer(index, as: type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try document.integer(index, as: type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try document.integer(index, as: type) }
    func decode(_ type: UInt.Type) throws -> UInt { try document.integer(index, as: type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try document.integer(index, as: type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try document.integer(index, as: type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try document.integer(index, as: type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try document.integer(index, as: type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try document.value(type, at: index) }
}

extension ScannedDocument {
    /// Decodes the value at `index` as a `T`, through its `init(from:)`; a string, and an
    /// array of strings, directly (what `String`'s and `Array`'s own `init(from:)` would do).
    @inline(__always) func value<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        if T.self == String.self { return unsafeBitCast(try text(index), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try strings(index), to: T.self) }
        if lead(index) == UInt8(ascii: "["), let array = T.self as? any ReservingDecodable.Type,
            let values = try array.decode(self, at: index) as? T
        {
            return values
        }
        return try T(from: RecordDecoder(document: self, index: index))
    }

    /// The array of strings at `index`.
    func strings(_ index: Int) throws -> [String] {
        guard lead(index) == UInt8(ascii: "[") else { throw mismatch([Any].self, at: index) }
        let end = Int(records[index].info)
        var strings: [String] = []
        var element = index + 1
        while element < end {
            strings.append(try text(element))
            element = next(element)
        }
        return strings
    }
}

/// An array decoded as `Array`'s own `init(from:)` does, each value through its type's
/// `init(from:)`, into an array that has room for all its values from the start: growing it
/// value by value would hold up to twice its memory while it is copied.
protocol ReservingDecodable {
    static func decode(_ document: ScannedDocument, at index: Int) throws -> Self
}

extension Array: ReservingDecodable where Element: Decodable {
    static func decode(_ document: ScannedDocument, at index: Int) throws -> [Element] {
        var container = ArrayContainer(document: document, array: index)
        var values: [Element] = []
        values.reserveCapacity(document.count(of: index))
        while !container.isAtEnd { values.append(try container.decode(Element.self)) }
        return values
    }
}

/// The keyed container of an object: finds each key among the object's key records.
struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let document: ScannedDocument
    let object: Int

    var codingPath: [any CodingKey] { document.path(to: object) }

    var allKeys: [Key] { document.keys(of: object).compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { document.find(key.stringValue, in: object) != nil }

    /// The record of the value at `key`, or `keyNotFound`.
    @inline(__always) private func value(_ key: Key) throws -> Int {
        guard let index = document.find(key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription:
                        "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return index
    }

    /// The record of the value at `key`, or `nil` when it is absent or `null`.
    @inline(__always) private func valueIfPresent(_ key: Key) -> Int? {
        guard let index = document.find(key.stringValue, in: object),
            document.lead(index) != UInt8(ascii: "n")
        else { return nil }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        document.lead(try value(key)) == UInt8(ascii: "n")
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try document.bool(value(key))
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try document.text(value(key))
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try document.floatingPoint(value(key), as: type)
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try document.floatingPoint(value(key), as: type)
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try document.integer(value(key), as: type)
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try document.integer(value(key), as: type)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try document.value(type, at: value(key))
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try valueIfPresent(key).map { try document.text($0) }
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try valueIfPresent(key).map { try document.bool($0) }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try valueIfPresent(key).map { try document.integer($0, as: type) }
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try valueIfPresent(key).map { try document.floatingPoint($0, as: type) }
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = valueIfPresent(key) else { return nil }
        return try document.value(type, at: index)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try RecordDecoder(document: document, index: value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try RecordDecoder(document: document, index: value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super") ?? value(forSuper: ()))
    }

    /// `super` is not a key of this container's type: a decoder of nothing found.
    private func value(forSuper: Void) throws -> Key {
        throw DecodingError.keyNotFound(
            PathKey("super"),
            DecodingError.Context(codingPath: codingPath, debugDescription: "No key \"super\"."))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        RecordDecoder(document: document, index: try value(key))
    }
}

/// The unkeyed container of an array: its values in order.
struct ArrayContainer: UnkeyedDecodingContainer {
    let document: ScannedDocument
    /// The array's record (high half) and the record after its last value (low half), packed so
    /// that the container fits in an existential's inline storage.
    private let bounds: UInt64
    /// The next value's record (high half) and its position (low half).
    private var position: UInt64

    init(document: ScannedDocument, array: Int) {
        self.document = document
        bounds = UInt64(array) << 32 | UInt64(document.records[array].info)
        position = UInt64(array + 1) << 32
    }

    private var array: Int { Int(bounds >> 32) }
    private var end: Int { Int(bounds & 0xFFFF_FFFF) }
    private var current: Int { Int(position >> 32) }

    var codingPath: [any CodingKey] { document.path(to: array) }
    var count: Int? { document.count(of: array) }
    var isAtEnd: Bool { current >= end }
    var currentIndex: Int { Int(position & 0xFFFF_FFFF) }

    private mutating func advance() {
        position = UInt64(document.next(current)) << 32 | UInt64(currentIndex + 1)
    }

    /// The next value's record, or `valueNotFound` at the end.
    private func next(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath + [PathKey(index: currentIndex)],
                    debugDescription: "Unkeyed container is at end."))
        }
        return current
    }

    mutating func decodeNil() throws -> Bool {
        guard document.lead(try next(Any?.self)) == UInt8(ascii: "n") else { return false }
        advance()
        return true
    }

    /// Reads the next value with `read` and moves past it when that succeeds.
    private mutating func read<T>(_ read: (ScannedDocument, Int) throws -> T) throws -> T {
        let value = try read(document, try next(T.self))
        advance()
        return value
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try read { try $0.bool($1) } }
    mutating func decode(_ type: String.Type) throws -> String { try read { try $0.text($1) } }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try read { try $0.floatingPoint($1, as: type) }
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        try read { try $0.floatingPoint($1, as: type) }
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try read { try $0.integer($1, as: type) }
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try read { try $0.value(type, at: $1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try read { try RecordDecoder(document: $0, index: $1).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try read { try RecordDecoder(document: $0, index: $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try read { RecordDecoder(document: $0, index: $1) }
    }
}
