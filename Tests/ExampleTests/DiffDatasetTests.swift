import Foundation
import TestSupport
import Testing

@Suite("diff-dataset")
struct DiffDatasetTests {
    /// The catalog with its summit re-dated, a source removed and an institution renamed.
    static func changedCatalog() throws -> [String: Any] {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let summit = try index(of: "korea-central-asia-summit", in: forums)
            var editions = try #require(forums[summit]["editions"] as? [[String: Any]])
            editions[0]["date"] = "2027-05"
            editions[0]["endDate"] = nil
            // The latest announcement gives the edition's date: re-date it too.
            var schedule = try #require(editions[0]["schedule"] as? [[String: Any]])
            schedule[schedule.count - 1]["date"] = "2027-05"
            schedule[schedule.count - 1]["endDate"] = nil
            editions[0]["schedule"] = schedule
            forums[summit]["editions"] = editions
        }
        modify(&catalog, "sources") { sources in
            sources.reverse()  // no change: the order of entities means nothing
            sources.removeAll { $0["id"] as? String == "kiep-2024-06-13" }
        }
        try modify(&catalog, "institutions") { institutions in
            institutions[try index(of: "kaziss", in: institutions)]["name"] = "Renamed Institute"
        }
        return catalog
    }

    /// A folder with the catalog as `old.json` and its changed copy as `new.json`.
    static func twoVersions() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        _ = try scratch.write("old.json", Example.catalogJSON)
        _ = try scratch.write("new.json", json: try changedCatalog())
        return scratch
    }

    @Test("the same dataset, in another order or spelling, exits 0 and says so")
    func same() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        _ = try scratch.write("old.json", Example.catalogJSON)
        let old = "old.json"
        var reordered = try Example.catalogObject()
        modify(&reordered, "sources") { $0.reverse() }
        modify(&reordered, "forums") { $0.reverse() }
        _ = try scratch.write("new.json", json: reordered)
        let new = "new.json"
        let result = try BuiltProgram.run("diff-dataset", [old, new], directory: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "\(old) and \(new) hold the same dataset\n")
        let json = try BuiltProgram.run(
            "diff-dataset", [old, new, "--json"], directory: scratch.url)
        #expect(json.status == 0)
        let object = try #require(try jsonObject(json) as? [String: Any])
        #expect((object["changes"] as? [Any])?.isEmpty == true)
    }

    @Test("changes exit 1 and print each entity with its changes, old and new values")
    func changed() throws {
        let scratch = try Self.twoVersions()
        defer { scratch.remove() }
        let (old, new) = ("old.json", "new.json")
        let result = try BuiltProgram.run("diff-dataset", [old, new], directory: scratch.url)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("\(old) → \(new): ") == true)
        #expect(lines.first?.hasSuffix("(") == false)
        let text = result.stdout
        #expect(
            text.contains(
                """
                forums[korea-central-asia-summit].editions[1]
                  ~ date: "2026-09-16" → "2027-05"
                  - endDate: "2026-09-17"
                """))
        #expect(text.contains("institutions[kaziss]\n  ~ name: \""))
        #expect(text.contains("→ \"Renamed Institute\"\n"))
        #expect(text.contains("sources[kiep-2024-06-13]\n  - {\"id\": \"kiep-2024-06-13\""))
        #expect(fitsHundredColumns(text))
        #expect(result.stderr.isEmpty)
    }

    @Test("--json prints {changes} with each change's kind, entity, field, path and values")
    func json() throws {
        let scratch = try Self.twoVersions()
        defer { scratch.remove() }
        let (old, new) = ("old.json", "new.json")
        let result = try BuiltProgram.run(
            "diff-dataset", [old, new, "--json"], directory: scratch.url)
        #expect(result.status == 1, "\(result)")
        let object = try #require(try jsonObject(result) as? [String: Any])
        #expect(Set(object.keys) == ["changes"])
        let changes = try #require(object["changes"] as? [[String: Any]])
        let date = try #require(
            changes.first {
                $0["path"] as? String == "forums[korea-central-asia-summit].editions[1].date"
            })
        #expect(date["kind"] as? String == "changed")
        #expect(date["entity"] as? String == "forums[korea-central-asia-summit].editions[1]")
        #expect(date["field"] as? String == "date")
        #expect(date["old"] as? String == "2026-09-16")
        #expect(date["new"] as? String == "2027-05")
        let removed = try #require(
            changes.first { $0["path"] as? String == "sources[kiep-2024-06-13]" })
        #expect(Set(removed.keys) == ["kind", "entity", "field", "path", "old"])
        #expect(removed["kind"] as? String == "removed")
        #expect((removed["old"] as? [String: Any])?["id"] as? String == "kiep-2024-06-13")
        #expect(Set(changes.compactMap { $0["kind"] as? String }) == ["changed", "removed"])
    }

    @Test("- reads one of the two documents from standard input")
    func standardInput() throws {
        let scratch = try Self.twoVersions()
        defer { scratch.remove() }
        let (old, new) = ("old.json", "new.json")
        let piped = try Self.run(in: scratch, ["-", new, "--json"], input: Example.catalogJSON)
        let files = try BuiltProgram.run(
            "diff-dataset", [old, new, "--json"], directory: scratch.url)
        #expect(piped.status == 1, "\(piped)")
        #expect(piped.stdoutData == files.stdoutData)
        let text = try Self.run(in: scratch, [old, "-"], input: Example.catalogJSON)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout == "\(old) and standard input hold the same dataset\n")
        let bad = try Self.run(in: scratch, [old, "-"], input: Data("{\"schemaVersion\": 1}".utf8))
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("diff-dataset: standard input: "))
        let large = try Self.run(
            in: scratch, [old, "-", "--max-bytes", "100"], input: Example.catalogJSON)
        #expect(large.status == 2)
        #expect(large.stderr.contains("--max-bytes"))
    }

    @Test("an unreadable or invalid document exits 2 and names it, with the JSON path")
    func badInput() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        _ = try scratch.write("old.json", Example.catalogJSON)
        let old = "old.json"
        var catalog = try Example.catalogObject()
        modify(&catalog, "institutions") { $0[0]["country"] = "XX" }
        _ = try scratch.write("invalid.json", json: catalog)
        let invalid = "invalid.json"
        let result = try BuiltProgram.run("diff-dataset", [old, invalid], directory: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("diff-dataset: \(invalid): institutions[0].country: "))
        #expect(result.stdout.isEmpty)
        let missing = try BuiltProgram.run(
            "diff-dataset", ["none.json", old], directory: scratch.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.json: no such file"))
        for arguments in [[old], [old, old, old], ["-", "-"]] {
            let usage = try BuiltProgram.run("diff-dataset", arguments, directory: scratch.url)
            #expect(usage.status == 2, "\(arguments)")
        }
    }

    /// Runs diff-dataset with `input` on its standard input.
    static func run(in directory: TemporaryDirectory, _ arguments: [String], input: Data) throws
        -> (
            status: Int32, stdoutData: Data, stdout: String, stderr: String
        )
    {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let inputPath = try scratch.write("stdin", input)
        let process = Process()
        process.executableURL = BuiltProgram.productsDirectory.appendingPathComponent(
            "diff-dataset")
        process.arguments = arguments
        process.currentDirectoryURL = directory.url
        let outPath = try scratch.write("stdout", Data())
        let errPath = try scratch.write("stderr", Data())
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        process.waitUntilExit()
        let stdout = try Data(contentsOf: URL(fileURLWithPath: outPath))
        let stderr = try Data(contentsOf: URL(fileURLWithPath: errPath))
        return (
            process.terminationStatus, stdout, String(decoding: stdout, as: UTF8.self),
            String(decoding: stderr, as: UTF8.self)
        )
    }
}
