/// An identifier of a record in another database, with its scheme:
/// `{"scheme": "wikidata", "value": "Q…"}`.
public struct ExternalIdentifier: Sendable, Hashable {
    /// The database the identifier belongs to.
    public var scheme: Scheme
    /// The identifier in that database.
    public var value: String

    /// Creates an external identifier.
    ///
    /// - Throws: ``ValueError`` when a Wikidata value is not of the form `Q` followed by digits,
    ///   or the value is empty.
    public init(scheme: Scheme, value: String) throws(ValueError) {
        if scheme == .wikidata {
            let digits = value.utf8.dropFirst()
            guard value.hasPrefix("Q"), !digits.isEmpty, digits.count <= 12,
                digits.allSatisfy({ (48...57).contains($0) })
            else {
                throw ValueError(
                    .identifier, input: value,
                    message:
                        "\(quoted(value)) is not a Wikidata item identifier (Q followed by digits)")
            }
        }
        guard !value.isEmpty else {
            throw ValueError(.identifier, input: value, message: "an external identifier is empty")
        }
        self.scheme = scheme
        self.value = value
    }

    /// A Wikidata item the library knows to be well formed.
    static func wikidata(_ item: String) -> ExternalIdentifier {
        ExternalIdentifier(known: .wikidata, value: item)
    }

    private init(known scheme: Scheme, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

extension ExternalIdentifier {
    /// A database of identifiers. An open set: any lowerCamel name is a scheme, and a user
    /// can add their own:
    ///
    /// ```swift
    /// extension ExternalIdentifier.Scheme {
    ///     static let myRegistry = Self(rawValue: "myRegistry")!
    /// }
    /// ```
    public struct Scheme: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible
    {
        /// The scheme's name, a lowerCamel identifier.
        public let rawValue: String

        /// Creates a scheme, or `nil` when the name is not a lowerCamel identifier.
        public init?(rawValue: String) {
            guard isLowerCamelIdentifier(rawValue) else { return nil }
            self.rawValue = rawValue
        }

        private init(known: String) { rawValue = known }

        /// The name.
        public var description: String { rawValue }

        /// Orders schemes by name.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Wikidata items (`Q` followed by digits), <https://www.wikidata.org>.
        public static let wikidata = Scheme(known: "wikidata")
        /// The Research Organization Registry, <https://ror.org>.
        public static let ror = Scheme(known: "ror")
    }
}

extension ExternalIdentifier.Scheme: Codable {
    /// Decodes a scheme name, refusing names that are not lowerCamel identifiers.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in
            try Self.parseName(text, as: "scheme name")
        }
    }

    /// Encodes the scheme's name.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}

extension ExternalIdentifier: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case scheme, value
    }

    /// Decodes an external identifier, validating Wikidata values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let scheme = try container.decode(Scheme.self, forKey: .scheme)
        let value = try container.decode(String.self, forKey: .value)
        do {
            try self.init(scheme: scheme, value: value)
        } catch {
            throw container.refuse(.value, error.message)
        }
    }
}
