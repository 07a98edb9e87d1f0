/// A standing format of meetings: a ministerial forum, a think tank forum, an expert forum, a
/// summit or a business forum, with its charter, members and editions.
///
/// ```swift
/// let forum = Forum(
///     id: "korea-central-asia-think-tank-forum",
///     name: "Korea–Central Asia Think Tank Forum", kind: .thinkTank,
///     established: "2023-11-20", charter: .thinkTankForum,
///     membership: Membership(events: [.founded("kaziss", on: "2023-11-20")]))
/// forum.members(on: "2024")  // ["kaziss"]
/// ```
public struct Forum: Sendable, Hashable, Identifiable {
    /// A forum's identifier.
    public typealias ID = Identifier<Forum>

    /// The stable slug that names the forum.
    public var id: ID
    /// The forum's name.
    public var name: String
    /// What kind of forum it is.
    public var kind: Kind
    /// When it was established, when known.
    public var established: PartialDate?
    /// The agreement that established it.
    public var establishedBy: Agreement.ID?
    /// The institution that runs its secretariat.
    public var secretariat: Institution.ID?
    /// Its rules: cadence, host rotation, first edition, admission policy.
    public var charter: Charter?
    /// The history of its membership.
    public var membership: Membership
    /// Its meetings, in the order recorded (usually by ordinal).
    public var editions: [Edition]
    /// The sources that state these facts.
    public var sources: [Source.ID]
    /// Its identifiers in other databases, such as its Wikidata item.
    public var identifiers: [ExternalIdentifier]
    /// Its names in other languages and periods, each with its sources.
    public var names: [LocalizedName]
    /// Values of its properties that sources state and the record does not prefer.
    public var claims: [Claim<Forum>]

    /// Creates a forum.
    public init(
        id: ID, name: String, kind: Kind, established: PartialDate? = nil,
        establishedBy: Agreement.ID? = nil, secretariat: Institution.ID? = nil,
        charter: Charter? = nil, membership: Membership = Membership(), editions: [Edition] = [],
        identifiers: [ExternalIdentifier] = [], sources: [Source.ID] = [],
        names: [LocalizedName] = [], claims: [Claim<Forum>] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.established = established
        self.establishedBy = establishedBy
        self.secretariat = secretariat
        self.charter = charter
        self.membership = membership
        self.editions = editions
        self.identifiers = identifiers
        self.sources = sources
        self.names = names
        self.claims = claims
    }

    /// The institutions that are members on a date; participants are not members.
    ///
    /// - Complexity: O(*n* log *n*) in the number of membership events: it replays the history.
    ///   To ask about many dates, build a ``ForumIndex`` once and use its
    ///   ``ForumIndex/members(on:)``, O(log *n* + *m*).
    public func members(on date: PartialDate) -> Set<Institution.ID> {
        membership.members(on: date)
    }

    /// The editions that count for rotation (held and planned), in date order.
    public var scheduledEditions: [Edition] {
        let scheduled = editions.filter { $0.status != .cancelled }
        func precedes(_ lhs: Edition, _ rhs: Edition) -> Bool {
            (lhs.date, lhs.ordinal) < (rhs.date, rhs.ordinal)
        }
        // Editions recorded in date order (the usual case) are not sorted again.
        let inOrder = zip(scheduled, scheduled.dropFirst()).allSatisfy { !precedes($1, $0) }
        return inOrder ? scheduled : scheduled.sorted(by: precedes)
    }

    /// The edition with an ordinal, if recorded.
    public func edition(_ ordinal: Int) -> Edition? { editions.first { $0.ordinal == ordinal } }
}

extension Forum {
    /// The kinds of forum.
    ///
    /// A closed set: decoding refuses any other value.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// A meeting of ministers or vice-ministers.
        case ministerial
        /// A meeting of think tanks.
        case thinkTank
        /// A meeting of experts.
        case expert
        /// A meeting of heads of state.
        case summit
        /// A business forum.
        case business

        static let wireName = "forum kind"

        /// Decodes a kind, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }
}

extension Forum: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind, established, establishedBy, secretariat, charter, membership, editions
        case identifiers, sources, names
        case claims
    }

    /// Decodes a forum.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(Kind.self, forKey: .kind)
        established = try container.decodeIfPresent(PartialDate.self, forKey: .established)
        establishedBy = try container.decodeIfPresent(Agreement.ID.self, forKey: .establishedBy)
        secretariat = try container.decodeIfPresent(Institution.ID.self, forKey: .secretariat)
        charter = try container.decodeIfPresent(Charter.self, forKey: .charter)
        membership = try container.decode(Membership.self, forKey: .membership)
        editions = try container.decode([Edition].self, forKey: .editions)
        identifiers = try container.decodeArray(ExternalIdentifier.self, forKey: .identifiers)
        sources = try container.decode([Source.ID].self, forKey: .sources)
        names = try container.decodeArray(LocalizedName.self, forKey: .names)
        claims = try container.decodeArray(Claim<Forum>.self, forKey: .claims)
    }

    /// Encodes the forum, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(established, forKey: .established)
        try container.encodeIfPresent(establishedBy, forKey: .establishedBy)
        try container.encodeIfPresent(secretariat, forKey: .secretariat)
        try container.encodeIfPresent(charter, forKey: .charter)
        try container.encode(membership, forKey: .membership)
        try container.encode(editions, forKey: .editions)
        try container.encodeUnlessEmpty(identifiers, forKey: .identifiers)
        try container.encode(sources, forKey: .sources)
        try container.encodeUnlessEmpty(names, forKey: .names)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
    }
}

extension Forum: Named {}
