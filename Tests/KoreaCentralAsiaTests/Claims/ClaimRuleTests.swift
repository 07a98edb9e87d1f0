import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// The Think Tank Forum with claims on its first edition (Tashkent, 30 July 2024).
private func dataset(claims: [Claim<Edition>], asOf: PartialDate? = nil) -> Dataset {
    var dataset = F.thinkTankDataset
    dataset.forums[0].editions[0].claims = claims
    dataset.asOf = asOf
    return dataset
}

/// Korea and Uzbekistan's strategic partnership of 2006, with claims on its stage.
private func stage(claims: [Claim<Partnership.Stage>]) -> Partnership {
    Partnership(
        countries: (.korea, .uzbekistan),
        stages: [
            Partnership.Stage(
                level: .strategicPartnership, since: "2006", sources: [F.roundtable],
                claims: claims)
        ])
}

@Suite("Claims: sourced, and disputing something")
struct ClaimRuleTests {
    @Test("A sourced claim of another value passes")
    func sourcedClaimPasses() throws {
        let claim = try Claim(\Edition.city, "Samarkand", sources: ["uzdaily-2024-07"])
        #expect(ClaimRule().check(dataset(claims: [claim])).isEmpty)
        let report = dataset(claims: [claim], asOf: "2026-11-26").validate()
        #expect(report.violations.filter { $0.subject.path.contains("claims") }.isEmpty)
    }

    @Test("A claim that names no source is an error, named by its position")
    func unsourced() throws {
        let claim = try Claim(\Edition.city, "Samarkand")
        let found = ClaimRule().check(dataset(claims: [claim]))
        #expect(found.map(\.code) == [.claimUnsourced])
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.subject.path) == [F.editionSubject(1) + ".claims[0]"])
        #expect(
            found.map(\.message) == [
                #"the claim of "city" "Samarkand" names no source; a claim is kept for its sources"#
            ])
    }

    @Test(
        "A claim equal to the preferred value is a warning; a compatible but different one is not",
        arguments: [
            (try Claim(\Edition.city, "Tashkent", sources: ["uzdaily-2024-07"]), true),
            (
                try Claim(\Edition.date, "2024-07-30" as PartialDate, sources: ["uzdaily-2024-07"]),
                true
            ),
            (
                try Claim(\Edition.date, "2024-07" as PartialDate, sources: ["uzdaily-2024-07"]),
                false
            ),
            (try Claim(\Edition.host, Country.uzbekistan, sources: ["uzdaily-2024-07"]), true),
            (try Claim(\Edition.host, Country.korea, sources: ["uzdaily-2024-07"]), false),
            (try Claim(\Edition.status, Edition.Status.held, sources: ["uzdaily-2024-07"]), true),
            // The record has no level: a claim of one is no repetition.
            (
                try Claim(\Edition.level, Edition.Level.ministerial, sources: ["uzdaily-2024-07"]),
                false
            ),
        ])
    func sameAsPreferred(claim: Claim<Edition>, fires: Bool) {
        let found = ClaimRule().check(dataset(claims: [claim]))
        #expect(found.map(\.code) == (fires ? [.claimSameAsPreferred] : []))
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test("Both codes are reported on the claims of every kind of entity, in the document's order")
    func everyEntity() throws {
        var dataset = F.thinkTankDataset
        dataset.institutions[0].claims = [try Claim(\Institution.name, "KF")]
        dataset.forums[0].claims = [try Claim(\Forum.established, "2023-11-20" as PartialDate)]
        dataset.forums[0].membership.events[0].claims = [
            try Claim(\Membership.Event.date, "2023-11" as PartialDate)
        ]
        dataset.agreements[0].claims = [try Claim(\Agreement.kind, Agreement.Kind.memorandum)]
        dataset.partnerships = [
            stage(claims: [try Claim(\Partnership.Stage.since, "2005" as PartialDate)])
        ]
        dataset.meetings = [
            Meeting(
                id: "m", title: "Meeting", date: "2024-05-16", sources: [F.roundtable],
                claims: [try Claim(\Meeting.title, "Meeting")])
        ]
        let found = ClaimRule().check(dataset)
        #expect(
            found.map { "\($0.code) \($0.subject)" } == [
                "claim.unsourced institutions[korea-foundation].claims[0]",
                "claim.unsourced partnerships[KR-UZ].stages[2006].claims[0]",
                "claim.unsourced forums[korea-central-asia-think-tank-forum].claims[0]",
                "claim.same-as-preferred forums[korea-central-asia-think-tank-forum].claims[0]",
                "claim.unsourced forums[korea-central-asia-think-tank-forum].membership[korea-foundation@2023-11-20].claims[0]",
                "claim.unsourced agreements[joint-statement-think-tank-forum-2023].claims[0]",
                "claim.unsourced meetings[m].claims[0]",
                "claim.same-as-preferred meetings[m].claims[0]",
            ])
    }

    @Test("An unknown source of a claim is reported where the claim lies, as an unknown reference")
    func unknownSource() throws {
        let claim = try Claim(\Edition.city, "Samarkand", sources: ["nowhere"])
        let found = ReferenceRule().check(dataset(claims: [claim]))
        #expect(found.map(\.code) == [.referenceUnknown])
        #expect(found.map(\.subject.path) == [F.editionSubject(1) + ".claims[0].sources"])
    }

    @Test("A claimed identifier that the document does not define is an unknown reference")
    func unknownClaimedIdentifier() throws {
        var dataset = F.thinkTankDataset
        dataset.forums[0].claims = [
            try Claim(\Forum.secretariat, "nobody" as Institution.ID, sources: [F.roundtable]),
            try Claim(\Forum.secretariat, "iica" as Institution.ID, sources: [F.roundtable]),
        ]
        let found = ReferenceRule().check(dataset)
        #expect(found.map(\.subject.path) == ["forums[\(F.forumID)].claims[0].value"])
    }
}

