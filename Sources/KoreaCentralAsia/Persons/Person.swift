/// A person the record names: who led a delegation, chaired, signed or headed an institution.
///
/// A person's posts are not part of the person: a ``Post`` lists its holders, each with the dates
/// the sources give, as Popolo's Person, Post and Membership and Wikidata's "position held"
/// with its start and end do.
///
/// ```swift
/// let nurtleu = Person(
///     id: "murat-nurtleu", name: "Murat Nurtleu",
///     names: [try LocalizedName("Мурат Нуртлеу", language: .russian)],
///     sources: ["rtvi-2025-09-26"])
/// ```
public struct Person: Sendable, Hashable, Identifiable {
    /// A person's identifier.
    public typealias ID = Identifier<Person>

    /// The identifier that delegations, chairs and posts cite.
    public var id: ID
    /// The person's name in English, as the sources write it.
    public var name: String
    /// The person's identifiers in other databases, such as Wikidata.
    public var identifiers: [ExternalIdentifier]
    /// The sources that name the person.
    public var sources: [Source.ID]
    /// The person's name in other languages and scripts (Korean, Russian, their own).
    public var names: [LocalizedName]

    /// Creates a person.
    public init(
        id: ID, name: String, identifiers: [ExternalIdentifier] = [], sources: [Source.ID] = [],
        names: [LocalizedName] = []
    ) {
        self.id = id
        self.name = name
        self.identifiers = identifiers
        self.sources = sources
        self.names = names
    }
}

extension Person: Codable {
    enum CodingKeys: String, IdentifiedEntityCodingKey, CaseIterable {
        case id, name, identifiers, sources, names
    }

    /// Decodes a person, validating the identifier, the identifiers and the names.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        (id, name) = try container.decodeIdentity()
        identifiers = try container.decodeArray(ExternalIdentifier.self, forKey: .identifiers)
        (sources, names) = try container.decodeSourcesAndNames()
    }

    /// Encodes the person, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIdentity(id, name: name)
        try container.encodeUnlessEmpty(identifiers, forKey: .identifiers)
        try container.encodeSourcesAndNames(sources, names)
    }
}

extension Person: Named {}
