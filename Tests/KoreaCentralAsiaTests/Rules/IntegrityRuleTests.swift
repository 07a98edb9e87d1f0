import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// Every identifier is defined once, and every reference names something defined.
@Suite("References: identifiers defined once and known")
struct ReferenceRuleTests {
    @Test("The real record defines every identifier it uses, once")
    func realRecordIsClean() {
        #expect(ReferenceRule().check(F.thinkTankDataset).isEmpty)
    }

    @Test("Two entities of one kind may not share an identifier; the later one is named")
    func duplicateInstitution() throws {
        var dataset = F.thinkTankDataset
        dataset.institutions.append(
            F.institution("kaziss", "Another KazISS", .thinkTank, .kazakhstan))
        let found = ReferenceRule().check(dataset)
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.referenceDuplicateID])
        #expect(violation.severity == .error)
        #expect(violation.subject == "institutions[kaziss]")
        #expect(violation.message == "two institutions have the identifier \"kaziss\"")
    }

    @Test("Duplicate sources, forums and agreements are reported in their own collections")
    func duplicateOtherKinds() {
        var dataset = F.thinkTankDataset
        dataset.sources.append(F.sources[0])
        dataset.forums.append(F.thinkTankForum)
        dataset.agreements.append(F.jointStatement)
        let found = ReferenceRule().check(dataset)
        #expect(
            found.map(\.subject) == [
                "sources[nca-2023-11-21-think-tank-roundtable]",
                "forums[korea-central-asia-think-tank-forum]",
                "agreements[joint-statement-think-tank-forum-2023]",
            ])
        #expect(found.allSatisfy { $0.code == .referenceDuplicateID })
    }

    @Test("The same slug for entities of different kinds is not a duplicate")
    func sameSlugDifferentKinds() {
        var dataset = F.thinkTankDataset
        dataset.sources.append(Source(id: "kaziss", title: "KazISS website", publisher: "KazISS"))
        #expect(ReferenceRule().check(dataset).isEmpty)
    }

    @Test("Two partnerships of the same pair of countries, in either order, are duplicates")
    func duplicatePartnership() {
        var dataset = F.thinkTankDataset
        let stage = Partnership.Stage(
            level: .diplomaticRelations, since: "1992-01-29", sources: [F.roundtable])
        dataset.partnerships = [
            Partnership(countries: (.korea, .uzbekistan), stages: [stage]),
            Partnership(countries: (.korea, .kazakhstan), stages: [stage]),
            Partnership(countries: (.uzbekistan, .korea), stages: [stage]),
        ]
        let found = ReferenceRule().check(dataset)
        #expect(found.map(\.subject) == ["partnerships[UZ-KR]"])
        #expect(found.map(\.code) == [.referenceDuplicateID])
    }

    @Test("An organiser the document does not define is an unknown reference, named by field")
    func unknownOrganizer() throws {
        var forum = F.thinkTankForum
        forum.editions[0].organizers += ["ghost-institute", "ghost-institute"]
        let found = ReferenceRule().check(F.dataset(forum))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.code == .referenceUnknown)
        #expect(violation.severity == .error)
        #expect(violation.subject == F.editionSubject(1) + ".organizers")
        #expect(
            violation.message
                == "names the institution \"ghost-institute\", which the document does not define")
    }

    @Test("Unknown sources, members, agreements and secretariats are each named by their field")
    func unknownReferences() {
        var forum = F.thinkTankForum
        forum.editions[1].sources = ["ghost-source"]
        forum.membership.events.append(.admitted("ghost", on: "2024-05", recommendedBy: ["iica"]))
        forum.establishedBy = "ghost-agreement"
        forum.secretariat = "ghost-secretariat"
        let found = ReferenceRule().check(F.dataset(forum))
        #expect(
            found.map(\.subject) == [
                "forums[korea-central-asia-think-tank-forum].establishedBy",
                "forums[korea-central-asia-think-tank-forum].secretariat",
                "forums[korea-central-asia-think-tank-forum].membership[ghost@2024-05]",
                "forums[korea-central-asia-think-tank-forum].editions[2].sources",
            ])
        #expect(found.allSatisfy { $0.code == .referenceUnknown })
    }

    @Test("An agreement that establishes an undefined forum is an unknown reference")
    func unknownForum() {
        var dataset = F.thinkTankDataset
        dataset.forums = []
        let found = ReferenceRule().check(dataset)
        #expect(
            found.map(\.subject) == [
                "agreements[joint-statement-think-tank-forum-2023].establishes"
            ])
    }
}

extension ReferenceRuleTests {
    @Test("Meetings and initiatives name only defined institutions, forums and initiatives")
    func meetingsAndInitiatives() {
        var dataset = F.thinkTankDataset
        dataset.meetings = [
            Meeting(
                id: "isrs-2024-05-16", title: "Meeting with Korean experts", date: "2024-05-16",
                host: "isrs", participants: ["hufs", "kaziss"], forum: "ghost-forum",
                sources: [F.roundtable])
        ]
        dataset.initiatives = [
            Initiative(
                id: "new-silk-road", name: "New Silk Road Diplomacy", country: .korea,
                parent: "new-asia-initiative", sources: [F.roundtable])
        ]
        let found = ReferenceRule().check(dataset)
        #expect(
            found.map(\.subject) == [
                "meetings[isrs-2024-05-16].participants", "meetings[isrs-2024-05-16].forum",
                "initiatives[new-silk-road].parent",
            ])
        #expect(found.allSatisfy { $0.code == .referenceUnknown && $0.severity == .error })
        dataset.meetings[0].participants = ["kaziss"]
        dataset.meetings[0].forum = F.forumID
        dataset.initiatives[0].parent = nil
        #expect(ReferenceRule().check(dataset).isEmpty)
    }
}

