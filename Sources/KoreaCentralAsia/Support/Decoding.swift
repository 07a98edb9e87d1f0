/// A closed set of values whose wire form is a camelCase string.
///
/// Conforming enums decode with an error that quotes the bad value and lists the known ones.
protocol WireEnum: RawRepresentable, CaseIterable where RawValue == String {
    /// What the value is called in error messages, for example "institution kind".
    static var wireName: String { get }
}

extension WireEnum {
    /// Decodes the value, refusing unknown strings with a message that lists the known ones.
    static func decodeWire(from decoder: any Decoder) throws -> Self {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: unknown(text))
        }
        return value
    }

    /// The refusal of an unknown string, listing the known values.
    static func unknown(_ text: String) -> String {
        let known = allCases.map(\.rawValue).joined(separator: ", ")
        return "\(quoted(text)) is not a known \(wireName) (known: \(known))"
    }
}

/// An array of source identifiers, read through the scanned document's shared lists when the
/// decoder is the one-pass decoder, and element by element otherwise.
private struct SourceList: Decodable {
    let identifiers: [Source.ID]

    init(from decoder: any Decoder) throws {
        if let records = decoder as? RecordDecoder {
            identifiers = try records.document.sourceList(records.index)
            return
        }
        let texts = try decoder.singleValueContainer().decode([String].self)
        var identifiers: [Source.ID] = []
        identifiers.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() {
            do {
                identifiers.append(try Source.ID(text))
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath + [ElementKey(index)],
                        debugDescription: error.message))
            }
        }
        self.identifiers = identifiers
    }
}

/// The position of an element in a JSON array, as a coding key (`[3]` in a path).
private struct ElementKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

// Decoding string-valued types through `String`.
//
// Decoding a `Decodable` wrapper of a string (an identifier, a date, a country, a closed enum)
// makes `JSONDecoder` set up a nested decoder for each value; decoding a `String` at the key
// and converting it does not, and is what makes decoding a large document close to decoding the
// same JSON into plain strings. The refusals are the ones the wrappers' `init(from:)` throw: a
// `dataCorrupted` error at the same coding path with the same message.
extension KeyedDecodingContainer {
    /// Decodes the string at `key` and converts it, refusing what `parse` refuses at `key`.
    func decode<T>(_ key: Key, parsing parse: (String) throws(ValueError) -> T) throws -> T {
        let text = try decode(String.self, forKey: key)
        do {
            return try parse(text)
        } catch {
            throw refuse(key, error.message)
        }
    }

    /// Decodes the string at `key`, if present and not `null`, and converts it.
    func decodeIfPresent<T>(_ key: Key, parsing parse: (String) throws(ValueError) -> T) throws
        -> T?
    {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        do {
            return try parse(text)
        } catch {
            throw refuse(key, error.message)
        }
    }

    /// Decodes an array of strings at `key` (absent or `null`: empty) and converts each,
    /// refusing what `parse` refuses at the element's path, `key[index]`.
    func decodeArray<T>(_ key: Key, parsing parse: (String) throws(ValueError) -> T) throws -> [T] {
        guard let texts = try decodeIfPresent([String].self, forKey: key) else { return [] }
        var values: [T] = []
        values.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() {
            do {
                values.append(try parse(text))
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: codingPath + [key, ElementKey(index)],
                        debugDescription: error.message))
            }
        }
        return values
    }

    /// Decodes the source identifiers at `key` (absent or `null`: none), as
    /// `decodeArray(_:parsing:)` does with `Source.ID.init`; from the one-pass decoder, entities
    /// that cite the same sources share one array.
    func decodeSources(_ key: Key) throws -> [Source.ID] {
        try decodeIfPresent(SourceList.self, forKey: key)?.identifiers ?? []
    }

    /// Decodes a closed enum from the string at `key`, refusing unknown values.
    func decodeWire<T: WireEnum>(_ type: T.Type, forKey key: Key) throws -> T {
        let text = try decode(String.self, forKey: key)
        guard let value = T(rawValue: text) else { throw refuse(key, T.unknown(text)) }
        return value
    }

    /// Decodes a closed enum from the string at `key`, if present and not `null`.
    func decodeWireIfPresent<T: WireEnum>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = T(rawValue: text) else { throw refuse(key, T.unknown(text)) }
        return value
    }
}

extension KeyedDecodingContainer {
    /// Decodes an array that may be absent or `null`, as an empty array.
    func decodeArray<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> [T] {
        try decodeIfPresent([T].self, forKey: key) ?? []
    }

