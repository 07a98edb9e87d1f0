/// A topic of cooperation. An open set (an ``OpenName``): any lowerCamel identifier decodes,
/// and a user can add values of their own:
///
/// ```swift
/// extension CooperationArea {
///     /// Water management.
///     static let water = CooperationArea(rawValue: "water")!
/// }
/// ```
public typealias CooperationArea = OpenName<CooperationAreaKind>

/// The kind of ``CooperationArea``: topics of cooperation.
public enum CooperationAreaKind: OpenNameKind {
    /// "topic name".
    public static let nameDescription = "topic name"
}

extension CooperationArea {
    /// Responding to climate change.
    public static let climateChange = Self(known: "climateChange")
    /// Energy security.
    public static let energySecurity = Self(known: "energySecurity")
    /// Food security.
    public static let foodSecurity = Self(known: "foodSecurity")
    /// High technology and the transfer of experience in it.
    public static let highTechnology = Self(known: "highTechnology")
    /// Renewable energy.
    public static let renewableEnergy = Self(known: "renewableEnergy")
    /// Trade.
    public static let trade = Self(known: "trade")
    /// Investment.
    public static let investment = Self(known: "investment")
    /// Culture and humanitarian exchange.
    public static let cultureAndHumanitarianExchange = Self(known: "cultureAndHumanitarianExchange")
    /// Education.
    public static let education = Self(known: "education")
    /// Healthcare.
    public static let healthcare = Self(known: "healthcare")
    /// Transport and logistics.
    public static let transportAndLogistics = Self(known: "transportAndLogistics")
    /// Critical minerals.
    public static let criticalMinerals = Self(known: "criticalMinerals")

    /// The known topics, in the order listed above.
    public static let known: [CooperationArea] = [
        .climateChange, .energySecurity, .foodSecurity, .highTechnology, .renewableEnergy, .trade,
        .investment, .cultureAndHumanitarianExchange, .education, .healthcare,
        .transportAndLogistics, .criticalMinerals,
    ]
}