/// A partnership is between two countries, and its stages go oldest first.
@Suite("Partnerships: two countries, stages in order")
struct PartnershipRuleTests {
    private func check(_ partnership: Partnership) -> [Violation] {
        PartnershipRule().check(Dataset(partnerships: [partnership]))
    }

    @Test("A partnership of a country with itself is an error")
    func selfPartnership() throws {
        let found = check(Partnership(countries: (.korea, .korea), stages: []))
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.partnershipSelf])
        #expect(violation.severity == .error)
        #expect(violation.subject == "partnerships[KR-KR]")
    }

    @Test("A partnership of two countries is not a self-partnership")
    func twoCountries() {
        #expect(check(Partnership(countries: (.korea, .uzbekistan), stages: [])).isEmpty)
    }

    @Test(
        "Stages must go oldest first; dates that may be in either order are not reported",
        arguments: [
            ("1992-01-29", "2006-03", false), ("2006-03", "1992-01-29", true),
            ("2006", "2006-03", false), ("2006-03", "2006", false), ("2006-04", "2006-03-31", true),
        ] as [(PartialDate, PartialDate, Bool)])
    func stageOrder(earlier: PartialDate, later: PartialDate, fires: Bool) {
        let partnership = Partnership(
            countries: (.korea, .uzbekistan),
            stages: [
                .init(level: .diplomaticRelations, since: earlier),
                .init(level: .strategicPartnership, since: later),
            ])
        let found = check(partnership)
        #expect(found.map(\.subject) == (fires ? ["partnerships[KR-UZ]"] : []))
        #expect(found.allSatisfy { $0.code == .partnershipChronology && $0.severity == .error })
    }
}

/// Money amounts are not negative.
@Suite("Indicators: amounts")
struct IndicatorRuleTests {
    @Test(
        "A negative amount is an error; zero and positive amounts are not",
        arguments: [(-1.0, true), (-0.01, true), (0.0, false), (15_000_000.0, false)])
    func amount(amount: Double, fires: Bool) {
        let indicator = Indicator(
            id: "trade-kr-central-asia-1992", measure: .tradeTurnover, between: .country(.korea),
            and: .centralAsia, year: 1992, value: Figure(amount: amount, currency: .usd))
        let found = IndicatorRule().check(Dataset(indicators: [indicator]))
        #expect(found.map(\.subject) == (fires ? ["indicators[trade-kr-central-asia-1992]"] : []))
        #expect(found.allSatisfy { $0.code == .indicatorAmount && $0.severity == .error })
    }
}

/// Every fact names its source.
@Suite("Sources: every fact names one")
struct SourceRuleTests {
    @Test("The real record names a source for every fact")
    func realRecordIsSourced() {
        #expect(SourceRule().check(F.thinkTankDataset).isEmpty)
    }

    @Test("An institution that names no source is a warning")
    func unsourcedInstitution() throws {
        var dataset = F.thinkTankDataset
        dataset.institutions[0].sources = []
        let found = SourceRule().check(dataset)
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.sourceMissing])
        #expect(violation.severity == .warning)
        #expect(violation.subject == "institutions[korea-foundation]")
    }

    @Test("An edition without sources is covered by its forum's sources")
    func editionCoveredByForum() {
        var forum = F.thinkTankForum
        forum.editions[0].sources = []
        #expect(SourceRule().check(F.dataset(forum)).isEmpty)
    }

    @Test("When the forum names no source either, its unsourced editions and events are reported")
    func editionWithoutAnySource() {
        var forum = F.thinkTankForum
        forum.sources = []
        forum.editions[0].sources = []
        forum.membership.events[1].sources = []
        let found = SourceRule().check(F.dataset(forum))
        #expect(
            found.map(\.subject) == [
                "forums[korea-central-asia-think-tank-forum]", F.editionSubject(1),
                F.membershipSubject("kaziss@2023-11-20"),
            ])
        #expect(found.allSatisfy { $0.code == .sourceMissing && $0.severity == .warning })
    }

    @Test("Meetings and initiatives without sources are reported by path")
    func meetingsAndInitiatives() {
        var dataset = F.thinkTankDataset
        dataset.meetings = [Meeting(id: "m-1", title: "Meeting", date: "2024-05-16")]
        dataset.initiatives = [Initiative(id: "i-1", name: "Initiative", country: .korea)]
        let found = SourceRule().check(dataset)
        #expect(found.map(\.subject) == ["meetings[m-1]", "initiatives[i-1]"])
        dataset.meetings[0].sources = [F.roundtable]
        dataset.initiatives[0].sources = [F.roundtable]
        #expect(SourceRule().check(dataset).isEmpty)
    }

    @Test("Agreements, stages and indicators without sources are reported by path")
    func otherFacts() {
        var dataset = F.thinkTankDataset
        dataset.agreements[0].sources = []
        dataset.partnerships = [
            Partnership(
                countries: (.korea, .uzbekistan),
                stages: [.init(level: .diplomaticRelations, since: "1992-01-29")])
        ]
        dataset.indicators = [
            Indicator(
                id: "trade-1992", measure: .tradeTurnover, between: .country(.korea),
                and: .centralAsia, year: 1992, value: Figure(amount: 1, currency: .usd))
        ]
        let found = SourceRule().check(dataset)
        #expect(
            Set(found.map(\.subject)) == [
                "partnerships[KR-UZ]", "agreements[joint-statement-think-tank-forum-2023]",
                "indicators[trade-1992]",
            ])
    }
}
