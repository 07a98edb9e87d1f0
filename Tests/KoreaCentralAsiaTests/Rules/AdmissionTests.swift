import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// An admission request is answered with a decision and its reasons; an admissible one gives
/// the forum with the candidate admitted.
@Suite("Admission decisions")
struct AdmissionTests {
    @Test("A candidate recommended by a member is admitted and is a member from that date")
    func admissible() throws {
        let decision = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")
        #expect(decision.isAdmissible)
        #expect(decision.violations.isEmpty)
        #expect(decision.event == .admitted("isrs", on: "2025-01-10", recommendedBy: ["iica"]))
        let admitted = try #require(decision.admittedForum)
        #expect(admitted.members(on: "2025-01-10").contains("isrs"))
        #expect(admitted.members(on: "2025-02").contains("isrs"))
        #expect(admitted.members(on: "2030").count == 7)
        #expect(!admitted.members(on: "2025-01-09").contains("isrs"))
        #expect(!admitted.members(on: "2024").contains("isrs"))
        #expect(admitted.membership.events.last == decision.event)
        #expect(F.thinkTankForum.membership.events.count == 6, "the original forum is unchanged")
    }

    @Test("An admitted forum passes the membership rules")
    func admittedForumValidates() throws {
        let decision = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica", "kaziss"], on: "2025-01-10")
        let admitted = try #require(decision.admittedForum)
        #expect(MembershipRule().check(admitted).isEmpty)
        #expect(ChronologyRule().check(admitted).isEmpty)
    }

    @Test("A participant in meetings is admitted but is not a member")
    func participantIsNotMember() throws {
        let decision = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10", status: .participant)
        let admitted = try #require(decision.admittedForum)
        #expect(!admitted.members(on: "2026").contains("isrs"))
        #expect(admitted.membership.participants(on: "2026") == ["isrs"])
    }

    @Test("A participant in meetings cannot recommend")
    func participantCannotRecommend() throws {
        let first = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10", status: .participant)
        let forum = try #require(first.admittedForum)
        let decision = forum.evaluateAdmission(
            candidate: "hufs", recommendedBy: ["isrs"], on: "2025-06-01")
        #expect(!decision.isAdmissible)
        #expect(decision.admittedForum == nil)
        #expect(decision.violations.map(\.code) == [.admissionRecommenderNotMember])
        #expect(
            decision.violations.first?.message.contains("only participates in meetings") == true)
    }

    @Test("A candidate cannot recommend itself")
    func selfRecommendation() {
        let decision = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["isrs"], on: "2025-01-10")
        #expect(!decision.isAdmissible)
        #expect(
            decision.violations.map(\.code) == [
                .admissionSelfRecommendation, .admissionNoRecommendation,
            ])
    }

    @Test("A member cannot be admitted again")
    func alreadyMember() {
        let decision = F.thinkTankForum.evaluateAdmission(
            candidate: "kaziss", recommendedBy: ["iica"], on: "2025-01-10")
        #expect(!decision.isAdmissible)
        #expect(decision.violations.map(\.code) == [.admissionAlreadyMember])
        #expect(
            decision.violations.map(\.subject.path) == [
                "forums[korea-central-asia-think-tank-forum].membership[kaziss@2025-01-10]"
            ])
    }

    @Test("An admission cannot predate the forum; one that may be its first day can")
    func beforeEstablishment() throws {
        let early = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2023-10")
        #expect(!early.isAdmissible)
        #expect(early.violations.map(\.code).contains(.chronologyBeforeEstablishment))
        #expect(
            early.violations.first { $0.code == .chronologyBeforeEstablishment }?.message
                == "the admission (2023-10) is before the forum was established (2023-11-20)")
        let sameMonth = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2023-11")
        #expect(sameMonth.isAdmissible)
    }

    @Test("An admission needs as many recommenders as the charter asks for")
    func tooFewRecommenders() throws {
        var forum = F.thinkTankForum
        forum.charters[0].charter.admission = try .init(minimumRecommenders: 2)
        let one = forum.evaluateAdmission(candidate: "isrs", recommendedBy: ["iica"], on: "2025")
        #expect(one.violations.map(\.code) == [.admissionNoRecommendation])
        #expect(!one.isAdmissible)
        let two = forum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica", "nisi"], on: "2025")
        #expect(two.isAdmissible)
        let none = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: [], on: "2025")
        #expect(none.violations.map(\.code) == [.admissionNoRecommendation])
    }

    @Test("A recommender who is not a member on the date makes the request inadmissible")
    func recommenderNotMember() throws {
        let decision = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["hufs"], on: "2025-01-10")
        #expect(!decision.isAdmissible)
        #expect(decision.violations.map(\.code) == [.admissionRecommenderNotMember])
        let before = F.thinkTankForum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2023-11-19")
        #expect(before.violations.map(\.code).contains(.admissionRecommenderNotMember))
    }

    @Test("Every problem of a request is reported at once")
    func allProblemsAtOnce() throws {
        var forum = F.thinkTankForum
        forum.charters[0].charter.admission = try .init(minimumRecommenders: 3)
        let decision = forum.evaluateAdmission(
            candidate: "kaziss", recommendedBy: ["kaziss", "hufs"], on: "2022")
        // On "2022" the founder "kaziss" is not yet a member, so it is not "already" one.
        #expect(
            decision.violations.map(\.code) == [
                .admissionSelfRecommendation, .admissionNoRecommendation,
                .admissionRecommenderNotMember, .chronologyBeforeEstablishment,
            ])
        #expect(decision.violations.allSatisfy { $0.severity == .error })
    }
}
