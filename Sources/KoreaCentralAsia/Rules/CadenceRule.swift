/// The cadence of a forum, judged per charter period: "the forum will convene on an annual
/// basis"; China's summits "every two years".
///
/// Codes:
/// - `cadence.duplicate-year` (error): two editions under an annual period fall in the same
///   year. Names the later one.
/// - `cadence.gap` (warning): under an annual period, a year between the period's first and
///   last edition has no edition; under a biennial one, two years in a row have none (named at
///   the year the edition was due). Names the forum and the year: `forums[id].years[2017]`. A
///   run of more than 20 missing years is reported once, at its first year. An irregular
///   cadence has no gaps.
///
/// Only held, planned and postponed editions count. A partial date always knows its year, so
/// both checks are definite. A breach of a `proposed` or `practice` period is a warning that
/// names the period.
///
/// - Complexity: O(*n* log *n* + *y* + *n* × *p*) for *n* editions spanning *y* years under
///   *p* periods.
public struct CadenceRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.cadenceDuplicateYear, .cadenceGap] }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        forum.periodSegments.flatMap { segment -> [Violation] in
            switch segment.period.charter.cadence {
            case .annual: annual(segment.editions, segment.period, forum.id)
            case .biennial: biennial(segment.editions, segment.period, forum.id)
            case .irregular: []
            }
        }
    }

    private func annual(_ editions: [Edition], _ period: CharterPeriod, _ forum: Forum.ID)
        -> [Violation]
    {
        var violations: [Violation] = []
        var byYear: [Int: Int] = [:]  // the ordinal of the first edition of each year
        for edition in editions {
            if let earlier = byYear[edition.date.year] {
                violations.append(
                    period.violation(
                        .cadenceDuplicateYear,
                        "the \(edition.ordinalText) and the \(Edition.ordinalText(earlier)) editions both fall in \(edition.date.year); the forum meets once a year",
                        at: .edition(edition.ordinal, of: forum)))
            } else {
                byYear[edition.date.year] = edition.ordinal
            }
        }
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else {
            return violations
        }
        let span = "between \(first) and \(last)"
        var year = first
        while year < last {
            year += 1
            guard byYear[year] == nil else { continue }
            var end = year
            while end + 1 < last, byYear[end + 1] == nil { end += 1 }
            violations += gap(from: year, to: end, span, period, forum)
            year = end
        }
        return violations
    }

    private func biennial(_ editions: [Edition], _ period: CharterPeriod, _ forum: Forum.ID)
        -> [Violation]
    {
        let years = Array(Set(editions.map(\.date.year))).sorted()
        guard let first = years.first, let last = years.last else { return [] }
        let span = "between \(first) and \(last), every two years"
        return zip(years, years.dropFirst()).flatMap { earlier, later -> [Violation] in
            // The edition due two years after `earlier` is missing when `later` comes after it.
            guard later - earlier > 2 else { return [] }
            return gap(from: earlier + 2, to: later - 1, span, period, forum)
        }
    }

    private func gap(
        from year: Int, to end: Int, _ span: String, _ period: CharterPeriod, _ forum: Forum.ID
    ) -> [Violation] {
        if end - year + 1 > 20 {
            return [
                period.violation(
                    .cadenceGap, "no edition is recorded from \(year) to \(end), \(span)",
                    at: .year(year, of: forum))
            ]
        }
        return (year...end).map { missing in
            period.violation(
                .cadenceGap, "no edition is recorded in \(missing), \(span)",
                at: .year(missing, of: forum))
        }
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
