/// Admission by recommendation and withdrawals: the Joint Statement's "at the recommendation
/// of an existing member institution, new member(s) may be accepted into or participate in
/// meetings of the forum".
///
/// Codes (each names the event: `forums[id].membership[institution@date]`):
/// - `admission.no-recommendation` (error): fewer recommenders than the charter asks for.
/// - `admission.recommender-not-member` (error): a recommender is not a member on the admission
///   date. Participants in meetings are not members and cannot recommend.
/// - `admission.self-recommendation` (error): a candidate recommends itself.
/// - `admission.already-member` (error): the candidate is already a member on that date. An
///   admission recorded twice (same institution, date and status) is reported on the second
///   record, even when other events of that day leave the order open.
/// - `membership.not-a-member` (error): a withdrawal of an institution that is neither a member
///   nor a participant then.
///
/// Standing on a date is judged from the other events of the history, and only definite
/// problems are reported: a recommender admitted in `"2024"` may be a member on `"2024-06-01"`,
/// so it is not flagged.
///
/// - Complexity: O(*n* log *n*) for *n* events, through an index of the history.
public struct MembershipRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [
            .admissionNoRecommendation, .admissionRecommenderNotMember,
            .admissionSelfRecommendation, .admissionAlreadyMember, .membershipNotAMember,
        ]
    }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        let events = forum.membership.events
        let index = MembershipIndex(forum.membership)
        let charters = CharterTimeline(forum)
        // Admissions that repeat an earlier one, found only when an admission's standing is
        // uncertain: most histories never need them.
        var repeats: Set<Int>?
        return events.indices.flatMap { position in
            Self.check(events[position], at: position, of: forum, index: index, charters: charters)
            {
                if repeats == nil { repeats = Self.repeatedAdmissions(in: events) }
                return repeats?.contains(position) ?? false
            }
        }
    }

    /// The positions of admissions that repeat an earlier admission of the same institution,
    /// with the same date and status.
    ///
    /// - Complexity: O(*n*) for *n* events.
    static func repeatedAdmissions(in events: [Membership.Event]) -> Set<Int> {
        struct Key: Hashable {
            var member: Membership.Member
            var date: PartialDate
            var status: Membership.Status
        }
        var seen = Set<Key>()
        var repeats = Set<Int>()
        for (position, event) in events.enumerated() {
            guard case .admitted(let status, _) = event.change else { continue }
            let key = Key(member: event.member, date: event.date, status: status)
            if !seen.insert(key).inserted { repeats.insert(position) }
        }
        return repeats
    }

    /// Checks an event against the history that `index` holds, leaving out the event's own
    /// entry at `position` (`nil` for an event that is not in the index, such as a request).
    ///
    /// `repeatsEarlierAdmission` tells whether the event repeats an earlier admission of the same
    /// institution with the same date and status: two such records admit it twice, so the later
    /// one admits a member, whatever the order of the day's events.
    static func check(
        _ event: Membership.Event, at position: Int?, of forum: Forum, index: MembershipIndex,
        charters: CharterTimeline, repeatsEarlierAdmission: () -> Bool = { false }
    ) -> [Violation] {
        let candidate = event.member
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
                    code, message,
                    at: .membershipEvent(event, of: forum.id)))
        }
        switch event.change {
        case .founded:
            break
        case .withdrew:
            let standing = candidateStanding()
            if standing == .outsider {
                report(
                    .membershipNotAMember,
                    "\(quoted(candidate.description)) withdraws on \(event.date) but is not a member then"
                )
            }
        case .admitted(let status, let recommenders):
            let recommendsItself = candidate.institution.map(recommenders.contains) ?? false
            if recommendsItself {
                report(
                    .admissionSelfRecommendation,
                    "\(quoted(candidate.description)) recommends itself")
            }
            // The recommenders other than the candidate, each once; usually the list as given,
            // which then needs no copy. A long list is checked with a set: comparing every pair
            // would take hours for the hundreds of thousands a hostile document can hold.
            var distinct = recommenders
            WorkMeter.count(
                recommenders.count <= 16
                    ? recommenders.count * recommenders.count : recommenders.count)
            let repeats =
                recommenders.count <= 16
                ? recommenders.indices.contains(where: {
                    recommenders[..<$0].contains(recommenders[$0])
                }) : Set(recommenders).count != recommenders.count
            if recommendsItself || repeats {
                var seen = Set<Institution.ID>()
                distinct = recommenders.filter {
                    $0 != candidate.institution && seen.insert($0).inserted
                }
            }
            // An admission by a decision of the members needs no recommendation; the policy is
            // the one of the period in force on the admission's date.
            let minimum =
                event.decision != nil
                ? 0
                : (charters.period(on: event.date) ?? forum.charters.first)?.charter.admission?
                    .minimumRecommenders ?? 0
            if distinct.count < minimum {
                report(
                    .admissionNoRecommendation,
                    "\(quoted(candidate.description)) is admitted on the recommendation of \(distinct.count) other institution\(distinct.count == 1 ? "" : "s"); the charter asks for at least \(minimum)"
                )
            }
            for recommender in distinct {
                let standing = index.standing(of: .institution(recommender), on: event.date)
                switch standing {
                case .outsider:
                    report(
                        .admissionRecommenderNotMember,
                        "\(quoted(recommender.rawValue)) recommends \(quoted(candidate.description)) on \(event.date) but is not a member then"
                    )
                case .participant, .observer:
                    let role = standing == .observer ? "observes" : "participates in meetings"
                    report(
                        .admissionRecommenderNotMember,
                        "\(quoted(recommender.rawValue)) recommends \(quoted(candidate.description)) on \(event.date) but only \(role); only members can recommend"
                    )
                case .member, .uncertain:
                    break
                }
            }
            let standing = candidateStanding()
            if standing == .uncertain, repeatsEarlierAdmission() {
                report(
                    .admissionAlreadyMember,
                    "\(quoted(candidate.description)) is admitted again on \(event.date); the record holds the same admission twice"
                )
            } else if standing == .member || (standing == .participant && status == .participant)
                || (standing == .observer && status == .observer)
            {
                report(
                    .admissionAlreadyMember,
                    "\(quoted(candidate.description)) is admitted on \(event.date) but is already a\(standing == .member ? " member" : standing == .observer ? "n observer" : " participant") then"
                )
            }
        }
        return violations
    }
}

extension RuleCode {
    /// Fewer recommenders than the charter asks for.
    public static let admissionNoRecommendation = RuleCode(
        known: "admission.no-recommendation", severity: .error,
        summary: "fewer recommenders than the charter asks for")
    /// A recommender is not a member on the admission date.
    public static let admissionRecommenderNotMember = RuleCode(
        known: "admission.recommender-not-member", severity: .error,
        summary: "a recommender is not a member on the admission date")
    /// A candidate recommends itself.
    public static let admissionSelfRecommendation = RuleCode(
        known: "admission.self-recommendation", severity: .error,
        summary: "a candidate recommends itself")
    /// The candidate is already a member on that date.
    public static let admissionAlreadyMember = RuleCode(
        known: "admission.already-member", severity: .error,
        summary: "the candidate is already a member on that date")
    /// A withdrawal of an institution that is not a member then.
    public static let membershipNotAMember = RuleCode(
        known: "membership.not-a-member", severity: .error,
        summary: "a withdrawal of an institution that is not a member then")
}
