/// The membership history of a forum: who was a founder, who was admitted on whose
/// recommendation, and who withdrew.
///
/// The history is a list of events; ``Forum/members(on:)`` replays it, and
/// ``Forum/evaluateAdmission(candidate:recommendedBy:on:status:)`` judges a request against
/// it. An admitted institution is either a member or only a participant in meetings (the Joint Statement's "accepted into or
/// participate in meetings of the forum"): participants are not members and cannot recommend.
///
/// ```swift
/// var membership = Membership(events: [
///     .founded("kaziss", on: "2023-11-20"),
///     .founded("iica", on: "2023-11-20"),
/// ])
/// membership.events.append(.admitted("isrs", on: "2025-01-10", recommendedBy: ["iica"]))
/// membership.standings(on: "2025").keys  // iica, isrs, kaziss: each a member
/// ```
public struct Membership: Sendable, Hashable {
    /// The events, in the order recorded.
    public var events: [Event]

    /// Creates a membership history.
    public init(events: [Event] = []) { self.events = events }

    /// The events in date order; events of the same date keep their recorded order.
    ///
    /// - Complexity: O(*n* log *n*).
    package var chronologicalEvents: [Event] {
        events.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// Each member's standing at the end of a date, replaying every event that does not
    /// definitely follow it.
    ///
    /// An event of `"2024-06-01"` counts for the date `"2024"`; an event of `"2024"` counts for
    /// `"2024-01-01"`, because it may be that day.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events.
    package func standings(on date: PartialDate) -> [Member: Status] {
        var standing: [Member: Status] = [:]
        for event in chronologicalEvents where !event.date.definitelyFollows(date) {
            standing[event.member] = event.change.resultingStatus
        }
        return standing
    }

    /// The institutions and states that are members on a date; participants and observers are
    /// not members.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events.
    package func members(on date: PartialDate) -> Set<Member> {
        Set(standings(on: date).compactMap { $0.value == .member ? $0.key : nil })
    }

    /// The institutions and states that only participate in meetings on a date.
    package func participants(on date: PartialDate) -> Set<Member> {
        Set(standings(on: date).compactMap { $0.value == .participant ? $0.key : nil })
    }

    /// The institutions and states that are observers on a date.
    package func observers(on date: PartialDate) -> Set<Member> {
        Set(standings(on: date).compactMap { $0.value == .observer ? $0.key : nil })
    }

    /// Every institution the history names.
    package var institutions: Set<Institution.ID> { Set(events.compactMap(\.institution)) }

    /// Every state the history names.
    package var countries: Set<Country> { Set(events.compactMap(\.member.country)) }
}

extension Membership {
    /// How an admitted institution takes part.
    ///
    /// A closed set.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// A member, who may recommend others.
        case member
        /// A participant in meetings only, who is not a member.
        case participant
        /// An observer: takes part, is not a member and cannot recommend, as Turkmenistan in
        /// the Central Asia plus Japan dialogue.
        case observer

        static let wireName = "membership status"

        /// Decodes a status, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// A member of a forum: an institution, or a state, as Kyrgyzstan of the Secretariat.
    public enum Member: Sendable, Hashable, Comparable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// An institution.
        case institution(Institution.ID)
        /// A state.
        case country(Country)

        /// The institution, when the member is one.
        public var institution: Institution.ID? {
            if case .institution(let id) = self { id } else { nil }
        }

        /// The state, when the member is one.
        public var country: Country? {
            if case .country(let country) = self { country } else { nil }
        }

        /// The institution's identifier or the country's code: `kaziss`, `KG`.
        public var description: String {
            switch self {
            case .institution(let id): id.rawValue
            case .country(let country): country.code
            }
        }

        /// A member from a literal in source code: a state for an assigned country code
        /// (`"KG"`), an institution for an identifier (`"kaziss"`).
        ///
        /// Codes are upper case and identifiers lower case, so a literal is never both. A
        /// literal that is neither is a programming error and stops the program, as an invalid
        /// identifier literal does; use ``init(_:)`` for text from elsewhere.
        public init(stringLiteral value: String) {
            if let country = try? Country(value) {
                self = .country(country)
            } else {
                self = .institution(Institution.ID(stringLiteral: value))
            }
        }

        /// A member from text: a state for an assigned country code, an institution for an
        /// identifier.
        ///
        /// - Throws: ``ValueError`` of kind ``ValueError/Kind/identifier`` for text that is
        ///   neither.
        public init(_ text: String) throws(ValueError) {
            if let country = try? Country(text) {
                self = .country(country)
            } else {
                self = .institution(try Institution.ID(text))
            }
        }

