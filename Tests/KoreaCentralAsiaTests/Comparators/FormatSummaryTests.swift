import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("Dataset.formatSummaries(asOf:)")
struct FormatSummaryTests {
    let comparators: Dataset

    init() throws { comparators = try Catalog.comparators }

    func row(_ id: DialogueFormat.ID, asOf date: PartialDate? = nil) throws -> FormatSummary {
        try #require(comparators.formatSummaries(asOf: date).first { $0.format == id })
    }

    @Test("Formats are sorted by founding, those without a founding date last")
    func sortedByFounding() {
        let partners = comparators.formatSummaries().map(\.partner.description)
        #expect(partners == ["JP", "eu", "US", "IN", "IT", "CN", "gcc", "DE", "RU"])
    }

    @Test(
        "China as of the record's date: first meetings, editions per track, the rule, the secretariat, last and next"
    )
    func china() throws {
        let china = try row("china-central-asia")
        #expect(china.established == "2020-07-16")
        #expect(china.firstMinisterial?.date == "2020-07-16")
        #expect(china.firstLeadersMeeting?.date == "2023-05-18")
        #expect(china.firstLeadersMeeting?.city == "Xi'an")
        #expect(china.tracks.map(\.editionsHeld) == [6, 2])
        let summit = try #require(china.tracks.last)
        #expect(summit.cadence == .biennial && summit.force == .binding)
        #expect(summit.rotation?.order == .alphabetical)
        #expect(
            china.secretariat?.city == "Xi'an" && china.secretariat?.established == "2024-03-30")
        #expect(china.lastEdition?.date == "2025-06-17" && china.lastEdition?.host.code == "KZ")
        #expect(china.nextEdition?.date == "2027" && china.nextEdition?.status == .planned)
        #expect(!china.isKorea)
    }

    @Test("As of an earlier date, later editions are not held but next, and fewer are counted")
    func earlierDate() throws {
        let japan = try row("japan-central-asia", asOf: "2024-01-01")
        #expect(japan.firstLeadersMeeting == nil)  // Tokyo, December 2025
        #expect(japan.tracks.map(\.editionsHeld) == [9, 5, 0])
        #expect(japan.lastEdition?.date == "2022-12-24")
        #expect(japan.nextEdition?.date == "2024-05-14")
        #expect(japan.nextEdition?.status == .held)
    }

    @Test("A postponed edition is the next one, with the date last announced")
    func postponedNext() throws {
        let gcc = try row("gcc-central-asia")
        #expect(gcc.nextEdition?.status == .postponed)
        #expect(gcc.nextEdition?.date == "2025-05-05")
        #expect(gcc.partner == .organization("gcc"))
    }

    @Test("A format without a leaders' track, secretariat or rule has none in its row")
    func absentValues() throws {
        let russia = try row("russia-central-asia")
        #expect(russia.established == nil)
        #expect(russia.secretariat == nil)
        #expect(russia.tracks.allSatisfy { $0.cadence == nil && $0.force == nil })
        #expect(russia.nextEdition == nil)
    }

    @Test("Korea's format is marked, and a cancelled edition counts for nothing")
    func koreaMarked() throws {
        let dataset = Dataset(
            forums: [
                Forum(
                    id: "kr-forum", name: "Forum", kind: .ministerial,
                    editions: [
                        try Edition(ordinal: 1, date: "2007-11-08", host: .korea),
                        try Edition(
                            ordinal: 2, date: "2030", host: .kazakhstan, status: .cancelled),
                    ], format: "korea-central-asia")
            ],
            formats: [
                DialogueFormat(
                    id: "korea-central-asia", name: "Korea–Central Asia", partner: .country(.korea),
                    established: "2007")
            ])
        let merged = try dataset.merging(comparators)
        let rows = merged.formatSummaries()
        #expect(rows.filter(\.isKorea).map(\.format) == ["korea-central-asia"])
        #expect(rows.map(\.partner.description).prefix(3) == ["JP", "eu", "KR"])
        let korea = try #require(rows.first { $0.isKorea })
        #expect(korea.tracks.map(\.editionsHeld) == [1])
        #expect(korea.firstLeadersMeeting == nil)
        #expect(korea.nextEdition == nil)
    }
}
