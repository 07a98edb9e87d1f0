/// A forum's charter periods: in order, and obeyed in the level they set.
///
/// Codes:
/// - `charter.period-order` (error): two periods start at the same point, or a period starts
///   before the one listed ahead of it (a period from the start anywhere but first; editions or
///   dates out of order; a period from an edition whose recorded date definitely precedes an
///   earlier period's start date). Names the later period: `forums[id].charters[1]`.
/// - `edition.level-below-charter` (error): an edition whose level ranks below the level its
///   period sets. Known levels rank `viceMinisterial` < `ministerial` < `headsOfState`; an
///   unknown level, or an edition with none, is not compared. A breach of a `proposed` or
///   `practice` period is a warning that names the period and its agreement, as the Seoul
///   Declaration's proposal of a ministerial forum from the 10th edition, which was held at
///   vice-ministerial level.
///
/// - Complexity: O(*p* + *n* × *p*) for *p* periods and *n* editions.
public struct CharterRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.charterPeriodOrder, .editionLevelBelowCharter] }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        order(forum) + levels(forum)
    }

    private func order(_ forum: Forum) -> [Violation] {
        var violations: [Violation] = []
        for (index, (earlier, later)) in zip(forum.charters, forum.charters.dropFirst())
            .enumerated()
        {
            guard let problem = Self.orderProblem(earlier.start, later.start, in: forum) else {
                continue
            }
            violations.append(
                Violation(
                    .charterPeriodOrder,
                    "the period \(later.start) \(problem) the period before it (\(earlier.start))",
                    at: .charterPeriod(index + 1, of: forum.id)))
        }
        return violations
    }

    /// Why `later` cannot follow `earlier`, or `nil` when it can (or the record cannot tell).
    static func orderProblem(
        _ earlier: CharterPeriod.Start, _ later: CharterPeriod.Start, in forum: Forum
    ) -> String? {
        switch (earlier, later) {
        case (_, .beginning):
            return earlier == .beginning ? "starts at the same point as" : "starts before"
        case (.beginning, _):
            return nil
        case (.edition(let a), .edition(let b)):
            return a == b ? "starts at the same point as" : (b < a ? "starts before" : nil)
        case (.date(let a), .date(let b)):
            if a == b { return "starts at the same point as" }
            return b.definitelyPrecedes(a) ? "starts before" : nil
        case (.date(let a), .edition(let b)):
            guard let date = forum.edition(b)?.date else { return nil }
            return date.definitelyPrecedes(a) ? "starts before" : nil
        case (.edition(let a), .date(let b)):
            guard let date = forum.edition(a)?.date else { return nil }
            return b.definitelyPrecedes(date) ? "starts before" : nil
        }
    }

    private func levels(_ forum: Forum) -> [Violation] {
        guard forum.charters.contains(where: { $0.charter.level != nil }) else { return [] }
        return forum.editions.compactMap { edition in
            guard let period = forum.charter(for: edition), let required = period.charter.level,
                let level = edition.level, let rank = level.rank, let needed = required.rank,
                rank < needed
            else { return nil }
            return period.violation(
                .editionLevelBelowCharter,
                "the \(edition.ordinalText) edition (\(edition.date)) was at \(level) level; its charter sets \(required)",
                at: .edition(edition.ordinal, of: forum.id))
        }
    }
}

extension Edition.Level {
    /// The rank of a known level: `viceMinisterial` 0, `ministerial` 1, `headsOfState` 2; `nil`
    /// for any other level, which is not compared.
    public var rank: Int? {
        switch self {
        case .viceMinisterial: 0
        case .ministerial: 1
        case .headsOfState: 2
        default: nil
        }
    }
}

extension RuleCode {
    /// Two periods start at the same point, or periods are not in order.
    public static let charterPeriodOrder = RuleCode(
        known: "charter.period-order", severity: .error,
        summary: "two periods start at the same point, or periods are not in order")
    /// An edition whose level ranks below the level its period sets.
    public static let editionLevelBelowCharter = RuleCode(
        known: "edition.level-below-charter", severity: .error,
        summary: "an edition whose level ranks below the level its period sets")
}
