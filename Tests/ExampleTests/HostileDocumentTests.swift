import Foundation
import TestSupport
import Testing

/// Documents at the edges of what the model holds, and every program run on each.
///
/// Amounts whose ratio is past `Int`'s range, amounts near zero and near the 10^18 limit,
/// ordinals at the decoder's bound and past `Int`'s, editions in the last years a date can hold:
/// every program answers each with exit 0, 1 or 2, never a signal.
@Suite("Every program exits 0, 1 or 2 on hostile documents, never by a signal")
struct HostileDocumentTests {
    /// A dataset of one forum with two editions and two trade figures.
    static func document(
        amounts: (String, String), bounds: (String, String) = ("exact", "exact"),
        ordinals: (String, String) = ("1", "2"), years: (String, String) = ("2024", "2025")
    ) -> String {
        """
        {"schemaVersion": 2,
         "sources": [{"id": "s", "title": "S", "publisher": "P", "published": "2020"}],
         "institutions": [], "partnerships": [], "agreements": [], "meetings": [],
         "forums": [{"id": "f", "name": "F", "kind": "thinkTank", "sources": ["s"],
           "charter": {"cadence": "annual",
             "rotation": {"rule": "reciprocal", "pivot": "KR", "group": ["KZ", "UZ"]}},
           "membership": [],
           "editions": [
             {"ordinal": \(ordinals.0), "date": "\(years.0)", "host": "KR", "sources": ["s"]},
             {"ordinal": \(ordinals.1), "date": "\(years.1)", "host": "KZ", "sources": ["s"]}]}],
         "indicators": [
           {"id": "a", "measure": "tradeTurnover", "between": "KR", "and": "centralAsia",
            "year": 1992, "sources": ["s"],
            "value": {"amount": \(amounts.0), "currency": "USD", "bound": "\(bounds.0)"}},
           {"id": "b", "measure": "tradeTurnover", "between": "KR", "and": "centralAsia",
            "year": 2023, "sources": ["s"],
            "value": {"amount": \(amounts.1), "currency": "USD", "bound": "\(bounds.1)"}}]}
        """
    }

    /// The documents, by name, and whether each decodes.
    static let documents: [(name: String, text: String, decodes: Bool)] = [
        ("a growth of 10^19", document(amounts: ("0.01", "1e17")), true),
        ("a growth past Double's range", document(amounts: ("5e-324", "9.99e17")), true),
        (
            "bounded amounts near the limit",
            document(
                amounts: ("1e-300", "999999999999999900"), bounds: ("lessThan", "moreThan")),
            true
        ),
        ("amounts of zero", document(amounts: ("0", "0")), true),
        (
            "ordinals at the decoder's bounds in the last years",
            document(amounts: ("1", "2"), ordinals: ("1", "1000000"), years: ("9998", "9999")),
            true
        ),
        (
            "an ordinal at Int's maximum",
            document(amounts: ("1", "2"), ordinals: ("1", "9223372036854775807")), false
        ),
        (
            "an ordinal at Int's minimum",
            document(amounts: ("1", "2"), ordinals: ("-9223372036854775808", "2")), false
        ),
        ("an amount of 10^18", document(amounts: ("1", "1e18")), false),
    ]

    /// Each program, as a user runs it on a document at `FILE` (and a folder at `DIR`).
    static let invocations: [[String]] =
        [
            ["catalog-tour", "--dataset", "FILE"],
            ["catalog-tour", "--dataset", "FILE", "--json"],
            ["relations-report", "--dataset", "FILE", "--output", "DIR/report.html"],
            [
                "relations-report", "--dataset", "FILE", "--output", "DIR/report.html", "--through",
                "9999",
            ],
            ["validate-dataset", "FILE"],
            ["validate-dataset", "--json", "--as-of", "9999-12-31", "FILE"],
            ["forum-schedule", "--dataset", "FILE", "--forum", "f"],
            ["forum-schedule", "--dataset", "FILE", "--forum", "f", "--through", "9999", "--json"],
            ["compare-formats", "--dataset", "FILE", "--as-of", "9999"],
            ["diff-dataset", "FILE", "FILE"],
            [
                "admission-check", "--dataset", "FILE", "--forum", "f", "--candidate", "x",
                "--recommended-by", "y", "--on", "9999-12-31",
            ],
            ["who-held", "--dataset", "FILE", "--post", "p", "--on", "9999-12-31"],
            ["who-held", "--dataset", "FILE", "--person", "x", "--json"],
        ]
        + ["csv", "datapackage", "popolo", "graphml", "ics"].map { format in
            [
                "export-dataset", "--dataset", "FILE", "--format", format, "--output",
                "DIR/export-\(format)", "--plan-through", "9999", "--force",
            ]
        }

    @Test(
        "Each program exits 0, 1 or 2 on each hostile document; a refused document is exit 2",
        arguments: documents.indices)
    func exitsCleanly(document: Int) throws {
        let (name, text, decodes) = Self.documents[document]
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("hostile.json", Data(text.utf8))
        for invocation in Self.invocations {
            let arguments = invocation.dropFirst().map {
                $0.replacingOccurrences(of: "FILE", with: file)
                    .replacingOccurrences(of: "DIR", with: directory.url.path)
            }
            let result = try BuiltProgram.run(invocation[0], arguments)
            let program = "\(invocation.joined(separator: " ")) on \(name)"
            #expect([0, 1, 2].contains(result.status), "\(program): \(result)")
            #expect(!result.stderr.contains("Fatal error"), "\(program): \(result.stderr)")
            if !decodes {
                #expect(result.status == 2, "\(program) accepted a document it must refuse")
            }
        }
    }

    @Test("catalog-tour prints a growth of 10^19 as a number, not a trap")
    func hugeGrowth() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write(
            "huge.json", Data(Self.document(amounts: ("0.01", "1e17")).utf8))
        let result = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("1e+19×"), "\(result.stdout)")
    }
}
