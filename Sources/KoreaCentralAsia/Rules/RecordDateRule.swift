/// The record as of its date: nothing recorded as happened after the date the record was
/// checked, nothing still planned whose date has passed, no source from after that date, and no
/// source whose date is unknown.
///
/// The rule judges the record as of ``Dataset/asOf`` (or the date passed to
/// ``Dataset/validate(asOf:rules:)``); without one it reports nothing. Dates are compared by
/// what is definitely true: an edition planned for `"2026-11"` is not overdue as of
/// `"2026-11-26"`.
///
/// Codes:
/// - `edition.overdue` (warning): a planned edition whose date (its end date, when it has one)
///   is definitely before the record's date. Names the edition.
/// - `edition.held-after-record` (error): an edition marked held whose date definitely starts
///   after the record's date. Names the edition.
/// - `source.after-record` (error): a source published definitely after the record's date.
///   Names `sources[id]`.
/// - `source.undated` (warning): a source with no publication date: it cannot be checked
///   against the facts it supports. Names `sources[id]`.
///
/// - Complexity: O(*n*) in the number of sources and editions.
public struct RecordDateRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [.editionOverdue, .editionHeldAfterRecord, .sourceAfterRecord, .sourceUndated]
    }

    /// Checks the dataset as of its ``Dataset/asOf`` date.
    public func check(_ dataset: Dataset) -> [Violation] {
        guard let asOf = dataset.asOf else { return [] }
        var violations: [Violation] = []
        for forum in dataset.forums {
            for edition in forum.editions {
                let subject = Subject.edition(edition.ordinal, of: forum.id)
                switch edition.status {
                case .planned where (edition.endDate ?? edition.date).definitelyPrecedes(asOf):
                    let planned =
                        edition.endDate.map { "\(edition.date) to \($0)" } ?? "\(edition.date)"
                    violations.append(
                        Violation(
                            .editionOverdue,
                            "the \(edition.ordinalText) edition was planned for \(planned); the record is as of \(asOf): record it as held or cancelled, or give its new date",
                            at: subject))
                case .held where edition.date.definitelyFollows(asOf):
                    violations.append(
                        Violation(
                            .editionHeldAfterRecord,
                            "the \(edition.ordinalText) edition is recorded as held on \(edition.date), after the date of the record (\(asOf)); mark it planned, or correct the date",
                            at: subject))
                default:
                    break
                }
            }
        }
        for source in dataset.sources {
            guard let published = source.published else {
                violations.append(
                    Violation(
                        .sourceUndated,
                        "the source has no publication date, so it cannot be checked against the facts it supports",
                        at: .source(source.id)))
                continue
            }
            if published.definitelyFollows(asOf) {
                violations.append(
                    Violation(
                        .sourceAfterRecord,
                        "the source is published on \(published), after the date of the record (\(asOf))",
                        at: .source(source.id)))
            }
        }
        return violations
    }
}

extension RuleCode {
    /// A planned edition whose date is definitely before the record's date.
    public static let editionOverdue = RuleCode(
        known: "edition.overdue", severity: .warning,
        summary:
            "a planned edition whose date (its end date, when it has one) is definitely before the record's date"
    )
    /// An edition marked held whose date definitely starts after the record's date.
    public static let editionHeldAfterRecord = RuleCode(
        known: "edition.held-after-record", severity: .error,
        summary: "an edition marked held whose date definitely starts after the record's date")
    /// A source published definitely after the record's date.
    public static let sourceAfterRecord = RuleCode(
        known: "source.after-record", severity: .error,
        summary: "a source published definitely after the record's date")
    /// A source with no publication date.
    public static let sourceUndated = RuleCode(
        known: "source.undated", severity: .warning,
        summary:
            "a source with no publication date (it cannot be checked against the facts it supports)"
    )
}
