/// A joint statement, memorandum, declaration or treaty, with its signatories and typed
/// provisions.
///
/// An agreement can establish a forum; ``derivedCharter`` reads the charter its provisions set,
/// and the rule `agreement.charter-mismatch` checks the forum's charter against it.
public struct Agreement: Sendable, Hashable, Identifiable {
    /// An agreement's identifier.
    public typealias ID = Identifier<Agreement>

    /// The stable slug that names the agreement.
    public var id: ID
    /// The agreement's title.
    public var title: String
    /// What kind of document it is.
    public var kind: Kind
    /// When it was signed or issued.
    public var date: PartialDate
    /// Where it was signed or issued.
    public var place: Place?
    /// The institutions that are party to it.
    public var signatories: [Institution.ID]
    /// The persons who signed it, each for their country when the sources say.
    public var signers: [Signer] = []
    /// The states that are party to it, for state-level documents.
    public var countries: [Country]
    /// The forum it establishes.
    public var establishes: Forum.ID?
    /// What it provides.
    public var provisions: [Provision]
    /// The sources that state it.
    public var sources: [Source.ID]
    /// Its titles in other languages, each with its sources.
    public var names: [LocalizedName]
    /// Values of its properties that sources state and the record does not prefer.
    public var claims: [Claim<Agreement>]

    /// Creates an agreement.
    public init(
        id: ID, title: String, kind: Kind, date: PartialDate, place: Place? = nil,
        signatories: [Institution.ID] = [], countries: [Country] = [], establishes: Forum.ID? = nil,
        provisions: [Provision] = [], sources: [Source.ID] = [], names: [LocalizedName] = [],
        claims: [Claim<Agreement>] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.date = date
        self.place = place
        self.signatories = signatories
        self.countries = countries
        self.establishes = establishes
        self.provisions = provisions
        self.sources = sources
        self.names = names
        self.claims = claims
    }

    /// The charter the provisions set, or `nil` when they set no cadence.
    ///
    /// A `cadence` provision gives the cadence, `reciprocity` with a pivot and a group the
    /// rotation, `firstEdition` the first edition and `admissionByRecommendation` the admission
    /// policy. Text provisions carry no typed meaning.
    public var derivedCharter: Charter? {
        var cadence: Charter.Cadence?
        var charter = Charter(cadence: .annual)
        for provision in provisions {
            switch provision {
            case .cadence(let value): cadence = value
            // A reciprocity that cannot make a valid rotation (a group that holds its pivot)
            // sets none; the rules report the charter's disagreement with it.
            case .reciprocity(let pivot?, let group):
                if let rotation = try? Charter.Rotation(pivot: pivot, group: group) {
                    charter.rotation = rotation
                }
            case .reciprocity: break
            case .firstEdition(let first):
                charter.firstEdition = first
            case .admissionByRecommendation(let policy):
                charter.admission = policy
            case .text: break
            }
        }
        guard let cadence else { return nil }
        charter.cadence = cadence
        return charter
    }
}

extension Agreement {
    /// The kinds of agreement.
    ///
    /// A closed set: decoding refuses any other value.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// A joint statement.
        case jointStatement
        /// A memorandum of understanding.
        case memorandum
        /// A declaration.
        case declaration
        /// A treaty.
        case treaty

        static let wireName = "agreement kind"

        /// Decodes a kind, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }
}

extension Agreement: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, kind, date, place, signatories, countries, establishes, provisions, sources
        case names, claims, signers
    }

    /// Decodes an agreement.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        kind = try container.decode(Kind.self, forKey: .kind)
        date = try container.decode(PartialDate.self, forKey: .date)
        place = try container.decodeIfPresent(Place.self, forKey: .place)
        signatories = try container.decode([Institution.ID].self, forKey: .signatories)
        countries = try container.decodeArray(Country.self, forKey: .countries)
        establishes = try container.decodeIfPresent(Forum.ID.self, forKey: .establishes)
        provisions = try container.decode([Provision].self, forKey: .provisions)
        sources = try container.decode([Source.ID].self, forKey: .sources)
        names = try container.decodeArray(LocalizedName.self, forKey: .names)
        claims = try container.decodeArray(Claim<Agreement>.self, forKey: .claims)
        signers = try container.decodeArray(Signer.self, forKey: .signers)
    }

    /// Encodes the agreement, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(place, forKey: .place)
        try container.encode(signatories, forKey: .signatories)
        try container.encodeUnlessEmpty(countries, forKey: .countries)
        try container.encodeIfPresent(establishes, forKey: .establishes)
        try container.encode(provisions, forKey: .provisions)
        try container.encode(sources, forKey: .sources)
        try container.encodeUnlessEmpty(names, forKey: .names)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
        try container.encodeUnlessEmpty(signers, forKey: .signers)
    }
}

extension Agreement {
    /// A person who signed an agreement, for a country.
    public struct Signer: Sendable, Hashable, Codable {
        /// Who signed.
        public var person: Person.ID
        /// The state they signed for, when the sources say.
        public var country: Country?

        /// Creates a signer.
        public init(person: Person.ID, country: Country? = nil) {
            self.person = person
            self.country = country
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case person, country }

        /// Decodes a signer, refusing unknown keys.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            person = try container.decode(Person.ID.self, forKey: .person)
            country = try container.decodeIfPresent(Country.self, forKey: .country)
        }

        /// Encodes the signer, leaving out an absent country.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(person, forKey: .person)
            try container.encodeIfPresent(country, forKey: .country)
        }
    }
}

extension Agreement: Named {
    /// The title: an agreement's primary name.
    public var name: String { title }
}
