import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// Admission by recommendation and withdrawals.
///
/// The Joint Statement: "at the recommendation of an existing member institution, new
/// member(s) may be accepted into or participate in meetings of the forum".
@Suite("Membership: admission by recommendation and withdrawals")
struct MembershipRuleTests {
    private func check(_ events: [Membership.Event], charter: Charter? = .thinkTankForum)
        -> [Violation]
    {
        MembershipRule().check(F.forum(charter: charter, membership: F.foundingEvents + events))
    }

    private func charter(minimum: Int) throws -> Charter {
        var charter = Charter.thinkTankForum
        charter.admission = try .init(minimumRecommenders: minimum)
        return charter
    }

    @Test("An admission recommended by a founding member is valid")
    func validAdmission() throws {
        #expect(check([.admitted("isrs", on: "2024-07-30", recommendedBy: ["iica"])]).isEmpty)
    }

    // MARK: admission.no-recommendation

    @Test(
        "An admission needs as many recommenders as the charter asks for",
        arguments: [
            (1, [], true), (1, ["kaziss"], false), (2, ["kaziss"], true),
            (2, ["kaziss", "kaziss"], true), (2, ["kaziss", "nisi"], false), (0, [], false),
        ] as [(Int, [Institution.ID], Bool)])
    func recommenderCount(minimum: Int, recommenders: [Institution.ID], fires: Bool) throws {
        let found = check(
            [.admitted("isrs", on: "2024-07-30", recommendedBy: recommenders)],
            charter: try charter(minimum: minimum))
        let expected = fires ? [F.membershipSubject("isrs@2024-07-30")] : []
        #expect(F.only(.admissionNoRecommendation, in: found).map(\.subject.path) == expected)
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test("The no-recommendation message says how many the charter asks for")
    func noRecommendationMessage() throws {
        let found = check([.admitted("isrs", on: "2024-07-30", recommendedBy: [])])
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.admissionNoRecommendation])
        #expect(
            violation.message
                == "\"isrs\" is admitted on the recommendation of 0 other institutions; the charter asks for at least 1"
        )
    }

    @Test("Without an admission policy no recommender is required")
    func noPolicy() {
        var charter = Charter.thinkTankForum
        charter.admission = nil
        #expect(check([.admitted("isrs", on: "2024", recommendedBy: [])], charter: charter).isEmpty)
        #expect(check([.admitted("isrs", on: "2024", recommendedBy: [])], charter: nil).isEmpty)
    }

    // MARK: admission.recommender-not-member

    @Test("An admission needs a recommender who is a member on that date")
    func recommenderNotMember() throws {
        let found = check([.admitted("isrs", on: "2024-07-30", recommendedBy: ["hufs"])])
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.admissionRecommenderNotMember])
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.membershipSubject("isrs@2024-07-30"))
        #expect(
            violation.message
                == "\"hufs\" recommends \"isrs\" on 2024-07-30 but is not a member then")
    }

    @Test(
        "A recommender admitted later, or gone before, is not a member then",
        arguments: [
            [Membership.Event.admitted("hufs", on: "2025-01", recommendedBy: ["kaziss"])],
            [
                .admitted("hufs", on: "2024-01-10", recommendedBy: ["kaziss"]),
                .withdrew("hufs", on: "2024-03"),
            ],
        ])
    func recommenderOutsideOnDate(history: [Membership.Event]) {
        let found = check(history + [.admitted("isrs", on: "2024-07-30", recommendedBy: ["hufs"])])
        #expect(found.map(\.code) == [.admissionRecommenderNotMember])
        #expect(found.map(\.subject.path) == [F.membershipSubject("isrs@2024-07-30")])
    }

    @Test("A recommender admitted the same partial month is not flagged")
    func recommenderSamePartialMonth() {
        let events: [Membership.Event] = [
            .admitted("hufs", on: "2024-06", recommendedBy: ["kaziss"]),
            .admitted("isrs", on: "2024-06-15", recommendedBy: ["hufs"]),
        ]
        #expect(check(events).isEmpty)
    }

    @Test("A recommender admitted in a year may be a member on a day of that year")
    func recommenderSameYear() {
        let events: [Membership.Event] = [
            .admitted("hufs", on: "2024", recommendedBy: ["kaziss"]),
            .admitted("isrs", on: "2024-06-01", recommendedBy: ["hufs"]),
        ]
        #expect(check(events).isEmpty)
    }

    @Test("A participant in meetings is not a member and cannot recommend")
    func participantCannotRecommend() throws {
        let events: [Membership.Event] = [
            .admitted("hufs", on: "2024-01", recommendedBy: ["kaziss"], status: .participant),
            .admitted("isrs", on: "2024-07-30", recommendedBy: ["hufs"]),
        ]
        let found = check(events)
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.admissionRecommenderNotMember])
        #expect(violation.message.contains("only participates in meetings"))
    }

    // MARK: admission.self-recommendation

    @Test("A candidate may not recommend itself")
    func selfRecommendation() throws {
        let found = check([.admitted("isrs", on: "2024-07-30", recommendedBy: ["isrs", "iica"])])
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.admissionSelfRecommendation])
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.membershipSubject("isrs@2024-07-30"))
        #expect(violation.message == "\"isrs\" recommends itself")
    }

    @Test("A self-recommendation does not count toward the minimum")
    func selfRecommendationDoesNotCount() {
        let found = check([.admitted("isrs", on: "2024-07-30", recommendedBy: ["isrs"])])
        #expect(found.map(\.code) == [.admissionSelfRecommendation, .admissionNoRecommendation])
    }

    // MARK: admission.already-member

    @Test("A member may not be admitted again")
    func alreadyMember() throws {
        let found = check([.admitted("kaziss", on: "2024-07-30", recommendedBy: ["iica"])])
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.admissionAlreadyMember])
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.membershipSubject("kaziss@2024-07-30"))
        #expect(violation.message.contains("already a member"))
    }

    @Test("A participant may be admitted as a member, but not again as a participant")
    func participantUpgrade() {
        let participant = Membership.Event.admitted(
            "isrs", on: "2024-01", recommendedBy: ["iica"], status: .participant)
        let upgrade = Membership.Event.admitted("isrs", on: "2025-01", recommendedBy: ["iica"])
        #expect(check([participant, upgrade]).isEmpty)
        let again = Membership.Event.admitted(
            "isrs", on: "2025-01", recommendedBy: ["iica"], status: .participant)
        #expect(check([participant, again]).map(\.code) == [.admissionAlreadyMember])
    }

    @Test("An institution that withdrew may be admitted again")
    func readmission() {
        let events: [Membership.Event] = [
            .withdrew("kaziss", on: "2024-03"),
            .admitted("kaziss", on: "2025-02-01", recommendedBy: ["iica"]),
        ]
        #expect(check(events).isEmpty)
    }

    // MARK: membership.not-a-member

    @Test("A withdrawal must be of an institution that belongs to the forum then")
    func withdrawalOfStranger() throws {
        let found = check([.withdrew("hufs", on: "2024-05")])
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.membershipNotAMember])
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.membershipSubject("hufs@2024-05"))
        #expect(violation.message == "\"hufs\" withdraws on 2024-05 but is not a member then")
    }

    @Test("Members and participants may withdraw; a second withdrawal is of a non-member")
    func withdrawals() {
        let participant = Membership.Event.admitted(
            "isrs", on: "2024-01", recommendedBy: ["iica"], status: .participant)
        #expect(check([.withdrew("kaziss", on: "2024-05")]).isEmpty)
        #expect(check([participant, .withdrew("isrs", on: "2024-05")]).isEmpty)
        let twice = check([.withdrew("kaziss", on: "2024-05"), .withdrew("kaziss", on: "2025-05")])
        #expect(twice.map(\.subject.path) == [F.membershipSubject("kaziss@2025-05")])
    }

    @Test("A withdrawal in a year of an institution admitted during that year is not flagged")
    func withdrawalSameYear() {
        let events: [Membership.Event] = [
            .admitted("isrs", on: "2024-06-01", recommendedBy: ["iica"]),
            .withdrew("isrs", on: "2024"),
        ]
        #expect(check(events).isEmpty)
    }
}