    /// Decodes a whole number in `range`, refusing any other number at `key` with
    /// `message(number)`.
    ///
    /// `JSONDecoder` reports a number that does not fit an `Int` (`1.5`, `1e30`) as invalid JSON
    /// with no path (swiftlang/swift-foundation#1604): its parser throws an error of its own that
    /// is not a `DecodingError`. This names the key instead.
    func decodeInteger(
        forKey key: Key, in range: ClosedRange<Int>, _ message: (String) -> String
    ) throws -> Int {
        let value: Int
        do {
            value = try decode(Int.self, forKey: key)
        } catch  where !(error is DecodingError) {
            let number = (try? decode(Double.self, forKey: key)).map { String($0) } ?? "the number"
            throw refuse(key, message(number))
        }
        guard range.contains(value) else { throw refuse(key, message(String(value))) }
        return value
    }

    /// Decodes a `Double`, as infinity when the number is too large for one.
    ///
    /// `JSONDecoder` reports such a number (`1e400`) as invalid JSON with no path
    /// (swiftlang/swift-foundation#1604); the caller refuses the infinity at `key`.
    func decodeDouble(forKey key: Key) throws -> Double {
        do {
            return try decode(Double.self, forKey: key)
        } catch  where !(error is DecodingError) {
            return .infinity
        }
    }

    /// Throws a `dataCorrupted` error at `key` with a message.
    func refuse(_ key: Key, _ message: String) -> DecodingError {
        DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: message)
    }
}

extension KeyedEncodingContainer {
    /// Encodes an array only when it is not empty.
    mutating func encodeUnlessEmpty<T: Encodable>(_ values: [T], forKey key: Key) throws {
        if !values.isEmpty { try encode(values, forKey: key) }
    }
}

/// Validates a lowerCamel identifier such as `climateChange`.
func isLowerCamelIdentifier(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (1...64).contains(bytes.count), let first = bytes.first,
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
    else { return false }
    return bytes.allSatisfy {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
    }
}

extension Decoder {
    /// Decodes a single string and converts it, refusing what `parse` refuses with a
    /// `dataCorrupted` error at this coding path: the shared body of every string-valued type's
    /// `init(from:)`.
    func decodeText<T>(parsing parse: (String) throws(ValueError) -> T) throws -> T {
        let container = try singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }
}

extension Encoder {
    /// Encodes a single string: the shared body of every string-valued type's `encode(to:)`.
    func encodeText(_ text: String) throws {
        var container = singleValueContainer()
        try container.encode(text)
    }
}

extension RawRepresentable where RawValue == String {
    /// Converts a lowerCamel name to a value of an open set, refusing other text.
    static func parseName(_ text: String, as what: String) throws(ValueError) -> Self {
        guard let value = Self(rawValue: text) else {
            throw ValueError(
                .name, input: text, message: "\(quoted(text)) is not a lowerCamel \(what)")
        }
        return value
    }
}

/// Any key of a JSON object, to see the keys a type does not define.
private struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// The keyed container of an object whose every key is one of `Key`'s: a key the type does
    /// not define (a misspelt `"hots"`) is refused at its path, so that a typo cannot drop data
    /// silently.
    ///
    /// - Throws: ``DatasetDecodingError`` of kind ``DatasetDecodingError/Kind/unknownKey``,
    ///   naming the key's path, suggesting the nearest defined key and listing them all.
    func strictContainer<Key: CodingKey & CaseIterable>(keyedBy type: Key.Type) throws
        -> KeyedDecodingContainer<Key>
    {
        let container = try self.container(keyedBy: type)
        // The one-pass decoder compares the object's key bytes with the known keys; any other
        // decoder (JSONDecoder) lists the keys.
        let unknown: [AnyKey]
        if let records = self as? RecordDecoder {
            unknown =
                records.document.firstUnknownKey(in: records.index, of: type).map {
                    [AnyKey(stringValue: $0)]
                } ?? []
        } else {
            unknown = try self.container(keyedBy: AnyKey.self).allKeys
                .filter { Key(stringValue: $0.stringValue) == nil }
        }
        for key in unknown {
            let known = Key.allCases.map(\.stringValue)
            let nearest = known.min {
                editDistance($0, key.stringValue) < editDistance($1, key.stringValue)
            }
            let hint = nearest.flatMap {
                editDistance($0, key.stringValue) <= 2 ? "did you mean \(quoted($0))? " : nil
            }
            // The key is text from the document: escaped, so that the refusal stays one line.
            let parent = DatasetDecodingError.path(codingPath)
            let name = escapingControlCharacters(key.stringValue)
            throw DatasetDecodingError(
                .unknownKey, path: parent.isEmpty ? name : "\(parent).\(name)",
                reason:
                    "\(quoted(key.stringValue)) is not a key of this object; \(hint ?? "")the keys are \(known.joined(separator: ", "))"
            )
        }
        return container
    }
}

/// The number of single-character insertions, deletions and substitutions between two short
/// texts (Levenshtein), for suggesting a key; texts over 64 characters are simply far apart.
package func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.unicodeScalars)
    let b = Array(rhs.unicodeScalars)
    guard a.count <= 64, b.count <= 64 else { return Int.max }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
