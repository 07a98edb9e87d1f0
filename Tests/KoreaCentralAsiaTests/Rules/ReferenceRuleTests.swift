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
            found.map(\.subject.path) == [
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
        #expect(found.map(\.subject.path) == ["partnerships[UZ-KR]"])
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
        #expect(violation.subject.path == F.editionSubject(1) + ".organizers")
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
            found.map(\.subject.path) == [
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
            found.map(\.subject.path) == [
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
            found.map(\.subject.path) == [
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
