import Foundation
import TestSupport
import Testing

@Suite("export-dataset")
struct ExportDatasetTests {
    @Test("--format csv writes every table into the folder and leaves its other files alone")
    func csvFolder() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let folder = scratch.path("tables")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let result = try BuiltProgram.run(
            "export-dataset", ["--format", "csv", "--output", folder])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("wrote \(folder): 22 tables, "))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 23)
        #expect(files.contains("editions.csv") && files.contains("memberships.csv"))
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "mine")
        let editions = try String(contentsOfFile: folder + "/editions.csv", encoding: .utf8)
        #expect(editions.hasPrefix("forum,ordinal,date,end_date,host,city,status,"))
        #expect(editions.contains("\r\n"))
    }

    @Test("--format datapackage writes the tables and a datapackage.json that names each one")
    func dataPackage() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let folder = scratch.path("release")
        let result = try BuiltProgram.run(
            "export-dataset", ["--format", "datapackage", "--output", folder])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("wrote \(folder): 22 tables, "))
        #expect(result.stdout.hasSuffix(" rows, and their schemas\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 23 && files.contains("datapackage.json"))
        let descriptor = try Data(contentsOf: URL(fileURLWithPath: folder + "/datapackage.json"))
        let package = try #require(
            try JSONSerialization.jsonObject(with: descriptor) as? [String: Any])
        let paths = (package["resources"] as? [[String: Any]] ?? []).compactMap {
            $0["path"] as? String
        }
        #expect(Set(paths + ["datapackage.json"]) == Set(files))
        let toStandardOutput = try BuiltProgram.run(
            "export-dataset", ["--format", "datapackage", "--output", "-"])
        #expect(toStandardOutput.status == 2)
        #expect(toStandardOutput.stderr.contains("writes a folder"))
    }

    @Test("--format csv creates a missing folder, and refuses a file or standard output")
    func csvOutputs() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let created = try BuiltProgram.run(
            "export-dataset", ["--format", "csv", "--output", scratch.path("new")])
        #expect(created.status == 0, "\(created)")
        let file = try scratch.write("file.txt", text: "x")
        let onFile = try BuiltProgram.run("export-dataset", ["--format", "csv", "--output", file])
        #expect(onFile.status == 2)
        #expect(onFile.stderr.contains("is not a folder"))
        let toStandardOutput = try BuiltProgram.run(
            "export-dataset", ["--format", "csv", "--output", "-"])
        #expect(toStandardOutput.status == 2)
        let deep = try BuiltProgram.run(
            "export-dataset", ["--format", "csv", "--output", scratch.path("no/such/folder")])
        #expect(deep.status == 2)
        #expect(deep.stderr.contains("cannot create the folder"))
    }

    @Test("--format ics - prints the calendar and counts the editions without a day on stderr")
    func calendar() throws {
        let result = try BuiltProgram.run("export-dataset", ["--format", "ics", "--output", "-"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(result.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(
            result.stderrLines == [
                "export-dataset: 3 left out: editions dated only to a month or a year, which a calendar cannot place"
            ])
    }

    @Test("--as-of sets the calendar's DTSTAMP; a bad date is bad usage")
    func asOf() throws {
        let result = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", "-", "--as-of", "2026-11-26"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("DTSTAMP:20261126T000000Z\r\n"))
        let bad = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", "-", "--as-of", "2026-02-30"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--as-of"))
    }

    @Test("--format popolo and graphml write a file whole, the same bytes each time")
    func files() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        for format in ["popolo", "graphml"] {
            let path = scratch.path("out.\(format)")
            let first = try BuiltProgram.run(
                "export-dataset", ["--format", format, "--output", path])
            #expect(first.status == 0, "\(first)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let again = try BuiltProgram.run(
                "export-dataset", ["--format", format, "--output", "-"])
            #expect(again.stdoutData == bytes)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(leftovers.sorted() == ["out.graphml", "out.popolo"])  // no temporary files
    }

    @Test("--plan-through adds proposed events to Popolo, and is bad usage with other formats")
    func plan() throws {
        let result = try BuiltProgram.run(
            "export-dataset", ["--format", "popolo", "--output", "-", "--plan-through", "2028"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\"status\" : \"proposed\""))
        let calendar = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", "-", "--plan-through", "2028"])
        #expect(calendar.status == 2)
        #expect(calendar.stdout.isEmpty)
    }

    @Test("A dataset with errors exits 1 and writes nothing, unless --force")
    func errors() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        var catalog = try Example.catalogObject()
        modify(&catalog, "institutions") { $0[0]["parent"] = "no-such-institution" }
        let dataset = try scratch.write("broken.json", json: catalog)
        let output = scratch.path("network.graphml")
        let refused = try BuiltProgram.run(
            "export-dataset", ["--dataset", dataset, "--format", "graphml", "--output", output])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("the dataset has 1 error; nothing written"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let forced = try BuiltProgram.run(
            "export-dataset",
            ["--dataset", dataset, "--format", "graphml", "--output", output, "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test(
        "Bad usage and unreadable input exit 2 with one line on stderr",
        arguments: [
            ["--format", "xml", "--output", "-"], ["--format", "ics"], ["--output", "-"],
            ["--format", "ics", "--output", "-", "--dataset", "/no/such/file.json"],
            ["--format", "ics", "--output", "-", "--plan-through", "soon"],
            ["--format", "ics", "--output", "/no/such/folder/x.ics"],
        ])
    func badUsage(arguments: [String]) throws {
        let result = try BuiltProgram.run("export-dataset", arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("export-dataset: "))
    }

    @Test("--help describes the formats and exit statuses")
    func help() throws {
        let result = try BuiltProgram.run("export-dataset", ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--format csv|datapackage|popolo|graphml|ics"))
        #expect(result.stdout.contains("Exit status: 0 success, 1 the dataset has errors"))
        #expect(fitsHundredColumns(result.stdout))
    }
}
