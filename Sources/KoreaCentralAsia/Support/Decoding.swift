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
