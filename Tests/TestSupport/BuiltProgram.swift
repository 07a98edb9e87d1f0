public import Foundation

/// Runs the programs that SwiftPM builds next to the test bundle (the examples, kca-fuzz), for
/// the tests that check what a user sees: exit status, outputs, files written.
public enum BuiltProgram {
    /// What a run gave: its exit status and its two outputs.
    public struct Result: Sendable, CustomStringConvertible {
        /// The exit status.
        public var status: Int32
        /// Standard output, as bytes.
        public var stdoutData: Data
        /// Standard error, as text.
        public var stderr: String

        /// Standard output, as text.
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

        /// The lines of standard error (a final newline does not start another line).
        public var stderrLines: [Substring] {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                stderr.hasSuffix("\n") ? 1 : 0)
        }

        /// The status and both outputs, shortened, for a failing expectation's message.
        public var description: String {
            "exit \(status)\n--- stdout (\(stdoutData.count) bytes)\n"
                + String(decoding: stdoutData.prefix(2000), as: UTF8.self) + "\n--- stderr\n"
                + String(stderr.prefix(2000))
        }
    }

    /// The folder of the build products (`.build/<triple>/debug`): the test bundle's folder.
    public static let productsDirectory: URL = {
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
    ///
    /// - Parameters:
    ///   - program: The executable's name, for example `validate-dataset`.
    ///   - arguments: Its arguments.
    ///   - directory: The working directory; `nil` for the test's own.
    ///   - input: Bytes for standard input, given through a pipe (as `cat FILE | program` does),
    ///     so the program reads a stream; `nil` for an empty standard input.
    ///   - standardOutput: A file to open for standard output in place of the captured one (a
    ///     device node, say); the result's `stdoutData` is then empty.
    ///   - shellSetup: Shell commands run before the program starts, in the shell that starts
    ///     it: `umask 077`, `ulimit -f 1`.
    /// - Returns: The exit status and both outputs.
    /// - Throws: ``ProgramTestError`` when the program is not built; the errors of `Process` and
    ///   of reading its outputs.
    public static func run(
        _ program: String, _ arguments: [String] = [], directory: URL? = nil, input: Data? = nil,
        standardOutput: String? = nil, shellSetup: String? = nil
    ) throws -> Result {
        let executable = productsDirectory.appendingPathComponent(program)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw ProgramTestError(
                "no executable \(program) in \(productsDirectory.path): build the package first")
        }
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out =
            try standardOutput.map { path in
                guard let handle = FileHandle(forWritingAtPath: path) else {
                    throw ProgramTestError("cannot open \(path) for the program's standard output")
                }
                return handle
            } ?? FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if input != nil || shellSetup != nil {
            // sh -c 'SETUP; cat "$KCA_TEST_INPUT" | exec "$0" "$@"' PROGRAM ARGUMENT…
            let inputPath = try scratch.write("stdin", input ?? Data())
            let feed = input == nil ? "" : "cat \"$KCA_TEST_INPUT\" | "
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                [
                    "-c", (shellSetup.map { $0 + "; " } ?? "") + feed + "exec \"$0\" \"$@\"",
                    executable.path,
                ] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["KCA_TEST_INPUT": inputPath], uniquingKeysWith: { $1 })
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        if let directory { process.currentDirectoryURL = directory }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus, stdoutData: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A failure of the test harness itself, not of the program under test.
public struct ProgramTestError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error with a message.
    public init(_ description: String) { self.description = description }
}

/// A fresh temporary directory; `remove()` deletes it.
public struct TemporaryDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates an empty directory under the system's temporary folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kca-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the directory.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `data` to a file in the directory and returns its path.
    public func write(_ name: String, _ data: Data) throws -> String {
        try data.write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// Writes a JSON object, keys sorted, to a file in the directory and returns its path.
    public func write(_ name: String, json object: Any) throws -> String {
        try write(name, try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// Writes text to a file in the directory and returns its path.
    public func write(_ name: String, text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// The names of the files in the directory, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// Deletes the directory and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}
