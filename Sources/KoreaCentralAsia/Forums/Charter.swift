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
    /// The level the charter sets for its editions, for example ministerial, when it sets one.
    public var level: Edition.Level?

    /// Creates a charter.
    public init(
        cadence: Cadence, rotation: Rotation? = nil, firstEdition: FirstEdition? = nil,
        admission: AdmissionPolicy? = nil, level: Edition.Level? = nil
    ) {
        self.level = level
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
        /// Every two years, as China's summits with Central Asia (the Xi'an Declaration, 2023).
        case biennial
        /// No set interval: no gap is reported.
        case irregular

        static let wireName = "cadence"

        /// Decodes a cadence, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// Who hosts or chairs: a pivot and a group that take turns, by one of three rules.
    ///
    /// - ``Kind/reciprocal``: editions alternate between the pivot and the group, and the group's
    ///   members take turns in the ``order`` given: as listed, alphabetically by English short
    ///   name, or in no set order ("the principle of reciprocity").
    /// - ``Kind/parity``: the pivot hosts in even (or odd) years and the group in the others, as
    ///   the Seoul Declaration of 2015 proposed for the Cooperation Forum.
    /// - ``Kind/chairmanship``: the group's members chair in turn, on terms of ``termYears``
    ///   years; each edition records its ``Edition/chairs``.
    ///
    /// The pivot is a ``Party``: for an organisation of states, any member state hosts on its
    /// side.
    ///
    /// ```swift
    /// let reciprocal = Charter.Rotation(pivot: .korea, group: Country.centralAsia)
    /// let parity = Charter.Rotation.parity(
    ///     pivot: .country(.korea), group: Country.centralAsia, pivotYears: .even)
    /// let china = Charter.Rotation.reciprocal(
    ///     pivot: .country(try Country("CN")), group: Country.centralAsia, order: .alphabetical)
    /// ```
    public struct Rotation: Sendable, Hashable {
        /// The kind of rotation (JSON `"rule"`).
        public var kind: Kind
        /// The party on one side, for example the Republic of Korea.
        public var pivot: Party
        /// The countries on the other side, in their order of turns.
        public var group: [Country]
        /// The order in which the group's members take their turns (reciprocal rotations).
        public var order: Order
        /// The years the pivot hosts in (parity rotations only).
        public private(set) var pivotYears: Parity?
        /// The length of a chairmanship term in years (chairmanship rotations only).
        public private(set) var termYears: Int?

        /// Creates a reciprocal rotation between a pivot country and a group taking turns in the
        /// listed order.
        public init(kind: Kind = .reciprocal, pivot: Country, group: [Country]) {
            self.init(kind: kind, pivot: .country(pivot), group: group, order: .listed)
        }

        private init(
            kind: Kind, pivot: Party, group: [Country], order: Order, pivotYears: Parity? = nil,
            termYears: Int? = nil
        ) {
            self.kind = kind
            self.pivot = pivot
            self.group = group
            self.order = order
            self.pivotYears = pivotYears
            self.termYears = termYears
        }

        /// A reciprocal rotation: the pivot and the group alternate, the group's members in
        /// `order`.
        public static func reciprocal(pivot: Party, group: [Country], order: Order = .listed)
            -> Rotation
        {
            Rotation(kind: .reciprocal, pivot: pivot, group: group, order: order)
        }

        /// A rotation by parity: the pivot hosts in `pivotYears`, the group in the other years.
        public static func parity(pivot: Party, group: [Country], pivotYears: Parity) -> Rotation {
            Rotation(
                kind: .parity, pivot: pivot, group: group, order: .free, pivotYears: pivotYears)
        }

        /// A chairmanship rotation: the group's members chair in turn, on terms of `termYears`
        /// years (at least 1).
        public static func chairmanship(pivot: Party, group: [Country], termYears: Int)
            -> Rotation
        {
            Rotation(
                kind: .chairmanship, pivot: pivot, group: group, order: .listed,
                termYears: max(1, termYears))
        }

        /// The group in the order of its turns: as listed, or alphabetically by English short
        /// name for ``Order/alphabetical``.
        public var groupInOrder: [Country] {
            order == .alphabetical
                ? group.sorted { ($0.name, $0.code) < ($1.name, $1.code) } : group
        }

        /// The side a country hosts for, or `nil` when it is outside the format.
        ///
        /// A country pivot is its own side; for an organisation, pass its member states as
        /// `pivotStates` (``Party/states(institutions:)``).
        public func side(of country: Country, pivotStates: Set<Country>? = nil) -> Side? {
            let onPivotSide =
                pivotStates?.contains(country) ?? (pivot.country == country)
            return onPivotSide ? .pivot : (group.contains(country) ? .group : nil)
        }

        /// The rule in one sentence, naming the pivot as `pivotName`.
        ///
        /// For the Think Tank Forum: "Hosts alternate between the Republic of Korea (pivot) and,
        /// in turn, KZ, KG, TJ, TM, UZ (group)."
        public func summary(pivotName: String) -> String {
            let members = groupInOrder.map(\.code).joined(separator: ", ")
            switch kind {
            case .reciprocal:
                let turns =
                    switch order {
                    case .listed: "in turn, \(members)"
                    case .alphabetical: "in alphabetical order, \(members)"
                    case .free: "in no set order, \(members)"
                    }
                return "Hosts alternate between \(pivotName) (pivot) and, \(turns) (group)."
            case .parity:
                let years = pivotYears ?? .even
                let other = years == .even ? "odd" : "even"
                return
                    "\(pivotName) (pivot) hosts in \(years.rawValue) years and the group (\(members)) in \(other) years."
            case .chairmanship:
                let term = termYears ?? 1
                return
                    "The group's members (\(members)) chair in turn, on terms of \(term) year\(term == 1 ? "" : "s"), with \(pivotName)."
            }
        }

        /// The side that hosts in a year under a parity rotation; `nil` for other kinds.
        public func parityHost(in year: Int) -> Side? {
            guard kind == .parity, let pivotYears else { return nil }
            return pivotYears.contains(year) ? .pivot : .group
        }

        /// A kind of rotation.
        ///
        /// A closed set.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
            /// Alternating between the pivot and the group ("the principle of reciprocity").
            case reciprocal
            /// The pivot in even (or odd) years, the group in the others.
            case parity
            /// The group's members chair in turn, on terms of some years.
            case chairmanship

            static let wireName = "rotation rule"

            /// Decodes a kind of rotation, refusing unknown values.
            public init(from decoder: any Decoder) throws {
                self = try Self.decodeWire(from: decoder)
            }
        }

        /// The order in which a group's members take turns.
        ///
        /// A closed set.
        public enum Order: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
            /// In the order the group lists them.
            case listed
            /// Alphabetically by English short name, as the Xi'an Declaration (2023) sets for
            /// China and the Central Asian states.
            case alphabetical
            /// In no set order: only the alternation of sides is checked.
            case free

            static let wireName = "rotation order"

            /// Decodes an order, refusing unknown values.
            public init(from decoder: any Decoder) throws {
                self = try Self.decodeWire(from: decoder)
            }
        }

        /// Even or odd years.
        ///
        /// A closed set.
        public enum Parity: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
            /// 2024, 2026, …
            case even
            /// 2025, 2027, …
            case odd

            static let wireName = "year parity"

            /// Whether a year has this parity.
            public func contains(_ year: Int) -> Bool { (year % 2 == 0) == (self == .even) }

            /// Decodes a parity, refusing unknown values.
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
        case pivot, group, order, pivotYears, termYears
    }

    /// Decodes a rotation; the group must be non-empty, without repeats, and not contain the
    /// pivot; a parity rotation needs `pivotYears`, a chairmanship `termYears` (1 to 100), and
    /// neither belongs to another rule.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        pivot = try container.decode(Party.self, forKey: .pivot)
        group = try container.decode([Country].self, forKey: .group)
        guard !group.isEmpty else { throw container.refuse(.group, "a rotation group is empty") }
        guard Set(group).count == group.count else {
            throw container.refuse(.group, "a rotation group lists a country twice")
        }
        if let country = pivot.country, group.contains(country) {
            throw container.refuse(.group, "the pivot \(country.code) is also in the group")
        }
        order = try container.decodeWireIfPresent(Order.self, forKey: .order) ?? .listed
        pivotYears = try container.decodeWireIfPresent(Parity.self, forKey: .pivotYears)
        termYears =
            try container.contains(.termYears)
            ? container.decodeInteger(forKey: .termYears, in: 1...100) {
                "\($0) is not a term in years (1 to 100)"
            } : nil
        switch kind {
        case .parity where pivotYears == nil:
            throw container.refuse(
                .kind, "a parity rotation needs pivotYears (\"even\" or \"odd\")")
        case .chairmanship where termYears == nil:
            throw container.refuse(.kind, "a chairmanship rotation needs termYears")
        case .reciprocal, .chairmanship:
            if pivotYears != nil {
                throw container.refuse(
                    .pivotYears, "only a parity rotation has pivotYears, not a \(kind.rawValue) one"
                )
            }
        case .parity:
            break
        }
        if kind != .chairmanship, termYears != nil {
            throw container.refuse(
                .termYears, "only a chairmanship rotation has termYears, not a \(kind.rawValue) one"
            )
        }
    }

    /// Encodes the rotation, leaving out the default order (listed).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(pivot, forKey: .pivot)
        try container.encode(group, forKey: .group)
        if order != .listed, kind == .reciprocal { try container.encode(order, forKey: .order) }
        try container.encodeIfPresent(pivotYears, forKey: .pivotYears)
        try container.encodeIfPresent(termYears, forKey: .termYears)
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

