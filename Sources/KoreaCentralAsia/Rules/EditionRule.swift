/// The numbering of a forum's editions.
///
/// Codes:
/// - `edition.ordinal` (error): two editions share an ordinal, or ordinals do not increase in
///   date order. Names the later edition. Only definite order counts: an edition of `"2024"`
///   and one of `"2024-06-01"` may be in either order, so their ordinals are not compared.
/// - `edition.unrecorded` (warning): an ordinal between the first and the last recorded
///   edition is missing: the record is incomplete. Names the missing ordinal; a run of more
///   than 20 missing ordinals is reported once, at its first.
///
/// Every edition counts, cancelled ones included: a cancelled edition keeps its number.
///
/// - Complexity: O(*n* log *n*) for *n* editions.
public struct EditionRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.editionOrdinal, .editionUnrecorded] }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        var violations: [Violation] = []
        var seen = Set<Int>()
        for edition in forum.editions where !seen.insert(edition.ordinal).inserted {
            violations.append(
                Violation(
                    .editionOrdinal, "two editions are numbered \(edition.ordinal)",
                    at: .edition(edition.ordinal, of: forum.id)))
        }
        // Sweep in date order, keeping the highest ordinal among editions that definitely
        // precede the current one. The sweep sorts positions by precomputed days, not copies
        // of the editions, and an order that already holds (the usual case) is not sorted.
        let editions = forum.editions
        let firstDays = editions.map(\.date.firstDay)
        let lastDays = editions.map(\.date.lastDay)
        func positions(by days: [Int]) -> [Int] {
            func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
                (days[lhs], editions[lhs].ordinal) < (days[rhs], editions[rhs].ordinal)
            }
            let recorded = Array(editions.indices)
            let inOrder = zip(recorded, recorded.dropFirst()).allSatisfy { !precedes($1, $0) }
            return inOrder ? recorded : recorded.sorted(by: precedes)
        }
        let byStart = positions(by: firstDays)
        let byEnd = positions(by: lastDays)
        var endIndex = 0
        var highest: Edition?
        for edition in byStart.lazy.map({ editions[$0] }) {
            while endIndex < byEnd.count, lastDays[byEnd[endIndex]] < edition.date.firstDay {
                let candidate = editions[byEnd[endIndex]]
                if highest.map({ candidate.ordinal > $0.ordinal }) ?? true { highest = candidate }
                endIndex += 1
            }
            if let highest, highest.ordinal > edition.ordinal {
                violations.append(
                    Violation(
                        .editionOrdinal,
                        "the \(edition.ordinalText) edition (\(edition.date)) comes after the \(highest.ordinalText) (\(highest.date)); ordinals must increase with the date",
                        at: .edition(edition.ordinal, of: forum.id)))
            }
        }
        // The distinct ordinals in increasing order: as recorded when they already are.
        let recorded = editions.map(\.ordinal)
        let increasing = zip(recorded, recorded.dropFirst()).allSatisfy { $0 < $1 }
        let ordinals = increasing ? recorded : seen.sorted()
        for (low, high) in zip(ordinals, ordinals.dropFirst()) where high > low + 1 {
            // Overflow-safe: `high - low` would overflow for ordinals near `Int`'s bounds, which
            // no edition holds today but the rule does not assume; `low + 1` cannot, as
            // `low < high`. A gap wider than `Int` holds is more than 20 anyway.
            let (gap, overflow) = high.subtractingReportingOverflow(low)
            let missing = overflow ? Int.max : gap - 1
            let context =
                "the record has the \(Edition.ordinalText(low)) and the \(Edition.ordinalText(high))"
            if missing > 20 {
                violations.append(
                    Violation(
                        .editionUnrecorded,
                        "the \(Edition.ordinalText(low + 1)) to \(Edition.ordinalText(high - 1)) editions are not recorded (\(context))",
                        at: .edition(low + 1, of: forum.id)))
            } else {
                for ordinal in low + 1..<high {
                    violations.append(
                        Violation(
                            .editionUnrecorded,
                            "the \(Edition.ordinalText(ordinal)) edition is not recorded (\(context))",
                            at: .edition(ordinal, of: forum.id)))
                }
            }
        }
        return violations
    }
}

extension RuleCode {
    /// Two editions share an ordinal, or ordinals do not increase in date order.
    public static let editionOrdinal = RuleCode(
        known: "edition.ordinal", severity: .error,
        summary: "two editions share an ordinal, or ordinals do not increase in date order")
    /// An ordinal between the first and the last recorded edition is missing (the record is incomplete).
    public static let editionUnrecorded = RuleCode(
        known: "edition.unrecorded", severity: .warning,
        summary:
            "an ordinal between the first and the last recorded edition is missing (the record is incomplete)"
    )
}
