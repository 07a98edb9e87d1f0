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