/// The keys of a charter's rules, shared by a charter and a charter period (whose JSON object
/// holds the same keys beside its own).
protocol CharterCodingKey: CodingKey {
    /// How often the forum meets.
    static var cadence: Self { get }
    /// Who hosts.
    static var rotation: Self { get }
    /// The first edition's year and host.
    static var firstEdition: Self { get }
    /// How members are admitted.
    static var admission: Self { get }
    /// The level set for editions.
    static var level: Self { get }
}

extension Charter {
    /// Decodes a charter's rules from the keys of `container`.
    init<Key: CharterCodingKey>(rulesIn container: KeyedDecodingContainer<Key>) throws {
        cadence = try container.decode(Cadence.self, forKey: .cadence)
        rotation = try container.decodeIfPresent(Rotation.self, forKey: .rotation)
        firstEdition = try container.decodeIfPresent(FirstEdition.self, forKey: .firstEdition)
        admission = try container.decodeIfPresent(AdmissionPolicy.self, forKey: .admission)
        level = try container.decodeIfPresent(Edition.Level.self, forKey: .level)
    }

    /// Encodes the charter's rules into `container`, leaving out absent ones.
    func encodeRules<Key: CharterCodingKey>(into container: inout KeyedEncodingContainer<Key>)
        throws
    {
        try container.encode(cadence, forKey: .cadence)
        try container.encodeIfPresent(rotation, forKey: .rotation)
        try container.encodeIfPresent(firstEdition, forKey: .firstEdition)
        try container.encodeIfPresent(admission, forKey: .admission)
        try container.encodeIfPresent(level, forKey: .level)
    }
}

extension Charter: Codable {
    enum CodingKeys: String, CharterCodingKey, CaseIterable {
        case cadence, rotation, firstEdition, admission, level
    }

    /// Decodes a charter.
    public init(from decoder: any Decoder) throws {
        try self.init(rulesIn: decoder.strictContainer(keyedBy: CodingKeys.self))
    }

    /// Encodes the charter, leaving out absent rules.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try encodeRules(into: &container)
    }
}