@Suite("Membership: an admission recorded twice")
struct RepeatedAdmissionTests {
    @Test("The same admission recorded twice on one day admits a member: the second is reported")
    func sameDayDuplicate() {
        let admission = Membership.Event.admitted("isrs", on: "2024-07-30", recommendedBy: ["iica"])
        let forum = F.forum(membership: F.foundingEvents + [admission, admission])
        let found = MembershipRule().check(forum)
        #expect(found.map(\.code) == [.admissionAlreadyMember])
        #expect(
            found.map(\.message) == [
                "\"isrs\" is admitted again on 2024-07-30; the record holds the same admission twice"
            ])
    }

    @Test(
        "Two admissions of one day that differ in date precision or status are not a repeat",
        arguments: [
            (PartialDate("2024-07"), Membership.Status.member),
            (PartialDate("2024-07-30"), Membership.Status.participant),
        ])
    func nearMiss(date: PartialDate, status: Membership.Status) {
        let first = Membership.Event.admitted("isrs", on: "2024-07-30", recommendedBy: ["iica"])
        let second = Membership.Event.admitted(
            "isrs", on: date, recommendedBy: ["iica"], status: status)
        let forum = F.forum(membership: F.foundingEvents + [first, second])
        #expect(MembershipRule().check(forum).isEmpty)
    }
}
