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
    /// A database of identifiers. An open set (an ``OpenName``): any lowerCamel name is a
    /// scheme, and a user can add their own:
    ///
    /// ```swift
    /// extension ExternalIdentifier.Scheme {
    ///     static let myRegistry = Self(rawValue: "myRegistry")!
    /// }
    /// ```
    public typealias Scheme = OpenName<SchemeKind>

    /// The kind of ``ExternalIdentifier/Scheme``: databases of identifiers.
    public enum SchemeKind: OpenNameKind {
        /// "scheme name".
        public static let nameDescription = "scheme name"
    }
}

extension ExternalIdentifier.Scheme {
    /// Wikidata items (`Q` followed by digits), <https://www.wikidata.org>.
    public static let wikidata = Self(known: "wikidata")
    /// The Research Organization Registry, <https://ror.org>.
    public static let ror = Self(known: "ror")
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
