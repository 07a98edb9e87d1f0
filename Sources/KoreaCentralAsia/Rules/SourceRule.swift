/// Every fact names its source.
///
/// Code `source.missing` (warning): an institution, partnership stage, forum, agreement,
/// meeting, indicator or initiative that names no source. An edition or a membership event
/// without sources of its own is covered by its forum's sources (the document makes them
/// optional), so it is reported only when the forum names none either.
///
/// - Complexity: O(*n*) in the size of the dataset.
public struct SourceRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.sourceMissing] }

    /// Checks every fact of the dataset.
    public func check(_ dataset: Dataset) -> [Violation] {
        var violations: [Violation] = []
        func require(_ sources: [Source.ID], _ what: String, _ subject: Subject) {
            guard sources.isEmpty else { return }
            violations.append(
                Violation(
                    .sourceMissing, "\(what) names no source",
                    at: subject))
        }
        for institution in dataset.institutions {
            require(institution.sources, "the institution", .institution(institution.id))
        }
        for partnership in dataset.partnerships {
            for stage in partnership.stages {
                require(
                    stage.sources, "the \(stage.level.displayName) stage of \(stage.since)",
                    .partnership(partnership))
            }
        }
        for forum in dataset.forums {
            require(forum.sources, "the forum", Subject.forum(forum.id))
            guard forum.sources.isEmpty else { continue }
            for edition in forum.editions {
                require(
                    edition.sources, "the \(edition.ordinalText) edition",
                    Subject.edition(edition.ordinal, of: forum.id))
            }
            for event in forum.membership.events {
                require(
                    event.sources, "the membership event",
                    Subject.membershipEvent(event, of: forum.id))
            }
        }
        for agreement in dataset.agreements {
            require(agreement.sources, "the agreement", .agreement(agreement.id))
        }
        for meeting in dataset.meetings {
            require(meeting.sources, "the meeting", .meeting(meeting.id))
        }
        for indicator in dataset.indicators {
            require(indicator.sources, "the indicator", .indicator(indicator.id))
        }
        for initiative in dataset.initiatives {
            require(initiative.sources, "the initiative", .initiative(initiative.id))
        }
        return violations
    }
}

extension RuleCode {
    /// A fact that names no source.
    public static let sourceMissing = RuleCode(
        known: "source.missing", severity: .warning,
        summary: "a fact that names no source")
}
