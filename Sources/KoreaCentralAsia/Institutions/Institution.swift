/// A think tank, foundation, university, research centre, embassy, ministry, government office
/// or secretariat that takes part in the cooperation.
///
/// ```swift
/// let kaziss = Institution(
///     id: "kaziss",
///     name: "Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan",
///     acronym: "KazISS", kind: .thinkTank, country: .kazakhstan,
///     affiliation: "under the President of the Republic of Kazakhstan",
///     sources: ["nca-2023-11-21-think-tank-roundtable"])
/// ```
public struct Institution: Sendable, Hashable, Identifiable {
    /// An institution's identifier.
    public typealias ID = Identifier<Institution>

    /// The stable slug that names the institution.
    public var id: ID
    /// The full name.
    public var name: String
    /// The usual short name, for example "KazISS".
    public var acronym: String?
    /// What kind of body it is.
    public var kind: Kind
    /// The country it belongs to or represents.
    public var country: Country
    /// What it is attached to, as text: "under the President of the Republic of Kazakhstan".
    public var affiliation: String?
    /// The institution it is part of, for example a university for its research centre.
    public var parent: ID?
    /// When it was established, when known.
    public var established: PartialDate?
    /// Its identifiers in other databases, so records can be matched.
    public var identifiers: [ExternalIdentifier]
    /// The sources that name it.
    public var sources: [Source.ID]
    /// Its names in other languages and periods, each with its sources.
    public var names: [LocalizedName]
    /// The city of its seat, when known: a secretariat's seat, for example.
    public var city: String?
    /// The member states of an organisation of states, such as the European Union's.
    ///
    /// Only an institution of kind ``Kind/intergovernmentalOrganization`` has them; for such an
    /// organisation, ``country`` is the country of its seat.
    public var memberStates: [Country]
    /// Values of its properties that sources state and the record does not prefer.
    public var claims: [Claim<Institution>]
    /// The post of the institution's head (its director, its secretary general), whose holders
    /// say who headed it when.
    public var headPost: Post.ID? = nil

    /// Creates an institution.
    public init(
        id: ID, name: String, acronym: String? = nil, kind: Kind, country: Country,
        affiliation: String? = nil, parent: ID? = nil, established: PartialDate? = nil,
        identifiers: [ExternalIdentifier] = [], sources: [Source.ID] = [],
        names: [LocalizedName] = [], city: String? = nil, memberStates: [Country] = [],
        claims: [Claim<Institution>] = []
    ) {
        self.city = city
        self.memberStates = memberStates
        self.id = id
        self.name = name
        self.acronym = acronym
        self.kind = kind
        self.country = country
        self.affiliation = affiliation
        self.parent = parent
        self.established = established
        self.identifiers = identifiers
        self.sources = sources
        self.names = names
        self.claims = claims
    }

    /// The acronym when there is one, else the name.
    package var shortName: String { acronym ?? name }
}

extension Institution {
    /// The kinds of institution.
    ///
    /// A closed set: decoding refuses any other value.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// A policy research institute.
        case thinkTank
        /// A foundation, such as the Korea Foundation.
        case foundation
        /// A university.
        case university
        /// A research centre, usually inside a university.
        case researchCentre
        /// A country's embassy; it can represent its country in a forum.
        case embassy
        /// A ministry.
        case ministry
        /// Another government office.
        case governmentOffice
        /// The secretariat of a forum or an intergovernmental body.
        case secretariat
        /// An organisation of states, such as the European Union or the Gulf Cooperation
        /// Council: a partner of a dialogue format, with ``Institution/memberStates``.
        case intergovernmentalOrganization

        static let wireName = "institution kind"

        /// Decodes a kind, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }
}

extension Institution: Codable {
    enum CodingKeys: String, IdentifiedEntityCodingKey, CaseIterable {
        case id, name, acronym, kind, country, affiliation, parent, established, identifiers,
            sources, names, city, memberStates
        case claims, headPost
    }

    /// Decodes an institution; only an organisation of states lists member states, each once.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        (id, name) = try container.decodeIdentity()
        acronym = try container.decodeIfPresent(String.self, forKey: .acronym)
        kind = try container.decode(Kind.self, forKey: .kind)
        country = try container.decode(Country.self, forKey: .country)
        affiliation = try container.decodeIfPresent(String.self, forKey: .affiliation)
        parent = try container.decodeIfPresent(ID.self, forKey: .parent)
        established = try container.decodeIfPresent(PartialDate.self, forKey: .established)
        (identifiers, sources, names) = try container.decodeProvenance()
        city = try container.decodeIfPresent(String.self, forKey: .city)
        memberStates = try container.decodeArray(Country.self, forKey: .memberStates)
        guard memberStates.isEmpty || kind == .intergovernmentalOrganization else {
            throw container.refuse(
                .memberStates,
                "only an organisation of states (intergovernmentalOrganization) has member states, not a \(kind.rawValue)"
            )
        }
        guard Set(memberStates).count == memberStates.count else {
            throw container.refuse(.memberStates, "the member states list a country twice")
        }
        claims = try container.decodeArray(Claim<Institution>.self, forKey: .claims)
        headPost = try container.decodeIfPresent(Post.ID.self, forKey: .headPost)
    }

    /// Encodes the institution, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIdentity(id, name: name)
        try container.encodeIfPresent(acronym, forKey: .acronym)
        try container.encode(kind, forKey: .kind)
        try container.encode(country, forKey: .country)
        try container.encodeIfPresent(affiliation, forKey: .affiliation)
        try container.encodeIfPresent(parent, forKey: .parent)
        try container.encodeIfPresent(established, forKey: .established)
        try container.encodeProvenance(identifiers, sources, names)
        try container.encodeIfPresent(city, forKey: .city)
        try container.encodeUnlessEmpty(memberStates, forKey: .memberStates)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
        try container.encodeIfPresent(headPost, forKey: .headPost)
    }
}

extension Institution: Named {}
