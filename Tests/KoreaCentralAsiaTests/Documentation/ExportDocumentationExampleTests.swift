import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaExport
import Testing

// The code of the export library's documentation (the article "Exporting to Other Tools" and
// the library's page), run and checked; `DocumentationExampleTests.Sync` reads this file too.

extension DocumentationExampleTests {
    @Suite("Exporting to Other Tools")
    struct Exports {
        /// A fresh folder, the article's `folder`.
        static func temporaryFolder() throws -> URL {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("export-docs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder
        }

        @Test("The library page's example: the catalog as a calendar")
        func libraryPage() throws {
            let catalog = try Catalog.dataset
            let calendar = ICalendarExport(catalog)
            let text = String(decoding: calendar.data, as: UTF8.self)  // "BEGIN:VCALENDAR\r\n…"
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        }

        @Test("CSV tables: the file names, the editions' rows, the folder written")
        func csv() throws {
            let folder = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let catalog = try Catalog.dataset
            let tables = CSVExport(catalog)
            let names = tables.tables.map(\.fileName)  // ["sources.csv", "institutions.csv", …]
            #expect(names.prefix(2) == ["sources.csv", "institutions.csv"])
            let editions = tables.table(named: "editions")?.rowCount  // 29, one per edition
            #expect(editions == 29)
            try tables.write(to: folder)  // the folder's other files are left alone
            #expect(
                FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("editions.csv").path))
        }

        @Test("Popolo JSON with the plan: 29 editions and 9 proposed ones")
        func popolo() throws {
            let folder = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let catalog = try Catalog.dataset
            let popolo = PopoloExport(catalog, includingPlanThrough: 2030)
            let events = popolo.eventCount  // 38: 29 editions and 9 proposed ones
            #expect(events == 38)
            try popolo.write(to: folder.appendingPathComponent("popolo.json"))
            #expect(
                try Data(contentsOf: folder.appendingPathComponent("popolo.json")) == popolo.data)
        }

        @Test("GraphML: 7 countries, 11 institutions, 10 forums, 1 format and 29 persons")
        func graphML() throws {
            let folder = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let catalog = try Catalog.dataset
            let network = GraphMLExport(catalog)
            let nodes = network.nodeCount  // 58: 7 countries, 11 institutions, 10 forums, …
            #expect(nodes == 58)
            try network.write(to: folder.appendingPathComponent("network.graphml"))
            #expect(
                try Data(contentsOf: folder.appendingPathComponent("network.graphml"))
                    == network.data)
        }

        @Test("iCalendar: 26 editions dated to the day, 3 left out")
        func iCalendar() throws {
            let folder = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let catalog = try Catalog.dataset
            let calendar = ICalendarExport(catalog, asOf: "2026-11-26")
            let dated = calendar.eventCount  // 26 editions dated to the day
            let leftOut = calendar.omittedEditionCount  // 3: "2012-07", "2025-11", "2026"
            #expect(dated == 26)
            #expect(leftOut == 3)
            try calendar.write(to: folder.appendingPathComponent("forums.ics"))
            let text = try String(
                contentsOf: folder.appendingPathComponent("forums.ics"), encoding: .utf8)
            #expect(text.contains("DTSTAMP:20261126T000000Z"))
        }
    }
}
