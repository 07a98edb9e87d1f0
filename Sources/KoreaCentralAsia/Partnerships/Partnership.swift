/// The partnership of two countries and the history of its level, oldest stage first.
///
/// ```swift
/// let uzbekistan = Partnership(
///     countries: (.korea, .uzbekistan),
///     stages: [
///         .init(level: .diplomaticRelations, since: "1992-01-29"),
///         .init(level: .strategicPartnership, since: "2006-03"),
///         .init(level: .specialStrategicPartnership, since: "2019-04-19"),
///     ])
/// uzbekistan.level(on: "2010")  // .strategicPartnership
/// ```
///
/// A partnership of a country with itself, or with stages out of date order, can be built and
/// decoded; the rules `partnership.self` and `partnership.chronology` report it.
public struct Partnership: Sendable, Hashable {
    /// The first country, usually the Republic of Korea.
    public var first: Country
    /// The second country.
    public var second: Country
    /// The levels the partnership reached, oldest first.
    public var stages: [Stage]

    /// Creates a partnership of two countries.
    public init(countries: (Country, Country), stages: [Stage]) {
        self.first = countries.0
        self.second = countries.1
        self.stages = stages
    }

    /// Whether the partnership is between `country` and another.
    public func involves(_ country: Country) -> Bool { first == country || second == country }

    /// The other country of the partnership, or `nil` when `country` is not part of it.
    public func partner(of country: Country) -> Country? {
        first == country ? second : (second == country ? first : nil)
    }

    /// The level on a date: that of the latest stage that began on or before it.
    ///
    /// A stage counts when it does not definitely follow the date, so for the year 2019 the
    /// level is the one reached on 2019-04-19.
    ///
    /// - Complexity: O(*n*) in the number of stages.
    public func level(on date: PartialDate) -> Level? {
        stages.last { !$0.since.definitelyFollows(date) }?.level
    }

    /// The level of the latest stage.
    public var currentLevel: Level? { stages.last?.level }

    /// The key that names the partnership in rule subjects, for example `KR-UZ`.
    package var key: String { "\(first.code)-\(second.code)" }
}

extension Partnership {
    /// One step in a partnership's history: a level reached on a date.
    public struct Stage: Sendable, Hashable, Codable {
        /// The level reached.
        public var level: Level
        /// When the level was reached.
        public var since: PartialDate
        /// The sources that state it.
        public var sources: [Source.ID]
        /// What a reader should know, for example that other sources word the level otherwise.
        public var note: String?
        /// Values of its properties that sources state and the record does not prefer.
        public var claims: [Claim<Stage>]

        /// Creates a stage.
        public init(
            level: Level, since: PartialDate, sources: [Source.ID] = [], note: String? = nil,
            claims: [Claim<Stage>] = []
        ) {
            self.level = level
            self.since = since
            self.sources = sources
            self.note = note
            self.claims = claims
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case level, since, sources, note, claims
        }

        /// Decodes a stage, refusing keys it does not define.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
            level = try container.decode(Level.self, forKey: .level)
            since = try container.decode(PartialDate.self, forKey: .since)
            sources = try container.decode([Source.ID].self, forKey: .sources)
            note = try container.decodeIfPresent(String.self, forKey: .note)
            claims = try container.decodeArray(Claim<Stage>.self, forKey: .claims)
        }

        /// Encodes the stage, leaving out an absent note.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(level, forKey: .level)
            try container.encode(since, forKey: .since)
            try container.encode(sources, forKey: .sources)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encodeUnlessEmpty(claims, forKey: .claims)
        }
    }

    /// A partnership level.
    ///
    /// A closed set, in tiers: diplomatic relations, then the named
    /// partnerships, then strategic, then special strategic partnership.
    ///
    /// Levels are not `Comparable`: the named partnerships of one tier are neither higher nor
    /// lower than each other. Compare their ``tier``s, or use ``isHigher(than:)``.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// Diplomatic relations, the base of every partnership.
        case diplomaticRelations
        /// A "mutually beneficial partnership" (Korea–Turkmenistan, 2008).
        case mutuallyBeneficialPartnership
        /// A "comprehensive partnership" (Korea–Kyrgyzstan, 2024; Korea–Mongolia, 2011).
        case comprehensivePartnership
        /// A strategic partnership.
        case strategicPartnership
        /// A special strategic partnership (Korea–Uzbekistan, 2019).
        case specialStrategicPartnership

        static let wireName = "partnership level"

        /// Decodes a level, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }

        /// The level's tier.
        public var tier: Tier {
            switch self {
            case .diplomaticRelations: .diplomaticRelations
            case .mutuallyBeneficialPartnership, .comprehensivePartnership: .namedPartnership
            case .strategicPartnership: .strategicPartnership
            case .specialStrategicPartnership: .specialStrategicPartnership
            }
        }

        /// Whether this level is in a higher tier than `other`.
        public func isHigher(than other: Level) -> Bool { tier > other.tier }

        /// The level in words, for example "special strategic partnership".
        package var displayName: String {
            switch self {
            case .diplomaticRelations: "diplomatic relations"
            case .mutuallyBeneficialPartnership: "mutually beneficial partnership"
            case .comprehensivePartnership: "comprehensive partnership"
            case .strategicPartnership: "strategic partnership"
            case .specialStrategicPartnership: "special strategic partnership"
            }
        }
    }

    /// The tiers of partnership levels, ordered from lowest to highest.
    public enum Tier: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// Diplomatic relations.
        case diplomaticRelations
        /// A named partnership: mutually beneficial or comprehensive.
        case namedPartnership
        /// A strategic partnership.
        case strategicPartnership
        /// A special strategic partnership.
        case specialStrategicPartnership

        /// Orders tiers from lowest to highest.
        public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}

extension Partnership: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case countries, stages
    }

    /// Decodes a partnership; `countries` must hold exactly two codes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let countries = try container.decode([Country].self, forKey: .countries)
        guard countries.count == 2 else {
            throw container.refuse(
                .countries, "a partnership names exactly two countries, not \(countries.count)")
        }
        first = countries[0]
        second = countries[1]
        stages = try container.decode([Stage].self, forKey: .stages)
    }

    /// Encodes the partnership.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode([first, second], forKey: .countries)
        try container.encode(stages, forKey: .stages)
    }
}
