/// A claim must say where it comes from, and must dispute something.
///
/// Codes:
/// - `claim.unsourced` (error): a claim that names no source. A claim is kept because a source
///   states it; without one it is only an opinion of the record's.
/// - `claim.same-as-preferred` (warning): a claim of the very value the record prefers, which
///   disputes nothing (its sources belong in the entity's own `sources`).
///
/// Names the claim: `forums[cooperation-forum].editions[8].claims[0]`. A claim's unknown
/// source ids are ``ReferenceRule``'s, and its sources' dates ``EvidenceRule``'s.
///
/// - Complexity: O(*n*) in the size of the dataset.
public struct ClaimRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.claimUnsourced, .claimSameAsPreferred] }

    /// Checks every claim of the dataset.
    public func check(_ dataset: Dataset) -> [Violation] {
        var violations: [Violation] = []
        for dispute in dataset.disputes {
            let what =
                "the claim of \(quoted(dispute.property)) \(quoted(dispute.claimed.description))"
            if dispute.sources.isEmpty {
                violations.append(
                    Violation(
                        .claimUnsourced, "\(what) names no source; a claim is kept for its sources",
                        at: dispute.subject))
            }
            if dispute.isSameAsPreferred {
                violations.append(
                    Violation(
                        .claimSameAsPreferred,
                        "\(what) is the value the record prefers; move its sources to the entity's own",
                        at: dispute.subject))
            }
        }
        return violations
    }
}

extension RuleCode {
    /// A claim that names no source.
    public static let claimUnsourced = RuleCode(
        known: "claim.unsourced", severity: .error, summary: "a claim that names no source")
    /// A claim of the value the record prefers.
    public static let claimSameAsPreferred = RuleCode(
        known: "claim.same-as-preferred", severity: .warning,
        summary: "a claim equal to the value the record prefers")
}
