import KoreaCentralAsia
import Testing

/// The real Think Tank Forum: the Joint Statement set the first forum in Korea in 2024 and
/// reciprocity; the forum met in Tashkent (2024) and Bishkek (2025).
@Suite("The real Think Tank Forum history")
struct ThinkTankForumTests {
    @Test("The real history breaks exactly the first-edition and reciprocity rules")
    func realHistoryViolations() {
        let report = RuleFixtures.thinkTankDataset.validate()
        #expect(report.codes == [.rotationFirstEdition, .rotationReciprocity])
        #expect(
            report.violations.map(\.subject.path) == [
                "forums[korea-central-asia-think-tank-forum].editions[1]",
                "forums[korea-central-asia-think-tank-forum].editions[2]",
            ])
        #expect(report.violations.allSatisfy { $0.severity == .error })
        #expect(report.hasErrors)
        #expect(report.acknowledged.isEmpty)
    }

    @Test("The first-edition message says who hosted and what the charter set")
    func firstEditionMessage() throws {
        let report = RuleFixtures.thinkTankDataset.validate()
        let violation = try #require(report.violations.first { $0.code == .rotationFirstEdition })
        #expect(
            violation.message.contains(
                "the 1st edition was hosted by Uzbekistan in 2024; the charter set the Republic of Korea in 2024"
            ))
    }

    @Test("The reciprocity message names both hosts and their years")
    func reciprocityMessage() throws {
        let report = RuleFixtures.thinkTankDataset.validate()
        let violation = try #require(report.violations.first { $0.code == .rotationReciprocity })
        #expect(violation.message.contains("2nd edition (Kyrgyzstan, 2025)"))
        #expect(violation.message.contains("1st (Uzbekistan, 2024)"))
        #expect(violation.message.contains("the group"))
        #expect(violation.description.hasPrefix("error rotation.reciprocity forums["))
    }

    @Test(
        "With the two acknowledgements the record has no error, and both are listed with their notes"
    )
    func acknowledgedHistory() {
        let dataset = RuleFixtures.dataset(
            RuleFixtures.thinkTankForum, acknowledgements: RuleFixtures.acknowledgements)
        let report = dataset.validate()
        #expect(!report.hasErrors)
        #expect(report.violations.isEmpty)
        #expect(report.errors.isEmpty && report.warnings.isEmpty)
        #expect(
            report.acknowledged.map(\.violation.code) == [
                .rotationFirstEdition, .rotationReciprocity,
            ])
        #expect(
            report.acknowledged.map(\.violation.subject) == [
                RuleFixtures.firstEditionSubject, RuleFixtures.secondEditionSubject,
            ])
        #expect(
            report.acknowledged.map(\.note) == [
                "The first forum met in Tashkent, not in Korea.",
                "Bishkek followed Tashkent: two Central Asian hosts in a row.",
            ])
        #expect(report.acknowledged.allSatisfy { $0.violation.severity == .error })
    }

    @Test("Only the violation an acknowledgement names is set apart")
    func oneAcknowledgement() {
        let dataset = RuleFixtures.dataset(
            RuleFixtures.thinkTankForum, acknowledgements: [RuleFixtures.acknowledgements[0]])
        let report = dataset.validate()
        #expect(report.codes == [.rotationReciprocity])
        #expect(report.acknowledged.map(\.violation.code) == [.rotationFirstEdition])
        #expect(report.hasErrors)
    }

    @Test("A new deviation after the acknowledged ones is still caught")
    func newDeviationCaught() {
        var forum = RuleFixtures.thinkTankForum
        forum.editions.append(RuleFixtures.edition(3, "2026-06", .kazakhstan, .planned))
        let report = RuleFixtures.dataset(forum, acknowledgements: RuleFixtures.acknowledgements)
            .validate()
        #expect(report.codes == [.rotationReciprocity])
        #expect(report.violations.map(\.subject.path) == [RuleFixtures.editionSubject(3)])
        #expect(report.acknowledged.count == 2)
    }

    @Test("Korea hosting the 3rd forum in 2026 keeps the record clean")
    func koreaNextKeepsClean() {
        var forum = RuleFixtures.thinkTankForum
        forum.editions.append(RuleFixtures.edition(3, "2026", .korea, .planned))
        let report = RuleFixtures.dataset(forum, acknowledgements: RuleFixtures.acknowledgements)
            .validate()
        #expect(report.violations.isEmpty)
        #expect(report.acknowledged.count == 2)
    }
}

