import Foundation
import KoreaCentralAsia
import Testing

// The code of "Claims on any fact" in Articles/TimeEvidenceAndClaims.md, line for line.

@Suite("Documentation examples: claims on any fact")
struct ClaimDocumentationExampleTests {
    @Test("Claims on any fact: read back in the property's type, and listed as disputes")
    func claimsOnAnyFact() throws {
        let eighth = try Edition(
            ordinal: 8, date: "2014-04-23", endDate: "2014-04-24", host: .korea, city: "Seoul",
            sources: ["mofa-2014-04-24"],
            claims: [
                try Claim(
                    \Edition.city, "Jeju", sources: ["asiae-2014-04-15"],
                    note: "Announced for Jeju; the ministry's report after the forum says Seoul."),
                try Claim(
                    \Edition.date, "2014-04-24" as PartialDate, sources: ["mofa-2014-04-24"]),
            ])
        let cities = eighth.claims(of: \.city).map(\.value)  // ["Jeju"]: [String]
        let dates = eighth.claims(of: \.date).map(\.value)  // ["2014-04-24"]: [PartialDate]
        let forum = Forum(
            id: "cooperation-forum", name: "Korea–Central Asia Cooperation Forum",
            kind: .ministerial, editions: [eighth], sources: ["mofa-2014-04-24"])
        let disputes = Dataset(forums: [forum]).disputes
        let subjects = disputes.map(\.subject.path)
        // ["forums[cooperation-forum].editions[8].claims[0]", "….claims[1]"]
        let compatible = disputes.map(\.isCompatible)  // [false, true]: 23–24 holds the 24th
        #expect(cities == ["Jeju"])
        #expect(dates == [PartialDate("2014-04-24")] as [PartialDate])
        #expect(
            subjects == [
                "forums[cooperation-forum].editions[8].claims[0]",
                "forums[cooperation-forum].editions[8].claims[1]",
            ])
        #expect(compatible == [false, true])
    }

    @Test("The article's JSON example decodes, with its claim in the property's type")
    func jsonExample() throws {
        let url = DocumentationFiles.catalog.appendingPathComponent(
            "Articles/TimeEvidenceAndClaims.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let blocks = DocumentationFiles.codeBlocks(in: text, language: "json")
        let document = try #require(blocks.first { $0.contains("\"claims\"") })
        let dataset = try Dataset(json: Data(document.utf8))
        let edition = try #require(dataset.forums.first?.edition(8))
        #expect(edition.claims(of: \.city).map(\.value) == ["Jeju"])
    }
}
