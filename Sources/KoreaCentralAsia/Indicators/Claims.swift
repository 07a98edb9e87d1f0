/// The amounts a figure stands for: an exact amount is rounded (±0.5%), an approximate one is
/// within 10%, "more than" is open above and "less than" reaches down to zero.
///
/// ```swift
/// try Figure(amount: 10_000_000_000, currency: .usd, bound: .moreThan).interval
/// // (10000000000.0, ∞)
/// ```
public struct AmountInterval: Sendable, Hashable, CustomStringConvertible {
    /// The lowest amount.
    public let lower: Double
    /// Whether the lowest amount itself is included.
    public let includesLower: Bool
    /// The highest amount (infinity for "more than").
    public let upper: Double
    /// Whether the highest amount itself is included.
    public let includesUpper: Bool

    /// Whether some amount lies in both intervals.
    public func overlaps(_ other: AmountInterval) -> Bool {
        !Self.below(self, other) && !Self.below(other, self)
    }

    /// Whether every amount of `first` is below every amount of `second`.
    private static func below(_ first: AmountInterval, _ second: AmountInterval) -> Bool {
        first.upper < second.lower
            || (first.upper == second.lower && !(first.includesUpper && second.includesLower))
    }

    /// `[a, b]`, `(a, ∞)`, `[0, a)`.
    public var description: String {
        let upperText = upper.isInfinite ? "∞" : "\(upper)"
        return "\(includesLower ? "[" : "(")\(lower), \(upperText)\(includesUpper ? "]" : ")")"
    }
}

extension Figure: CustomStringConvertible {
    /// The amount in words with its bound: "about $15 million", "more than $10 billion",
    /// "$3.08 billion", "KRW 1.2 trillion".
    public var description: String {
        let scales: [(Double, String)] = [
            (1e12, " trillion"), (1e9, " billion"), (1e6, " million"),
        ]
        let (divisor, word) = scales.first { amount.magnitude >= $0.0 } ?? (1, "")
        let scaled = (amount / divisor * 100).rounded() / 100
        let number = numberText(scaled)
        let money = currency == .usd ? "$\(number)\(word)" : "\(currency.code) \(number)\(word)"
        return bound.phrase.isEmpty ? money : "\(bound.phrase) \(money)"
    }

    /// The amounts the figure stands for: exact *a* for [0.995 *a*, 1.005 *a*], about *a* for
    /// [0.9 *a*, 1.1 *a*], more than *a* for (*a*, ∞), less than *a* for [0, *a*).
    public var interval: AmountInterval {
        switch bound {
        case .exact:
            return AmountInterval(
                lower: Swift.min(amount * 0.995, amount * 1.005), includesLower: true,
                upper: Swift.max(amount * 0.995, amount * 1.005), includesUpper: true)
        case .approximately:
            return AmountInterval(
                lower: Swift.min(amount * 0.9, amount * 1.1), includesLower: true,
                upper: Swift.max(amount * 0.9, amount * 1.1), includesUpper: true)
        case .moreThan:
            return AmountInterval(
                lower: amount, includesLower: false, upper: .infinity, includesUpper: false)
        case .lessThan:
            return AmountInterval(
                lower: Swift.min(0, amount), includesLower: true, upper: amount,
                includesUpper: false)
        }
    }

    /// Whether two figures can both be true: the same currency and overlapping intervals.
    ///
    /// "More than $10 billion" and "$10.3 billion" agree; "$3.08 billion" and "about $5.9
    /// billion" do not.
    public func agrees(with other: Figure) -> Bool {
        currency == other.currency && interval.overlaps(other.interval)
    }
}

extension Indicator {
    /// Whether the indicator states its measure between two parties: a trade turnover in either
    /// order, exports, imports and investment from the first to the second.
    public func isClaim(between first: Economy, and second: Economy) -> Bool {
        measure == .tradeTurnover
            ? isBetween(first, second) : (self.first == first && self.second == second)
    }

    /// Whether two indicators are claims of one figure: the same measure between the same
    /// parties (see ``isClaim(between:and:)``), for the same year, in the same currency.
    public func claimsSameFigure(as other: Indicator) -> Bool {
        measure == other.measure && year == other.year && value.currency == other.value.currency
            && other.isClaim(between: first, and: second)
    }
}