/// Acknowledgements are suppressions with a note; a stale one is itself a warning.
@Suite("Acknowledged deviations")
struct AcknowledgementTests {
    @Test("An acknowledgement that matches no violation is an unused-acknowledgement warning")
    func unusedAcknowledgement() throws {
        let stale = Acknowledgement(
            code: .cadenceGap, subject: "forums[korea-central-asia-think-tank-forum].years[2025]",
            note: "No forum in 2025.", sources: ["mts-tj-2022"])
        let dataset = RuleFixtures.dataset(
            RuleFixtures.thinkTankForum, acknowledgements: RuleFixtures.acknowledgements + [stale])
        let report = dataset.validate()
        let unused = try #require(report.violations.first)
        #expect(report.codes == [.acknowledgementUnused])
        #expect(unused.severity == .warning)
        #expect(unused.subject == "acknowledgements[2]")
        #expect(unused.message.contains("cadence.gap"))
        #expect(!report.hasErrors)
    }

    @Test("An acknowledgement must match both the code and the subject")
    func codeAndSubjectMustMatch() {
        let wrongSubject = Acknowledgement(
            code: .rotationFirstEdition, subject: RuleFixtures.secondEditionSubject, note: "wrong")
        let wrongCode = Acknowledgement(
            code: .rotationReciprocity, subject: RuleFixtures.firstEditionSubject, note: "wrong")
        let report = RuleFixtures.dataset(
            RuleFixtures.thinkTankForum, acknowledgements: [wrongSubject, wrongCode]
        ).validate()
        #expect(
            report.codes == [
                .rotationFirstEdition, .rotationReciprocity, .acknowledgementUnused,
                .acknowledgementUnused,
            ])
        #expect(report.acknowledged.isEmpty)
        #expect(
            RuleFixtures.only(.acknowledgementUnused, in: report.violations).map(\.subject.path)
                == [
                    "acknowledgements[0]", "acknowledgements[1]",
                ])
    }

    @Test("A repeated acknowledgement is reported as unused, saying it repeats an earlier one")
    func repeatedAcknowledgement() throws {
        let acknowledgements = RuleFixtures.acknowledgements + [RuleFixtures.acknowledgements[0]]
        let report = RuleFixtures.dataset(
            RuleFixtures.thinkTankForum, acknowledgements: acknowledgements
        ).validate()
        let unused = try #require(report.violations.first)
        #expect(report.codes == [.acknowledgementUnused])
        #expect(unused.subject == "acknowledgements[2]")
        #expect(unused.message.contains("repeats"))
        #expect(report.acknowledged.count == 2)
    }

    @Test("An acknowledgement can set apart a warning as well as an error")
    func acknowledgedWarning() {
        let forum = RuleFixtures.forum(
            editions: [
                RuleFixtures.edition(1, "2024", .korea),
                RuleFixtures.edition(2, "2026", .kazakhstan),
            ])
        let gap = Acknowledgement(
            code: .cadenceGap, subject: "forums[korea-central-asia-think-tank-forum].years[2025]",
            note: "No forum in 2025.")
        let report = RuleFixtures.dataset(forum, acknowledgements: [gap]).validate()
        #expect(report.violations.isEmpty)
        #expect(report.acknowledged.map(\.violation.severity) == [.warning])
    }
}
