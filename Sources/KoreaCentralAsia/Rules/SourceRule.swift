/// Every fact names its source, and every source is cited as a scholar cites it.
///
/// Code `source.missing` (warning): an institution, partnership stage, forum, agreement,
/// meeting, indicator or initiative that names no source. An edition or a membership event
/// without sources of its own is covered by its forum's sources (the document makes them
/// optional), so it is reported only when the forum names none either.
///
/// Code `source.unretrieved` (warning): a source with no ``Source/retrieved`` date, so a reader
/// cannot tell when its page said what the record says it did.
///
/// Code `source.unquoted` (warning): a source that a fact cites and that quotes none of its
/// words (``Source/quotes``), so a reader cannot check the fact without the page.
///
/// - Complexity: O(*n*) in the size of the dataset.
public struct SourceRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.sourceMissing, .sourceUnretrieved, .sourceUnquoted] }

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
        let cited = dataset.citedSources
        for source in dataset.sources {
            if source.retrieved == nil {
                violations.append(
                    Violation(
                        .sourceUnretrieved, "the source has no date on which it was retrieved",
                        at: .source(source.id)))
            }
            if source.quotes.isEmpty && cited.contains(source.id) {
                violations.append(
                    Violation(
                        .sourceUnquoted,
                        "facts cite the source, but it quotes none of the words that state them",
                        at: .source(source.id)))
            }
        }
        return violations
    }
}

extension RuleCode {
    /// A fact that names no source.
    public static let sourceMissing = RuleCode(
        known: "source.missing", severity: .warning,
        summary: "a fact that names no source")

    /// A source with no date on which it was retrieved.
    public static let sourceUnretrieved = RuleCode(
        known: "source.unretrieved", severity: .warning,
        summary: "a source with no date on which it was retrieved")

    /// A source that facts cite and that quotes none of its words.
    public static let sourceUnquoted = RuleCode(
        known: "source.unquoted", severity: .warning,
        summary: "a source that facts cite and that quotes none of its words")
}
