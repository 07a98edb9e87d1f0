import Foundation
import TestSupport
import Testing

/// The built-in catalog with a Korea–Central Asia format whose tracks are the catalog's forums,
/// as the catalog's next version records it.
func catalogWithKoreaFormat() throws -> [String: Any] {
    var catalog = try Example.catalogObject()
    let source = try #require((catalog["sources"] as? [[String: Any]])?.first?["id"] as? String)
    catalog["formats"] = [
        [
            "id": "korea-central-asia", "name": "Korea–Central Asia", "partner": "KR",
            "established": "2007", "sources": [source],
        ]
    ]
    modify(&catalog, "forums") { forums in
        for index in forums.indices { forums[index]["format"] = "korea-central-asia" }
    }
    return catalog
}

@Suite("compare-formats")
struct CompareFormatsTests {
    /// The rows of `--json`.
    static func rows(_ arguments: [String] = []) throws -> [[String: Any]] {
        let result = try BuiltProgram.run("compare-formats", arguments + ["--json"])
        #expect(result.status == 0, "\(result)")
        return try #require(try jsonObject(result) as? [[String: Any]])
    }

    /// The record's date of the built-in catalog, which the merged record takes (the earlier).
    static var catalogDate: String {
        get throws { try #require(try Example.catalogObject()["asOf"] as? String) }
    }

    @Test("--json compares the nine formats of the comparators, sorted by founding")
    func json() throws {
        let rows = try Self.rows().filter { $0["isKorea"] as? Bool != true }
        #expect(
            rows.map { $0["format"] as? String } == [
                "japan-central-asia", "eu-central-asia", "us-central-asia", "india-central-asia",
                "italy-central-asia", "china-central-asia", "gcc-central-asia",
                "germany-central-asia", "russia-central-asia",
            ])
        let china = try #require(rows.first { $0["format"] as? String == "china-central-asia" })
        let leaders = try #require(china["firstLeadersMeeting"] as? [String: Any])
        #expect(leaders["date"] as? String == "2023-05-18")
        #expect(leaders["city"] as? String == "Xi'an")
        let next = try #require(china["nextEdition"] as? [String: Any])
        #expect(next["date"] as? String == "2027" && next["status"] as? String == "planned")
        let secretariat = try #require(china["secretariat"] as? [String: Any])
        #expect(secretariat["city"] as? String == "Xi'an")
        #expect(secretariat["established"] as? String == "2024-03-30")
        let tracks = try #require(china["tracks"] as? [[String: Any]])
        #expect(tracks.map { $0["editionsHeld"] as? Int } == [6, 2])
        #expect(tracks.last?["force"] as? String == "binding")
        #expect(china["isKorea"] as? Bool == false)
    }

