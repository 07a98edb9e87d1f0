/// A topic of cooperation. An open set: any lowerCamel identifier decodes, and a user can add
/// values of their own:
///
/// ```swift
/// extension CooperationArea {
///     /// Water management.
///     static let water = CooperationArea(rawValue: "water")!
/// }
/// ```
public struct CooperationArea: RawRepresentable, Sendable, Hashable, Comparable,
    CustomStringConvertible
{
    /// The topic's lowerCamel name.
    public let rawValue: String

    /// Creates a topic, or `nil` when the name is not a lowerCamel identifier.
    public init?(rawValue: String) {
        guard isLowerCamelIdentifier(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    /// The name.
    public var description: String { rawValue }

    /// Orders topics by name.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Responding to climate change.
    public static let climateChange = CooperationArea(known: "climateChange")
    /// Energy security.
    public static let energySecurity = CooperationArea(known: "energySecurity")
    /// Food security.
    public static let foodSecurity = CooperationArea(known: "foodSecurity")
    /// High technology and the transfer of experience in it.
    public static let highTechnology = CooperationArea(known: "highTechnology")
    /// Renewable energy.
    public static let renewableEnergy = CooperationArea(known: "renewableEnergy")
    /// Trade.
    public static let trade = CooperationArea(known: "trade")
    /// Investment.
    public static let investment = CooperationArea(known: "investment")
    /// Culture and humanitarian exchange.
    public static let cultureAndHumanitarianExchange = CooperationArea(
        known: "cultureAndHumanitarianExchange")
    /// Education.
    public static let education = CooperationArea(known: "education")
    /// Healthcare.
    public static let healthcare = CooperationArea(known: "healthcare")
    /// Transport and logistics.
    public static let transportAndLogistics = CooperationArea(known: "transportAndLogistics")
    /// Critical minerals.
    public static let criticalMinerals = CooperationArea(known: "criticalMinerals")

    /// The known topics, in the order of the brief.
    public static let known: [CooperationArea] = [
        .climateChange, .energySecurity, .foodSecurity, .highTechnology, .renewableEnergy, .trade,
        .investment, .cultureAndHumanitarianExchange, .education, .healthcare,
        .transportAndLogistics, .criticalMinerals,
    ]
}

extension CooperationArea: Codable {
    /// Decodes a topic, refusing names that are not lowerCamel identifiers.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in
            try Self.parseName(text, as: "topic name")
        }
    }

    /// Encodes the topic's name.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}
