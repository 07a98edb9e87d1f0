import Foundation
import TestSupport
import Testing

@Suite("validate-dataset")
struct ValidateDatasetTests {
    @Test(
        "the built-in catalog passes: warnings, then the acknowledged deviations with their notes")
    func catalog() throws {
        let result = try BuiltProgram.run("validate-dataset")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("the built-in catalog: 0 errors, "))
        let violations = try #require(result.stdout.range(of: "\nViolations:"))
        let acknowledged = try #require(result.stdout.range(of: "\nAcknowledged:"))
        #expect(violations.lowerBound < acknowledged.lowerBound)
        #expect(
            result.stdout.contains(
                "rotation.first-edition  forums[korea-central-asia-think-tank-forum].editions[1]"))
        #expect(result.stdout.contains("note: The Joint Statement of 20 November 2023"))
        #expect(fitsHundredColumns(result.stdout))
    }

    @Test("--json gives {violations, acknowledged} with the documented keys")
    func json() throws {
        let result = try BuiltProgram.run("validate-dataset", ["--json"])
        #expect(result.status == 0)
        let report = try #require(try jsonObject(result) as? [String: Any])
        #expect(Set(report.keys) == ["violations", "acknowledged"])
        let violations = try #require(report["violations"] as? [[String: Any]])
        let acknowledged = try #require(report["acknowledged"] as? [[String: Any]])
        for violation in violations {
            #expect(Set(violation.keys) == ["code", "severity", "message", "subject"])
        }
        for entry in acknowledged {
            #expect(Set(entry.keys) == ["code", "severity", "message", "subject", "note"])
        }
        #expect(
            acknowledged.compactMap { $0["code"] as? String } == [
                "rotation.first-edition", "rotation.reciprocity", "admission.no-recommendation",
                "source.predates-fact",
            ])
        #expect(violations.allSatisfy { $0["severity"] as? String == "warning" })
    }

    @Test("a dataset with errors exits 1 and reports every one of them")
    func errors() throws {
        var catalog = try Example.catalogObject()
        catalog["acknowledgements"] = []  // the deviations are errors again
        modify(&catalog, "partnerships") { partnerships in
            partnerships[0]["countries"] = ["KR", "KR"]
        }
        try modify(&catalog, "indicators") { indicators in
            var value = try #require(indicators[0]["value"] as? [String: Any])
            value["amount"] = -5
            indicators[0]["value"] = value
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("errors.json", json: catalog)
        let result = try BuiltProgram.run("validate-dataset", [file, "--json"])
        #expect(result.status == 1, "\(result)")
        let report = try #require(try jsonObject(result) as? [String: Any])
        let codes = (report["violations"] as? [[String: Any]] ?? []).compactMap {
            $0["code"] as? String
        }
        for code in [
            "rotation.first-edition", "rotation.reciprocity", "partnership.self",
            "indicator.amount",
        ] {
            #expect(codes.contains(code), "missing \(code) in \(codes)")
        }
        #expect((report["acknowledged"] as? [Any])?.isEmpty == true)

        let text = try BuiltProgram.run("validate-dataset", [file])
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("\(file): "))
        #expect(text.stdout.contains("error    partnership.self"))
        #expect(!text.stdout.contains("Acknowledged:"))
        #expect(fitsHundredColumns(text.stdout))
    }

    @Test("several files give one report per file, in order, each with its file name")
    func severalFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = directory.path("good.json")
        try Example.catalogJSON.write(to: URL(fileURLWithPath: good))
        var catalog = try Example.catalogObject()
        catalog["acknowledgements"] = []
        let bad = try directory.write("bad.json", json: catalog)
        let result = try BuiltProgram.run("validate-dataset", ["--json", good, bad])
        #expect(result.status == 1)
        let reports = try #require(try jsonObject(result) as? [[String: Any]])
        #expect(reports.compactMap { $0["file"] as? String } == [good, bad])
        for report in reports {
            #expect(Set(report.keys) == ["file", "violations", "acknowledged"])
        }

        let alias = try BuiltProgram.run("validate-dataset", ["--dataset", bad])
        #expect(alias.status == 1)
        #expect(alias.stdout.hasPrefix("\(bad): "))
    }

    @Test(
        "a file that does not decode: one line FILE: path: reason on stderr, exit 2, others still checked"
    )
    func undecodable() throws {
        var catalog = try Example.catalogObject()
        modify(&catalog, "institutions") { institutions in institutions[2]["kind"] = "club" }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bad = try directory.write("bad.json", json: catalog)
        let result = try BuiltProgram.run("validate-dataset", [bad])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderrLines == [
                "\(bad): institutions[2].kind: \"club\" is not a known institution kind (known: thinkTank, foundation, university, researchCentre, embassy, ministry, governmentOffice, secretariat, intergovernmentalOrganization)"
            ])

        let good = directory.path("good.json")
        try Example.catalogJSON.write(to: URL(fileURLWithPath: good))
        let mixed = try BuiltProgram.run("validate-dataset", [good, bad, "/nonexistent.json"])
        #expect(mixed.status == 2)
        #expect(mixed.stdout.hasPrefix("\(good): 0 errors"))
        #expect(mixed.stderrLines.count == 2)
        #expect(mixed.stderrLines.last == "/nonexistent.json: no such file")
    }

    @Test("--help prints the usage line, every option and the JSON shapes, and exits 0")
    func help() throws {
        let result = try BuiltProgram.run("validate-dataset", ["--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "usage: validate-dataset [--dataset FILE] [--as-of DATE] [--json] [--max-bytes N] "
                    + "[--max-depth N]\n    [FILE…]"
            ))
        #expect(result.stdout.contains("\"acknowledged\""))
        #expect(result.stdout.contains("one such object per file"))
        #expect(fitsHundredColumns(result.stdout))
    }

    @Test("an unknown option prints one line on stderr and exits 2")
    func usage() throws {
        let result = try BuiltProgram.run("validate-dataset", ["--strict"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "validate-dataset: unknown option --strict (see validate-dataset --help)\n")
    }

    @Test(
        "--as-of with a bad date exits 2 with one line",
        arguments: ["yesterday", "2026-13-01", "26-11-2026", ""])
    func badAsOf(text: String) throws {
        let result = try BuiltProgram.run("validate-dataset", ["--as-of", text])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1)
        #expect(
            result.stderrLines.first?.contains("--as-of needs a date such as 2026-11-26") == true)
        #expect(result.stdout.isEmpty)
    }

    @Test("--as-of runs the time rules as of that date, overriding the document's own")
    func asOf() throws {
        let directory = try TemporaryDirectory()
        let document: [String: Any] = [
            "schemaVersion": 1, "asOf": "2026-01-01", "institutions": [], "partnerships": [],
            "agreements": [], "meetings": [], "indicators": [],
            "sources": [
                [
                    "id": "announcement", "title": "T", "publisher": "P", "published": "2026-02-12",
                    "retrieved": "2026-02-12", "quotes": [["text": "The summit is planned."]],
                ]
            ],
            "forums": [
                [
                    "id": "summit", "name": "Summit", "kind": "summit", "membership": [],
                    "sources": ["announcement"],
                    "editions": [
                        [
                            "ordinal": 1, "date": "2026-09-16", "endDate": "2026-09-17",
                            "host": "KR", "status": "planned",
                        ]
                    ],
                ]
            ],
        ]
        let file = try directory.write("summit.json", json: document)
        func codes(_ arguments: [String]) throws -> [String] {
            let result = try BuiltProgram.run("validate-dataset", [file, "--json"] + arguments)
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            let violations = (report as? [String: Any])?["violations"] as? [[String: Any]] ?? []
            return violations.compactMap { $0["code"] as? String }
        }
        #expect(try codes([]) == ["source.after-record"])
        #expect(try codes(["--as-of", "2026-11-26"]) == ["edition.overdue"])
        #expect(try codes(["--as-of", "2026-09"]) == [])
        #expect(try codes(["--as-of", "2026-02-12"]) == [])
    }
}
