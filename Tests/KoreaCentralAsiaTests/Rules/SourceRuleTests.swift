import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

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
            found.map(\.subject.path) == [
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
        #expect(found.map(\.subject.path) == ["meetings[m-1]", "initiatives[i-1]"])
        dataset.meetings[0].sources = [F.roundtable]
        dataset.initiatives[0].sources = [F.roundtable]
        #expect(SourceRule().check(dataset).isEmpty)
    }

    @Test("Agreements, stages and indicators without sources are reported by path")
    func otherFacts() throws {
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
                and: .centralAsia, year: 1992, value: try Figure(amount: 1, currency: .usd))
        ]
        let found = SourceRule().check(dataset)
        #expect(
            Set(found.map(\.subject.path)) == [
                "partnerships[KR-UZ]", "agreements[joint-statement-think-tank-forum-2023]",
                "indicators[trade-1992]",
            ])
    }
}
