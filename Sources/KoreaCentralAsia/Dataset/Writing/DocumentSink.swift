// The writer of the interchange document: every type of the document says once, in
// `write(to:)`, which keys it writes and when, the way its `encode(to:)` does; a sink turns that
// into bytes (`JSONDocumentWriter`, for `Dataset.json(prettyPrinted:)`) or into a value tree
// (`ValueTreeBuilder`, for `Dataset.changes(from:)`). The Codable conformances stay for users of
// `JSONEncoder`; a differential test and the fuzzer check that both give the same bytes.

/// What the writer of the interchange document writes to: JSON values, one after another.
///
/// A writer opens an object, gives each key before its value, and closes it; arrays the same,
/// without keys. The keys of an object come in the order `JSONEncoder` sorts them (by their
/// UTF-8 bytes), so that a sink that writes bytes writes what `JSONEncoder` writes with
/// `.sortedKeys`.
protocol DocumentSink {
    /// Opens an object.
    mutating func beginObject()
    /// Closes the object opened last.
    mutating func endObject()
    /// Opens an array.
    mutating func beginArray()
    /// Closes the array opened last.
    mutating func endArray()
    /// Names the next value of the open object: a key of the library's own, plain ASCII.
    mutating func key(_ name: StaticString)
    /// Names the next value of the open object: any key.
    mutating func key(_ name: String)
    /// Writes a string.
    mutating func string(_ text: String)
    /// Writes a whole number.
    mutating func integer(_ value: Int)
    /// Writes a number as `JSONEncoder` writes a `Double`.
    mutating func number(_ value: Double)
    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool)
    /// Writes `null`.
    mutating func null()
    /// Writes a date as its ISO 8601 text, as `PartialDate.encode(to:)` does.
    mutating func date(_ date: PartialDate)
    /// Records that a value cannot be written as JSON, where `JSONEncoder` would throw.
    mutating func refuse(_ error: any Error)
}

/// A value of the interchange document that writes itself to a ``DocumentSink``.
///
/// Each conformance mirrors the type's `encode(to:)`: the same keys, left out in the same
/// cases, in the order `JSONEncoder` sorts them.
protocol DocumentWritable {
    /// Writes the value as its `encode(to:)` encodes it.
    func write<Sink: DocumentSink>(to sink: inout Sink)
}

extension DocumentSink {
    /// Writes a key and its value.
    mutating func field<Value: DocumentWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// Writes a key and its value when there is one, as `encodeIfPresent` does.
    mutating func field<Value: DocumentWritable>(_ name: StaticString, ifPresent value: Value?) {
        if let value { field(name, value) }
    }

    /// Writes a key and its list when the list is not empty, as `encodeUnlessEmpty` does.
    mutating func field<Value: DocumentWritable>(_ name: StaticString, unlessEmpty values: [Value])
    {
        if !values.isEmpty { field(name, values) }
    }

    /// Writes a string value under a key.
    mutating func field(_ name: StaticString, text: String) {
        key(name)
        string(text)
    }
}

extension Array: DocumentWritable where Element: DocumentWritable {
    /// Writes the elements as an array.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginArray()
        for element in self { element.write(to: &sink) }
        sink.endArray()
    }
}

extension String: DocumentWritable {
    /// Writes the string.
    func write<Sink: DocumentSink>(to sink: inout Sink) { sink.string(self) }
}

extension Int: DocumentWritable {
    /// Writes the number.
    func write<Sink: DocumentSink>(to sink: inout Sink) { sink.integer(self) }
}

extension Bool: DocumentWritable {
    /// Writes `true` or `false`.
    func write<Sink: DocumentSink>(to sink: inout Sink) { sink.bool(self) }
}

extension Double: DocumentWritable {
    /// Writes the number as `JSONEncoder` writes it.
    func write<Sink: DocumentSink>(to sink: inout Sink) { sink.number(self) }
}

/// A value whose JSON form is one string: codes, identifiers, names of open and closed sets.
protocol DocumentText: DocumentWritable {
    /// The string the value encodes as.
    var documentText: String { get }
}

extension DocumentText {
    /// Writes the value's string.
    func write<Sink: DocumentSink>(to sink: inout Sink) { sink.string(documentText) }
}

extension DocumentText where Self: RawRepresentable, RawValue == String {
    /// The raw value, as a `String`-backed enum encodes.
    var documentText: String { rawValue }
}

extension PartialDate: DocumentWritable {
    /// Writes the ISO 8601 text.
    func write<Sink: DocumentSink>(to sink: inout Sink) { sink.date(self) }
}

extension Country: DocumentText {
    /// The code, `"KZ"`.
    var documentText: String { code }
}

extension Currency: DocumentText {
    /// The code, `"USD"`.
    var documentText: String { code }
}

extension Identifier: DocumentText {}
extension OpenName: DocumentText {}
extension LanguageTag: DocumentText {}
extension RuleCode: DocumentText {}

extension WebAddress: DocumentText {
    /// The address as written.
    var documentText: String { text }
}

extension Subject: DocumentText {
    /// The path.
    var documentText: String { path }
}

extension Indicator.Economy: DocumentText {
    /// The wire form, a country code or `centralAsia`.
    var documentText: String { description }
}

extension Institution.Kind: DocumentText {}
extension Forum.Kind: DocumentText {}
extension Edition.Status: DocumentText {}
extension Edition.Mode: DocumentText {}
extension Delegation.Level: DocumentText {}
extension Membership.Status: DocumentText {}
extension Charter.Cadence: DocumentText {}
extension Charter.Rotation.Kind: DocumentText {}
extension Charter.Rotation.Order: DocumentText {}
extension Charter.Rotation.Parity: DocumentText {}
extension Charter.AdmissionPolicy.Kind: DocumentText {}
extension CharterPeriod.Force: DocumentText {}
extension Agreement.Kind: DocumentText {}
extension Partnership.Level: DocumentText {}
extension Indicator.Measure: DocumentText {}
extension Figure.Bound: DocumentText {}

extension DatasetChanges.Value: DocumentWritable {
    /// Writes the value, an object's keys sorted by their UTF-8 bytes as `JSONEncoder` sorts
    /// them.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        switch self {
        case .null: sink.null()
        case .bool(let flag): sink.bool(flag)
        case .integer(let number): sink.integer(number)
        case .number(let number): sink.number(number)
        case .string(let text): sink.string(text)
        case .array(let elements): elements.write(to: &sink)
        case .object(let fields):
            sink.beginObject()
            for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                sink.key(key)
                fields[key]?.write(to: &sink)
            }
            sink.endObject()
        }
    }
}
