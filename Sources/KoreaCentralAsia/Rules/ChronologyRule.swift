/// Nothing of a forum happens before the forum exists.
///
/// Code `chronology.before-establishment` (error): an edition or membership event whose date is
/// definitely before the forum's establishment date. A founding event of `"2023-11"` for a forum
/// established on `"2023-11-20"` may be the same day, so it is not reported.
///
/// - Complexity: O(*n*) in the number of editions and events.
public struct ChronologyRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.chronologyBeforeEstablishment] }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        guard let established = forum.established else { return [] }
        var violations: [Violation] = []
        for edition in forum.editions where edition.date.definitelyPrecedes(established) {
            violations.append(
                Violation(
                    .chronologyBeforeEstablishment,
                    "the \(edition.ordinalText) edition (\(edition.date)) is before the forum was established (\(established))",
                    at: .edition(edition.ordinal, of: forum.id)))
        }
        // Dates are read in place: a copy of each event would retain and release its arrays.
        let events = forum.membership.events
        for position in events.indices where events[position].date.definitelyPrecedes(established) {
            let event = events[position]
            violations.append(
                Violation(
                    .chronologyBeforeEstablishment,
                    "\(quoted(event.member.description)) \(event.change.name) on \(event.date), before the forum was established (\(established))",
                    at: .membershipEvent(event, of: forum.id)))
        }
        return violations
    }
}

extension RuleCode {
    /// An edition or membership event definitely before the forum was established.
    public static let chronologyBeforeEstablishment = RuleCode(
        known: "chronology.before-establishment", severity: .error,
        summary: "an edition or membership event definitely before the forum was established")
}
