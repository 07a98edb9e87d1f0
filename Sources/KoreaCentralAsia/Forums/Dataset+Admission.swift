extension Dataset {
    /// Evaluates a request to admit an institution to one of the dataset's forums, on the
    /// recommendation of others: the forum's own judgement
    /// (``Forum/evaluateAdmission(candidate:recommendedBy:on:status:)``), and the dataset's.
    ///
    /// A forum's history does not know which institutions exist; the dataset does. A candidate
    /// or a recommender that the dataset does not define is refused with
    /// ``RuleCode/referenceUnknown``, the code that ``Dataset/validate(rules:)`` gives the same
    /// mistake in a recorded event, listed before the forum's own violations.
    ///
    /// ```swift
    /// let decision = catalog.evaluateAdmission(
    ///     forum: Catalog.thinkTankForumID, candidate: "isrs", recommendedBy: ["iica"],
    ///     on: "2025-01-10")
    /// decision?.isAdmissible  // true
    /// ```
    ///
    /// - Parameters:
    ///   - forumID: The forum's id.
    ///   - candidate: The institution to admit.
    ///   - recommenders: The institutions that recommend it.
    ///   - date: The date of admission.
    ///   - status: Member (the default), or participant in meetings only.
    /// - Returns: The decision, with the updated forum when it is admissible; `nil` when the
    ///   dataset has no forum `forumID`.
    /// - Complexity: O(*n* log *n*) in the forum's membership events, plus O(*i*) in the
    ///   institutions of the dataset.
    package func evaluateAdmission(
        forum forumID: Forum.ID, candidate: Institution.ID,
        recommendedBy recommenders: [Institution.ID], on date: PartialDate,
        status: Membership.Status = .member
    ) -> AdmissionDecision? {
        guard let forum = forum(forumID) else { return nil }
        let decision = forum.evaluateAdmission(
            candidate: candidate, recommendedBy: recommenders, on: date, status: status)
        let defined = Set(institutions.map(\.id))
        var seen = Set<Institution.ID>()
        let unknown = ([candidate] + recommenders).filter {
            !defined.contains($0) && seen.insert($0).inserted
        }
        guard !unknown.isEmpty else { return decision }
        let subject = Subject.membershipEvent(decision.event, of: forum.id)
        return decision.adding(
            unknown.map { id in
                Violation(
                    .referenceUnknown, "\"\(id)\" is not an institution of the dataset", at: subject
                )
            })
    }
}
