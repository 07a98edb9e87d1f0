/// The integrity of identifiers: every identifier is defined once and every reference names a
/// defined entity.
///
/// Codes:
/// - `reference.duplicate-id` (error): two entities of one kind share an identifier (or two
///   partnerships the same pair of countries). Names the later one.
/// - `reference.unknown` (error): an identifier (institution, forum, agreement, initiative,
///   source) that the document does not define. Names the referring field, for example
///   `institutions[hufs-center-for-eurasian-studies].parent`; each unknown identifier is
///   reported once per field.
///
/// - Complexity: O(*n*) in the size of the dataset, with hash sets of the identifiers.
public struct ReferenceRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.referenceDuplicateID, .referenceUnknown] }

    /// Checks every identifier and reference of the dataset.
    public func check(_ dataset: Dataset) -> [Violation] {
        var violations: [Violation] = []
        func defined<Entity>(_ ids: [Identifier<Entity>], _ collection: String, _ noun: String)
            -> Set<Identifier<Entity>>
        {
            var seen = Set<Identifier<Entity>>()
            for id in ids where !seen.insert(id).inserted {
                violations.append(
                    Violation(
                        code: .referenceDuplicateID, severity: .error,
                        message: "two \(noun)s have the identifier \(quoted(id.rawValue))",
                        subject: "\(collection)[\(id)]"))
            }
            return seen
        }
        let sources = defined(dataset.sources.map(\.id), "sources", "source")
        let institutions = defined(dataset.institutions.map(\.id), "institutions", "institution")
        let forums = defined(dataset.forums.map(\.id), "forums", "forum")
        let agreements = defined(dataset.agreements.map(\.id), "agreements", "agreement")
        _ = defined(dataset.meetings.map(\.id), "meetings", "meeting")
        _ = defined(dataset.indicators.map(\.id), "indicators", "indicator")
        let initiatives = defined(dataset.initiatives.map(\.id), "initiatives", "initiative")
        var pairs = Set<Set<Country>>()
        for partnership in dataset.partnerships
        where !pairs.insert([partnership.first, partnership.second]).inserted {
            violations.append(
                Violation(
                    code: .referenceDuplicateID, severity: .error,
                    message:
                        "two partnerships are between \(partnership.first.name) and \(partnership.second.name)",
                    subject: Subject.partnership(partnership)))
        }

        // Subjects are autoclosures: formatted only for a violation, not for every record.
        func check<Entity>(
            _ ids: [Identifier<Entity>], in known: Set<Identifier<Entity>>, _ noun: String,
            at subject: @autoclosure () -> String
        ) {
            var reported = Set<Identifier<Entity>>()
            for id in ids where !known.contains(id) && reported.insert(id).inserted {
                violations.append(
                    Violation(
                        code: .referenceUnknown, severity: .error,
                        message:
                            "names the \(noun) \(quoted(id.rawValue)), which the document does not define",
                        subject: subject()))
            }
        }
        func checkSources(_ ids: [Source.ID], at subject: @autoclosure () -> String) {
            check(ids, in: sources, "source", at: subject() + ".sources")
        }

        for institution in dataset.institutions {
            let subject = "institutions[\(institution.id)]"
            check(
                institution.parent.map { [$0] } ?? [], in: institutions, "institution",
                at: subject + ".parent")
            checkSources(institution.sources, at: subject)
        }
        for partnership in dataset.partnerships {
            checkSources(
                partnership.stages.flatMap(\.sources), at: Subject.partnership(partnership))
        }
        for forum in dataset.forums {
            let subject = Subject.forum(forum.id)
            check(
                forum.establishedBy.map { [$0] } ?? [], in: agreements, "agreement",
                at: subject + ".establishedBy")
            check(
                forum.secretariat.map { [$0] } ?? [], in: institutions, "institution",
                at: subject + ".secretariat")
            checkSources(forum.sources, at: subject)
            for event in forum.membership.events {
                var recommenders: [Institution.ID] = []
                if case .admitted(_, let named) = event.change { recommenders = named }
                // The common case, every institution defined, builds no list of names.
                if !institutions.contains(event.institution)
                    || !recommenders.allSatisfy({ institutions.contains($0) })
                {
                    check(
                        [event.institution] + recommenders, in: institutions, "institution",
                        at: Subject.membershipEvent(event, of: forum.id))
                }
                checkSources(event.sources, at: Subject.membershipEvent(event, of: forum.id))
            }
            for edition in forum.editions {
                check(
                    edition.organizers, in: institutions, "institution",
                    at: Subject.edition(edition.ordinal, of: forum.id) + ".organizers")
                checkSources(edition.sources, at: Subject.edition(edition.ordinal, of: forum.id))
            }
        }
        for agreement in dataset.agreements {
            let subject = "agreements[\(agreement.id)]"
            check(
                agreement.signatories, in: institutions, "institution", at: subject + ".signatories"
            )
            check(
                agreement.establishes.map { [$0] } ?? [], in: forums, "forum",
                at: subject + ".establishes")
            checkSources(agreement.sources, at: subject)
        }
        for meeting in dataset.meetings {
            let subject = "meetings[\(meeting.id)]"
            check(
                meeting.host.map { [$0] } ?? [], in: institutions, "institution",
                at: subject + ".host")
            check(
                meeting.participants, in: institutions, "institution", at: subject + ".participants"
            )
            check(meeting.forum.map { [$0] } ?? [], in: forums, "forum", at: subject + ".forum")
            checkSources(meeting.sources, at: subject)
        }
        for indicator in dataset.indicators {
            checkSources(indicator.sources, at: "indicators[\(indicator.id)]")
        }
        for initiative in dataset.initiatives {
            let subject = "initiatives[\(initiative.id)]"
            check(
                initiative.parent.map { [$0] } ?? [], in: initiatives, "initiative",
                at: subject + ".parent")
            checkSources(initiative.sources, at: subject)
        }
        for (index, acknowledgement) in dataset.acknowledgements.enumerated() {
            checkSources(acknowledgement.sources, at: "acknowledgements[\(index)]")
        }
        return violations
    }
}
