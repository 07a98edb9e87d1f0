import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaExport
import Testing

// The code of the article "Data Releases" and of the doc comments of `Dataset.changes(from:)`,
// `DatasetChanges` and `DataPackageExport`, run and checked; `DocumentationExampleTests.Sync`
// reads this file too.

extension DocumentationExampleTests {
    @Suite("Data Releases")
    struct DataReleases {
        @Test("The article starts with its title and the landing page links it")
        func article() throws {
            let catalog = DocumentationFiles.catalog
            let text = try String(
                contentsOf: catalog.appendingPathComponent("Articles/DataReleases.md"),
                encoding: .utf8)
            #expect(text.hasPrefix("# Data Releases\n"))
            let landing = try String(
                contentsOf: catalog.appendingPathComponent("KoreaCentralAsia.md"), encoding: .utf8)
            #expect(landing.contains("- <doc:DataReleases>"))
        }

        @Test(
            "The article's example: a re-dated summit changes its date, end date and schedule; reordered sources nothing"
        )
        func changes() throws {
            let released = try Catalog.dataset
            var updated = released
            if let summit = updated.forums.firstIndex(where: { $0.id == Catalog.summitID }) {
                // A re-dated edition's latest announced date is its new date.
                let edition = updated.forums[summit].editions[0]
                let announcement = Announcement(
                    announced: "2026-12-05", date: "2026-09-17", sources: ["news1-6071450"])
                try updated.forums[summit].editions[0].reschedule(
                    to: "2026-09-17", endDate: nil, schedule: edition.schedule + [announcement])
            }
            updated.sources.reverse()  // the order of entities means nothing: no change

            let changes = updated.changes(from: released)
            let lines = changes.map(\.description)
            #expect(
                lines == [
                    #"~ forums[korea-central-asia-summit].editions[1].date: "2026-09-16" → "2026-09-17""#,
                    #"- forums[korea-central-asia-summit].editions[1].endDate: "2026-09-17""#,
                    #"+ forums[korea-central-asia-summit].editions[1].schedule[3]: {"announced": "2026-12-05", "date": "2026-09-17", "sources": ["news1-6071450"]}"#,
                ])
            let entity = changes.first?.entity  // "forums[korea-central-asia-summit].editions[1]"
            #expect(entity == "forums[korea-central-asia-summit].editions[1]")
            let field = changes.first?.field  // "date"
            #expect(field == "date")
        }

        @Test("The doc comments' examples: a reversed list of sources is no change")
        func docComments() throws {
            let released = try Catalog.dataset
            var updated = released
            updated.sources.reverse()  // order carries no meaning: no change
            #expect(updated.changes(from: released).isEmpty)
            updated.institutions[0].name = "Renamed"
            let changes = updated.changes(from: released)
            for change in changes {
                #expect(change.description.hasPrefix("~ institutions["))
            }
        }

        @Test(
            "The article's data package: 22 tables, each described, written beside the descriptor")
        func dataPackage() throws {
            let folder = try Exports.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let package = DataPackageExport(try Catalog.dataset)
            try package.write(to: folder)  // datapackage.json beside the 22 tables
            let tables = package.csv.tables.count  // 22, each a resource of datapackage.json
            #expect(tables == 22)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(files.count == 23 && files.contains(DataPackageExport.descriptorFileName))
        }

        @Test("DataPackageExport's doc comment: write a release folder")
        func dataPackageDocComment() throws {
            let release = try Exports.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: release) }
            let dataset = try Catalog.dataset
            let package = DataPackageExport(dataset)
            try package.write(to: release)
            #expect(
                FileManager.default.fileExists(
                    atPath: release.appendingPathComponent("datapackage.json").path))
        }
    }
}
