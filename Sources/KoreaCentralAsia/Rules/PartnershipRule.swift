/// The consistency of a partnership's history.
///
/// Codes (each names `partnerships[KR-UZ]`):
/// - `partnership.self` (error): a partnership of a country with itself.
/// - `partnership.chronology` (error): a stage definitely before the stage listed before it.
///   Stages of `"2006"` and `"2006-03"` may be in either order, so they are not reported.
///
/// - Complexity: O(*n*) in the number of stages.
public struct PartnershipRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.partnershipSelf, .partnershipChronology] }

    /// Checks every partnership.
    public func check(_ dataset: Dataset) -> [Violation] {
        var violations: [Violation] = []
        for partnership in dataset.partnerships {
            let subject = Subject.partnership(partnership)
            if partnership.first == partnership.second {
                violations.append(
                    Violation(
                        .partnershipSelf, "a partnership of \(partnership.first.name) with itself",
                        at: subject))
            }
            for (earlier, later) in zip(partnership.stages, partnership.stages.dropFirst())
            where later.since.definitelyPrecedes(earlier.since) {
                violations.append(
                    Violation(
                        .partnershipChronology,
                        "the \(later.level.displayName) (\(later.since)) is listed after the \(earlier.level.displayName) (\(earlier.since)) but is earlier; stages go oldest first",
                        at: subject))
            }
        }
        return violations
    }
}

extension RuleCode {
    /// A partnership of a country with itself.
    public static let partnershipSelf = RuleCode(
        known: "partnership.self", severity: .error,
        summary: "a partnership of a country with itself")
    /// Partnership stages out of date order.
    public static let partnershipChronology = RuleCode(
        known: "partnership.chronology", severity: .error,
        summary: "partnership stages out of date order")
}
