import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

/// `Fixtures/formats.json`: a version-2 document with a format of each kind (Korea's with the
/// Cooperation Forum's periods, the Secretariat's track and the Summit with its schedule;
/// China's summits under a written rule; Japan's chairmanship; the EU as an organisation).
@Suite("Formats, tracks and charter periods (schema version 2)")
struct FormatsTests {
    let bytes: Data
    let dataset: Dataset

    init() throws {
        bytes = try Fixtures.data(named: "formats")
        dataset = try Dataset(json: bytes)
    }

    @Test(
        "The document decodes, re-encodes to the same bytes and decodes again; as version 2 it reads the same"
    )
    func roundTrip() throws {
        #expect(try dataset.json() == bytes)
        let version2 = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
            of: #""schemaVersion" : 3,"#, with: #""schemaVersion" : 2,"#)
        #expect(try Dataset(json: Data(version2.utf8)) == dataset)
        #expect(try Dataset(json: dataset.json()) == dataset)
        #expect(
            dataset.formats.map(\.id) == [
                "korea-central-asia", "china-central-asia", "japan-central-asia", "eu-central-asia",
            ])
    }

    @Test("It validates with no error and exactly the warnings its record calls for")
    func validates() {
        let report = dataset.validate()
        #expect(report.errors.isEmpty)
        let warnings = report.violations.map { "\($0.code) \($0.subject)" }
        #expect(
            warnings == [
                "rotation.parity forums[cooperation-forum].editions[11]",
                "rotation.parity forums[cooperation-forum].editions[12]",
                "rotation.parity forums[cooperation-forum].editions[18]",
                "cadence.gap forums[cooperation-forum].years[2018]",
                "cadence.gap forums[cooperation-forum].years[2021]",
                "cadence.gap forums[cooperation-forum].years[2022]",
                "cadence.gap forums[cooperation-forum].years[2023]",
                "cadence.gap forums[cooperation-forum].years[2024]",
                "cadence.gap forums[cooperation-forum].years[2025]",
                "edition.unrecorded forums[cooperation-forum].editions[14]",
                "edition.unrecorded forums[cooperation-forum].editions[15]",
                "edition.unrecorded forums[cooperation-forum].editions[16]",
                "edition.unrecorded forums[cooperation-forum].editions[17]",
                "source.unretrieved sources[src-2026]",
                "source.unquoted sources[src-2026]",
                "edition.overdue forums[summit].editions[1]",
                "edition.level-below-charter forums[cooperation-forum].editions[10]",
            ])
    }

    @Test("A breach of a proposed period is a warning that names the period and its agreement")
    func proposedIsWarning() throws {
        let parity = try #require(
            dataset.validate().violations.first {
                $0.subject == "forums[cooperation-forum].editions[18]"
            })
        #expect(parity.severity == .warning)
        #expect(
            parity.message
                == "the 18th edition (Uzbekistan, 2026) falls in an even year, which the rotation gives to the Republic of Korea (a proposed rule from the 11th edition, agreement seoul-declaration)"
        )
    }

    @Test("The tracks of a format are the forums that name it, and the period in force is found")
    func queries() throws {
        #expect(
            dataset.tracks(of: "korea-central-asia").map(\.id) == [
                "cooperation-forum", "secretariat-members", "summit",
            ])
        let forum = try #require(dataset.forum("cooperation-forum"))
        let ninth = try #require(forum.edition(9))
        let tenth = try #require(forum.edition(10))
        #expect(forum.charter(for: ninth)?.force == .practice)
        #expect(forum.charter(for: tenth)?.charter.level == .ministerial)
        #expect(forum.charter(for: tenth)?.start == .edition(10))
        #expect(forum.charter(on: "2015-12")?.force == .practice)
        #expect(forum.charter(on: "2018")?.start == .edition(11))
        let summit = try #require(dataset.forum("summit")?.edition(1))
        #expect(summit.delegation(of: .kazakhstan)?.head == "Kassym-Jomart Tokayev")
        #expect(summit.delegation(of: .uzbekistan) == nil)
        #expect(summit.schedule.map(\.isPostponement) == [false, true, false])
        let china = try #require(dataset.format("china-central-asia"))
        #expect(china.claims(of: \.established).map(\.value) == ["2019"])
        #expect(dataset.disputes.map(\.subject.path) == ["formats[china-central-asia].claims[0]"])
        let eu = try #require(dataset.format("eu-central-asia"))
        #expect(eu.partner == .organization("eu"))
        #expect(dataset.institution("eu")?.memberStates.count == 27)
    }

    @Test("A version-1 charter reads as one binding period from the start, and is written back so")
    func versionOne() throws {
        let minimal = try Dataset(json: Fixtures.data(named: "minimal"))
        for forum in minimal.forums where forum.charter != nil {
            #expect(forum.charters.count == 1)
            #expect(forum.charters.first?.force == .binding)
            #expect(forum.charters.first?.start == .beginning)
        }
        let text = String(decoding: try minimal.json(prettyPrinted: false), as: UTF8.self)
        #expect(!text.contains("\"charters\""))
    }

    @Test("A parity period plans the pivot in its years and the group in the others")
    func parityPlan() throws {
        let charter = Charter(
            cadence: .annual,
            rotation: try .parity(
                pivot: .country(.korea), group: Country.centralAsia, pivotYears: .even)
        )
        let held = [try Edition(ordinal: 1, date: "2024", host: .korea)]
        let plan = try charter.plan(after: held, through: 2028)
        #expect(plan.map(\.host.code) == ["KZ", "KR", "KG", "KR"])
        #expect(plan.map(\.side) == [.group, .pivot, .group, .pivot])
    }

    @Test(
        "A forum with no rule to plan by says why",
        arguments: [
            (
                Charter(
                    cadence: .irregular,
                    rotation: valid { try .init(pivot: .korea, group: [.kazakhstan]) }),
                PlanningError.irregularCadence
            ),
            (
                Charter(
                    cadence: .annual,
                    rotation: valid {
                        try .chairmanship(
                            pivot: .country(.mongolia), group: [.kazakhstan], termYears: 2)
                    }),
                .chairmanshipRotation
            ),
            (
                Charter(
                    cadence: .annual,
                    rotation: valid {
                        try .reciprocal(pivot: .organization("eu"), group: [.kazakhstan])
                    }),
                .organizationPivot("eu")
            ),
            (Charter(cadence: .annual), .noRotation),
        ])
    func unplannable(charter: Charter, error: PlanningError) throws {
        let held = [try Edition(ordinal: 1, date: "2024", host: .kazakhstan)]
        #expect(throws: error) { try charter.plan(after: held, through: 2030) }
    }

    @Test("A generated dataset of a given size has version 2's keys and breaks no rule")
    func generated() throws {
        let dataset = try DatasetGenerator.dataset(
            of: .init(forums: 3, institutions: 30, events: 300, editions: 60), seed: 1)
        #expect(dataset.formats.count == 1)
        #expect(dataset.forums.allSatisfy { $0.format == "generated-format" })
        #expect(dataset.forums.allSatisfy { $0.charters.count == 2 })
        #expect(dataset.forums.flatMap(\.editions).allSatisfy { !$0.delegations.isEmpty })
        #expect(dataset.validate().violations.filter { $0.code != .sourceUndated }.isEmpty)
        #expect(try Dataset(json: dataset.json()) == dataset)
    }
}
