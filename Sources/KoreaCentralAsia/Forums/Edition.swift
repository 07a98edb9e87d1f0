/// One meeting of a forum: its ordinal, date, host, city, organisers and status.
///
/// ```swift
/// let first = try Edition(
///     ordinal: 1, date: "2024-07-30", host: .uzbekistan, city: "Tashkent",
///     organizers: ["iica"], sources: ["nca-2024-07-31-think-tank-forum"])
/// ```
///
/// Held and planned editions count for rotation; cancelled ones do not. The ordinal, the dates,
/// the schedule and the delegations hold together as decoding requires, so they are set only
/// through the initialiser.
public struct Edition: Sendable, Hashable {
    /// The edition's number: 1 for the first forum.
    public private(set) var ordinal: Int
    /// When it began (or is to begin).
    public private(set) var date: PartialDate
    /// When a meeting of several days ended.
    public private(set) var endDate: PartialDate?
    /// The host country.
    public var host: Country
    /// The host city, when known.
    public var city: String?
    /// Whether it was held, is planned or was cancelled.
    public var status: Status
    /// In person, virtual or hybrid, when known.
    public var mode: Mode?
    /// The level of the meeting, for example vice-ministerial.
    public var level: Level?
    /// The institutions that organised it.
    public var organizers: [Institution.ID]
    /// The sources that state it.
    public var sources: [Source.ID]
    /// The dates announced over time, oldest first; ``date`` is the latest one announced.
    public private(set) var schedule: [Announcement]
    /// The countries that chaired it, under a chairmanship rotation.
    public var chairs: [Country]
    /// The persons who chaired it (or co-chaired it), when the sources name them.
    public var chairPersons: [Person.ID] = []
    /// The delegations, each with its head and level.
    public private(set) var delegations: [Delegation]
    /// The parties invited as guests, apart from the format's own.
    public var guests: [Party]
    /// The larger event it was held on the margins of, such as "78th UN General Assembly".
    public var marginsOf: String?
    /// The agreements it adopted.
    public var adopted: [Agreement.ID]
    /// Values of its properties that sources state and the record does not prefer.
    public var claims: [Claim<Edition>]

    /// Creates an edition.
    ///
    /// - Throws: ``ValueError`` for what decoding refuses: an ordinal outside
    ///   ``ordinalRange`` (kind ``ValueError/Kind/number``), an end date before the date, or a
    ///   schedule not oldest first or whose latest announced date is not `date` (kind
    ///   ``ValueError/Kind/date``), a country with two delegations (kind
    ///   ``ValueError/Kind/countryCode``).
    public init(
        ordinal: Int, date: PartialDate, endDate: PartialDate? = nil, host: Country,
        city: String? = nil, status: Status = .held, mode: Mode? = nil, level: Level? = nil,
        organizers: [Institution.ID] = [], sources: [Source.ID] = [],
        schedule: [Announcement] = [], chairs: [Country] = [], delegations: [Delegation] = [],
        guests: [Party] = [], marginsOf: String? = nil, adopted: [Agreement.ID] = [],
        claims: [Claim<Edition>] = []
    ) throws(ValueError) {
        guard Self.ordinalRange.contains(ordinal) else {
            throw ValueError(
                .number, input: String(ordinal),
                message: "\(ordinal) is not an edition ordinal (1 to 1000000)")
        }
        if let endDate, endDate.definitelyPrecedes(date) {
            throw ValueError(
                .date, input: endDate.description,
                message: "the end date \(endDate) is before the date \(date)")
        }
        if let problem = Self.scheduleProblem(schedule, date: date) {
            throw ValueError(.date, input: date.description, message: problem)
        }
        if Set(delegations.map(\.country)).count != delegations.count {
            throw ValueError(
                .countryCode, input: delegations.map(\.country.code).joined(separator: ","),
                message: "a country has two delegations at one edition")
        }
        self.init(
            unchecked: ordinal, date: date, endDate: endDate, host: host, city: city,
            status: status, mode: mode, level: level, organizers: organizers, sources: sources,
            schedule: schedule, chairs: chairs, delegations: delegations, guests: guests,
            marginsOf: marginsOf, adopted: adopted, claims: claims)
    }