    @Test("The table has a row per format and the rules below it, within 100 columns")
    func table() throws {
        let result = try BuiltProgram.run("compare-formats")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "The Central Asia + 1 formats as of \(try Self.catalogDate) (* Korea's)"))
        #expect(
            result.stdout.contains(
                "  CN      2020-07-16 2020-07-16 CN   2023-05-18 CN 2025-06-17 KZ 2027 CN?"))
        #expect(
            result.stdout.contains(
                "China–Central Asia Summit (2 held): biennial, CN and KZ KG TJ TM UZ in turn (alphabetical), binding"
                    .prefix(90)))
        #expect(
            result.stdout.contains(
                "Secretariat of the China–Central Asia Mechanism (Xi'an, CN, 2024-03-30)"))
        #expect(fitsHundredColumns(result.stdout))
    }

    @Test("Korea's format is marked with * in the table and isKorea in JSON")
    func koreaMarked() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("korea.json", json: try catalogWithKoreaFormat())
        let result = try BuiltProgram.run("compare-formats", ["--dataset", file, "--comparators"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\n* KR      2007 "))
        #expect(result.stdout.contains("\n* KR Korea–Central Asia\n"))
        let rows = try Self.rows(["--dataset", file, "--comparators"])
        #expect(
            rows.filter { $0["isKorea"] as? Bool == true }.map { $0["format"] as? String } == [
                "korea-central-asia"
            ])
        #expect(rows.count == 10)
        // Without --comparators, the file alone.
        #expect(try Self.rows(["--dataset", file]).count == 1)
    }

    @Test("--as-of compares as of that date: later editions are next, not last")
    func asOf() throws {
        let rows = try Self.rows(["--as-of", "2024-01-01"])
        let japan = try #require(rows.first { $0["format"] as? String == "japan-central-asia" })
        #expect(japan["firstLeadersMeeting"] == nil)
        #expect((japan["lastEdition"] as? [String: Any])?["date"] as? String == "2022-12-24")
        #expect((japan["nextEdition"] as? [String: Any])?["date"] as? String == "2024-05-14")
        let text = try BuiltProgram.run("compare-formats", ["--as-of", "2024-01-01"])
        #expect(text.stdout.hasPrefix("The Central Asia + 1 formats as of 2024-01-01"))
    }

    @Test("--language ko gives Korean headings and rules")
    func korean() throws {
        let result = try BuiltProgram.run("compare-formats", ["--language", "ko"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("중앙아시아+1 협의체 비교 기준일 \(try Self.catalogDate) (* 한국)"))
        #expect(result.stdout.contains("격년, CN와 KZ KG TJ TM UZ 교대 개최(알파벳순), 합의된 규칙"))
        #expect(result.stdout.contains("사무국: 기록 없음"))
    }

    @Test(
        "Exit statuses: 0 with --help, 1 for a dataset without formats, 2 for bad usage, an unreadable file or colliding ids"
    )
    func exitStatuses() throws {
        let help = try BuiltProgram.run("compare-formats", ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("usage: compare-formats"))
        #expect(help.stdout.contains("--comparators"))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let empty = try directory.write("empty.json", json: emptyDataset)
        let none = try BuiltProgram.run("compare-formats", ["--dataset", empty])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no dialogue format"))
        #expect(try BuiltProgram.run("compare-formats", ["--as-of", "soon"]).status == 2)
        #expect(try BuiltProgram.run("compare-formats", ["--bogus"]).status == 2)
        let missing = try BuiltProgram.run(
            "compare-formats", ["--dataset", directory.path("no.json")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file"))

        // A document whose source has a comparators' id with another title collides.
        var clash = emptyDataset
        clash["sources"] = [
            ["id": "nca-2024-03-30", "title": "Something else", "publisher": "Me"]
        ]
        let clashing = try directory.write("clash.json", json: clash)
        let refused = try BuiltProgram.run(
            "compare-formats", ["--dataset", clashing, "--comparators"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("sources[nca-2024-03-30]: sources[0] of the first dataset"))
    }
}

@Suite("relations-report: the formats' timeline")
struct FormatTimelineTests {
    /// The formats' chart of the report on a dataset, checking that the page has no script.
    static func timeline(of dataset: [String: Any], _ arguments: [String] = []) throws -> SVGNode {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("dataset.json", json: dataset)
        let result = try BuiltProgram.run("relations-report", ["--dataset", file] + arguments)
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.lowercased().contains("<script"))
        return try #require(try charts(in: result.stdout)["chart-formats"])
    }

    @Test(
        "A row per partner, sorted by founding, Korea's marked, a mark per leaders' and ministers' meeting"
    )
    func timeline() throws {
        let chart = try Self.timeline(of: try catalogWithKoreaFormat(), ["--comparators"])
        let rows = chart.elements(ofClass: "row")
        #expect(rows.count == 10)
        #expect(chart.elements(ofClass: "korea").count == 1)
        #expect(
            chart.allText.contains("★ Republic of Korea") || chart.allText.contains("★ South Korea")
        )
        // The comparators' 74 editions are of summit and ministerial tracks but Japan's 6
        // senior officials' meetings.
        let summits = chart.elements(ofClass: "summit").count
        let ministerial = chart.elements(ofClass: "ministerial").count
        #expect(summits + ministerial >= 67)
        #expect(
            chart.all.contains {
                $0.name == "title"
                    && $0.text.contains("China–Central Asia Summit: 3rd, 2027, CN (planned)")
            })
    }

    @Test("Every text of the timeline is escaped")
    func escaped() throws {
        let evil = "<script>alert(1)</script> R&D </svg>"
        var catalog = try catalogWithKoreaFormat()
        modify(&catalog, "forums") { forums in
            for index in forums.indices { forums[index]["name"] = evil }
        }
        let chart = try Self.timeline(of: catalog)
        #expect(chart.all.contains { $0.name == "title" && $0.text.hasPrefix(evil) })
    }
}

