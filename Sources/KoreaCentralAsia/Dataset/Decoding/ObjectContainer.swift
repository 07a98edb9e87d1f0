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
