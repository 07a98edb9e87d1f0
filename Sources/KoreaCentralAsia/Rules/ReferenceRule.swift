/// The integrity of identifiers: every identifier is defined once and every reference names a
/// defined entity.
///
/// Codes:
/// - `reference.duplicate-id` (error): two entities of one kind share an identifier (or two
///   partnerships the same pair of countries). Names the later one.
/// - `reference.unknown` (error): an identifier (institution, forum, format, agreement,
///   initiative, source) that the document does not define, also in a format's partner, a
///   forum's `format` and charter periods (`agreement`, an organisation as pivot, sources), an
///   edition's `adopted` agreements, guests, schedule and delegations (their `person` and
///   `post`), an edition's `chairPersons`, an agreement's `signers`, a post's holders and
///   institution, an institution's `headPost`, and the sources of
///   persons, posts and terms. Names the referring field, for example
///   `institutions[hufs-center-for-eurasian-studies].parent`; each unknown identifier is
///   reported once per field.
///
/// A claim's sources and the identifiers it claims are checked as the entity's own are
/// (`forums[id].editions[8].claims[0].sources`, `….claims[0].value`).
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
        func defined<Entity>(
            _ ids: [Identifier<Entity>], _ noun: String,
            _ subject: (Identifier<Entity>) -> Subject
        ) -> Set<Identifier<Entity>> {
            var seen = Set<Identifier<Entity>>()
            for id in ids where !seen.insert(id).inserted {
                violations.append(
                    Violation(
                        .referenceDuplicateID,
                        "two \(noun)s have the identifier \(quoted(id.rawValue))",
                        at: subject(id)))
            }
            return seen
        }
        let sources = defined(dataset.sources.map(\.id), "source", Subject.source)
        let institutions = defined(
            dataset.institutions.map(\.id), "institution", Subject.institution)
        let forums = defined(dataset.forums.map(\.id), "forum", Subject.forum)
        let agreements = defined(dataset.agreements.map(\.id), "agreement", Subject.agreement)
        let meetings = defined(dataset.meetings.map(\.id), "meeting", Subject.meeting)
        _ = defined(dataset.indicators.map(\.id), "indicator", Subject.indicator)
        let initiatives = defined(dataset.initiatives.map(\.id), "initiative", Subject.initiative)
        let formats = defined(dataset.formats.map(\.id), "format", Subject.format)
        let persons = defined(dataset.persons.map(\.id), "person", Subject.person)
        let posts = defined(dataset.posts.map(\.id), "post", Subject.post)
        var pairs = Set<Set<Country>>()
        for partnership in dataset.partnerships
        where !pairs.insert([partnership.first, partnership.second]).inserted {
            violations.append(
                Violation(
                    .referenceDuplicateID,
                    "two partnerships are between \(partnership.first.name) and \(partnership.second.name)",
                    at: .partnership(partnership)))
        }

        // Subjects are autoclosures: formatted only for a violation, not for every record.
        func check<Entity>(
            _ ids: [Identifier<Entity>], in known: Set<Identifier<Entity>>, _ noun: String,
            at subject: @autoclosure () -> Subject
        ) {
            var reported = Set<Identifier<Entity>>()
            for id in ids where !known.contains(id) && reported.insert(id).inserted {
                violations.append(
                    Violation(
                        .referenceUnknown,
                        "names the \(noun) \(quoted(id.rawValue)), which the document does not define",
                        at: subject()))
            }
        }
        func checkSources(_ ids: [Source.ID], at subject: @autoclosure () -> Subject) {
            check(ids, in: sources, "source", at: subject().field("sources"))
        }

        func checkParties(_ parties: [Party], at subject: @autoclosure () -> Subject) {
            check(
                parties.compactMap(\.organization), in: institutions, "institution", at: subject())
        }
        for format in dataset.formats {
            let subject = Subject.format(format.id)
            checkParties([format.partner], at: subject.field("partner"))
            check(
                format.establishedBy.map { [$0] } ?? [], in: agreements, "agreement",
                at: subject.field("establishedBy"))
            check(
                format.secretariat.map { [$0] } ?? [], in: institutions, "institution",
                at: subject.field("secretariat"))
            checkSources(format.sources, at: subject)
        }
        for institution in dataset.institutions {
            let subject = Subject.institution(institution.id)
            check(
                institution.parent.map { [$0] } ?? [], in: institutions, "institution",
                at: subject.field("parent"))
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
                at: subject.field("establishedBy"))
            check(
                forum.secretariat.map { [$0] } ?? [], in: institutions, "institution",
                at: subject.field("secretariat"))
            checkSources(forum.sources, at: subject)
            check(
                forum.format.map { [$0] } ?? [], in: formats, "format", at: subject.field("format"))
            for (index, period) in forum.charters.enumerated() {
                let periodSubject = Subject.charterPeriod(index, of: forum.id)
                check(
                    period.agreement.map { [$0] } ?? [], in: agreements, "agreement",
                    at: periodSubject.field("agreement"))
                checkParties(
                    period.charter.rotation.map { [$0.pivot] } ?? [],
                    at: periodSubject.field("rotation"))
                checkSources(period.sources, at: periodSubject)
            }
            for event in forum.membership.events {
                var recommenders: [Institution.ID] = []
                if case .admitted(_, let named) = event.change { recommenders = named }
                // The common case, every institution defined, builds no list of names.
                if !(event.institution.map(institutions.contains) ?? true)
                    || !recommenders.allSatisfy({ institutions.contains($0) })
                {
                    check(
                        (event.institution.map { [$0] } ?? []) + recommenders, in: institutions,
                        "institution", at: Subject.membershipEvent(event, of: forum.id))
                }
                switch event.decision {
                case .edition(let ordinal, let decidingForum):
                    let known = dataset.forum(decidingForum)?.edition(ordinal) != nil
                    if !known {
                        violations.append(
                            Violation(
                                .referenceUnknown,
                                "names the decision of the \(Edition.ordinalText(ordinal)) edition of \(quoted(decidingForum.rawValue)), which the document does not record",
                                at: Subject.membershipEvent(event, of: forum.id).field("decision")
                            ))
                    }
                case .meeting(let id):
                    check(
                        [id], in: meetings, "meeting",
                        at: Subject.membershipEvent(event, of: forum.id).field("decision"))
                case nil:
                    break
                }
                checkSources(event.sources, at: Subject.membershipEvent(event, of: forum.id))
            }
            for edition in forum.editions {
                check(
                    edition.organizers, in: institutions, "institution",
                    at: .edition(edition.ordinal, of: forum.id).field("organizers"))
                let subject = Subject.edition(edition.ordinal, of: forum.id)
                checkSources(edition.sources, at: subject)
                check(edition.adopted, in: agreements, "agreement", at: subject.field("adopted"))
                checkParties(edition.guests, at: subject.field("guests"))
                checkSources(edition.schedule.flatMap(\.sources), at: subject.field("schedule"))
                checkSources(
                    edition.delegations.flatMap(\.sources), at: subject.field("delegations"))
            }
        }
        for agreement in dataset.agreements {
            let subject = Subject.agreement(agreement.id)
            check(
                agreement.signatories, in: institutions, "institution",
                at: subject.field("signatories")
            )
            check(
                agreement.establishes.map { [$0] } ?? [], in: forums, "forum",
                at: subject.field("establishes"))
            checkSources(agreement.sources, at: subject)
        }
        for meeting in dataset.meetings {
            let subject = Subject.meeting(meeting.id)
            check(
                meeting.host.map { [$0] } ?? [], in: institutions, "institution",
                at: subject.field("host"))
            check(
                meeting.participants, in: institutions, "institution",
                at: subject.field("participants")
            )
            check(meeting.forum.map { [$0] } ?? [], in: forums, "forum", at: subject.field("forum"))
            checkSources(meeting.sources, at: subject)
        }
        for indicator in dataset.indicators {
            checkSources(indicator.sources, at: .indicator(indicator.id))
        }
        for initiative in dataset.initiatives {
            let subject = Subject.initiative(initiative.id)
            check(
                initiative.parent.map { [$0] } ?? [], in: initiatives, "initiative",
                at: subject.field("parent"))
            checkSources(initiative.sources, at: subject)
        }
        for (index, acknowledgement) in dataset.acknowledgements.enumerated() {
            checkSources(acknowledgement.sources, at: .acknowledgement(index))
        }
        for dispute in dataset.disputes {
            checkSources(dispute.sources, at: dispute.subject)
            let claimed = dispute.claimed.base
            let named = claimed as? [Institution.ID] ?? (claimed as? Institution.ID).map { [$0] }
            check(named ?? [], in: institutions, "institution", at: dispute.subject.field("value"))
            let forum = (claimed as? Forum.ID).map { [$0] } ?? []
            check(forum, in: forums, "forum", at: dispute.subject.field("value"))
            let agreement = (claimed as? Agreement.ID).map { [$0] } ?? []
            check(agreement, in: agreements, "agreement", at: dispute.subject.field("value"))
        }
        for person in dataset.persons {
            checkSources(person.sources, at: Subject.person(person.id))
        }
        for post in dataset.posts {
            let subject = Subject.post(post.id)
            if case .institution(let owner) = post.owner {
                check([owner], in: institutions, "institution", at: subject.field("institution"))
            }
            checkSources(post.sources, at: subject)
            for (index, term) in post.holders.enumerated() {
                let termSubject = subject.field("holders[\(index)]")
                check([term.person], in: persons, "person", at: termSubject.field("person"))
                checkSources(term.sources, at: termSubject)
            }
        }
        for institution in dataset.institutions {
            check(
                institution.headPost.map { [$0] } ?? [], in: posts, "post",
                at: Subject.institution(institution.id).field("headPost"))
        }
        for agreement in dataset.agreements where !agreement.signers.isEmpty {
            check(
                agreement.signers.map(\.person), in: persons, "person",
                at: Subject.agreement(agreement.id).field("signers"))
        }
        for forum in dataset.forums {
            for edition in forum.editions {
                check(
                    edition.chairPersons, in: persons, "person",
                    at: Subject.edition(edition.ordinal, of: forum.id).field("chairPersons"))
                for delegation in edition.delegations
                where delegation.person != nil || delegation.post != nil {
                    let subject = Subject.edition(edition.ordinal, of: forum.id).field(
                        "delegations[\(delegation.country.code)]")
                    check(
                        delegation.person.map { [$0] } ?? [], in: persons, "person",
                        at: subject.field("person"))
                    check(
                        delegation.post.map { [$0] } ?? [], in: posts, "post",
                        at: subject.field("post"))
                }
            }
        }
        return violations
    }
}

extension RuleCode {
    /// An identifier (institution, forum, agreement, source, person, post) that the document
    /// does not define.
    public static let referenceUnknown = RuleCode(
        known: "reference.unknown", severity: .error,
        summary:
            "an identifier (institution, forum, agreement, source, person, post) that the document does not define"
    )
    /// Two entities of one kind share an identifier.
    public static let referenceDuplicateID = RuleCode(
        known: "reference.duplicate-id", severity: .error,
        summary: "two entities of one kind share an identifier")
}
