import Foundation
import TestSupport
import Testing

/// The catalog with claims: the 1st Think Tank Forum's city claimed as Samarkand (with a note
/// that tries to break out of HTML), and an institution's acronym claimed by a source.
private func catalogWithClaims(note: String = "Announced for Samarkand.") throws -> [String: Any] {
    var catalog = try Example.catalogObject()
    try modify(&catalog, "forums") { forums in
        let forum = try index(of: thinkTankForum, in: forums)
        var editions = try #require(forums[forum]["editions"] as? [[String: Any]])
        editions[0]["claims"] = [
            [
                "property": "city", "value": "Samarkand", "sources": ["nca-2024-07-31"],
                "note": note,
            ]
        ]
        forums[forum]["editions"] = editions
    }
    try modify(&catalog, "institutions") { institutions in
        let kaziss = try index(of: "kaziss", in: institutions)
        institutions[kaziss]["claims"] = [
            ["property": "acronym", "value": "KISI", "sources": ["nca-2024-07-31"]]
        ]
    }
    return catalog
}

@Suite("Claims in the example programs")
struct ClaimSurfaceTests {
    @Test("catalog-tour prints each disputed value beside the preferred one, with its sources")
    func catalogTour() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("claims.json", json: try catalogWithClaims())
        let result = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        let disputes = try #require(result.stdout.components(separatedBy: "\nDisputes\n").last)
        #expect(
            disputes.contains("  institutions[kaziss]\n    acronym  record: KazISS  claim: KISI"))
        #expect(disputes.contains("  forums[\(thinkTankForum)].editions[1]\n"))
        #expect(disputes.contains("city  record: Tashkent  claim: Samarkand  nca-2024-07-31"))
        #expect(fitsHundredColumns(result.stdout))
        let plain = try BuiltProgram.run("catalog-tour")
        let own = try #require(plain.stdout.components(separatedBy: "\nDisputes\n").last)
        #expect(
            own.contains(
                "    city  record: Seoul  claim: Jeju  newswire-746598\n"))
        #expect(fitsHundredColumns(plain.stdout))
    }

    @Test("relations-report lists the disputes with their sources, every text escaped")
    func relationsReport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let evil = "<script>alert(1)</script> R&D"
        let file = try directory.write("claims.json", json: try catalogWithClaims(note: evil))
        let result = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        let page = result.stdout
        #expect(page.contains(#"<ul id="disputes">"#))
        #expect(
            page.contains(
                "<li class=\"dispute disagree\"><code>forums[\(thinkTankForum)].editions[1]</code> city: the record has Tashkent; a claim says Samarkand, which disagrees ("
            ))
        #expect(
            page.contains(
                ##"<a href="#source-nca-2024-07-31">nca-2024-07-31</a>"##
            ))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D"))
        #expect(!page.lowercased().contains("<script"))
        let plain = try BuiltProgram.run("relations-report").stdout
        #expect(!plain.contains("<p>No fact is disputed.</p>"))
        #expect(
            plain.contains(
                "<code>forums[korea-central-asia-cooperation-forum].editions[8]</code> city: the record has Seoul; a claim says Jeju, which disagrees ("
            ))
    }

    @Test("export-dataset keeps claims in CSV and Popolo, and counts what Popolo cannot hold")
    func exports() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var catalog = try catalogWithClaims()
        modify(&catalog, "meetings") { meetings in
            meetings[0]["claims"] = [
                ["property": "title", "value": "Another title", "sources": ["nca-2024-07-31"]]
            ]
        }
        let file = try directory.write("claims.json", json: catalog)
        let tables = directory.path("tables")
        let csv = try BuiltProgram.run(
            "export-dataset", ["--dataset", file, "--format", "csv", "--output", tables])
        #expect(csv.status == 0, "\(csv)")
        let claims = try String(contentsOfFile: tables + "/claims.csv", encoding: .utf8)
        #expect(
            claims.hasPrefix(
                "entity,position,property,value,preferred_value,compatible,sources,note\r\n"))
        #expect(claims.contains("institutions[kaziss],1,acronym,KISI,KazISS,false,"))
        let popolo = try BuiltProgram.run(
            "export-dataset", ["--dataset", file, "--format", "popolo", "--output", "-"])
        #expect(popolo.status == 0, "\(popolo)")
        #expect(popolo.stdout.contains("claims city Samarkand, where the record has Tashkent"))
        #expect(
            popolo.stderr.contains("export-dataset: 3 left out: claims on a membership event")
                && popolo.stderr.contains("which Popolo has no place for"))
    }
}
