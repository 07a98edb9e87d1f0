import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// A charter can be read from the provisions of the agreement that set it up, and must not
/// contradict them.
@Suite("Agreements: derived charters and charter mismatches")
struct AgreementRuleTests {
    private func agreement(_ provisions: [Provision]) -> Agreement {
        var agreement = F.jointStatement
        agreement.provisions = provisions
        return agreement
    }

    private func mismatches(
        _ charter: Charter?, _ provisions: [Provision] = F.jointStatement.provisions
    )
        -> [Violation]
    {
        var dataset = F.dataset(F.forum(charter: charter))
        dataset.agreements = [agreement(provisions)]
        return AgreementRule().check(dataset)
    }

    // MARK: Agreement.derivedCharter

    @Test("The Joint Statement's provisions give the Think Tank Forum's charter")
    func derivedFromJointStatement() {
        #expect(F.jointStatement.derivedCharter == Charter.thinkTankForum)
    }

    @Test("Provisions without a cadence derive no charter")
    func noCadenceNoCharter() throws {
        let provisions: [Provision] = try [
            .reciprocity(pivot: .korea, group: Country.centralAsia),
            .firstEdition(year: 2024, host: .korea),
        ]
        #expect(agreement(provisions).derivedCharter == nil)
        #expect(agreement([]).derivedCharter == nil)
    }

    @Test("Reciprocity without a pivot and a group derives no rotation; text carries no meaning")
    func partialProvisions() throws {
        let provisions: [Provision] = [
            .cadence(.annual), .reciprocity(pivot: nil, group: []), .text("Meet in good faith."),
        ]
        let charter = try #require(agreement(provisions).derivedCharter)
        #expect(charter == Charter(cadence: .annual))
    }

    @Test("Each typed provision sets its part of the charter")
    func eachProvision() throws {
        let provisions: [Provision] = try [
            .cadence(.annual), .reciprocity(pivot: .korea, group: [.uzbekistan, .kazakhstan]),
            .firstEdition(year: 2026, host: .uzbekistan),
            .admissionByRecommendation(minimumRecommenders: 2),
        ]
        let charter = try #require(agreement(provisions).derivedCharter)
        #expect(try charter.rotation == .init(pivot: .korea, group: [.uzbekistan, .kazakhstan]))
        #expect(try charter.firstEdition == .init(year: 2026, host: .uzbekistan))
        #expect(try charter.admission == .init(minimumRecommenders: 2))
    }

    // MARK: agreement.charter-mismatch

    @Test("The Think Tank Forum's charter agrees with the Joint Statement")
    func charterAgrees() {
        #expect(AgreementRule().check(F.thinkTankDataset).isEmpty)
        #expect(mismatches(F.jointStatement.derivedCharter).isEmpty)
    }

    static func charter(_ change: (inout Charter) throws -> Void) rethrows -> Charter {
        var charter = Charter.thinkTankForum
        try change(&charter)
        return charter
    }

