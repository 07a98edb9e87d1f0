/// A ``DocumentSink`` that builds a ``DatasetChanges/Value`` tree instead of bytes: the
/// document that ``Dataset/json(prettyPrinted:)`` writes, as values to compare.
///
/// A whole `Double` of magnitude up to 2^53 becomes an ``DatasetChanges/Value/integer(_:)``,
/// as JSON text reads back; any other number stays a ``DatasetChanges/Value/number(_:)``.
struct ValueTreeBuilder: DocumentSink {
    typealias Value = DatasetChanges.Value

    /// The finished value, once every container is closed.
    private(set) var root: Value = .object([:])

    /// For each open container, whether it is an array.
    private var kinds: [Bool] = []
    /// The open objects' fields, innermost last.
    private var objects: [[String: Value]] = []
    /// The key given last in each open object.
    private var keys: [String] = []
    /// The open arrays' elements, innermost last.
    private var arrays: [[Value]] = []

    /// Whether a value could not be written.
    private var failed = false

    /// Builds the tree of a value, or `nil` when a part of it cannot be written.
    static func tree(of value: some DocumentWritable) -> Value? {
        var builder = ValueTreeBuilder()
        value.write(to: &builder)
        return builder.failed ? nil : builder.root
    }

    private mutating func add(_ value: Value) {
        switch kinds.last {
        case nil: root = value
        case true?: arrays[arrays.count - 1].append(value)
        case false?: objects[objects.count - 1][keys[keys.count - 1]] = value
        }
    }

    mutating func beginObject() {
        kinds.append(false)
        objects.append([:])
        keys.append("")
    }

    mutating func endObject() {
        kinds.removeLast()
        keys.removeLast()
        add(.object(objects.removeLast()))
    }

    mutating func beginArray() {
        kinds.append(true)
        arrays.append([])
    }

    mutating func endArray() {
        kinds.removeLast()
        add(.array(arrays.removeLast()))
    }

    mutating func key(_ name: StaticString) {
        keys[keys.count - 1] = name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    mutating func key(_ name: String) { keys[keys.count - 1] = name }
    mutating func string(_ text: String) { add(.string(text)) }
    mutating func integer(_ value: Int) { add(.integer(value)) }
    mutating func bool(_ value: Bool) { add(.bool(value)) }
    mutating func null() { add(.null) }
    mutating func date(_ date: PartialDate) { add(.string(date.description)) }

    mutating func number(_ value: Double) {
        if value == value.rounded(), value.magnitude <= 9_007_199_254_740_992 {
            add(.integer(Int(value)))
        } else {
            add(.number(value))
        }
    }

    mutating func refuse(_ error: any Error) { failed = true }
}