@Suite("forum-schedule on the comparators")
struct ComparatorScheduleTests {
    @Test("--forum china-central-asia-summit plans by the Xi'an rule: China 2027, Kyrgyzstan 2029")
    func chinaPlan() throws {
        let entries = try ForumScheduleTests.schedule([
            "--forum", "china-central-asia-summit", "--through", "2031",
        ])
        #expect(entries.map(\.0) == [2023, 2025, 2027, 2029, 2031])
        #expect(entries.map(\.3) == ["CN", "KZ", "CN", "KG", "CN"])
        #expect(entries.map(\.4) == [true, true, false, false, false])
        #expect(entries.map { $0.2 ?? "-" } == ["pivot", "group", "pivot", "group", "pivot"])
        let text = try BuiltProgram.run(
            "forum-schedule", ["--forum", "china-central-asia-summit", "--through", "2029"])
        #expect(text.stdout.contains("Hosts alternate between China (pivot) and, in alphabetical"))
        #expect(text.stdout.contains("2029  4th      group  KG  Kyrgyzstan  proposed"))
        #expect(text.stdout.contains("2027  3rd      pivot  CN  China       planned"))
    }

    @Test("A forum of the comparators is not in a --dataset file unless --comparators is given")
    func datasetFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("catalog.json", Example.catalogJSON)
        let without = try BuiltProgram.run(
            "forum-schedule", ["--forum", "china-central-asia-summit", "--dataset", file])
        #expect(without.status == 2)
        let with = try BuiltProgram.run(
            "forum-schedule",
            ["--forum", "china-central-asia-summit", "--dataset", file, "--comparators", "--json"])
        #expect(with.status == 0, "\(with)")
    }
}

@Suite("Exports with --comparators")
struct ComparatorExportTests {
    @Test(
        "catalog-tour --comparators --json writes the catalog and the comparators as one document")
    func mergedDocument() throws {
        let result = try BuiltProgram.run("catalog-tour", ["--comparators", "--json"])
        #expect(result.status == 0, "\(result)")
        let document = try #require(try jsonObject(result) as? [String: Any])
        let formats = try #require(document["formats"] as? [[String: Any]])
        #expect(formats.count >= 9)
        #expect(formats.contains { $0["id"] as? String == "china-central-asia" })
        let plain = try #require(
            try jsonObject(try BuiltProgram.run("catalog-tour", ["--json"])) as? [String: Any])
        #expect(
            (plain["formats"] as? [[String: Any]] ?? []).allSatisfy {
                $0["id"] as? String != "china-central-asia"
            })
    }

    @Test("export-dataset --comparators puts the other formats in the CSV tables")
    func csv() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try BuiltProgram.run(
            "export-dataset",
            ["--format", "csv", "--comparators", "--output", directory.path("tables")])
        #expect(result.status == 0, "\(result)")
        let formats = try String(
            contentsOfFile: directory.path("tables/formats.csv"), encoding: .utf8)
        #expect(formats.contains("china-central-asia"))
        #expect(formats.contains("gcc-central-asia"))
        let editions = try String(
            contentsOfFile: directory.path("tables/editions.csv"), encoding: .utf8)
        #expect(editions.contains("china-central-asia-summit"))
    }
}
