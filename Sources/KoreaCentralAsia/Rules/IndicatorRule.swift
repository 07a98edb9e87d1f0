/// The plausibility of economic figures.
///
/// Code `indicator.amount` (error): a negative amount. Names `indicators[id]`.
///
/// - Complexity: O(*n*) in the number of indicators.
public struct IndicatorRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.indicatorAmount] }

    /// Checks every indicator.
    public func check(_ dataset: Dataset) -> [Violation] {
        dataset.indicators.filter { $0.value.amount < 0 }.map { indicator in
            Violation(
                .indicatorAmount,
                "the amount \(indicator.value.amount) \(indicator.value.currency) is negative",
                at: .indicator(indicator.id))
        }
    }
}

extension RuleCode {
    /// A negative amount.
    public static let indicatorAmount = RuleCode(
        known: "indicator.amount", severity: .error,
        summary: "a negative amount")
}
