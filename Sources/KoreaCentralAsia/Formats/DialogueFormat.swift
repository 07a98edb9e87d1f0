/// A dialogue format: one partner and the Central Asian states meeting on several tracks, such
/// as "Korea–Central Asia" or "China–Central Asia".
///
/// The format's tracks are the forums whose ``Forum/format`` is its identifier: the Cooperation
/// Forum of foreign ministers, the senior officials' meetings, the Summit, and so on. Each track
/// keeps its own ordinals and its own charter periods.
///
/// ```swift
/// let format = DialogueFormat(
///     id: "korea-central-asia", name: "Korea–Central Asia", partner: .country(.korea),
///     established: "2007", sources: ["mofa-2007-11"])
/// dataset.tracks(of: format.id)  // the forums of the format
/// ```
public struct DialogueFormat: Sendable, Hashable, Identifiable {
    /// A format's identifier.
    public typealias ID = Identifier<DialogueFormat>

    /// The stable slug that names the format.
    public var id: ID
    /// The format's name, in English.
    public var name: String
    /// The partner of the Central Asian states: a country, or an organisation of states.
    public var partner: Party
    /// The states on the other side; the five Central Asian states unless the record says
    /// otherwise.
    public var group: [Country]
    /// When the format began, when known.
    public var established: PartialDate?
    /// The agreement that established it.
    public var establishedBy: Agreement.ID?
    /// The institution that serves as its secretariat.
    public var secretariat: Institution.ID?
    /// Its identifiers in other databases.
    public var identifiers: [ExternalIdentifier]
    /// The sources that state these facts.
    public var sources: [Source.ID]
    /// Its names in other languages and periods.
    public var names: [LocalizedName]
    /// Values of its properties that sources state and the record does not prefer.
    public var claims: [Claim<DialogueFormat>]

    /// Creates a format.
    public init(
        id: ID, name: String, partner: Party, group: [Country] = Country.centralAsia,
        established: PartialDate? = nil, establishedBy: Agreement.ID? = nil,
        secretariat: Institution.ID? = nil, identifiers: [ExternalIdentifier] = [],
        sources: [Source.ID] = [], names: [LocalizedName] = [],
        claims: [Claim<DialogueFormat>] = []
    ) {
        self.claims = claims
        self.id = id
        self.name = name
        self.partner = partner
        self.group = group
        self.established = established
        self.establishedBy = establishedBy
        self.secretariat = secretariat
        self.identifiers = identifiers
        self.sources = sources
        self.names = names
    }
}

extension DialogueFormat: Codable {
    enum CodingKeys: String, IdentifiedEntityCodingKey, CaseIterable {
        case id, name, names, partner, group, established, establishedBy, secretariat
        case identifiers, sources, claims
    }

    /// Decodes a format; the group, when given, is not empty and lists no country twice.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        (id, name) = try container.decodeIdentity()
        partner = try container.decode(Party.self, forKey: .partner)
        group = try container.decodeIfPresent([Country].self, forKey: .group) ?? Country.centralAsia
        guard !group.isEmpty else { throw container.refuse(.group, "a format's group is empty") }
        guard Set(group).count == group.count else {
            throw container.refuse(.group, "a format's group lists a country twice")
        }
        established = try container.decodeIfPresent(PartialDate.self, forKey: .established)
        establishedBy = try container.decodeIfPresent(Agreement.ID.self, forKey: .establishedBy)
        secretariat = try container.decodeIfPresent(Institution.ID.self, forKey: .secretariat)
        (identifiers, sources, names) = try container.decodeProvenance()
        claims = try container.decodeArray(Claim<DialogueFormat>.self, forKey: .claims)
    }

    /// Encodes the format, leaving out absent values and the default group.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIdentity(id, name: name)
        try container.encode(partner, forKey: .partner)
        if group != Country.centralAsia { try container.encode(group, forKey: .group) }
        try container.encodeIfPresent(established, forKey: .established)
        try container.encodeIfPresent(establishedBy, forKey: .establishedBy)
        try container.encodeIfPresent(secretariat, forKey: .secretariat)
        try container.encodeProvenance(identifiers, sources, names)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
    }
}

extension DialogueFormat: Named {}
