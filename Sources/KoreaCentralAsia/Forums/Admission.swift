/// The answer to an admission request: admissible or not, with the violations that explain it.
public struct AdmissionDecision: Sendable, Hashable {
    /// The admission event that was evaluated.
    public let event: Membership.Event
    /// Every problem with the request; errors make it inadmissible.
    public let violations: [Violation]
    /// The forum with the admission recorded, when it is admissible.
    public let admittedForum: Forum?

    /// Whether the request breaks no rule.
    public var isAdmissible: Bool { admittedForum != nil }
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
        let event = Membership.Event.admitted(
            candidate, on: date, recommendedBy: recommenders, status: status)
        var candidateForum = self
        candidateForum.membership.events.append(event)
        let index = MembershipIndex(candidateForum.membership)
        var violations = MembershipRule.check(
            event: candidateForum.membership.events.count - 1, of: candidateForum, index: index)
        if let established, date.definitelyPrecedes(established) {
            violations.append(
                Violation(
                    code: .chronologyBeforeEstablishment, severity: .error,
                    message:
                        "the admission (\(date)) is before the forum was established (\(established))",
                    subject: Subject.membershipEvent(event, of: id)))
        }
        let admissible = !violations.contains { $0.severity == .error }
        return AdmissionDecision(
            event: event, violations: violations, admittedForum: admissible ? candidateForum : nil)
    }
}
