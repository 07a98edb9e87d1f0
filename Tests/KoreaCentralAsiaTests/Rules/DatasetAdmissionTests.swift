import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

private typealias F = RuleFixtures

/// A dataset answers an admission request with the forum's decision, and refuses institutions
/// it does not define.
@Suite("Admission decisions against a dataset")
struct DatasetAdmissionTests {
    @Test("A request that names defined institutions gets the forum's own decision")
    func definedInstitutions() throws {
        let decision = try #require(
            F.thinkTankDataset.evaluateAdmission(
                forum: F.forumID, candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10"))
        #expect(
            decision
                == F.thinkTankForum.evaluateAdmission(
                    candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10"))
        #expect(decision.isAdmissible)
        #expect(decision.admittedForum?.members(on: "2025-02").contains("isrs") == true)
    }

    @Test("The documented example: the catalog admits ISRS on IICA's recommendation")
    func documentedExample() throws {
        let catalog = try Catalog.dataset
        let decision = catalog.evaluateAdmission(
            forum: Catalog.thinkTankForumID, candidate: "isrs", recommendedBy: ["iica"],
            on: "2025-01-10")
        #expect(decision?.isAdmissible == true)
    }

    @Test(
        "An undefined candidate or recommender is refused with reference.unknown, listed first",
        arguments: [
            (
                candidate: "unknown-institute", recommenders: ["iica"],
                unknown: ["unknown-institute"]
            ),
            (candidate: "isrs", recommenders: ["ghost", "iica", "ghost"], unknown: ["ghost"]),
        ] as [(candidate: Institution.ID, recommenders: [Institution.ID], unknown: [String])])
    func undefinedInstitution(
        candidate: Institution.ID, recommenders: [Institution.ID], unknown: [String]
    ) throws {
        let decision = try #require(
            F.thinkTankDataset.evaluateAdmission(
                forum: F.forumID, candidate: candidate, recommendedBy: recommenders,
                on: "2025-01-10"))
        #expect(!decision.isAdmissible)
        #expect(decision.admittedForum == nil)
        let references = decision.violations.prefix { $0.code == .referenceUnknown }
        #expect(
            references.map(\.message)
                == unknown.map { "\"\($0)\" is not an institution of the dataset" })
        #expect(references.allSatisfy { $0.severity == .error })
        let subject = Subject.membershipEvent(decision.event, of: F.forumID).path
        #expect(references.allSatisfy { $0.subject.path == subject })
    }

    @Test("A forum the dataset does not have gives no decision")
    func unknownForum() {
        #expect(
            F.thinkTankDataset.evaluateAdmission(
                forum: "no-such-forum", candidate: "isrs", recommendedBy: ["iica"],
                on: "2025-01-10") == nil)
    }
}
