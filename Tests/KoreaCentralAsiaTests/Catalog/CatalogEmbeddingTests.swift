import Foundation
import KoreaCentralAsiaCatalog
import Testing

/// The catalog library compiles raw string literals that `.ci/embed-catalog.sh` writes from the
/// canonical JSON files; these tests are what stops the two from drifting apart.
@Suite("The compiled catalog is the canonical JSON file, byte for byte")
struct CatalogEmbeddingTests {
    /// `Sources/KoreaCentralAsiaCatalog/Resources/`, found from this file's own path.
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Catalog
        .deletingLastPathComponent()  // KoreaCentralAsiaTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("Sources/KoreaCentralAsiaCatalog/Resources")

    /// The index of the first byte at which two byte strings differ, or `nil` when they are
    /// equal: a failure then says where the compiled text and the file part.
    static func firstDifference(_ one: Data, _ other: Data) -> Int? {
        if one == other { return nil }
        let common = zip(one, other).prefix { $0 == $1 }.count
        return common
    }

    @Test(
        "What the compiler sees equals Resources/catalog.json and Resources/comparators.json byte for byte (after an edit, run bash .ci/embed-catalog.sh)",
        arguments: ["catalog.json", "comparators.json"])
    func embeddedEqualsFile(name: String) throws {
        let file = try Data(contentsOf: Self.resources.appendingPathComponent(name))
        let compiled = name == "catalog.json" ? Catalog.json : Catalog.comparatorsJSON
        let difference = Self.firstDifference(compiled, file)
        #expect(
            difference == nil,
            "Embedded/\(name) differs from Resources/\(name) from byte \(difference ?? 0) (\(compiled.count) against \(file.count) bytes); run bash .ci/embed-catalog.sh"
        )
    }

    @Test(
        "The byte comparison finds a difference in the last byte, in length and in the first byte",
        arguments: [
            (Data("{}\n".utf8), Data("{}\n".utf8), nil),
            (Data("{}\n".utf8), Data("{}".utf8), 2),
            (Data("{}".utf8), Data("{]".utf8), 1),
            (Data("x".utf8), Data("y".utf8), 0),
        ] as [(Data, Data, Int?)])
    func differenceIsFound(one: Data, other: Data, expected: Int?) {
        #expect(Self.firstDifference(one, other) == expected)
    }
}
