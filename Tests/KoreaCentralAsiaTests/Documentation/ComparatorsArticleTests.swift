import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

// The code of the article "Korea Among the Central Asia Formats", line for line;
// `DocumentationExampleTests.Sync` reads this file too.

@Suite("Korea Among the Central Asia Formats")
struct ComparatorsArticleTests {
    @Test("The article starts with its title and the landing page links it")
    func article() throws {
        let catalog = DocumentationFiles.catalog
        let text = try String(
            contentsOf: catalog.appendingPathComponent(
                "Articles/KoreaAmongTheCentralAsiaFormats.md"),
            encoding: .utf8)
        #expect(text.hasPrefix("# Korea Among the Central Asia Formats\n"))
        let landing = try String(
            contentsOf: catalog.appendingPathComponent("KoreaCentralAsia.md"), encoding: .utf8)
        #expect(landing.contains("- <doc:KoreaAmongTheCentralAsiaFormats>"))
    }

    @Test("One record of two: the merged catalog validates, and a user's document joins it")
    func oneRecord() throws {
        let all = try Catalog.dataset.merging(Catalog.comparators)
        let report = all.validate()
        let errors = report.errors.count  // 0
        #expect(errors == 0, "\(report.errors)")

        let mine = Dataset(sources: [
            Source(id: "my-notes", title: "My notes", publisher: "Me", published: "2026-01-05")
        ])
        let withMine = try all.merging(mine)
        #expect(withMine.sources.count == all.sources.count + 1)
        #expect(withMine.sources.last?.id == "my-notes")
    }

    @Test("A collision names the entity's path in both datasets")
    func collision() throws {
        let comparators = try Catalog.comparators
        var changed = comparators
        changed.sources[0].title = "Another title"
        do {
            _ = try comparators.merging(changed)
            Issue.record("a changed source merged")
        } catch {
            let first = error.collisions[0].first  // "sources[0]"
            let second = error.collisions[0].second  // "sources[0]"
            #expect(first == "sources[0]")
            #expect(second == "sources[0]")
            #expect(error.collisions.count == 1)
        }
    }

    @Test("The formats side by side: Japan first, China's first summit, next summit, secretariat")
    func sideBySide() throws {
        let rows = try Catalog.dataset.merging(Catalog.comparators).formatSummaries()
        let first = rows[0].format  // "japan-central-asia"
        let china = rows.first { $0.format == "china-central-asia" }
        let summit = china?.firstLeadersMeeting?.date  // 2023-05-18, Xi'an
        let next = china?.nextEdition?.date  // 2027, planned in China
        let seat = china?.secretariat?.city  // "Xi'an", since 2024-03-30
        #expect(first == "japan-central-asia")
        #expect(summit == "2023-05-18")
        #expect(china?.firstLeadersMeeting?.city == "Xi'an")
        #expect(next == "2027")
        #expect(china?.nextEdition?.host.code == "CN")
        #expect(seat == "Xi'an")
        #expect(china?.secretariat?.established == "2024-03-30")
    }

    @Test("China's summits are planned by the Xi'an Declaration: Kyrgyzstan in 2029")
    func chinaPlan() throws {
        let chinaSummit = try Catalog.comparators.forum(Catalog.chinaSummitID)
        let plan = try chinaSummit?.plan(through: 2029)
        let hosts = plan?.map { "\($0.host.code) \($0.year)" }  // ["KG 2029"]
        #expect(hosts == ["KG 2029"])
    }

    @Test("The article's table is what compare-formats prints: every line of it is true")
    func table() throws {
        // Korea's row, once the catalog records Korea's format, comes after the EU's (2007 both).
        let rows = try Catalog.dataset.merging(Catalog.comparators).formatSummaries()
            .filter { !$0.isKorea }
        let partners = rows.map(\.partner.description)
        #expect(partners == ["JP", "eu", "US", "IN", "IT", "CN", "gcc", "DE", "RU"])
        let held = rows.map { $0.tracks.map(\.editionsHeld) }
        #expect(
            held == [
                [9, 6, 1], [10, 2, 1], [12, 2], [4, 1], [3, 1], [6, 2], [3, 1], [2, 1], [3, 2],
            ])
    }
}