    struct MismatchCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let charter: Charter
        let message: String
    }

    @Test(
        "A charter that contradicts a provision of its founding agreement is a mismatch",
        arguments: [
            MismatchCase(
                testDescription: "no rotation",
                charter: AgreementRuleTests.charter { $0.rotation = nil },
                message: "the agreement sets reciprocity; the charter has no rotation"),
            MismatchCase(
                testDescription: "another pivot",
                charter: valid {
                    try AgreementRuleTests.charter {
                        $0.rotation = try .reciprocal(
                            pivot: .country(.mongolia), group: Country.centralAsia)
                    }
                },
                message: "the agreement's pivot is KR; the charter's is MN"),
            MismatchCase(
                testDescription: "another group",
                charter: valid {
                    try AgreementRuleTests.charter {
                        $0.rotation = try .init(pivot: .korea, group: [.kazakhstan, .uzbekistan])
                    }
                },
                message: "the agreement's group is KZ, KG, TJ, TM, UZ; the charter's is KZ, UZ"),
            MismatchCase(
                testDescription: "another first edition",
                charter: valid {
                    try AgreementRuleTests.charter {
                        $0.firstEdition = try .init(year: 2024, host: .uzbekistan)
                    }
                },
                message:
                    "the agreement sets the first edition in KR in 2024; the charter sets UZ in 2024"
            ),
            MismatchCase(
                testDescription: "no first edition",
                charter: AgreementRuleTests.charter { $0.firstEdition = nil },
                message: "the agreement sets the first edition in KR in 2024; the charter sets none"
            ),
            MismatchCase(
                testDescription: "another minimum",
                charter: valid {
                    try AgreementRuleTests.charter {
                        $0.admission = try .init(minimumRecommenders: 2)
                    }
                },
                message: "the agreement asks for 1 recommender; the charter sets 2"),
            MismatchCase(
                testDescription: "no admission rule",
                charter: AgreementRuleTests.charter { $0.admission = nil },
                message: "the agreement asks for 1 recommender; the charter sets no admission rule"),
        ])
    func mismatch(_ example: MismatchCase) throws {
        let found = mismatches(example.charter)
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.code == .agreementCharterMismatch)
        #expect(violation.severity == .error)
        #expect(violation.subject == "forums[korea-central-asia-think-tank-forum].charter")
        #expect(
            violation.message
                == "\(example.message), against \"joint-statement-think-tank-forum-2023\"")
    }

    @Test("A forum without a charter contradicts every typed provision, the cadence first")
    func missingCharter() throws {
        let found = mismatches(nil)
        #expect(found.count == 4)
        let first = try #require(found.first)
        #expect(first.message.contains("cadence; the charter is missing"))
        #expect(
            found.dropFirst().first?.message.hasPrefix("the agreement sets reciprocity") == true)
    }

    @Test("The missing-charter message reads as English: \"an annual cadence\"")
    func missingCharterGrammar() throws {
        let first = try #require(mismatches(nil).first)
        #expect(
            first.message.hasPrefix("the agreement sets an annual cadence; the charter is missing"))
    }

    @Test("The group is compared as a set: another order of turns is not a mismatch")
    func groupOrder() throws {
        let reordered = try Self.charter {
            $0.rotation = try .init(pivot: .korea, group: Country.centralAsia.reversed())
        }
        #expect(mismatches(reordered).isEmpty)
    }

    @Test("Provisions the agreement does not make are not compared")
    func absentProvisions() {
        #expect(mismatches(.thinkTankForum, [.cadence(.annual)]).isEmpty)
        #expect(mismatches(.init(cadence: .annual), [.cadence(.annual), .text("Annual.")]).isEmpty)
    }

    @Test("Reciprocity without a pivot or group asks only that the charter has a rotation")
    func bareReciprocity() throws {
        let bare: [Provision] = [.cadence(.annual), .reciprocity(pivot: nil, group: [])]
        let otherRotation = try Self.charter {
            $0.rotation = try .init(pivot: .mongolia, group: [.korea])
        }
        #expect(mismatches(otherRotation, bare).isEmpty)
        #expect(mismatches(.init(cadence: .annual), bare).count == 1)
    }

    @Test("A forum that names no founding agreement, or an unknown one, is not compared")
    func noFoundingAgreement() {
        var forum = F.forum(charter: Self.charter { $0.rotation = nil })
        forum.establishedBy = nil
        #expect(AgreementRule().check(F.dataset(forum)).isEmpty)
        forum.establishedBy = "ghost-agreement"
        #expect(AgreementRule().check(F.dataset(forum)).isEmpty)
    }

    @Test("Mismatches are listed in the order of the provisions")
    func severalMismatches() throws {
        let charter = try Self.charter {
            $0.firstEdition = try .init(year: 2025, host: .korea)
            $0.admission = try .init(minimumRecommenders: 3)
        }
        let messages = AgreementRule.mismatches(charter, F.jointStatement)
        #expect(messages.count == 2)
        #expect(messages.first?.contains("first edition") == true)
        #expect(messages.last?.contains("recommender") == true)
    }
}
