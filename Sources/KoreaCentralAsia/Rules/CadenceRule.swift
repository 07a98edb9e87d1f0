/// The cadence of an annual forum: "the forum will convene on an annual basis".
///
/// Codes:
/// - `cadence.duplicate-year` (error): two editions of an annual forum fall in the same year.
///   Names the later one.
/// - `cadence.gap` (warning): a year between the first and the last edition has no edition.
///   Names the forum and the year: `forums[id].years[2017]`. A run of more than 20 missing
///   years is reported once, at its first year.
///
/// Only held and planned editions count. A partial date always knows its year, so both checks
/// are definite.
///
/// - Complexity: O(*n* log *n* + *y*) for *n* editions spanning *y* years.
public struct CadenceRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.cadenceDuplicateYear, .cadenceGap] }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        guard forum.charter?.cadence == .annual else { return [] }
        let editions = forum.scheduledEditions
        var violations: [Violation] = []
        var byYear: [Int: Int] = [:]  // the ordinal of the first edition of each year
        for edition in editions {
            if let earlier = byYear[edition.date.year] {
                violations.append(
                    Violation(
                        .cadenceDuplicateYear,
                        "the \(edition.ordinalText) and the \(Edition.ordinalText(earlier)) editions both fall in \(edition.date.year); the forum meets once a year",
                        at: .edition(edition.ordinal, of: forum.id)))
            } else {
                byYear[edition.date.year] = edition.ordinal
            }
        }
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else {
            return violations
        }
        var year = first
        while year < last {
            year += 1
            guard byYear[year] == nil else { continue }
            var end = year
            while end + 1 < last, byYear[end + 1] == nil { end += 1 }
            let span = "between \(first) and \(last)"
            if end - year + 1 > 20 {
                violations.append(
                    Violation(
                        .cadenceGap, "no edition is recorded from \(year) to \(end), \(span)",
                        at: .year(year, of: forum.id)))
            } else {
                for missing in year...end {
                    violations.append(
                        Violation(
                            .cadenceGap, "no edition is recorded in \(missing), \(span)",
                            at: .year(missing, of: forum.id)))
                }
            }
            year = end
        }
        return violations
    }
}

extension RuleCode {
    /// Two editions of an annual forum fall in the same year.
    public static let cadenceDuplicateYear = RuleCode(
        known: "cadence.duplicate-year", severity: .error,
        summary: "two editions of an annual forum fall in the same year")
    /// A year between the first and the last edition has no edition.
    public static let cadenceGap = RuleCode(
        known: "cadence.gap", severity: .warning,
        summary: "a year between the first and the last edition has no edition")
}
