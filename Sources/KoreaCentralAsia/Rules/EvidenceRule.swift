/// A text cannot attest what had not happened when it was written.
///
/// Code `source.predates-fact` (error): a held edition, a meeting, a partnership stage, an
/// agreement, a membership event or an indicator whose every dated source was published
/// definitely before the fact's date (for an indicator, before its year began). Names the fact
/// (`forums[id].editions[14]`, `meetings[id]`, `partnerships[KR-UZ]`, `agreements[id]`,
/// `forums[id].membership[institution@date]`, `indicators[id]`) and says which sources and which
/// dates.
///
/// Planned editions are exempt: announcements come first. Undated sources count neither way, and
/// a fact that cites no dated source is not judged. Only a fact's own sources count: an edition
/// without sources of its own is not judged by its forum's.
///
/// A claim (``Claim``) is judged with its entity, by its own sources: the claim of a held
/// edition's city, of a meeting's host, against the entity's date; a claim of the date itself
/// (the property the entity's table marks ``ClaimableProperty/isFactDate``), against the claimed
/// date, since that is when the claim says the fact happened. A claim that only an announcement
/// supports is reported like a held edition that only an announcement supports: what was
/// announced is not what happened. Claims of planned editions, forums and institutions are not
/// judged, as their entities are not. Names the claim: `forums[id].editions[8].claims[0]`.
///
/// Like ``RecordDateRule``, the rule runs only when the record has a date (``Dataset/asOf``, or
/// the date passed to ``Dataset/validate(asOf:rules:)``), so that a record written before dates
/// were checked validates as it did.
///
/// - Complexity: O(*n*) in the size of the dataset, with a table of the sources' dates.
public struct EvidenceRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.sourcePredatesFact] }

    /// Checks every dated fact of the dataset against the dates of its sources.
    public func check(_ dataset: Dataset) -> [Violation] {
        guard dataset.asOf != nil else { return [] }
        var published: [Source.ID: PartialDate] = [:]
        for source in dataset.sources {
            if let date = source.published, published[source.id] == nil {
                published[source.id] = date
            }
        }
        var violations: [Violation] = []
        // The fact's description is formatted only for a violation.
        func check(
            _ sources: [Source.ID], against date: PartialDate, _ fact: @autoclosure () -> String,
            at subject: @autoclosure () -> Subject
        ) {
            let dated = sources.compactMap { id in published[id].map { (id: id, date: $0) } }
            guard !dated.isEmpty, dated.allSatisfy({ $0.date.definitelyPrecedes(date) }) else {
                return
            }
            let evidence: String
            if dated.count == 1, sources.count == 1 {
                evidence = "cites only \(dated[0].id), published \(dated[0].date)"
            } else {
                let list = dated.map { "\($0.id) (\($0.date))" }.joined(separator: ", ")
                evidence = "cites only sources published before it: \(list)"
            }
            violations.append(
                Violation(
                    .sourcePredatesFact,
                    "\(fact()) \(evidence); a text cannot attest what had not happened when it was written",
                    at: subject()))
        }
        // A claim of the fact's date moves the fact to the claimed date.
        func checkClaims<Entity: Claimable>(
            of entity: Entity, against date: PartialDate, _ fact: @autoclosure () -> String,
            at subject: @autoclosure () -> Subject
        ) {
            for (index, claim) in entity.claims.enumerated() {
                let isDate = Entity.claimableProperty(named: claim.property)?.isFactDate == true
                check(
                    claim.sources, against: isDate ? claim.value.value() ?? date : date,
                    "the claim of \(quoted(claim.property)) \(quoted(claim.value.description)) on \(fact())",
                    at: subject().claim(index))
            }
        }
        for partnership in dataset.partnerships {
            for stage in partnership.stages {
                check(
                    stage.sources, against: stage.since,
                    "the \(stage.level.displayName) stage (\(stage.since))",
                    at: .partnership(partnership))
                checkClaims(
                    of: stage, against: stage.since,
                    "the \(stage.level.displayName) stage (\(stage.since))",
                    at: .stage(stage, of: partnership))
            }
        }
        for forum in dataset.forums {
            for edition in forum.editions where edition.status == .held {
                check(
                    edition.sources, against: edition.date,
                    "the \(edition.ordinalText) edition (\(edition.date))",
                    at: .edition(edition.ordinal, of: forum.id))
                checkClaims(
                    of: edition, against: edition.date,
                    "the \(edition.ordinalText) edition (\(edition.date))",
                    at: .edition(edition.ordinal, of: forum.id))
            }
            for event in forum.membership.events where !event.sources.isEmpty {
                check(
                    event.sources, against: event.date,
                    "the membership event of \(quoted(event.member.description)) (\(event.date))",
                    at: .membershipEvent(event, of: forum.id))
            }
            for event in forum.membership.events where !event.claims.isEmpty {
                checkClaims(
                    of: event, against: event.date,
                    "the membership event of \(quoted(event.member.description)) (\(event.date))",
                    at: .membershipEvent(event, of: forum.id))
            }
        }
        for agreement in dataset.agreements {
            check(
                agreement.sources, against: agreement.date, "the agreement (\(agreement.date))",
                at: .agreement(agreement.id))
            checkClaims(
                of: agreement, against: agreement.date, "the agreement (\(agreement.date))",
                at: .agreement(agreement.id))
        }
        for meeting in dataset.meetings {
            check(
                meeting.sources, against: meeting.date, "the meeting (\(meeting.date))",
                at: .meeting(meeting.id))
            checkClaims(
                of: meeting, against: meeting.date, "the meeting (\(meeting.date))",
                at: .meeting(meeting.id))
        }
        for indicator in dataset.indicators {
            guard let year = try? PartialDate(year: indicator.year) else { continue }
            check(
                indicator.sources, against: year, "the figure for \(indicator.year)",
                at: .indicator(indicator.id))
        }
        return violations
    }
}

extension RuleCode {
    /// A fact whose every dated source was published definitely before it happened.
    public static let sourcePredatesFact = RuleCode(
        known: "source.predates-fact", severity: .error,
        summary:
            "a held edition, meeting, partnership stage, agreement, membership event, indicator or a claim on one whose every dated source was published definitely before the fact's date"
    )
}
