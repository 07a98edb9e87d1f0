import Foundation
import KoreaCentralAsia
import Testing

@testable import KoreaCentralAsiaExport

/// Reads an RFC 4180 file back into rows of fields: the reading a spreadsheet does.
func parseCSV(_ data: Data) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    scalars.removeFirst()
                    field.unicodeScalars.append("\"")
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            quoted = true
        } else if scalar == "," {
            row.append(field)
            field = ""
        } else if scalar == "\r", scalars.first == "\n" {
            scalars.removeFirst()
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    return rows
}

@Suite("CSV export")
struct CSVExportTests {
    @Test(
        "Each table has its header and one row per record of the catalog",
        arguments: [
            ("sources", 206), ("institutions", 11), ("forums", 10), ("agreements", 13),
            ("meetings", 21), ("indicators", 21), ("initiatives", 3), ("acknowledgements", 4),
            ("persons", 29), ("posts", 14), ("post_holders", 31),
        ])
    func catalogTables(name: String, rows: Int) throws {
        let table = try #require(CSVExport(try ExportFixtures.catalog).table(named: name))
        let parsed = parseCSV(table.data)
        #expect(parsed.first == table.columns)
        #expect(parsed.count == rows + 1)
        #expect(table.rowCount == rows)
        #expect(parsed.allSatisfy { $0.count == table.columns.count })
    }