    /// An edition whose ordinal, dates, schedule and delegations are known to be consistent:
    /// the plans' and the decoder's.
    init(
        unchecked ordinal: Int, date: PartialDate, endDate: PartialDate? = nil, host: Country,
        city: String? = nil, status: Status = .held, mode: Mode? = nil, level: Level? = nil,
        organizers: [Institution.ID] = [], sources: [Source.ID] = [],
        schedule: [Announcement] = [], chairs: [Country] = [], delegations: [Delegation] = [],
        guests: [Party] = [], marginsOf: String? = nil, adopted: [Agreement.ID] = [],
        claims: [Claim<Edition>] = []
    ) {
        self.schedule = schedule
        self.chairs = chairs
        self.delegations = delegations
        self.guests = guests
        self.marginsOf = marginsOf
        self.adopted = adopted
        self.ordinal = ordinal
        self.date = date
        self.endDate = endDate
        self.host = host
        self.city = city
        self.status = status
        self.mode = mode
        self.level = level
        self.organizers = organizers
        self.sources = sources
        self.claims = claims
    }

    /// Gives the edition another ordinal.
    ///
    /// - Throws: ``ValueError`` for an ordinal outside ``ordinalRange``; the edition is left
    ///   as it was.
    public mutating func renumber(_ ordinal: Int) throws(ValueError) {
        self = try checked(ordinal: ordinal)
    }

    /// Re-dates the edition: its date, its end date and, when given, the dates announced for
    /// it (`nil` keeps the schedule it has).
    ///
    /// A schedule's latest announced date is the edition's date, so re-dating an edition that
    /// has one takes a schedule that ends with the new date.
    ///
    /// - Throws: ``ValueError`` for an end date before the date, or a schedule not oldest
    ///   first or whose latest announced date is not `date`; the edition is left as it was.
    public mutating func reschedule(
        to date: PartialDate, endDate: PartialDate?, schedule: [Announcement]? = nil
    ) throws(ValueError) {
        self = try checked(
            date: date, endDate: .some(endDate), schedule: schedule ?? self.schedule)
    }

    /// Replaces the delegations.
    ///
    /// - Throws: ``ValueError`` when a country has two; the edition is left as it was.
    public mutating func replaceDelegations(with delegations: [Delegation]) throws(ValueError) {
        self = try checked(delegations: delegations)
    }

    /// This edition with some of its checked fields replaced, through the validating
    /// initialiser, so that a change refuses what decoding refuses.
    private func checked(
        ordinal: Int? = nil, date: PartialDate? = nil, endDate: PartialDate?? = nil,
        schedule: [Announcement]? = nil, delegations: [Delegation]? = nil
    ) throws(ValueError) -> Edition {
        try Edition(
            ordinal: ordinal ?? self.ordinal, date: date ?? self.date,
            endDate: endDate ?? self.endDate, host: host, city: city, status: status, mode: mode,
            level: level, organizers: organizers, sources: sources,
            schedule: schedule ?? self.schedule, chairs: chairs,
            delegations: delegations ?? self.delegations, guests: guests, marginsOf: marginsOf,
            adopted: adopted, claims: claims)
    }

    /// The delegation of a country, when recorded.
    public func delegation(of country: Country) -> Delegation? {
        delegations.first { $0.country == country }
    }

    /// Whether the edition counts for rotation and cadence: held, planned or postponed.
    package var isScheduled: Bool { status != .cancelled }

    /// The ordinals a document can hold: 1 to 1,000,000.
    public static let ordinalRange = 1...1_000_000

    /// The ordinal in words: "1st", "2nd", "3rd", "11th", "22nd".
    package var ordinalText: String { Self.ordinalText(ordinal) }

    /// An ordinal number in words: "1st", "2nd", "3rd", "11th", "22nd".
    package static func ordinalText(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}

extension Edition {
    /// Whether an edition took place.
    ///
    /// A closed set.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// It took place.
        case held
        /// It is scheduled.
        case planned
        /// It was called off; it does not count for rotation.
        case cancelled
        /// It was put off with no new date yet; its ``Edition/date`` is the last one announced.
        case postponed

        static let wireName = "edition status"

        /// Decodes a status, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// How participants met.
    ///
    /// A closed set.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// Everyone in one place.
        case inPerson
        /// By video.
        case virtual
        /// Partly in person, partly by video.
        case hybrid

        static let wireName = "edition mode"

        /// Decodes a mode, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// The level of a meeting. An open set (an ``OpenName``): any lowerCamel identifier is a
    /// level, and a user can add their own:
    ///
    /// ```swift
    /// extension Edition.Level {
    ///     static let directorGeneral = Self(rawValue: "directorGeneral")!
    /// }
    /// ```
    public typealias Level = OpenName<LevelKind>

