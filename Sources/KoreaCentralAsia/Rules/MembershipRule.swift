/// Admission by recommendation and withdrawals: the Joint Statement's "at the recommendation
/// of an existing member institution, new member(s) may be accepted into or participate in
/// meetings of the forum".
///
/// Codes (each names the event: `forums[id].membership[institution@date]`):
/// - `admission.no-recommendation` (error): fewer recommenders than the charter asks for.
/// - `admission.recommender-not-member` (error): a recommender is not a member on the admission
///   date. Participants in meetings are not members and cannot recommend.
/// - `admission.self-recommendation` (error): a candidate recommends itself.
/// - `admission.already-member` (error): the candidate is already a member on that date.
/// - `membership.not-a-member` (error): a withdrawal of an institution that is neither a member
///   nor a participant then.
///
/// Standing on a date is judged from the other events of the history, and only definite
/// problems are reported: a recommender admitted in `"2024"` may be a member on `"2024-06-01"`,
/// so it is not flagged.
///
/// - Complexity: O(*n* log *n*) for *n* events, through a ``MembershipIndex``.
public struct MembershipRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [
            .admissionNoRecommendation, .admissionRecommenderNotMember,
            .admissionSelfRecommendation, .admissionAlreadyMember, .membershipNotAMember,
        ]
    }

    /// Checks every forum's membership history.
    public func check(_ dataset: Dataset) -> [Violation] {
        dataset.forums.flatMap(check(_:))
    }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        let index = MembershipIndex(forum.membership)
        return forum.membership.events.indices.flatMap {
            Self.check(event: $0, of: forum, index: index)
        }
    }

    /// Checks one event of a forum's history against the others.
    static func check(event position: Int, of forum: Forum, index: MembershipIndex) -> [Violation] {
        check(forum.membership.events[position], at: position, of: forum, index: index)
    }

    /// Checks an event against the history that `index` holds, leaving out the event's own
    /// entry at `position` (`nil` for an event that is not in the index, such as a request).
    static func check(
        _ event: Membership.Event, at position: Int?, of forum: Forum, index: MembershipIndex
    ) -> [Violation] {
        let candidate = event.institution
        var violations: [Violation] = []
        // The candidate's standing apart from this event; through the event's position, with no
        // lookup of its identifier, when the event is in the index.
        func candidateStanding() -> MembershipIndex.Standing {
            guard let position else { return index.standing(of: candidate, on: event.date) }
            return index.standing(ofEventAt: position, on: event.date)
        }
        func report(_ code: RuleCode, _ message: String) {
            // The subject is formatted only for a violation, not for every event checked.
            violations.append(
                Violation(
                    code: code, severity: .error, message: message,
                    subject: Subject.membershipEvent(event, of: forum.id)))
        }
        switch event.change {
        case .founded:
            break
        case .withdrew:
            let standing = candidateStanding()
            if standing == .outsider {
                report(
                    .membershipNotAMember,
                    "\(quoted(candidate.rawValue)) withdraws on \(event.date) but is not a member then"
                )
            }
        case .admitted(let status, let recommenders):
            if recommenders.contains(candidate) {
                report(
                    .admissionSelfRecommendation, "\(quoted(candidate.rawValue)) recommends itself")
            }
            // The recommenders other than the candidate, each once; usually the list as given,
            // which then needs no copy. A long list is checked with a set: comparing every pair
            // would take hours for the hundreds of thousands a hostile document can hold.
            var distinct = recommenders
            let repeats =
                recommenders.count <= 16
                ? recommenders.indices.contains(where: {
                    recommenders[..<$0].contains(recommenders[$0])
                }) : Set(recommenders).count != recommenders.count
            if recommenders.contains(candidate) || repeats {
                var seen = Set<Institution.ID>()
                distinct = recommenders.filter { $0 != candidate && seen.insert($0).inserted }
            }
            let minimum = forum.charter?.admission?.minimumRecommenders ?? 0
            if distinct.count < minimum {
                report(
                    .admissionNoRecommendation,
                    "\(quoted(candidate.rawValue)) is admitted on the recommendation of \(distinct.count) other institution\(distinct.count == 1 ? "" : "s"); the charter asks for at least \(minimum)"
                )
            }
            for recommender in distinct {
                switch index.standing(of: recommender, on: event.date) {
                case .outsider:
                    report(
                        .admissionRecommenderNotMember,
                        "\(quoted(recommender.rawValue)) recommends \(quoted(candidate.rawValue)) on \(event.date) but is not a member then"
                    )
                case .participant:
                    report(
                        .admissionRecommenderNotMember,
                        "\(quoted(recommender.rawValue)) recommends \(quoted(candidate.rawValue)) on \(event.date) but only participates in meetings; only members can recommend"
                    )
                case .member, .uncertain:
                    break
                }
            }
            let standing = candidateStanding()
            if standing == .member || (standing == .participant && status == .participant) {
                report(
                    .admissionAlreadyMember,
                    "\(quoted(candidate.rawValue)) is admitted on \(event.date) but is already a \(standing == .member ? "member" : "participant") then"
                )
            }
        }
        return violations
    }
}
