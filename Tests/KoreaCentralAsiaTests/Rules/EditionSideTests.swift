import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

@Suite("The side of an edition, under the charter period in force for it")
struct EditionSideTests {
    @Test(
        "A host on the pivot's side, the group's, or outside the format",
        arguments: [
            (Country.korea, Charter.Side?.some(.pivot)), (.uzbekistan, .group),
            (.kyrgyzstan, .group), (.mongolia, nil),
        ])
    func side(host: Country, side: Charter.Side?) {
        let forum = F.thinkTankForum
        let edition = F.edition(3, "2026", host)
        #expect(F.dataset(forum).side(of: edition, in: forum) == side)
    }

    @Test("A forum without a rotation puts no edition on a side")
    func noRotation() {
        let forum = F.forum(charter: nil)
        #expect(F.dataset(forum).side(of: F.edition(1, "2024", .korea), in: forum) == nil)
    }

    @Test("An organisation's side is its member states' as the dataset records them")
    func organizationPivot() throws {
        var forum = F.forum(charter: nil)
        forum.charters = [
            CharterPeriod(
                charter: Charter(
                    cadence: .annual,
                    rotation: try .reciprocal(
                        pivot: .organization("eu"), group: Country.centralAsia)))
        ]
        let union = Institution(
            id: "eu", name: "European Union", kind: .intergovernmentalOrganization,
            country: try Country("BE"), memberStates: [try Country("DE"), try Country("IT")])
        var dataset = F.dataset(forum)
        dataset.institutions.append(union)
        #expect(dataset.side(of: F.edition(1, "2024", try Country("DE")), in: forum) == .pivot)
        #expect(dataset.side(of: F.edition(1, "2024", try Country("FR")), in: forum) == nil)
        #expect(dataset.side(of: F.edition(1, "2024", .kazakhstan), in: forum) == .group)
    }
}