@Suite("Evidence of claims: a claim's sources are judged like any fact's")
struct ClaimEvidenceTests {
    static let announcement = Source(
        id: "announcement", title: "Forum to meet in Samarkand", publisher: "UzDaily",
        published: "2024-07-01")

    func found(_ claim: Claim<Edition>, status: Edition.Status = .held) -> [Violation] {
        var dataset = dataset(claims: [claim], asOf: "2026-11-26")
        dataset.sources.append(Self.announcement)
        dataset.forums[0].editions[0].status = status
        return EvidenceRule().check(dataset)
    }

    @Test(
        "A claim on a held edition whose every source predates the fact is an error; a later source is not",
        arguments: [
            // The city: against the edition's date, 2024-07-30.
            (try Claim(\Edition.city, "Samarkand", sources: ["announcement"]), true),
            (try Claim(\Edition.city, "Samarkand", sources: ["nca-2024-07-31"]), false),
            (
                try Claim(\Edition.city, "Samarkand", sources: ["announcement", "nca-2024-07-31"]),
                false
            ),
            // The date itself: against the claimed date.
            (
                try Claim(\Edition.date, "2024-06-30" as PartialDate, sources: ["announcement"]),
                false
            ),
            (try Claim(\Edition.date, "2024-07" as PartialDate, sources: ["announcement"]), false),
            (
                try Claim(\Edition.date, "2024-07-02" as PartialDate, sources: ["announcement"]),
                true
            ),
            (
                try Claim(\Edition.date, "2024-08-01" as PartialDate, sources: ["nca-2024-07-31"]),
                true
            ),
            // Another date than the fact's: against the fact's own date.
            (
                try Claim(\Edition.endDate, "2024-06-30" as PartialDate, sources: ["announcement"]),
                true
            ),
            (try Claim(\Edition.city, "Samarkand", sources: []), false),
        ])
    func heldEdition(claim: Claim<Edition>, fires: Bool) {
        let found = found(claim)
        #expect(found.map(\.subject.path) == (fires ? [F.editionSubject(1) + ".claims[0]"] : []))
        #expect(found.allSatisfy { $0.code == .sourcePredatesFact })
    }

    @Test("The claims of a planned edition are exempt, as the edition is")
    func plannedExempt() throws {
        let claim = try Claim(\Edition.city, "Samarkand", sources: ["announcement"])
        #expect(found(claim, status: .planned).isEmpty)
    }

    @Test("The message names the claim, the fact, the source and its date")
    func message() throws {
        let claim = try Claim(\Edition.city, "Samarkand", sources: ["announcement"])
        #expect(
            found(claim).map(\.message) == [
                #"the claim of "city" "Samarkand" on the 1st edition (2024-07-30) cites only announcement, published 2024-07-01; a text cannot attest what had not happened when it was written"#
            ])
    }

    @Test(
        "Claims on membership events, stages, agreements and meetings are judged; on forums and institutions not"
    )
    func otherEntities() throws {
        var dataset = F.thinkTankDataset
        dataset.asOf = "2026-11-26"
        dataset.sources.append(Self.announcement)
        let early: [Source.ID] = ["announcement"]
        dataset.institutions[0].claims = [
            try Claim(\Institution.established, "2025" as PartialDate, sources: early)
        ]
        dataset.forums[0].claims = [
            try Claim(\Forum.established, "2025" as PartialDate, sources: early)
        ]
        dataset.forums[0].membership.events[0].claims = [
            try Claim(\Membership.Event.date, "2025" as PartialDate, sources: early)
        ]
        dataset.agreements[0].claims = [try Claim(\Agreement.title, "Statement", sources: early)]
        dataset.agreements[0].date = "2024-08"
        dataset.meetings = [
            Meeting(
                id: "m", title: "Meeting", date: "2024-05-16", sources: [F.roundtable],
                claims: [try Claim(\Meeting.date, "2024-09" as PartialDate, sources: early)])
        ]
        dataset.partnerships = [
            stage(claims: [
                try Claim(\Partnership.Stage.since, "2025" as PartialDate, sources: early)
            ])
        ]
        // Only the claims' own violations: the agreement's new date makes its own source late.
        let found = EvidenceRule().check(dataset).map(\.subject.path).filter {
            $0.hasSuffix("]") && $0.contains("claims")
        }
        #expect(
            found == [
                "partnerships[KR-UZ].stages[2006].claims[0]",
                "forums[\(F.forumID)].membership[korea-foundation@2023-11-20].claims[0]",
                "agreements[\(F.jointStatementID)].claims[0]",
                "meetings[m].claims[0]",
            ])
    }
}
