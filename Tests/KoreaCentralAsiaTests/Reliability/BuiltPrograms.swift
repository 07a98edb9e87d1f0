import Foundation
import Testing

/// Runs the example programs that SwiftPM builds next to this test bundle, for the reliability
/// tests that check what a user sees: exit status, standard error, files written.
enum BuiltProgram {
    /// What a run gave.
    struct Result: Sendable, CustomStringConvertible {
        /// The exit status.
        var status: Int32
        /// Standard output, as bytes.
        var stdout: Data
        /// Standard error, as text.
        var stderr: String

        /// The lines of standard error (a final newline does not start another line).
        var stderrLines: [Substring] {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                stderr.hasSuffix("\n") ? 1 : 0)
        }

        var description: String {
            "exit \(status)\n--- stdout (\(stdout.count) bytes)\n"
                + String(decoding: stdout.prefix(1000), as: UTF8.self) + "\n--- stderr\n"
                + String(stderr.prefix(2000))
        }
    }

    /// The folder of the build products (`.build/<triple>/debug`): the test bundle's folder.
    static let productsDirectory: URL = {
        #if os(macOS)
            if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        let main = Bundle.main.bundleURL
        return main.pathExtension == "xctest" ? main.deletingLastPathComponent() : main
    }()

    /// Runs `program` with `arguments`, standard input empty, and waits for it.
    ///
    /// Outputs go to files, so a large output cannot fill a pipe and block the program.
    static func run(_ program: String, _ arguments: [String]) throws -> Result {
        let executable = productsDirectory.appendingPathComponent(program)
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.path),
            "no executable \(program) in \(productsDirectory.path): build the package first")
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A fresh temporary directory; `remove()` deletes it.
struct ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kca-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `data` to a file in the directory and returns its path.
    func write(_ name: String, _ data: Data) throws -> String {
        try data.write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// The names of the files in the directory, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
