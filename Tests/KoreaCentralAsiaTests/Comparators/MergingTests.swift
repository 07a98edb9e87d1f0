import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("Dataset.merging(_:)")
struct MergingTests {
    static let source = Source(
        id: "mine-2026", title: "My notes", publisher: "Me", published: "2026-01-05")

    /// A user's own document: one forum of their own, citing a source of the catalog and one of
    /// their own.
    static func userDocument(citing catalogSource: Source) throws -> Dataset {
        Dataset(
            sources: [catalogSource, source],
            forums: [
                Forum(
                    id: "my-reading-group", name: "My reading group", kind: .expert,
                    editions: [
                        try Edition(
                            ordinal: 1, date: "2026-01-05", host: .uzbekistan,
                            sources: ["mine-2026", catalogSource.id])
                    ])
            ])
    }

    @Test("A user's document merges with the catalog: its entities follow the catalog's")
    func userDocumentMerges() throws {
        let catalog = try Catalog.dataset
        let shared = try #require(catalog.sources.first)
        let merged = try catalog.merging(Self.userDocument(citing: shared))
        #expect(merged.forums.count == catalog.forums.count + 1)
        #expect(merged.forums.last?.id == "my-reading-group")
        #expect(merged.sources.count == catalog.sources.count + 1)  // the shared one is kept once
        #expect(merged.sources.filter { $0.id == shared.id }.count == 1)
        #expect(merged.asOf == catalog.asOf)  // the user's document has no date
        #expect(!merged.validate().hasErrors, "\(merged.validate().errors)")
    }

    @Test(
        "Identical sources, and any identical entity, are shared; merging a dataset with itself changes nothing"
    )
    func identicalShared() throws {
        let comparators = try Catalog.comparators
        #expect(try comparators.merging(comparators) == comparators)
    }

    @Test("Two different entities with one id are refused, naming both paths")
    func collisionRefused() throws {
        let catalog = try Catalog.dataset
        var changed = try #require(catalog.sources.first)
        let position = try #require(catalog.sources.firstIndex { $0.id == changed.id })
        changed.title = "Another title"
        let mine = Dataset(sources: [Self.source, changed])
        let error = #expect(throws: DatasetMergeError.self) { try catalog.merging(mine) }
        #expect(
            error?.collisions == [
                .init(
                    subject: "sources[\(changed.id)]", first: "sources[\(position)]",
                    second: "sources[1]")
            ])
        #expect(
            error?.description
                == "sources[\(changed.id)]: sources[\(position)] of the first dataset and "
                + "sources[1] of the second have this id and differ")
    }

    @Test("Every collision is listed, of every kind, forums and partnerships too")
    func everyCollision() throws {
        let catalog = try Catalog.dataset
        var forum = try #require(catalog.forums.last)
        forum.name += " (renamed)"
        var partnership = try #require(catalog.partnerships.first)
        partnership.stages.removeLast()
        // The pair written the other way round is the same partnership.
        partnership = Partnership(
            countries: (partnership.second, partnership.first), stages: partnership.stages)
        let error = #expect(throws: DatasetMergeError.self) {
            try catalog.merging(Dataset(partnerships: [partnership], forums: [forum]))
        }
        #expect(
            error?.collisions.map(\.first) == [
                "partnerships[0]", "forums[\(catalog.forums.count - 1)]",
            ])
        #expect(error?.collisions.map(\.second) == ["partnerships[0]", "forums[0]"])
    }

    @Test("The merged record is as of the earlier of the two dates")
    func recordDate() throws {
        let early = Dataset(asOf: "2025-01-01")
        let late = Dataset(asOf: "2026-06")
        #expect(try early.merging(late).asOf == "2025-01-01")
        #expect(try late.merging(early).asOf == "2025-01-01")
        #expect(try Dataset().merging(late).asOf == "2026-06")
        #expect(try late.merging(Dataset()).asOf == "2026-06")
    }

    @Test("Acknowledgements are joined, an identical one kept once")
    func acknowledgements() throws {
        let catalog = try Catalog.dataset
        let mine = Dataset(acknowledgements: catalog.acknowledgements)
        #expect(try catalog.merging(mine).acknowledgements == catalog.acknowledgements)
    }
}