        /// Orders institutions before states, each by identifier or code.
        public static func < (lhs: Member, rhs: Member) -> Bool {
            switch (lhs, rhs) {
            case (.institution(let a), .institution(let b)): a < b
            case (.country(let a), .country(let b)): a < b
            case (.institution, .country): true
            case (.country, .institution): false
            }
        }
    }

    // `indirect`: stored out of line, so that the many events without a decision hold 8 bytes
    // for it, not 32.

    /// The decision of the members by which a candidate was admitted: taken at an edition of a
    /// forum, or at a meeting.
    public indirect enum Decision: Sendable, Hashable, CustomStringConvertible {
        /// Taken at an edition of a forum, as Kyrgyzstan's accession to the Secretariat at the
        /// 11th Cooperation Forum.
        case edition(Int, of: Forum.ID)
        /// Taken at a meeting.
        case meeting(Meeting.ID)

        /// "the 11th edition of korea-central-asia-cooperation-forum", "the meeting m".
        public var description: String {
            switch self {
            case .edition(let ordinal, let forum):
                "the \(Edition.ordinalText(ordinal)) edition of \(forum)"
            case .meeting(let id): "the meeting \(id)"
            }
        }
    }

    /// One event of a membership history.
    public struct Event: Sendable, Hashable {
        /// The institution or state the event concerns.
        public var member: Member
        /// When it happened.
        public var date: PartialDate
        /// What happened.
        public var change: Change
        /// The sources that state it.
        public var sources: [Source.ID]
        /// The decision that admitted the member, for an admission by decision rather than by
        /// recommendation.
        public var decision: Decision?
        /// Values of its properties that sources state and the record does not prefer.
        public var claims: [Claim<Event>]

        /// Creates an event of an institution.
        public init(
            institution: Institution.ID, date: PartialDate, change: Change,
            sources: [Source.ID] = [], claims: [Claim<Event>] = []
        ) {
            self.init(
                member: .institution(institution), date: date, change: change, sources: sources,
                claims: claims)
        }

        /// Creates an event of an institution or a state.
        public init(
            member: Member, date: PartialDate, change: Change, sources: [Source.ID] = [],
            decision: Decision? = nil, claims: [Claim<Event>] = []
        ) {
            self.member = member
            self.date = date
            self.change = change
            self.sources = sources
            self.decision = decision
            self.claims = claims
        }

        /// The institution the event concerns, or `nil` for a state.
        public var institution: Institution.ID? { member.institution }

        /// A founding member's event.
        public static func founded(
            _ institution: Institution.ID, on date: PartialDate, sources: [Source.ID] = []
        ) -> Event {
            Event(institution: institution, date: date, change: .founded, sources: sources)
        }

        /// An admission, as a member unless `status` says otherwise.
        public static func admitted(
            _ institution: Institution.ID, on date: PartialDate, recommendedBy: [Institution.ID],
            status: Status = .member, sources: [Source.ID] = []
        ) -> Event {
            Event(
                institution: institution, date: date,
                change: .admitted(status: status, recommendedBy: recommendedBy), sources: sources)
        }

        /// A withdrawal.
        public static func withdrew(
            _ institution: Institution.ID, on date: PartialDate, sources: [Source.ID] = []
        ) -> Event {
            Event(institution: institution, date: date, change: .withdrew, sources: sources)
        }

        /// The key that names the event in rule subjects: `kaziss@2023-11-20`, `KG@2018-11`.
        package var key: String { "\(member)@\(date)" }
    }

    /// What a membership event changes.
    public enum Change: Sendable, Hashable {
        /// The member founded the forum, as a member.
        case founded
        /// The member was admitted, on the recommendation of others or by a decision
        /// (``Event/decision``).
        case admitted(status: Status, recommendedBy: [Institution.ID])
        /// The member left the forum.
        case withdrew

        /// The standing the member has after the event; `nil` after a withdrawal.
        public var resultingStatus: Status? {
            switch self {
            case .founded: .member
            case .admitted(let status, _): status
            case .withdrew: nil
            }
        }

        /// The event's name on the wire: `founded`, `admitted` or `withdrew`.
        public var name: String {
            switch self {
            case .founded: "founded"
            case .admitted: "admitted"
            case .withdrew: "withdrew"
            }
        }
    }
}

extension Membership: Codable {
    /// Decodes a membership history from an array of events.
    public init(from decoder: any Decoder) throws {
        events = try decoder.singleValueContainer().decode([Event].self)
    }

