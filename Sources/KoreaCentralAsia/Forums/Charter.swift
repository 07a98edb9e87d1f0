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
///     rotation: try .init(pivot: .korea, group: Country.centralAsia),
///     firstEdition: try .init(year: 2024, host: .korea),
///     admission: try .init(minimumRecommenders: 1))
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
        rotation: Rotation(
            unchecked: .reciprocal(order: .listed), pivot: .country(.korea),
            group: Country.centralAsia),
        firstEdition: FirstEdition(unchecked: 2024, host: .korea),
        admission: AdmissionPolicy(unchecked: .recommendation, minimumRecommenders: 1))
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
    /// - ``Rule/reciprocal(order:)``: editions alternate between the pivot and the group, and
    ///   the group's members take turns in the order given: as listed, alphabetically by English
    ///   short name, or in no set order ("the principle of reciprocity").
    /// - ``Rule/parity(pivotYears:)``: the pivot hosts in even (or odd) years and the group in
    ///   the others, as the Seoul Declaration of 2015 proposed for the Cooperation Forum.
    /// - ``Rule/chairmanship(termYears:)``: the group's members chair in turn, on terms of some
    ///   years; each edition records its ``Edition/chairs``.
    ///
    /// Each rule carries its own parameters, so no rotation lacks the one its rule needs or holds
    /// one that another rule would; a rotation is built through a throwing initialiser that
    /// refuses what decoding refuses (an empty group, a country listed twice, the pivot in the
    /// group, a term outside 1 to 100 years), and it is immutable: change one by building another.
    ///
    /// The pivot is a ``Party``: for an organisation of states, any member state hosts on its
    /// side.
    ///
    /// ```swift
    /// let reciprocal = try Charter.Rotation(pivot: .korea, group: Country.centralAsia)
    /// let parity = try Charter.Rotation.parity(
    ///     pivot: .country(.korea), group: Country.centralAsia, pivotYears: .even)
    /// let china = try Charter.Rotation.reciprocal(
    ///     pivot: .country(try Country("CN")), group: Country.centralAsia, order: .alphabetical)
    /// ```
    public struct Rotation: Sendable, Hashable {
        /// The rule, with its parameters.
        public let rule: Rule
        /// The party on one side, for example the Republic of Korea.
        public let pivot: Party
        /// The countries on the other side, in their order of turns.
        public let group: [Country]

        /// A rotation rule and its parameters (JSON `"rule"`, with `order`, `pivotYears` or
        /// `termYears`).
        public enum Rule: Sendable, Hashable {
            /// The pivot and the group alternate; the group's members take turns in `order`.
            case reciprocal(order: Order)
            /// The pivot hosts in `pivotYears`, the group in the other years.
            case parity(pivotYears: Parity)
            /// The group's members chair in turn, on terms of `termYears` years (1 to 100).
            case chairmanship(termYears: Int)

            /// The kind of the rule, without its parameters.
            package var kind: Kind {
                switch self {
                case .reciprocal: .reciprocal
                case .parity: .parity
                case .chairmanship: .chairmanship
                }
            }
        }

        /// The terms a chairmanship can have, in years.
        public static let termRange = 1...100

        /// Creates a rotation.
        ///
        /// - Throws: ``ValueError`` of kind ``ValueError/Kind/rotation`` when the group is empty,
        ///   lists a country twice or holds the pivot, or a chairmanship's term is outside
        ///   ``termRange``: what decoding refuses.
        public init(_ rule: Rule, pivot: Party, group: [Country]) throws(ValueError) {
            if let problem = Self.problem(rule, pivot: pivot, group: group) {
                throw ValueError(.rotation, input: problem.input, message: problem.message)
            }
            self.init(unchecked: rule, pivot: pivot, group: group)
        }

        /// Creates a reciprocal rotation between a pivot country and a group taking turns in the
        /// listed order.
        ///
        /// - Throws: ``ValueError`` as ``init(_:pivot:group:)`` does.
        package init(pivot: Country, group: [Country]) throws(ValueError) {
            try self.init(.reciprocal(order: .listed), pivot: .country(pivot), group: group)
        }

        /// A rotation whose parts are known to be valid: the library's own constants.
        init(unchecked rule: Rule, pivot: Party, group: [Country]) {
            self.rule = rule
            self.pivot = pivot
            self.group = group
        }

        /// What is wrong with a rotation's parts, as the key of its JSON object that holds the
        /// fault, the input and a sentence; `nil` when nothing is.
        static func problem(_ rule: Rule, pivot: Party, group: [Country])
            -> (key: CodingKeys, input: String, message: String)?
        {
            let codes = group.map(\.code).joined(separator: ",")
            if group.isEmpty { return (.group, codes, "a rotation group is empty") }
            if Set(group).count != group.count {
                return (.group, codes, "a rotation group lists a country twice")
            }
            if let country = pivot.country, group.contains(country) {
                return (.group, codes, "the pivot \(country.code) is also in the group")
            }
            if case .chairmanship(let years) = rule, !termRange.contains(years) {
                return (.termYears, String(years), "\(years) is not a term in years (1 to 100)")
            }
            return nil
        }

        /// A reciprocal rotation: the pivot and the group alternate, the group's members in
        /// `order`.
        ///
        /// - Throws: ``ValueError`` as ``init(_:pivot:group:)`` does.
        public static func reciprocal(pivot: Party, group: [Country], order: Order = .listed)
            throws(ValueError) -> Rotation
        {
            try Rotation(.reciprocal(order: order), pivot: pivot, group: group)
        }

        /// A rotation by parity: the pivot hosts in `pivotYears`, the group in the other years.
        ///
        /// - Throws: ``ValueError`` as ``init(_:pivot:group:)`` does.
        public static func parity(pivot: Party, group: [Country], pivotYears: Parity)
            throws(ValueError) -> Rotation
        {
            try Rotation(.parity(pivotYears: pivotYears), pivot: pivot, group: group)
        }

        /// A chairmanship rotation: the group's members chair in turn, on terms of `termYears`
        /// years.
        ///
        /// - Throws: ``ValueError`` as ``init(_:pivot:group:)`` does, for a term outside
        ///   ``termRange`` too.
        public static func chairmanship(pivot: Party, group: [Country], termYears: Int)
            throws(ValueError) -> Rotation
        {
            try Rotation(.chairmanship(termYears: termYears), pivot: pivot, group: group)
        }

        /// The kind of rotation (JSON `"rule"`).
        package var kind: Kind { rule.kind }

        /// The order in which the group's members take turns: a reciprocal rotation's own, and
        /// ``Order/listed`` for the other rules.
        package var order: Order {
            if case .reciprocal(let order) = rule { order } else { .listed }
        }

        /// The years the pivot hosts in, for a parity rotation.
        package var pivotYears: Parity? {
            if case .parity(let years) = rule { years } else { nil }
        }

        /// The length of a chairmanship term in years, for a chairmanship rotation.
        package var termYears: Int? {
            if case .chairmanship(let years) = rule { years } else { nil }
        }

        /// The group in the order of its turns: as listed, or alphabetically by English short
        /// name for ``Order/alphabetical``.
        package var groupInOrder: [Country] {
            order == .alphabetical
                ? group.sorted { ($0.name, $0.code) < ($1.name, $1.code) } : group
        }

        /// The side a country hosts for, or `nil` when it is outside the format.
        ///
        /// A country pivot is its own side; for an organisation, pass its member states as
        /// `pivotStates` (``Party/states(institutions:)``).
        package func side(of country: Country, pivotStates: Set<Country>? = nil) -> Side? {
            let onPivotSide =
                pivotStates?.contains(country) ?? (pivot.country == country)
            return onPivotSide ? .pivot : (group.contains(country) ? .group : nil)
        }

        /// The rule in one sentence, naming the pivot as `pivotName`.
        ///
        /// For the Think Tank Forum: "Hosts alternate between the Republic of Korea (pivot) and,
        /// in turn, KZ, KG, TJ, TM, UZ (group)."
        package func summary(pivotName: String) -> String {
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
        package func parityHost(in year: Int) -> Side? {
            guard kind == .parity, let pivotYears else { return nil }
            return pivotYears.contains(year) ? .pivot : .group
        }

        /// A kind of rotation.
        ///
        /// A closed set.
        package enum Kind: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
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
            package func contains(_ year: Int) -> Bool { (year % 2 == 0) == (self == .even) }

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
        /// The year of the first edition, 1 to 9999.
        public let year: Int
        /// The host of the first edition.
        public let host: Country

        /// Creates a first-edition requirement.
        ///
        /// - Throws: ``ValueError`` of kind ``ValueError/Kind/number`` for a year outside 1 to
        ///   9999, which a date cannot hold and decoding refuses.
        public init(year: Int, host: Country) throws(ValueError) {
            guard (1...9999).contains(year) else {
                throw ValueError(
                    .number, input: String(year), message: "\(year) is not a year (1 to 9999)")
            }
            self.init(unchecked: year, host: host)
        }

        /// A first edition whose year is known to be valid: the library's own constants.
        init(unchecked year: Int, host: Country) {
            self.year = year
            self.host = host
        }
    }

    /// How a forum admits new members.
    public struct AdmissionPolicy: Sendable, Hashable {
        /// The kind of policy (JSON `"rule"`); only admission by recommendation is defined.
        public let kind: Kind
        /// How many existing members must recommend a candidate, 0 to 1000.
        public let minimumRecommenders: Int

        /// The minimums a policy can set.
        public static let minimumRange = 0...1000

        /// Creates an admission policy by recommendation.
        ///
        /// - Throws: ``ValueError`` of kind ``ValueError/Kind/number`` for a minimum outside
        ///   ``minimumRange``, which decoding refuses.
        public init(kind: Kind = .recommendation, minimumRecommenders: Int) throws(ValueError) {
            guard Self.minimumRange.contains(minimumRecommenders) else {
                throw ValueError(
                    .number, input: String(minimumRecommenders),
                    message: "\(minimumRecommenders) is not a number of recommenders (0 to 1000)")
            }
            self.init(unchecked: kind, minimumRecommenders: minimumRecommenders)
        }

        /// A policy whose minimum is known to be valid: the library's own constants.
        init(unchecked kind: Kind, minimumRecommenders: Int) {
            self.kind = kind
            self.minimumRecommenders = minimumRecommenders
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
    /// neither belongs to another rule; `order` belongs to a reciprocal rotation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let pivot = try container.decode(Party.self, forKey: .pivot)
        let group = try container.decode([Country].self, forKey: .group)
        let order = try container.decodeWireIfPresent(Order.self, forKey: .order)
        let pivotYears = try container.decodeWireIfPresent(Parity.self, forKey: .pivotYears)
        let termYears =
            try container.contains(.termYears)
            ? container.decodeInteger(forKey: .termYears, in: Self.termRange) {
                "\($0) is not a term in years (1 to 100)"
            } : nil
        if pivotYears != nil, kind != .parity {
            throw container.refuse(
                .pivotYears, "only a parity rotation has pivotYears, not a \(kind.rawValue) one")
        }
        if termYears != nil, kind != .chairmanship {
            throw container.refuse(
                .termYears, "only a chairmanship rotation has termYears, not a \(kind.rawValue) one"
            )
        }
        // A listed order is the default of every rule, and was written for parity rotations
        // before rules carried their parameters: it reads as it always did.
        if let order, order != .listed, kind != .reciprocal {
            throw container.refuse(
                .order, "only a reciprocal rotation has an order, not a \(kind.rawValue) one")
        }
        let rule: Rule
        switch kind {
        case .reciprocal:
            rule = .reciprocal(order: order ?? .listed)
        case .parity:
            guard let pivotYears else {
                throw container.refuse(
                    .kind, "a parity rotation needs pivotYears (\"even\" or \"odd\")")
            }
            rule = .parity(pivotYears: pivotYears)
        case .chairmanship:
            guard let termYears else {
                throw container.refuse(.kind, "a chairmanship rotation needs termYears")
            }
            rule = .chairmanship(termYears: termYears)
        }
        if let problem = Self.problem(rule, pivot: pivot, group: group) {
            throw container.refuse(problem.key, problem.message)
        }
        self.init(unchecked: rule, pivot: pivot, group: group)
    }

    /// Encodes the rotation: its rule with that rule's parameters, leaving out the default
    /// order (listed).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(pivot, forKey: .pivot)
        try container.encode(group, forKey: .group)
        switch rule {
        case .reciprocal(let order):
            if order != .listed { try container.encode(order, forKey: .order) }
        case .parity(let years):
            try container.encode(years, forKey: .pivotYears)
        case .chairmanship(let years):
            try container.encode(years, forKey: .termYears)
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
        let year = try container.decodeInteger(forKey: .year, in: 1...9999) {
            "\($0) is not a year (1 to 9999)"
        }
        self.init(unchecked: year, host: try container.decode(Country.self, forKey: .host))
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
        let kind = try container.decode(Kind.self, forKey: .kind)
        let minimum = try container.decodeInteger(
            forKey: .minimumRecommenders, in: Self.minimumRange
        ) { "\($0) is not a number of recommenders (0 to 1000)" }
        self.init(unchecked: kind, minimumRecommenders: minimum)
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
