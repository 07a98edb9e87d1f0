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
    /// The format the forum is a track of, when it is one.
    public var format: DialogueFormat.ID?
    /// Its rules over time: each period in force from its start until the next one starts, in
    /// order.
    public var charters: [CharterPeriod]
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
        names: [LocalizedName] = [], format: DialogueFormat.ID? = nil,
        charters: [CharterPeriod] = [], claims: [Claim<Forum>] = []
    ) {
        self.format = format
        self.charters = charters + (charter.map { [CharterPeriod(charter: $0)] } ?? [])
        self.id = id
        self.name = name
        self.kind = kind
        self.established = established
        self.establishedBy = establishedBy
        self.secretariat = secretariat
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
    public func members(on date: PartialDate) -> Set<Membership.Member> {
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

    /// The rules in force at the end of the record: the last period's charter.
    ///
    /// A forum of one period (every version-1 document) has this charter throughout. To judge
    /// an edition, use ``charter(for:)``, which gives the period in force for it. To change the
    /// rules, change ``charters``: a setter here could only replace every period, or guess which
    /// one was meant.
    public var charter: Charter? { charters.last?.charter }

    /// The period in force for an edition: the last period that covers it
    /// (``CharterPeriod/covers(_:)``), or `nil` when none does.
    ///
    /// - Complexity: O(*p*) for *p* periods.
    public func charter(for edition: Edition) -> CharterPeriod? {
        charters.last { $0.covers(edition) }
    }

    /// The period in force on a date: the last period that has started by then, or `nil`.
    ///
    /// A period from a date has started when that date does not definitely follow `date`; a
    /// period from an edition, when a recorded edition of that ordinal or later does not
    /// definitely follow `date`.
    ///
    /// - Complexity: O(*p* × *n*) for *p* periods and *n* editions.
    public func charter(on date: PartialDate) -> CharterPeriod? {
        charters.last { period in
            switch period.start {
            case .beginning: true
            case .date(let start): !start.definitelyFollows(date)
            case .edition(let ordinal):
                editions.contains { $0.ordinal >= ordinal && !$0.date.definitelyFollows(date) }
            }
        }
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
        /// A meeting of senior officials or vice-ministers, such as the C5+1 vice-ministers'
        /// meetings.
        case seniorOfficials
        /// An executive committee, such as the Secretariat's.
        case executiveCommittee
        /// A meeting of parliamentarians, such as the speakers' meetings.
        case parliamentary

        static let wireName = "forum kind"

        /// Decodes a kind, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }
}

extension Forum: Codable {
    enum CodingKeys: String, IdentifiedEntityCodingKey, CaseIterable {
        case id, name, kind, established, establishedBy, secretariat, charter, membership, editions
        case identifiers, sources, names, format, charters
        case claims
    }

    /// Decodes a forum: its rules as `charters` (periods) or, as in version 1, one `charter`
    /// (one binding period from the start), not both.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        (id, name) = try container.decodeIdentity()
        kind = try container.decode(Kind.self, forKey: .kind)
        established = try container.decodeIfPresent(PartialDate.self, forKey: .established)
        establishedBy = try container.decodeIfPresent(Agreement.ID.self, forKey: .establishedBy)
        secretariat = try container.decodeIfPresent(Institution.ID.self, forKey: .secretariat)
        let charter = try container.decodeIfPresent(Charter.self, forKey: .charter)
        membership = try container.decode(Membership.self, forKey: .membership)
        editions = try container.decode([Edition].self, forKey: .editions)
        (identifiers, sources, names) = try container.decodeProvenance()
        format = try container.decodeIfPresent(DialogueFormat.ID.self, forKey: .format)
        charters = try container.decodeArray(CharterPeriod.self, forKey: .charters)
        if let charter {
            guard charters.isEmpty else {
                throw container.refuse(
                    .charter, "a forum gives its rules as charter or as charters, not both")
            }
            charters = [CharterPeriod(charter: charter)]
        }
        claims = try container.decodeArray(Claim<Forum>.self, forKey: .claims)
    }

    /// Encodes the forum, leaving out absent optional values; its rules as `charters`, or as one
    /// `charter` when they are one binding period from the start with nothing else.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIdentity(id, name: name)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(established, forKey: .established)
        try container.encodeIfPresent(establishedBy, forKey: .establishedBy)
        try container.encodeIfPresent(secretariat, forKey: .secretariat)
        // One binding period from the start, with nothing of its own, is written as version 1
        // wrote it: `charter`.
        if charters.count == 1, let only = charters.first,
            only == CharterPeriod(charter: only.charter)
        {
            try container.encode(only.charter, forKey: .charter)
        } else {
            try container.encodeUnlessEmpty(charters, forKey: .charters)
        }
        try container.encode(membership, forKey: .membership)
        try container.encode(editions, forKey: .editions)
        try container.encodeProvenance(identifiers, sources, names)
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
    }
}

extension Forum: Named {}