    /// Encodes the history as an array of events.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(events)
    }
}

extension Membership.Event: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case event, institution, country, date, status, recommendedBy, sources, decision, claims
    }

    private enum DecisionKeys: String, CodingKey, CaseIterable {
        case forum, edition, meeting
    }

    private enum Kind: String, CaseIterable, WireEnum, Decodable {
        case founded, admitted, withdrew
        static let wireName = "membership event"
        init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// Decodes an event of an `institution` or a `country` (one of the two); `status`,
    /// `recommendedBy` and `decision` belong to admissions only, and an admission is by
    /// recommendation or by decision, not both.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        // Strings converted in place rather than nested decoders: see `decode(_:parsing:)`.
        let kind = try container.decodeWire(Kind.self, forKey: .event)
        if container.contains(.country) {
            guard !container.contains(.institution) else {
                throw container.refuse(
                    .country, "an event names an institution or a country, not both")
            }
            member = .country(
                try container.decode(.country) { text throws(ValueError) in try Country(text) })
        } else {
            member = .institution(
                try container.decode(.institution) { text throws(ValueError) in
                    try Institution.ID(text)
                })
        }
        date = try container.decode(.date) { text throws(ValueError) in try PartialDate(text) }
        sources = try container.decodeSources(.sources)
        claims = try container.decodeArray(Claim<Membership.Event>.self, forKey: .claims)
        let status = try container.decodeWireIfPresent(Membership.Status.self, forKey: .status)
        let recommenders = try container.decodeArray(.recommendedBy) { text throws(ValueError) in
            try Institution.ID(text)
        }
        decision = try Self.decodeDecision(in: container)
        switch kind {
        case .admitted:
            if decision != nil, !recommenders.isEmpty {
                throw container.refuse(
                    .decision, "an admission is by recommendation or by decision, not both")
            }
            change = .admitted(status: status ?? .member, recommendedBy: recommenders)
        case .founded, .withdrew:
            guard decision == nil else {
                throw container.refuse(
                    .decision, "only an admission has a decision, not a \(kind.rawValue) event")
            }
            guard status == nil else {
                throw container.refuse(
                    .status, "only an admission has a status, not a \(kind.rawValue) event")
            }
            guard recommenders.isEmpty else {
                throw container.refuse(
                    .recommendedBy,
                    "only an admission has recommenders, not a \(kind.rawValue) event")
            }
            change = kind == .founded ? .founded : .withdrew
        }
    }

    /// Decodes `decision`: `{"forum": ID, "edition": N}` or `{"meeting": ID}`.
    private static func decodeDecision(in container: KeyedDecodingContainer<CodingKeys>) throws
        -> Membership.Decision?
    {
        guard container.contains(.decision), try !container.decodeNil(forKey: .decision) else {
            return nil
        }
        let keys = try container.superDecoder(forKey: .decision).strictContainer(
            keyedBy: DecisionKeys.self)
        switch (keys.contains(.forum), keys.contains(.edition), keys.contains(.meeting)) {
        case (true, true, false):
            let ordinal = try keys.decodeInteger(forKey: .edition, in: 1...1_000_000) {
                "\($0) is not an edition ordinal (1 or more)"
            }
            return .edition(ordinal, of: try keys.decode(Forum.ID.self, forKey: .forum))
        case (false, false, true):
            return .meeting(try keys.decode(Meeting.ID.self, forKey: .meeting))
        default:
            throw container.refuse(
                .decision,
                "a decision is taken at an edition ({\"forum\": ID, \"edition\": 11}) or at a meeting ({\"meeting\": ID})"
            )
        }
    }

    /// Encodes the event; an admission always states its status.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(change.name, forKey: .event)
        switch member {
        case .institution(let id): try container.encode(id, forKey: .institution)
        case .country(let country): try container.encode(country, forKey: .country)
        }
        try container.encode(date, forKey: .date)
        if case .admitted(let status, let recommenders) = change {
            try container.encode(status, forKey: .status)
            try container.encode(recommenders, forKey: .recommendedBy)
        }
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        switch decision {
        case nil: break
        case .edition(let ordinal, let forum):
            var keys = container.nestedContainer(keyedBy: DecisionKeys.self, forKey: .decision)
            try keys.encode(forum, forKey: .forum)
            try keys.encode(ordinal, forKey: .edition)
        case .meeting(let id):
            var keys = container.nestedContainer(keyedBy: DecisionKeys.self, forKey: .decision)
            try keys.encode(id, forKey: .meeting)
        }
        try container.encodeUnlessEmpty(claims, forKey: .claims)
    }
}