    /// The kind of ``Edition/Level``: levels of a meeting.
    public enum LevelKind: OpenNameKind {
        /// "meeting level".
        public static let nameDescription = "meeting level"
    }
}

extension Edition.Level {
    /// Led by vice-ministers (the Cooperation Forum, 2007 to 2018).
    public static let viceMinisterial = Self(known: "viceMinisterial")
    /// Led by ministers (the Cooperation Forum from its 12th edition, 2019).
    public static let ministerial = Self(known: "ministerial")
    /// Heads of state (a summit).
    public static let headsOfState = Self(known: "headsOfState")
}

extension Edition: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case ordinal, date, endDate, host, city, status, mode, level, organizers, sources
        case schedule, chairs, delegations, guests, marginsOf, adopted
        case claims, chairPersons
    }

    /// Decodes an edition; the ordinal must be 1 to 1,000,000 and the end date not before the date;
    /// a schedule is oldest first and its latest announced date is the edition's date; a country
    /// leads one delegation at most.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        ordinal = try container.decodeInteger(forKey: .ordinal, in: Edition.ordinalRange) {
            "\($0) is not an edition ordinal (1 to 1000000)"
        }
        // Strings converted in place rather than nested decoders: see `decode(_:parsing:)`.
        date = try container.decode(.date) { text throws(ValueError) in try PartialDate(text) }
        endDate = try container.decodeIfPresent(.endDate) { text throws(ValueError) in
            try PartialDate(text)
        }
        if let endDate, endDate.definitelyPrecedes(date) {
            throw container.refuse(.endDate, "the end date \(endDate) is before the date \(date)")
        }
        host = try container.decode(.host) { text throws(ValueError) in try Country(text) }
        city = try container.decodeIfPresent(String.self, forKey: .city)
        status = try container.decodeWireIfPresent(Status.self, forKey: .status) ?? .held
        mode = try container.decodeWireIfPresent(Mode.self, forKey: .mode)
        level = try container.decodeIfPresent(Level.self, forKey: .level)
        organizers = try container.decodeArray(.organizers) { text throws(ValueError) in
            try Institution.ID(text)
        }
        sources = try container.decodeSources(.sources)
        schedule = try container.decodeArray(Announcement.self, forKey: .schedule)
        chairs = try container.decodeArray(.chairs) { text throws(ValueError) in
            try Country(text)
        }
        delegations = try container.decodeArray(Delegation.self, forKey: .delegations)
        guests = try container.decodeArray(Party.self, forKey: .guests)
        marginsOf = try container.decodeIfPresent(String.self, forKey: .marginsOf)
        adopted = try container.decodeArray(.adopted) { text throws(ValueError) in
            try Agreement.ID(text)
        }
        claims = try container.decodeArray(Claim<Edition>.self, forKey: .claims)
        chairPersons = try container.decodeArray(Person.ID.self, forKey: .chairPersons)
        if let problem = Self.scheduleProblem(schedule, date: date) {
            throw container.refuse(.schedule, problem)
        }
        if Set(delegations.map(\.country)).count != delegations.count {
            throw container.refuse(.delegations, "a country has two delegations at one edition")
        }
    }

    /// What is wrong with a schedule for an edition of `date`, or `nil`: announcements out of
    /// order, or a latest announced date that is not the edition's.
    static func scheduleProblem(_ schedule: [Announcement], date: PartialDate) -> String? {
        for (earlier, later) in zip(schedule, schedule.dropFirst())
        where later.announced.definitelyPrecedes(earlier.announced) {
            return
                "the schedule is not oldest first: \(later.announced) comes after \(earlier.announced)"
        }
        if let latest = schedule.last(where: { $0.date != nil })?.date, latest != date {
            return
                "the latest announced date is \(latest), but the edition's date is \(date); the edition's date is the latest announced"
        }
        return nil
    }

    /// Encodes the edition, leaving out defaults (`status` held) and absent values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ordinal, forKey: .ordinal)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(endDate, forKey: .endDate)
        try container.encode(host, forKey: .host)
        try container.encodeIfPresent(city, forKey: .city)
        if status != .held { try container.encode(status, forKey: .status) }
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeUnlessEmpty(organizers, forKey: .organizers)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        try container.encodeUnlessEmpty(schedule, forKey: .schedule)
        try container.encodeUnlessEmpty(chairs, forKey: .chairs)
        try container.encodeUnlessEmpty(delegations, forKey: .delegations)
        try container.encodeUnlessEmpty(guests, forKey: .guests)
        try container.encodeIfPresent(marginsOf, forKey: .marginsOf)
        try container.encodeUnlessEmpty(adopted, forKey: .adopted)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
        try container.encodeUnlessEmpty(chairPersons, forKey: .chairPersons)
    }
}
