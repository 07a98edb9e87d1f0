import Foundation
import TestSupport
import Testing

/// Every program that reads a dataset takes `--max-bytes N` and `--max-depth N`, and a
/// document over a limit is refused with the option that raises it.
@Suite("--max-bytes and --max-depth")
struct DatasetLimitTests {
    static let programs = [
        "catalog-tour", "forum-schedule", "admission-check", "validate-dataset", "relations-report",
        "export-dataset", "who-held",
    ]

    @Test("Every program that reads a dataset lists both options in its help", arguments: programs)
    func help(program: String) throws {
        let result = try BuiltProgram.run(program, ["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("--max-bytes N"), "\(result)")
        #expect(result.stdout.contains("--max-depth N"), "\(result)")
    }

    @Test("A file over --max-bytes is refused before reading, with the option that raises it")
    func oversizedFile() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("data.json", json: emptyDataset)
        let size = try #require(
            try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        let refused = try BuiltProgram.run("validate-dataset", ["--max-bytes", "10", file])
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr
                == "\(file): the document is \(size) bytes; the limit is 10 bytes "
                + "(raise it with --max-bytes \(size))\n")
        let raised = try BuiltProgram.run("validate-dataset", ["--max-bytes", "\(size)", file])
        #expect(raised.status == 0, "\(raised)")
    }

    @Test("A document nested over --max-depth is refused with the option that raises it")
    func deepDocument() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("data.json", json: emptyDataset)
        let refused = try BuiltProgram.run("catalog-tour", ["--dataset", file, "--max-depth", "1"])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderrLines.count == 1, "\(refused)")
        #expect(refused.stderr.hasSuffix("(raise the limit with --max-depth N)\n"), "\(refused)")
        let raised = try BuiltProgram.run("catalog-tour", ["--dataset", file, "--max-depth", "2"])
        #expect(raised.status == 0, "\(raised)")
    }

    @Test(
        "A limit that is not a positive whole number is a usage error naming the option",
        arguments: [("--max-bytes", "zero"), ("--max-bytes", "0"), ("--max-depth", "-3")])
    func badValue(option: String, value: String) throws {
        let result = try BuiltProgram.run("forum-schedule", ["\(option)=\(value)"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("\(option) needs a positive number"), "\(result)")
        #expect(result.stderr.contains("\"\(value)\""), "\(result)")
    }
}
