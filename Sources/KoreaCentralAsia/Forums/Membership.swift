/// The membership history of a forum: who was a founder, who was admitted on whose
/// recommendation, and who withdrew.
///
/// The history is a list of events; ``members(on:)`` replays it. An admitted institution is
/// either a member or only a participant in meetings (the Joint Statement's "accepted into or
/// participate in meetings of the forum"): participants are not members and cannot recommend.
///
/// ```swift
/// var membership = Membership(events: [
///     .founded("kaziss", on: "2023-11-20"),
///     .founded("iica", on: "2023-11-20"),
/// ])
/// membership.events.append(.admitted("isrs", on: "2025-01-10", recommendedBy: ["iica"]))
/// membership.members(on: "2025")  // ["iica", "isrs", "kaziss"]
/// ```
public struct Membership: Sendable, Hashable {
    /// The events, in the order recorded.
    public var events: [Event]

    /// Creates a membership history.
    public init(events: [Event] = []) { self.events = events }

    /// The events in date order; events of the same date keep their recorded order.
    ///
    /// - Complexity: O(*n* log *n*).
    public var chronologicalEvents: [Event] {
        events.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// Each institution's standing at the end of a date, replaying every event that does not
    /// definitely follow it.
    ///
    /// An event of `"2024-06-01"` counts for the date `"2024"`; an event of `"2024"` counts for
    /// `"2024-01-01"`, because it may be that day.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events.
    public func standings(on date: PartialDate) -> [Institution.ID: Status] {
        var standing: [Institution.ID: Status] = [:]
        for event in chronologicalEvents where !event.date.definitelyFollows(date) {
            standing[event.institution] = event.change.resultingStatus
        }
        return standing
    }

    /// The institutions that are members on a date; participants are not members.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events.
    public func members(on date: PartialDate) -> Set<Institution.ID> {
        Set(standings(on: date).compactMap { $0.value == .member ? $0.key : nil })
    }

    /// The institutions that only participate in meetings on a date.
    public func participants(on date: PartialDate) -> Set<Institution.ID> {
        Set(standings(on: date).compactMap { $0.value == .participant ? $0.key : nil })
    }

    /// Every institution the history names.
    public var institutions: Set<Institution.ID> { Set(events.map(\.institution)) }
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

        static let wireName = "membership status"

        /// Decodes a status, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// One event of a membership history.
    public struct Event: Sendable, Hashable {
        /// The institution the event concerns.
        public var institution: Institution.ID
        /// When it happened.
        public var date: PartialDate
        /// What happened.
        public var change: Change
        /// The sources that state it.
        public var sources: [Source.ID]
        /// Values of its properties that sources state and the record does not prefer.
        public var claims: [Claim<Event>]

        /// Creates an event.
        public init(
            institution: Institution.ID, date: PartialDate, change: Change,
            sources: [Source.ID] = [], claims: [Claim<Event>] = []
        ) {
            self.institution = institution
            self.date = date
            self.change = change
            self.sources = sources
            self.claims = claims
        }

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

        /// The key that names the event in rule subjects: `kaziss@2023-11-20`.
        public var key: String { "\(institution)@\(date)" }
    }

    /// What a membership event changes.
    public enum Change: Sendable, Hashable {
        /// The institution founded the forum, as a member.
        case founded
        /// The institution was admitted on the recommendation of others.
        case admitted(status: Status, recommendedBy: [Institution.ID])
        /// The institution left the forum.
        case withdrew

        /// The standing the institution has after the event; `nil` after a withdrawal.
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
        case event, institution, date, status, recommendedBy, sources, claims
    }

    private enum Kind: String, CaseIterable, WireEnum, Decodable {
        case founded, admitted, withdrew
        static let wireName = "membership event"
        init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// Decodes an event; `status` and `recommendedBy` belong to admissions only.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        // Strings converted in place rather than nested decoders: see `decode(_:parsing:)`.
        let kind = try container.decodeWire(Kind.self, forKey: .event)
        institution = try container.decode(.institution) { text throws(ValueError) in
            try Institution.ID(text)
        }
        date = try container.decode(.date) { text throws(ValueError) in try PartialDate(text) }
        sources = try container.decodeArray(.sources) { text throws(ValueError) in
            try Source.ID(text)
        }
        claims = try container.decodeArray(Claim<Membership.Event>.self, forKey: .claims)
        let status = try container.decodeWireIfPresent(Membership.Status.self, forKey: .status)
        let recommenders = try container.decodeArray(.recommendedBy) { text throws(ValueError) in
            try Institution.ID(text)
        }
        switch kind {
        case .admitted:
            change = .admitted(status: status ?? .member, recommendedBy: recommenders)
        case .founded, .withdrew:
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

    /// Encodes the event; an admission always states its status.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(change.name, forKey: .event)
        try container.encode(institution, forKey: .institution)
        try container.encode(date, forKey: .date)
        if case .admitted(let status, let recommenders) = change {
            try container.encode(status, forKey: .status)
            try container.encode(recommenders, forKey: .recommendedBy)
        }
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
    }
}
