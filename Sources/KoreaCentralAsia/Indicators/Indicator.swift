/// An economic figure between two parties in a year: trade turnover, exports, imports or
/// accumulated investment, with the bound the source gives ("more than $10 billion").
///
/// ```swift
/// let trade1992 = Indicator(
///     id: "trade-kr-central-asia-1992", measure: .tradeTurnover,
///     between: .country(.korea), and: .centralAsia, year: 1992,
///     value: try Figure(amount: 15_000_000, currency: .usd, bound: .approximately))
/// ```
public struct Indicator: Sendable, Hashable, Identifiable {
    /// An indicator's identifier.
    public typealias ID = Identifier<Indicator>

    /// The stable slug that names the figure.
    public var id: ID
    /// What is measured.
    public var measure: Measure
    /// The first side: the exporter, the investor, or one side of a turnover (JSON `between`).
    public var first: Economy
    /// The other side (JSON `and`).
    public var second: Economy
    /// The year the figure is for (for accumulated figures: as of that year).
    public var year: Int
    /// The amount, its currency and its bound.
    public var value: Figure
    /// What a reader should know, for example that the figure is derived.
    public var note: String?
    /// The sources that state it.
    public var sources: [Source.ID]

    /// Creates an indicator.
    public init(
        id: ID, measure: Measure, between: Economy, and: Economy, year: Int, value: Figure,
        note: String? = nil, sources: [Source.ID] = []
    ) {
        self.id = id
        self.measure = measure
        self.first = between
        self.second = and
        self.year = year
        self.value = value
        self.note = note
        self.sources = sources
    }

    /// Whether the indicator is between the two parties, in either order.
    public func isBetween(_ first: Economy, _ second: Economy) -> Bool {
        (self.first == first && self.second == second)
            || (self.first == second && self.second == first)
    }

    /// The growth from an earlier figure of the same measure and currency to this one.
    ///
    /// - Returns: The growth factor and its bound, or `nil` when the measures or currencies
    ///   differ, the earlier amount is not positive, or the bounds leave the factor open
    ///   (see ``Figure/growth(from:)``).
    public func growth(from earlier: Indicator) -> Growth? {
        guard measure == earlier.measure else { return nil }
        return value.growth(from: earlier.value)
    }
}

extension Indicator {
    /// What an indicator measures.
    ///
    /// A closed set.
    public enum Measure: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// Exports plus imports between the two sides.
        case tradeTurnover
        /// Exports from the first side to the second.
        case exports
        /// Imports of the first side from the second.
        case imports
        /// Investment of the first side in the second, accumulated to the year.
        case accumulatedInvestment

        static let wireName = "measure"

        /// The measure in words: "trade turnover", "accumulated investment".
        package var displayName: String {
            switch self {
            case .tradeTurnover: "trade turnover"
            case .exports: "exports"
            case .imports: "imports"
            case .accumulatedInvestment: "accumulated investment"
            }
        }

        /// Decodes a measure, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// An economy an indicator measures between: a country, or the Central Asian states as a
    /// group. (Formats name their partners with ``KoreaCentralAsia/Party``.)
    public enum Economy: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// One country.
        case country(Country)
        /// The five Central Asian states together; `"centralAsia"` on the wire.
        case centralAsia

        /// The wire form: a country code or `centralAsia`.
        public var description: String {
            switch self {
            case .country(let country): country.code
            case .centralAsia: "centralAsia"
            }
        }

        /// The economy's name: "Uzbekistan", "Central Asia".
        public var name: String {
            switch self {
            case .country(let country): country.name
            case .centralAsia: "Central Asia"
            }
        }

        /// Orders economies by their wire form.
        public static func < (lhs: Economy, rhs: Economy) -> Bool {
            lhs.description < rhs.description
        }
    }
}

extension Indicator.Economy: Codable {
    /// Decodes a country code or `centralAsia`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if text == "centralAsia" {
            self = .centralAsia
            return
        }
        do {
            self = .country(try Country(text))
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.message + " (nor \"centralAsia\")")
        }
    }

    /// Encodes the wire form.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(description)
    }
}

extension Indicator: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, measure, between, and, year, value, note, sources
    }

    /// Decodes an indicator; the year must be 1 to 9999.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        measure = try container.decode(Measure.self, forKey: .measure)
        first = try container.decode(Economy.self, forKey: .between)
        second = try container.decode(Economy.self, forKey: .and)
        year = try container.decodeInteger(forKey: .year, in: 1...9999) {
            "\($0) is not a year (1 to 9999)"
        }
        value = try container.decode(Figure.self, forKey: .value)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        sources = try container.decode([Source.ID].self, forKey: .sources)
    }

    /// Encodes the indicator, leaving out an absent note.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(measure, forKey: .measure)
        try container.encode(first, forKey: .between)
        try container.encode(second, forKey: .and)
        try container.encode(year, forKey: .year)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encode(sources, forKey: .sources)
    }
}
