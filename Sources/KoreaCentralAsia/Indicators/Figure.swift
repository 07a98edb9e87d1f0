/// An amount of money with its currency and the bound its source gives: exactly,
/// approximately, more than or less than.
///
/// ```swift
/// let trade2023 = try Figure(amount: 10_000_000_000, currency: .usd, bound: .moreThan)
/// let trade1992 = try Figure(amount: 15_000_000, currency: .usd, bound: .approximately)
/// trade2023.growth(from: trade1992)?.description  // "more than 666×"
/// ```
public struct Figure: Sendable, Hashable {
    /// The amount, in whole units of the currency.
    ///
    /// Finite, of magnitude below 10^18; a negative amount can be built and decoded, and the
    /// rule `indicator.amount` reports it.
    public let amount: Double
    /// The ISO 4217 currency.
    public var currency: Currency
    /// How the source qualifies the amount.
    public var bound: Bound

    /// The largest magnitude an amount can have, exclusive: 10^18.
    public static let amountLimit = 1e18

    /// Creates a figure.
    ///
    /// - Throws: ``ValueError`` of kind ``ValueError/Kind/number`` for an amount that is not
    ///   finite or whose magnitude is 10^18 or more, which decoding refuses.
    public init(amount: Double, currency: Currency, bound: Bound = .exact) throws(ValueError) {
        guard amount.isFinite, amount.magnitude < Self.amountLimit else {
            throw ValueError(
                .number, input: String(amount),
                message: "the amount \(amount) is out of range (its magnitude must be below 10^18)")
        }
        self.amount = amount
        self.currency = currency
        self.bound = bound
    }

    /// How a source qualifies an amount.
    ///
    /// A closed set.
    public enum Bound: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// Exactly the amount.
        case exact
        /// About the amount ("$15 million", "about $9.2 billion").
        case approximately
        /// More than the amount ("more than $10 billion", "has exceeded $15 billion").
        case moreThan
        /// Less than the amount.
        case lessThan

        static let wireName = "bound"

        /// Decodes a bound, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }

        /// The bound in words, before an amount: "more than", "about", "less than", or "".
        public var phrase: String {
            switch self {
            case .exact: ""
            case .approximately: "about"
            case .moreThan: "more than"
            case .lessThan: "less than"
            }
        }
    }

    /// The growth factor from an earlier figure to this one, bounded as the two bounds allow.
    ///
    /// The factor is `amount / earlier.amount`. Its bound follows from the two bounds: a later
    /// "more than" over an earlier exact or approximate amount is "more than" the factor; a
    /// later amount over an earlier "more than" is "less than"; two approximate or exact
    /// amounts give an approximate (or exact) factor. When the bounds pull both ways (both
    /// "more than", or both "less than") nothing can be said, and the result is `nil`.
    ///
    /// - Returns: The growth, or `nil` when the currencies differ, the earlier amount is not
    ///   positive, or the bounds leave the factor open.
    public func growth(from earlier: Figure) -> Growth? {
        guard currency == earlier.currency, earlier.amount > 0, amount >= 0 else { return nil }
        let factor = amount / earlier.amount
        let bound: Bound
        switch (self.bound, earlier.bound) {
        case (.exact, .exact): bound = .exact
        case (.exact, .approximately), (.approximately, .exact), (.approximately, .approximately):
            bound = .approximately
        case (.moreThan, .exact), (.moreThan, .approximately), (.moreThan, .lessThan),
            (.exact, .lessThan), (.approximately, .lessThan):
            bound = .moreThan
        case (.lessThan, .exact), (.lessThan, .approximately), (.lessThan, .moreThan),
            (.exact, .moreThan), (.approximately, .moreThan):
            bound = .lessThan
        case (.moreThan, .moreThan), (.lessThan, .lessThan):
            return nil
        }
        return Growth(factor: factor, bound: bound)
    }
}

extension Figure: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case amount, currency, bound
    }

    /// Decodes a figure; the amount must be a finite number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let amount = try container.decodeDouble(forKey: .amount)
        guard amount.isFinite, amount.magnitude < Self.amountLimit else {
            throw container.refuse(
                .amount, "the amount is out of range (its magnitude must be below 10^18)")
        }
        self.amount = amount
        currency = try container.decode(Currency.self, forKey: .currency)
        bound = try container.decode(Bound.self, forKey: .bound)
    }
}

/// How many times a figure grew, with the bound the sources allow: "more than 666×".
public struct Growth: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ratio of the later amount to the earlier one.
    public let factor: Double
    /// How the ratio is bounded.
    public let bound: Figure.Bound

    /// Creates a growth factor.
    public init(factor: Double, bound: Figure.Bound) {
        self.factor = factor
        self.bound = bound
    }

    /// The change in percent: a factor of 1.5 is 50 percent.
    public var percentChange: Double { (factor - 1) * 100 }

    /// The factor rounded in the direction that keeps the claim true: down for "more than", up for
    /// "less than", to the nearest whole number otherwise (to one decimal below 10).
    public var claimableFactor: Double {
        let scale = factor < 10 ? 10.0 : 1.0
        switch bound {
        case .moreThan: return (factor * scale).rounded(.down) / scale
        case .lessThan: return (factor * scale).rounded(.up) / scale
        case .exact, .approximately: return (factor * scale).rounded() / scale
        }
    }

    /// Whether a claim of growth "by `factor` times" agrees with this growth.
    ///
    /// A "more than 666×" growth supports a claim of 600 times (it is at least that), not of
    /// 700 times; an approximate factor supports claims within `tolerance` of it.
    public func supports(claim factor: Double, tolerance: Double = 0.05) -> Bool {
        switch bound {
        case .moreThan: factor <= self.factor
        case .lessThan: factor >= self.factor
        case .exact, .approximately: (factor - self.factor).magnitude <= tolerance * self.factor
        }
    }

    /// "more than 666×", "about 1.5×", "less than 2×", "3×".
    public var description: String {
        let number = numberText(claimableFactor)
        let phrase = bound.phrase
        return phrase.isEmpty ? "\(number)×" : "\(phrase) \(number)×"
    }
}

/// A number as the shortest text that reads back as it: "666", "1.5", "1e+19", "inf".
///
/// A whole number that `Int64` holds is written without a fraction; any other, however large,
/// infinite or not a number, through `Double`'s own description. `Int(_:)` would stop the
/// program on a value past `Int`'s range, and a document can hold amounts whose ratio is 10^19.
func numberText(_ value: Double) -> String {
    Int64(exactly: value).map(String.init) ?? String(value)
}
