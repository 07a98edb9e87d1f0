/// The answer to an admission request: admissible or not, with the violations that explain it.
public struct AdmissionDecision: Sendable, Hashable {
    /// The admission event that was evaluated.
    public let event: Membership.Event
    /// Every problem with the request; errors make it inadmissible.
    public private(set) var violations: [Violation]
    /// Whether the request breaks no rule.
    public private(set) var isAdmissible: Bool
    /// The forum before the admission.
    private let forum: Forum

    /// The forum with the admission recorded, when it is admissible.
    ///
    /// - Complexity: O(*n*) in the forum's membership events, which it copies.
    public var admittedForum: Forum? {
        guard isAdmissible else { return nil }
        var admitted = forum
        admitted.membership.events.append(event)
        return admitted
    }

    /// Judges an admission event, not yet recorded, against the forum's history as `index`
    /// holds it.
    ///
    /// The event is not in the index, which is the history the event is judged against: a
    /// candidate's standing excludes its own admission, and no recommender's standing depends
    /// on the candidate's event (a candidate recommending itself is reported apart).
    /// Evaluates a request to admit `candidate`, as both `Forum` and `ForumIndex` ask.
    init(
        admitting candidate: Institution.ID, recommendedBy recommenders: [Institution.ID],
        on date: PartialDate, status: Membership.Status, in forum: Forum, index: MembershipIndex
    ) {
        self.init(
            evaluating: .admitted(candidate, on: date, recommendedBy: recommenders, status: status),
            for: forum, index: index, charters: CharterTimeline(forum))
    }

    init(
        evaluating event: Membership.Event, for forum: Forum, index: MembershipIndex,
        charters: CharterTimeline
    ) {
        var violations = MembershipRule.check(
            event, at: nil, of: forum, index: index, charters: charters)
        if let established = forum.established, event.date.definitelyPrecedes(established) {
            violations.append(
                Violation(
                    .chronologyBeforeEstablishment,
                    "the admission (\(event.date)) is before the forum was established (\(established))",
                    at: .membershipEvent(event, of: forum.id)))
        }
        self.event = event
        self.violations = violations
        self.isAdmissible = !violations.contains { $0.severity == .error }
        self.forum = forum
    }

    /// The same decision with `violations` found outside the forum's history (by a dataset
    /// that does not define an institution, for example) listed first.
    func adding(_ earlier: [Violation]) -> AdmissionDecision {
        var decision = self
        decision.violations = earlier + violations
        decision.isAdmissible = !decision.violations.contains { $0.severity == .error }
        return decision
    }

    /// Whether two decisions have the same event, violations and admitted forum.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.event == rhs.event && lhs.violations == rhs.violations
            && lhs.isAdmissible == rhs.isAdmissible && (!lhs.isAdmissible || lhs.forum == rhs.forum)
    }

    /// Hashes the event, the violations and the admitted forum.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(event)
        hasher.combine(violations)
        hasher.combine(isAdmissible)
        if isAdmissible { hasher.combine(forum) }
    }
}

extension Forum {
    /// Evaluates a request to admit an institution on the recommendation of others, against the
    /// membership on that date and the charter's admission policy.
    ///
    /// The Joint Statement: "at the recommendation of an existing member institution, new
    /// member(s) may be accepted into or participate in meetings of the forum". A recommender
    /// must be a member on the date (participants cannot recommend), a candidate cannot
    /// recommend itself or be a member already, and the admission cannot predate the forum.
    ///
    /// ```swift
    /// let decision = forum.evaluateAdmission(
    ///     candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")
    /// if let admitted = decision.admittedForum {
    ///     admitted.members(on: "2025-02")  // includes "isrs"
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - candidate: The institution to admit.
    ///   - recommenders: The institutions that recommend it.
    ///   - date: The date of admission.
    ///   - status: Member (the default), or participant in meetings only.
    /// - Returns: The decision, with the updated forum when it is admissible.
    /// - Complexity: O(*n* log *n*) to index the history; O(log *n*) per recommender after that.
    public func evaluateAdmission(
        candidate: Institution.ID, recommendedBy recommenders: [Institution.ID],
        on date: PartialDate, status: Membership.Status = .member
    ) -> AdmissionDecision {
        AdmissionDecision(
            admitting: candidate, recommendedBy: recommenders, on: date, status: status,
            in: self, index: MembershipIndex(membership))
    }
}
