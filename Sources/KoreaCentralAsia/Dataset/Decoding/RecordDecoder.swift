// A `Decoder` over a scanned document: the bytes, read in place, and the records of where each
// value lies (`DecodingLimits.scan`). It runs each type's own `init(from:)`, as `JSONDecoder`
// does, with the same results: the same values, and refusals of the same kinds at the same
// paths. An object's keys are found by comparing bytes with the key's text, with no dictionary
// built for it; a coding path is worked out from the records only when something asks for one
// (to throw an error).

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
    /// array of strings, directly (what `String`'s and `Array`'s own `init(from:)` would do);
    /// and an array of membership events, editions or sources through the direct path
    /// (`DirectReading.swift`), unless ``readsDirectly`` is `false`.
    ///
    /// An array of at least ``reservingThreshold`` values is decoded into an array that has
    /// room for all of them from the start (``ReservingDecodable``). Smaller ones go through
    /// `Array`'s own `init(from:)`, with the same result: finding out whether `T` is an array
    /// is a dynamic cast, and the first cast to each type scans every conformance the process
    /// has loaded (about 50,000 instructions a type at startup, under callgrind), which costs
    /// more than a small array's spare capacity saves.
    @inline(__always) func value<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        if T.self == String.self { return unsafeBitCast(try text(index), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try strings(index), to: T.self) }
        if readsDirectly {
            if T.self == [Membership.Event].self {
                return unsafeBitCast(
                    try directArray(Membership.Event.self, at: index), to: T.self)
            }
            if T.self == [Edition].self {
                return unsafeBitCast(try directArray(Edition.self, at: index), to: T.self)
            }
            if T.self == [Source].self {
                return unsafeBitCast(try directArray(Source.self, at: index), to: T.self)
            }
        }
        if lead(index) == UInt8(ascii: "["),
            holds(atLeast: Self.reservingThreshold, valuesIn: index),
            let array = T.self as? any ReservingDecodable.Type,
            let values = try array.decode(self, at: index) as? T
        {
            return values
        }
        return try T(from: RecordDecoder(document: self, index: index))
    }

    /// The fewest values an array must hold to be decoded with its whole capacity reserved.
    static let reservingThreshold = 64

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