    @Test("The catalog's tables hold its every membership event, edition and provision")
    func catalogRecordsOfForums() throws {
        let catalog = try ExportFixtures.catalog
        let export = CSVExport(catalog)
        #expect(
            export.tables.map(\.name) == [
                "sources", "institutions", "names", "identifiers", "partnership_stages", "formats",
                "forums", "charter_periods", "memberships", "editions", "schedules", "delegations",
                "agreements", "provisions", "meetings", "indicators", "initiatives", "persons",
                "posts", "post_holders", "acknowledgements", "claims",
            ])
        #expect(
            export.table(named: "memberships")?.rowCount
                == catalog.forums.reduce(0) { $0 + $1.membership.events.count })
        #expect(
            export.table(named: "editions")?.rowCount
                == catalog.forums.reduce(0) { $0 + $1.editions.count })
        #expect(
            export.table(named: "provisions")?.rowCount
                == catalog.agreements.reduce(0) { $0 + $1.provisions.count })
        #expect(
            export.table(named: "partnership_stages")?.rowCount
                == catalog.partnerships.reduce(0) { $0 + $1.stages.count })
    }

    @Test("Every line ends in CRLF and every record is one row of RFC 4180")
    func lineEndings() throws {
        for table in CSVExport(try ExportFixtures.hostileDataset).tables {
            let text = String(decoding: table.data, as: UTF8.self)
            #expect(text.hasSuffix("\r\n"), "\(table.name)")
            #expect(parseCSV(table.data).count == table.rowCount + 1, "\(table.name)")
        }
    }

    @Test(
        "A field is quoted, its quotes doubled, exactly when it holds a comma, a quote, CR or LF",
        arguments: [
            ("plain text", "plain text"), ("semi;colon", "semi;colon"), ("", ""),
            ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""), ("crlf\r\n", "\"crlf\r\n\""), ("한국, 🇰🇿", "\"한국, 🇰🇿\""),
        ])
    func fieldEscaping(field: String, written: String) {
        var text = ""
        TableWriter.appendField(field, to: &text)
        #expect(text == written)
    }

    @Test("Hostile and 500-character names come back exactly; absent values are empty fields")
    func hostileNames() throws {
        let export = CSVExport(try ExportFixtures.hostileDataset)
        let institutions = parseCSV(try #require(export.table(named: "institutions")).data)
        #expect(institutions[1][1] == ExportFixtures.hostile)
        #expect(institutions[1][2] == "H;,\"")
        #expect(institutions[2][1] == ExportFixtures.long)
        #expect(ExportFixtures.long.count == 500)
        #expect(institutions[2][2] == "")  // no acronym
        #expect(institutions[3][6] == "long")  // parent
        let editions = parseCSV(try #require(export.table(named: "editions")).data)
        #expect(editions[1][5] == ExportFixtures.hostile)
        #expect(editions.map { $0[2] } == ["date", "2024-07-30", "2025-06", "2026", "2027-12-31"])
        #expect(editions[1][9] == "hostile;plain")
        let memberships = parseCSV(try #require(export.table(named: "memberships")).data)
        #expect(
            memberships[3] == [
                "forum", "plain", "admitted", "2024-01-10", "participant", "hostile;long", "", "",
            ])
        #expect(memberships[5][4] == "")  // a withdrawal has no resulting status
    }

    @Test("Names in other languages and periods are rows of the names table, with their dates")
    func names() throws {
        let export = CSVExport(try ExportFixtures.hostileDataset)
        let names = parseCSV(try #require(export.table(named: "names")).data)
        #expect(
            names == [
                ["entity", "id", "text", "language", "from", "until", "sources"],
                ["institution", "long", ExportFixtures.koreanName, "ko", "", "", "news"],
                ["institution", "long", "Old Name", "en", "", "2020", ""],
                ["institution", "long", "New Name", "en", "2021", "", ""],
                ["forum", "forum", "Форум \"мозговых центров\"", "ru", "", "", ""],
            ])
    }

    @Test("Identifiers of institutions and forums in other databases are rows of their table")
    func identifiers() throws {
        let export = CSVExport(try ExportFixtures.hostileDataset)
        let identifiers = parseCSV(try #require(export.table(named: "identifiers")).data)
        #expect(
            identifiers == [
                ["entity", "id", "scheme", "value"], ["institution", "hostile", "wikidata", "Q42"],
                ["forum", "forum", "wikidata", "Q99"],
            ])
    }

    @Test(
        "Persons are rows with their sources; their names and identifiers are rows of those tables")
    func persons() throws {
        let export = CSVExport(try ExportFixtures.postsDataset)
        #expect(
            parseCSV(try #require(export.table(named: "persons")).data) == [
                ["id", "name", "sources"], ["nurtleu", "Murat Nurtleu", "news;undated"],
                ["kosherbayev", "Yermek Kosherbayev", ""], ["kim", "Kim", ""], ["lee", "Lee", ""],
            ])
        #expect(
            parseCSV(try #require(export.table(named: "names")).data).dropFirst() == [
                ["person", "nurtleu", "Мурат Нуртлеу", "ru", "", "", ""],
                ["person", "nurtleu", "무랏 누르틀례우", "ko", "", "", ""],
            ])
        #expect(
            parseCSV(try #require(export.table(named: "identifiers")).data).dropFirst() == [
                ["person", "nurtleu", "wikidata", "Q4211357"]
            ])
    }

    @Test(
        "A post is a country's or an institution's, single or not, and each term is a holder's row")
    func postsAndHolders() throws {
        let export = CSVExport(try ExportFixtures.postsDataset)
        #expect(
            parseCSV(try #require(export.table(named: "posts")).data) == [
                ["id", "title", "country", "institution", "single", "sources"],
                [
                    "kz-foreign-minister", "Minister of Foreign Affairs of Kazakhstan", "KZ", "",
                    "true", "",
                ],
                [
                    "secretariat-head", "Head of the Secretariat", "", "secretariat", "false",
                    "news",
                ],
            ])
        #expect(
            parseCSV(try #require(export.table(named: "post_holders")).data) == [
                ["post", "person", "from", "to", "acting", "sources", "note"],
                [
                    "kz-foreign-minister", "nurtleu", "2023-04-03", "2025-09-26", "false", "news",
                    ExportFixtures.hostile,
                ],
                ["kz-foreign-minister", "kosherbayev", "2025-09", "", "true", "", ""],
                ["secretariat-head", "kim", "", "2020", "false", "", ""],
                ["secretariat-head", "lee", "", "", "false", "", ""],
            ])
    }

    @Test("A delegation names the person who led it and their post; an institution its head's post")
    func references() throws {
        let export = CSVExport(try ExportFixtures.postsDataset)
        let delegations = parseCSV(try #require(export.table(named: "delegations")).data)
        #expect(
            delegations == [
                [
                    "forum", "ordinal", "country", "head", "title", "level", "sources", "person",
                    "post",
                ],
                [
                    "forum", "1", "KZ", "Murat Nurtleu", "Foreign Minister", "", "news", "nurtleu",
                    "kz-foreign-minister",
                ],
                ["forum", "1", "UZ", "", "", "", "", "", ""],
            ])
        let institutions = parseCSV(try #require(export.table(named: "institutions")).data)
        #expect(institutions[0].last == "head_post")
        #expect(institutions[1].last == "secretariat-head")
    }

    @Test("An empty dataset gives every table, each a header and no row")
    func empty() throws {
        let export = CSVExport(ExportFixtures.empty)
        #expect(export.tables.count == CSVExport(try ExportFixtures.catalog).tables.count)
        for table in export.tables {
            #expect(table.rowCount == 0, "\(table.name)")
            #expect(parseCSV(table.data) == [table.columns], "\(table.name)")
        }
        #expect(export.summary == "22 tables, 0 rows")
    }

    @Test("The same dataset gives the same bytes")
    func deterministic() throws {
        #expect(CSVExport(try ExportFixtures.catalog) == CSVExport(try ExportFixtures.catalog))
    }

    @Test("Writing to a folder writes every table and leaves the folder's other files alone")
    func writeToFolder() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("csv-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: notes)
        let export = CSVExport(try ExportFixtures.catalog)
        try export.write(to: folder)
        for table in export.tables {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent(table.fileName)) == table.data)
        }
        #expect(try Data(contentsOf: notes) == Data("mine".utf8))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == export.tables.count + 1)
    }

    @Test(
        "Amounts are written without a needless fraction",
        arguments: [
            (15_000_000.0, "15000000"), (5.5, "5.5"), (0, "0"), (1e20, "1e+20"),
        ])
    func amounts(amount: Double, text: String) {
        #expect(amountText(amount) == text)
    }
}
