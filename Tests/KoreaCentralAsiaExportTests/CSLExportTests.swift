import Foundation
import KoreaCentralAsia
import Testing

@testable import KoreaCentralAsiaExport

@Suite("CSL-JSON: the sources as a bibliography that reference managers read")
struct CSLExportTests {
    static func items(_ dataset: Dataset) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: try CSLExport(dataset).data)
        return try #require(object as? [[String: Any]])
    }

    static func quoted() throws -> Source {
        Source(
            id: "nca-2024-07-31", title: "First forum of analytical centers in Tashkent",
            publisher: "nCa (News Central Asia)", published: "2024-07-31",
            url: try WebAddress("https://newscentralasia.net/2024/07/31/first-forum"),
            note: "The date is taken from the address.", retrieved: "2026-12-05",
            language: .english, quotes: [try Source.Quote("hosted the first expert Forum")])
    }

    @Test("A source is an item with its address, publisher, issued and accessed dates and language")
    func fields() throws {
        let item = try #require(try Self.items(Dataset(sources: [try Self.quoted()])).first)
        #expect(item["id"] as? String == "nca-2024-07-31")
        #expect(item["type"] as? String == "webpage")
        #expect(item["URL"] as? String == "https://newscentralasia.net/2024/07/31/first-forum")
        #expect(item["publisher"] as? String == "nCa (News Central Asia)")
        #expect(item["language"] as? String == "en")
        #expect((item["issued"] as? [String: [[Int]]])?["date-parts"] == [[2024, 7, 31]])
        #expect((item["accessed"] as? [String: [[Int]]])?["date-parts"] == [[2026, 12, 5]])
        #expect(
            item["note"] as? String
                == "“hosted the first expert Forum”\nThe date is taken from the address.")
    }

    @Test(
        "Dates keep their precision, and a source without an address or a date has no such variable",
        arguments: [
            ("2024", [2024] as [Int]?), ("2024-07", [2024, 7]), ("2024-07-31", [2024, 7, 31]),
            (nil, nil),
        ] as [(PartialDate?, [Int]?)])
    func precision(published: PartialDate?, parts: [Int]?) throws {
        let source = Source(id: "s", title: "T", publisher: "P", published: published)
        let item = try #require(try Self.items(Dataset(sources: [source])).first)
        #expect((item["issued"] as? [String: [[Int]]])?["date-parts"] == parts.map { [$0] })
        #expect(item["type"] as? String == "article")
        #expect(item["URL"] == nil && item["accessed"] == nil && item["note"] == nil)
    }

    @Test("A translated quotation carries its translation; a descriptive title is said to be one")
    func translation() throws {
        let source = Source(
            id: "ajunews", title: "Special envoys (Aju Business Daily)", publisher: "아주경제",
            retrieved: "2026-12-05", language: .korean,
            quotes: [
                try Source.Quote(
                    "특사를 파견했다", language: .korean, translation: "sent special envoys")
            ], titleIsDescriptive: true)
        let item = try #require(try Self.items(Dataset(sources: [source])).first)
        #expect(
            item["note"] as? String
                == "“특사를 파견했다” (sent special envoys)\nThe title describes the page.")
    }

    @Test("Items are sorted by id, one per source, and the same dataset gives the same bytes")
    func deterministic() throws {
        let sources = try ["b", "c", "a"].map {
            Source(id: try Source.ID($0), title: $0, publisher: "P")
        }
        let export = CSLExport(Dataset(sources: sources))
        #expect(
            try Self.items(Dataset(sources: sources)).map { $0["id"] as? String } == [
                "a", "b", "c",
            ])
        #expect(export.itemCount == 3 && export.summary == "3 references")
        #expect(try export.data == CSLExport(Dataset(sources: sources.reversed())).data)
        #expect(try export.files.map(\.name) == ["sources.json"])
        #expect(export.layout == .file && export.omissions.isEmpty)
    }
}
