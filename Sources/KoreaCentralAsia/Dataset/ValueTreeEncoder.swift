/// An `Encoder` that builds a ``DatasetChanges/Value`` tree through a value's own
/// `encode(to:)`.
///
/// The document's writer (``DocumentWritable``) writes every type of the library itself; it
/// comes here only for a claim value of a type it does not know, and the tests compare its
/// trees (`ValueTreeBuilder`) with this encoder's, the Codable path's.
struct ValueTreeEncoder {
    /// Encodes a value into a tree.
    static func encode(_ value: some Encodable) throws -> DatasetChanges.Value {
        let root = Node()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        return root.value
    }
}

/// One value of the tree being built; containers fill it in place.
private final class Node {
    enum Content {
        case empty
        case scalar(DatasetChanges.Value)
        case object, array
    }

    var content = Content.empty
    var fields: [String: Node] = [:]
    var elements: [Node] = []

    /// Makes the node an object (keeping the fields it has) and returns it.
    func asObject() -> Node {
        if case .object = content { return self }
        content = .object
        return self
    }

    /// Makes the node an array (keeping the elements it has) and returns it.
    func asArray() -> Node {
        if case .array = content { return self }
        content = .array
        return self
    }

    var value: DatasetChanges.Value {
        switch content {
        case .empty: .object([:])
        case .scalar(let value): value
        case .object: .object(fields.mapValues(\.value))
        case .array: .array(elements.map(\.value))
        }
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(
            KeyedNodeContainer<Key>(node: node.asObject(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedNodeContainer(node: node.asArray(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// The conversions every container shares.
private func scalar(_ value: some BinaryInteger) -> DatasetChanges.Value {
    if let integer = Int(exactly: value) { return .integer(integer) }
    return .number(Double(value))
}

/// A whole number as an integer (as JSON text reads back), any other as a number.
private func number(_ value: Double) -> DatasetChanges.Value {
    if value == value.rounded(), value.magnitude <= 9_007_199_254_740_992 {
        return .integer(Int(value))
    }
    return .number(value)
}

private func encodeValue(_ value: some Encodable, into node: Node, at path: [any CodingKey]) throws
{
    switch value {
    case let text as String: node.content = .scalar(.string(text))
    case let flag as Bool: node.content = .scalar(.bool(flag))
    case let number as Int: node.content = .scalar(.integer(number))
    case let double as Double: node.content = .scalar(number(double))
    default: try value.encode(to: NodeEncoder(node: node, codingPath: path))
    }
}

private struct CodingIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { intValue.map(String.init) ?? "" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() { node.content = .scalar(.null) }
    mutating func encode(_ value: Bool) { node.content = .scalar(.bool(value)) }
    mutating func encode(_ value: String) { node.content = .scalar(.string(value)) }
    mutating func encode(_ value: Double) { node.content = .scalar(number(value)) }
    mutating func encode(_ value: Float) { node.content = .scalar(number(Double(value))) }
    mutating func encode(_ value: Int) { node.content = .scalar(.integer(value)) }
    mutating func encode(_ value: Int8) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: Int16) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: Int32) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: Int64) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: UInt) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: UInt8) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: UInt16) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: UInt32) { node.content = .scalar(scalar(value)) }
    mutating func encode(_ value: UInt64) { node.content = .scalar(scalar(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: node, at: codingPath)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> Node {
        let child = Node()
        node.fields[key.stringValue] = child
        return child
    }

    private func set(_ value: DatasetChanges.Value, _ key: Key) {
        child(key).content = .scalar(value)
    }

    mutating func encodeNil(forKey key: Key) { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) { set(number(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(scalar(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(scalar(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: child(key), at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(
            KeyedNodeContainer<NestedKey>(
                node: child(key).asObject(), codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedNodeContainer(node: child(key).asArray(), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: childNamed("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: child(key), codingPath: codingPath + [key])
    }

    private func childNamed(_ name: String) -> Node {
        let child = Node()
        node.fields[name] = child
        return child
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    private func append() -> Node {
        let child = Node()
        node.elements.append(child)
        return child
    }

    private func append(_ value: DatasetChanges.Value) { append().content = .scalar(value) }

    mutating func encodeNil() { append(.null) }
    mutating func encode(_ value: Bool) { append(.bool(value)) }
    mutating func encode(_ value: String) { append(.string(value)) }
    mutating func encode(_ value: Double) { append(number(value)) }
    mutating func encode(_ value: Float) { append(number(Double(value))) }
    mutating func encode(_ value: Int) { append(.integer(value)) }
    mutating func encode(_ value: Int8) { append(scalar(value)) }
    mutating func encode(_ value: Int16) { append(scalar(value)) }
    mutating func encode(_ value: Int32) { append(scalar(value)) }
    mutating func encode(_ value: Int64) { append(scalar(value)) }
    mutating func encode(_ value: UInt) { append(scalar(value)) }
    mutating func encode(_ value: UInt8) { append(scalar(value)) }
    mutating func encode(_ value: UInt16) { append(scalar(value)) }
    mutating func encode(_ value: UInt32) { append(scalar(value)) }
    mutating func encode(_ value: UInt64) { append(scalar(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        try encodeValue(value, into: append(), at: codingPath + [CodingIndex(index)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let index = count
        return KeyedEncodingContainer(
            KeyedNodeContainer<NestedKey>(
                node: append().asObject(), codingPath: codingPath + [CodingIndex(index)]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        return UnkeyedNodeContainer(
            node: append().asArray(), codingPath: codingPath + [CodingIndex(index)])
    }

    mutating func superEncoder() -> any Encoder {
        let index = count
        return NodeEncoder(node: append(), codingPath: codingPath + [CodingIndex(index)])
    }
}
