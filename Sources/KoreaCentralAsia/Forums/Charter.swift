/// A forum's rules: how often it meets, who hosts, where it began and how it admits members.
///
/// The Joint Statement of 20 November 2023 gives the Think Tank Forum's charter: it "will
/// convene on an annual basis, based on the principle of reciprocity"; "the first forum will
/// take place in the Republic of Korea in 2024"; "at the recommendation of an existing member
/// institution, new member(s) may be accepted into or participate in meetings of the forum".
///
/// ```swift
/// let charter = Charter(
///     cadence: .annual,
///     rotation: .init(pivot: .korea, group: Country.centralAsia),
///     firstEdition: .init(year: 2024, host: .korea),
///     admission: .init(minimumRecommenders: 1))
/// ```
public struct Charter: Sendable, Hashable {
    /// How often the forum meets.
    public var cadence: Cadence
    /// Who hosts, when a rule is known.
    public var rotation: Rotation?
    /// Where and when the first edition is to be held, when set.
    public var firstEdition: FirstEdition?
    /// How new members are admitted, when a rule is known.
    public var admission: AdmissionPolicy?

    /// Creates a charter.
    public init(
        cadence: Cadence, rotation: Rotation? = nil, firstEdition: FirstEdition? = nil,
        admission: AdmissionPolicy? = nil
    ) {
        self.cadence = cadence
        self.rotation = rotation
        self.firstEdition = firstEdition
        self.admission = admission
    }

    /// The Think Tank Forum's charter as the Joint Statement of 20 November 2023 sets it:
    /// annual, reciprocal between Korea and the five Central Asian states, first in Korea in
    /// 2024, admission on the recommendation of one member.
    public static let thinkTankForum = Charter(
        cadence: .annual,
        rotation: Rotation(pivot: .korea, group: Country.centralAsia),
        firstEdition: FirstEdition(year: 2024, host: .korea),
        admission: AdmissionPolicy(minimumRecommenders: 1))
}

extension Charter {
    /// How often a forum meets.
    ///
    /// A closed set.
    public enum Cadence: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// Once a year.
        case annual

        static let wireName = "cadence"

        /// Decodes a cadence, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// A reciprocal host rotation: editions alternate between a pivot country and a group, and
    /// the group's members take turns in the listed order.
    public struct Rotation: Sendable, Hashable {
        /// The kind of rotation (JSON `"rule"`); only reciprocal rotation is defined.
        public var kind: Kind
        /// The country on one side, for example the Republic of Korea.
        public var pivot: Country
        /// The countries on the other side, in their order of turns.
        public var group: [Country]

        /// Creates a reciprocal rotation.
        public init(kind: Kind = .reciprocal, pivot: Country, group: [Country]) {
            self.kind = kind
            self.pivot = pivot
            self.group = group
        }

        /// The side a country hosts for, or `nil` when it is outside the format.
        public func side(of country: Country) -> Side? {
            country == pivot ? .pivot : (group.contains(country) ? .group : nil)
        }

        /// A kind of rotation.
        ///
        /// A closed set.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
            /// Alternating between the pivot and the group ("the principle of reciprocity").
            case reciprocal

            static let wireName = "rotation rule"

            /// Decodes a kind of rotation, refusing unknown values.
            public init(from decoder: any Decoder) throws {
                self = try Self.decodeWire(from: decoder)
            }
        }
    }

    /// One side of a reciprocal rotation.
    public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
        /// The pivot country.
        case pivot
        /// The group of countries.
        case group

        /// The other side.
        public var opposite: Side { self == .pivot ? .group : .pivot }
    }

    /// The year and host a charter sets for the first edition.
    public struct FirstEdition: Sendable, Hashable, Codable {
        /// The year of the first edition.
        public var year: Int
        /// The host of the first edition.
        public var host: Country

        /// Creates a first-edition requirement.
        public init(year: Int, host: Country) {
            self.year = year
            self.host = host
        }
    }

    /// How a forum admits new members.
    public struct AdmissionPolicy: Sendable, Hashable {
        /// The kind of policy (JSON `"rule"`); only admission by recommendation is defined.
        public var kind: Kind
        /// How many existing members must recommend a candidate.
        public var minimumRecommenders: Int

        /// Creates an admission policy by recommendation.
        public init(kind: Kind = .recommendation, minimumRecommenders: Int) {
            self.kind = kind
            self.minimumRecommenders = max(0, minimumRecommenders)
        }

        /// A kind of admission policy.
        ///
        /// A closed set.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
            /// On the recommendation of existing members.
            case recommendation

            static let wireName = "admission rule"

            /// Decodes a kind of admission policy, refusing unknown values.
            public init(from decoder: any Decoder) throws {
                self = try Self.decodeWire(from: decoder)
            }
        }
    }
}

extension Charter.Rotation: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind = "rule"
        case pivot, group
    }

    /// Decodes a rotation; the group must be non-empty, without repeats, and not contain the pivot.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        pivot = try container.decode(Country.self, forKey: .pivot)
        group = try container.decode([Country].self, forKey: .group)
        guard !group.isEmpty else { throw container.refuse(.group, "a rotation group is empty") }
        guard Set(group).count == group.count else {
            throw container.refuse(.group, "a rotation group lists a country twice")
        }
        guard !group.contains(pivot) else {
            throw container.refuse(.group, "the pivot \(pivot.code) is also in the group")
        }
    }
}

extension Charter.FirstEdition {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case year, host
    }

    /// Decodes a first edition; the year must be 1 to 9999.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        year = try container.decodeInteger(forKey: .year, in: 1...9999) {
            "\($0) is not a year (1 to 9999)"
        }
        host = try container.decode(Country.self, forKey: .host)
    }
}

extension Charter.AdmissionPolicy: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind = "rule"
        case minimumRecommenders
    }

    /// Decodes an admission policy; the minimum must be 0 to 1000.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        minimumRecommenders = try container.decodeInteger(
            forKey: .minimumRecommenders, in: 0...1000
        ) { "\($0) is not a number of recommenders (0 to 1000)" }
    }
}

extension Charter: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case cadence, rotation, firstEdition, admission
    }

    /// Decodes a charter.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        cadence = try container.decode(Cadence.self, forKey: .cadence)
        rotation = try container.decodeIfPresent(Rotation.self, forKey: .rotation)
        firstEdition = try container.decodeIfPresent(FirstEdition.self, forKey: .firstEdition)
        admission = try container.decodeIfPresent(AdmissionPolicy.self, forKey: .admission)
    }

    /// Encodes the charter, leaving out absent rules.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cadence, forKey: .cadence)
        try container.encodeIfPresent(rotation, forKey: .rotation)
        try container.encodeIfPresent(firstEdition, forKey: .firstEdition)
        try container.encodeIfPresent(admission, forKey: .admission)
    }
}
