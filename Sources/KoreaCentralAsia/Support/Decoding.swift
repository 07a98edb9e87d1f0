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
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\(quoted(text)) is not a known \(wireName) (known: \(known))")
        }
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
