/// The plausibility of economic figures, and the claims of one figure that cannot all be true.
///
/// Codes:
/// - `indicator.amount` (error): a negative amount. Names `indicators[id]`.
/// - `indicator.conflict` (warning): two claims of one figure (the same measure between the
///   same parties, turnovers in either order, for the same year and currency) whose intervals
///   are disjoint (see ``Figure/interval``): "$3.08 billion" and "about $5.9 billion". Names the
///   later claim in identifier order, and both claims with their sources. "More than $10
///   billion" and "$10.3 billion" do not conflict. Each claim is reported once, against the
///   earlier claim that lies furthest from it.
///
/// - Complexity: O(*n* log *n*) in the number of indicators.
public struct IndicatorRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.indicatorAmount, .indicatorConflict] }

    /// Checks every indicator.
    public func check(_ dataset: Dataset) -> [Violation] {
        let negative = dataset.indicators.filter { $0.value.amount < 0 }.map { indicator in
            Violation(
                .indicatorAmount,
                "the amount \(indicator.value.amount) \(indicator.value.currency) is negative",
                at: .indicator(indicator.id))
        }
        return negative + conflicts(in: dataset.indicators)
    }

    /// The claims that disagree with an earlier claim of the same figure.
    private func conflicts(in indicators: [Indicator]) -> [Violation] {
        struct Figure: Hashable {
            var measure: Indicator.Measure
            var first: Indicator.Economy
            var second: Indicator.Economy
            var year: Int
            var currency: Currency
        }
        var claims: [Figure: [Int]] = [:]
        for (position, indicator) in indicators.enumerated() {
            var (first, second) = (indicator.first, indicator.second)
            if indicator.measure == .tradeTurnover, second < first { swap(&first, &second) }
            let key = Figure(
                measure: indicator.measure, first: first, second: second, year: indicator.year,
                currency: indicator.value.currency)
            claims[key, default: []].append(position)
        }
        var found: [(position: Int, violation: Violation)] = []
        for positions in claims.values where positions.count > 1 {
            let ordered = positions.sorted { (indicators[$0].id, $0) < (indicators[$1].id, $1) }
            // The earlier claims with the highest lower end and the lowest upper end: a claim
            // disagrees with some earlier one exactly when it lies wholly below the first or
            // wholly above the second.
            var highestLower: (claim: Indicator, interval: AmountInterval)?
            var lowestUpper: (claim: Indicator, interval: AmountInterval)?
            for position in ordered {
                let claim = indicators[position]
                let interval = claim.value.interval
                if let earlier = highestLower, !interval.overlaps(earlier.interval),
                    interval.upper <= earlier.interval.lower
                {
                    found.append((position, conflict(claim, earlier.claim)))
                } else if let earlier = lowestUpper, !interval.overlaps(earlier.interval) {
                    found.append((position, conflict(claim, earlier.claim)))
                }
                if highestLower.map({ Self.lowerEnd(interval) > Self.lowerEnd($0.interval) })
                    ?? true
                {
                    highestLower = (claim, interval)
                }
                if lowestUpper.map({ Self.upperEnd(interval) < Self.upperEnd($0.interval) })
                    ?? true
                {
                    lowestUpper = (claim, interval)
                }
            }
        }
        // Document order of the later claims, whatever the order of the dictionary.
        return found.sorted { $0.position < $1.position }.map(\.violation)
    }

    /// A lower end, ordered so that an excluded end is above an included one of the same amount.
    private static func lowerEnd(_ interval: AmountInterval) -> (Double, Int) {
        (interval.lower, interval.includesLower ? 0 : 1)
    }

    /// An upper end, ordered so that an excluded end is below an included one of the same amount.
    private static func upperEnd(_ interval: AmountInterval) -> (Double, Int) {
        (interval.upper, interval.includesUpper ? 1 : 0)
    }

    private func conflict(_ claim: Indicator, _ earlier: Indicator) -> Violation {
        func described(_ indicator: Indicator) -> String {
            let sources =
                indicator.sources.isEmpty
                ? "no source" : indicator.sources.map(\.rawValue).joined(separator: ", ")
            return "\(indicator.value) (\(indicator.id), from \(sources))"
        }
        return Violation(
            .indicatorConflict,
            "the claims of the \(claim.measure.displayName) between \(claim.first) and \(claim.second) in \(claim.year) disagree: \(described(claim)) and \(described(earlier)) cannot both be true",
            at: .indicator(claim.id))
    }
}

extension RuleCode {
    /// A negative amount.
    public static let indicatorAmount = RuleCode(
        known: "indicator.amount", severity: .error, summary: "a negative amount")
    /// Two claims of one figure whose intervals are disjoint.
    public static let indicatorConflict = RuleCode(
        known: "indicator.conflict", severity: .warning,
        summary: "two claims of one measure, sides, year and currency whose intervals are disjoint")
}