/// The growth of a figure between two years when sources disagree: the range from the lowest to
/// the highest factor that the claims allow, and whether they disagree.
///
/// With one claim for each year, the range is that one growth:
///
/// ```swift
/// catalog.growth(of: .tradeTurnover, between: .country(.korea), and: .centralAsia,
///                from: 1992, to: 2023)?.description  // "more than 666×"
/// ```
public struct GrowthRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The lowest growth the claims give.
    public let lowest: Growth
    /// The highest growth the claims give.
    public let highest: Growth
    /// Whether either year has several claims whose figures differ.
    public let claimsDisagree: Bool

    /// Creates a range of growths.
    ///
    /// - Throws: ``ValueError`` of kind ``ValueError/Kind/number`` when `lowest`'s factor is
    ///   above `highest`'s, or either is not a number: what decoding refuses.
    public init(lowest: Growth, highest: Growth, claimsDisagree: Bool) throws(ValueError) {
        guard lowest.factor <= highest.factor else {
            throw ValueError(
                .number, input: "\(lowest.factor)...\(highest.factor)",
                message:
                    "a growth range runs from its lowest factor to its highest, not from \(lowest.factor) to \(highest.factor)"
            )
        }
        self.init(unchecked: lowest, highest: highest, claimsDisagree: claimsDisagree)
    }

    /// A range whose ends are known to be in order.
    init(unchecked lowest: Growth, highest: Growth, claimsDisagree: Bool) {
        self.lowest = lowest
        self.highest = highest
        self.claimsDisagree = claimsDisagree
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case lowest, highest, claimsDisagree
    }

    /// Decodes a range; its lowest factor must not be above its highest.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let lowest = try container.decode(Growth.self, forKey: .lowest)
        let highest = try container.decode(Growth.self, forKey: .highest)
        let disagree = try container.decode(Bool.self, forKey: .claimsDisagree)
        do {
            try self.init(lowest: lowest, highest: highest, claimsDisagree: disagree)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .highest, in: container, debugDescription: error.message)
        }
    }

    /// Whether a claim of growth "by `factor` times" agrees with some growth in the range: one
    /// of its ends supports it (see ``Growth/supports(claim:tolerance:)``), or it lies between
    /// them.
    public func supports(claim factor: Double, tolerance: Double = 0.05) -> Bool {
        lowest.supports(claim: factor, tolerance: tolerance)
            || highest.supports(claim: factor, tolerance: tolerance)
            || (lowest.factor <= factor && factor <= highest.factor)
    }

    /// "more than 666×", or "from about 1.1× to about 2×; the claims disagree".
    public var description: String {
        guard claimsDisagree || lowest != highest else { return lowest.description }
        let range = lowest == highest ? lowest.description : "from \(lowest) to \(highest)"
        return claimsDisagree ? "\(range); the claims disagree" : range
    }
}

extension Dataset {
    /// The growth of a measure between two parties from one year to another, over every claim of
    /// each year.
    ///
    /// When sources disagree, the result spans every pair of claims, from the lowest factor to
    /// the highest, and says that the claims disagree; no claim is chosen silently.
    ///
    /// ```swift
    /// catalog.growth(of: .tradeTurnover, between: .country(.korea), and: .centralAsia,
    ///                from: 1992, to: 2023)?.description  // "more than 666×"
    /// ```
    ///
    /// - Returns: The range, or `nil` when either year has no claim or the bounds leave every
    ///   pair's growth open.
    public func growth(
        of measure: Indicator.Measure, between first: Indicator.Economy,
        and second: Indicator.Economy,
        from startYear: Int, to endYear: Int
    ) -> GrowthRange? {
        let starts = claims(of: measure, between: first, and: second, year: startYear)
        let ends = claims(of: measure, between: first, and: second, year: endYear)
        let growths = ends.flatMap { end in starts.compactMap { end.growth(from: $0) } }
        guard let lowest = growths.min(by: { $0.factor < $1.factor }),
            let highest = growths.max(by: { $0.factor < $1.factor })
        else { return nil }
        let disagree =
            Set(starts.map(\.value)).count > 1 || Set(ends.map(\.value)).count > 1
        return GrowthRange(unchecked: lowest, highest: highest, claimsDisagree: disagree)
    }
}
