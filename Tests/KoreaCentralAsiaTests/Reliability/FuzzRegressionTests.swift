import Foundation
import TestSupport
import Testing

/// The fuzz target's invariants (Tests/Fuzz/FuzzTarget.swift) over every input the tests have:
/// the inputs libFuzzer found crashes with (`Fixtures/hostile/fuzz/`, each fixed in the
/// library), the hostile corpus, and the valid and malformed fixtures.
///
/// `kca-fuzz` built normally runs the checks once on each file it is given and aborts on the
/// first broken invariant, so this runs it as a program.
@Suite("Fuzz regressions: the fuzz target's invariants hold on every input found and fixed")
struct FuzzRegressionTests {
    static func files(in subdirectory: String, withExtension ext: String) throws -> [URL] {
        let folder = try #require(
            Bundle.module.url(forResource: subdirectory, withExtension: nil),
            "\(subdirectory) is not in the test bundle")
        return try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == ext }
        .sorted { $0.path < $1.path }
    }

    @Test("Each crash libFuzzer found is kept, and kca-fuzz passes it now")
    func crashesStayFixed() throws {
        let regressions = try Self.files(in: "Fixtures/hostile/fuzz", withExtension: "input")
        #expect(regressions.count >= 2)
        for file in regressions {
            let result = try BuiltProgram.run("kca-fuzz", [file.path])
            #expect(result.status == 0, "\(file.lastPathComponent): \(result)")
        }
    }

    @Test("kca-fuzz passes every hostile, malformed and valid fixture")
    func everyFixture() throws {
        let files =
            try Self.files(in: "Fixtures/hostile", withExtension: "input")
            + Self.files(in: "Fixtures/malformed", withExtension: "json")
            + Self.files(in: "Fixtures", withExtension: "json")
        #expect(files.count > 100)
        let result = try BuiltProgram.run("kca-fuzz", files.map(\.path))
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.contains(
                "\(files.count) inputs checked, no invariant broken"), "\(result)")
    }
}
