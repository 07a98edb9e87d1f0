import Foundation
import Testing

/// What a run of an example program gave: its exit status and its two outputs.
struct ExampleResult: Sendable, CustomStringConvertible {
    /// The exit status.
    var status: Int32
    /// Everything written on standard output.
    var stdout: String
    /// Everything written on standard error.
    var stderr: String
    /// Standard output as bytes.
    var stdoutData: Data

    /// The lines of standard error, without the empty last one.
    var stderrLines: [Substring] { stderr.split(separator: "\n") }

    var description: String {
        "exit \(status)\n--- stdout\n\(stdout.prefix(2000))\n--- stderr\n\(stderr)"
    }
}

/// Runs the example programs that SwiftPM builds next to the test bundle.
enum Example {
    /// The build products directory, `.build/<triple>/debug`, where the executables are.
    static let productsDirectory: URL = {
        #if os(macOS)
            if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        let main = Bundle.main.bundleURL
        return main.pathExtension == "xctest" ? main.deletingLastPathComponent() : main
    }()

    /// Runs `program` with `arguments` and waits for it.
    ///
    /// Its outputs go to temporary files, so a large output cannot fill a pipe and block it.
    static func run(_ program: String, _ arguments: [String] = [], directory: URL? = nil) throws
        -> ExampleResult
    {
        let executable = productsDirectory.appendingPathComponent(program)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw ExampleError(
                "no executable \(program) in \(productsDirectory.path); build the package first")
        }
        let scratch = try TemporaryDirectory()
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
        if let directory { process.currentDirectoryURL = directory }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try Data(contentsOf: outURL)
        let stderr = try Data(contentsOf: errURL)
        return ExampleResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), stdoutData: stdout)
    }

    /// The built-in catalog as an interchange document, from `catalog-tour --json`.
    static let catalogJSON: Data = (try? run("catalog-tour", ["--json"]).stdoutData) ?? Data()

    /// The built-in catalog as a JSON object to modify, for datasets built by the tests.
    static func catalogObject() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: catalogJSON)
        return try #require(object as? [String: Any], "catalog-tour --json gives no JSON object")
    }
}

/// A failure of the test harness itself.
struct ExampleError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A fresh temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("example-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a JSON object (or raw text) to a file in the directory and returns its path.
    func write(_ name: String, json object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try data.write(to: url.appendingPathComponent(name))
        return path(name)
    }

    func write(_ name: String, text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Decodes JSON output into a Foundation object.
func jsonObject(_ result: ExampleResult) throws -> Any {
    try JSONSerialization.jsonObject(with: result.stdoutData)
}

/// Whether every line of a text fits in 100 columns.
func fitsHundredColumns(_ text: String) -> Bool {
    text.split(separator: "\n").allSatisfy { $0.count <= 100 }
}

/// Modifies the object at a path of keys and indices inside a JSON object.
func modify(
    _ object: inout [String: Any], _ key: String, _ change: (inout [[String: Any]]) throws -> Void
) rethrows {
    var array = object[key] as? [[String: Any]] ?? []
    try change(&array)
    object[key] = array
}

/// The index of the element whose `id` is `id`.
func index(of id: String, in array: [[String: Any]]) throws -> Int {
    try #require(array.firstIndex { $0["id"] as? String == id }, "no element \(id)")
}

/// A dataset with nothing in it.
var emptyDataset: [String: Any] {
    [
        "schemaVersion": 1, "sources": [], "institutions": [], "partnerships": [], "forums": [],
        "agreements": [], "meetings": [], "indicators": [],
    ]
}

/// The ids of the example forums.
let thinkTankForum = "korea-central-asia-think-tank-forum"
let cooperationForum = "korea-central-asia-cooperation-forum"
