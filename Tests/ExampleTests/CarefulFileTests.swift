import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program that writes a file, with the arguments that come before `--output`.
struct Writer: Sendable, CustomTestStringConvertible {
    var program: String
    var arguments: [String]
    /// How its output starts.
    var prefix: String

    var testDescription: String { ([program] + arguments).joined(separator: " ") }

    /// Every program that writes a file, in each shape of output it has.
    static let all = [
        Writer(
            program: "export-dataset", arguments: ["--format", "ics"], prefix: "BEGIN:VCALENDAR"),
        Writer(program: "export-dataset", arguments: ["--format", "graphml"], prefix: "<?xml"),
        Writer(program: "relations-report", arguments: [], prefix: "<!DOCTYPE html>"),
    ]

    /// Runs the program with `--output PATH`.
    func run(output: String, shellSetup: String? = nil) throws -> BuiltProgram.Result {
        try BuiltProgram.run(program, arguments + ["--output", output], shellSetup: shellSetup)
    }
}

/// Character devices made in a temporary folder, never those of `/dev`.
enum DeviceNode {
    /// Whether the tests can make a device node and open it: as root, on a file system that
    /// allows devices.
    static let available: Bool = {
        guard geteuid() == 0, let scratch = try? TemporaryDirectory() else { return false }
        defer { scratch.remove() }
        guard let path = try? make(minor: null, in: scratch, named: "probe") else { return false }
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }()

    /// The minor numbers of the memory devices (major 1): `/dev/null` takes every write,
    /// `/dev/full` refuses every one with ENOSPC.
    static let null: UInt32 = 3
    static let full: UInt32 = 7

    /// Makes a character device of major 1 and `minor` in `scratch`; returns its path.
    static func make(minor: UInt32, in scratch: TemporaryDirectory, named name: String) throws
        -> String
    {
        let path = scratch.path(name)
        guard mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | minor)) == 0 else {
            throw ProgramTestError("mknod \(path): \(String(cString: strerror(errno)))")
        }
        return path
    }
}

/// The type bits of what is at a path, without following a link (`S_IFLNK`, `S_IFCHR`, …).
func fileType(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
}

/// The permission bits, set-id bits included, of the file at a path.
func permissions(_ path: String) -> mode_t {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
}

/// A `cat` at the other end of a FIFO, writing a file into it or reading it into a file.
struct FIFOPeer {
    let process: Process
    let fifo: String
    let writes: Bool

    /// Starts `cat SOURCE > DESTINATION`, one of which is the FIFO.
    init(fifo: String, source: String, destination: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cat \"$0\" > \"$1\"", source, destination]
        self.fifo = fifo
        writes = destination == fifo
        try process.run()
    }

    /// Opens the FIFO's other end for a moment, so that a `cat` the program never met stops
    /// waiting for it, and waits for `cat` to end.
    func finish() {
        let descriptor = open(fifo, (writes ? O_RDONLY : O_WRONLY) | O_NONBLOCK)
        if descriptor >= 0 { close(descriptor) }
        process.waitUntilExit()
    }
}

@Suite("Files read and written like a careful Unix tool")
struct CarefulFileTests {
    static let devicesNeeded: Comment =
        "making a device node needs root (mknod) and a file system that allows devices"

    @Test(
        "A symbolic link is followed through a chain: its target is replaced, the links stay",
        arguments: Writer.all)
    func symbolicLink(writer: Writer) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let target = try scratch.write("target", text: "old")
        #expect(symlink("target", scratch.path("link")) == 0)
        #expect(symlink("link", scratch.path("chain")) == 0)
        let result = try writer.run(output: scratch.path("chain"))
        #expect(result.status == 0, "\(result)")
        #expect(fileType(scratch.path("chain")) == S_IFLNK)
        #expect(fileType(scratch.path("link")) == S_IFLNK)
        #expect(fileType(target) == S_IFREG)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix(writer.prefix))
        #expect(try scratch.contents() == ["chain", "link", "target"])  // no temporary file
    }

    @Test("A dangling link creates its target; one whose folder is missing is an error naming it")
    func danglingLink() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        #expect(symlink("made.ics", scratch.path("dangling")) == 0)
        let made = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", scratch.path("dangling")])
        #expect(made.status == 0, "\(made)")
        #expect(fileType(scratch.path("dangling")) == S_IFLNK)
        #expect(fileType(scratch.path("made.ics")) == S_IFREG)

        #expect(symlink("missing/made.ics", scratch.path("broken")) == 0)
        let broken = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", scratch.path("broken")])
        #expect(broken.status == 2, "\(broken)")
        #expect(
            broken.stderrLines == [
                "export-dataset: \(scratch.path("broken")): cannot create a file in "
                    + "\(scratch.path("missing")): No such file or directory"
            ])
    }

    @Test(
        "A replaced file keeps its permission bits, never wider (set-id bits dropped)",
        arguments: Writer.all, [(0o600, 0o600), (0o640, 0o640), (0o4755, 0o755)] as [(Int, Int)])
    func permissionBits(writer: Writer, modes: (old: Int, new: Int)) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("out", text: "old")
        #expect(chmod(file, mode_t(modes.old)) == 0)
        let result = try writer.run(output: file)
        #expect(result.status == 0, "\(result)")
        #expect(permissions(file) == mode_t(modes.new))
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix(writer.prefix))
    }

    @Test(
        "As root, a replaced file keeps its owner and group",
        .enabled(if: geteuid() == 0, "only root may give a file to another user"))
    func owner() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("out.ics", text: "old")
        #expect(chown(file, 65534, 65534) == 0)
        let result = try BuiltProgram.run("export-dataset", ["--format", "ics", "--output", file])
        #expect(result.status == 0, "\(result)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect(attributes[.ownerAccountID] as? Int == 65534)
        #expect(attributes[.groupOwnerAccountID] as? Int == 65534)
    }

    @Test(
        "A new file honours the umask",
        arguments: [("umask 077", 0o600), ("umask 027", 0o640), ("umask 022", 0o644)]
            as [(String, Int)])
    func umask(setup: String, mode: Int) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.path("new.ics")
        let result = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", file], shellSetup: setup)
        #expect(result.status == 0, "\(result)")
        #expect(permissions(file) == mode_t(mode))
    }

    @Test(
        "A character device is written to directly, and stays a device",
        .enabled(if: DeviceNode.available, devicesNeeded), arguments: Writer.all)
    func device(writer: Writer) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let null = try DeviceNode.make(minor: DeviceNode.null, in: scratch, named: "null")
        let result = try writer.run(output: null)
        #expect(result.status == 0, "\(result)")
        #expect(fileType(null) == S_IFCHR)
        #expect(try scratch.contents() == ["null"])
    }

    @Test("A name of standard output (/proc/self/fd/1) writes to it, as - does, and says nothing")
    func standardOutputName() throws {
        let named = try BuiltProgram.run(
            "export-dataset", ["--format", "ics", "--output", "/proc/self/fd/1"])
        let dash = try BuiltProgram.run("export-dataset", ["--format", "ics", "--output", "-"])
        #expect(named.status == 0, "\(named)")
        #expect(named.stdoutData == dash.stdoutData)
    }

    @Test(
        "A device that refuses the write is an error: exit 2, one line, never \"wrote\"",
        .enabled(if: DeviceNode.available, devicesNeeded), arguments: Writer.all)
    func fullDevice(writer: Writer) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let full = try DeviceNode.make(minor: DeviceNode.full, in: scratch, named: "full")
        let result = try writer.run(output: full)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderrLines == [
                "\(writer.program): \(full): cannot write: No space left on device"
            ])
        #expect(!result.stdout.contains("wrote"))
        #expect(fileType(full) == S_IFCHR)
    }

    @Test(
        "Standard output that refuses the write is an error too: exit 2, one line",
        .enabled(if: DeviceNode.available, devicesNeeded),
        arguments: [
            ["export-dataset", "--format", "ics", "--output", "-"], ["relations-report"],
            ["relations-report", "--output", "-"], ["catalog-tour", "--json"], ["catalog-tour"],
            ["validate-dataset", "--json"],
        ])
    func fullStandardOutput(command: [String]) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let full = try DeviceNode.make(minor: DeviceNode.full, in: scratch, named: "full")
        let program = command[0]
        let result = try BuiltProgram.run(
            program, Array(command.dropFirst()), standardOutput: full)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderrLines == [
                "\(program): standard output: cannot write: No space left on device"
            ])
    }

    // ThreadSanitizer's runtime crashes (SIGBUS) under a file size limit before the program
    // writes anything; .ci/steps/70-sanitizers.sh says when it runs the tests under it.
    @Test(
        "A write that fails is an error, and leaves the old file whole and no temporary file",
        .disabled(
            if: ProcessInfo.processInfo.environment["KCA_SANITIZER"] == "thread",
            "ThreadSanitizer's runtime cannot run under a file size limit"),
        arguments: Writer.all)
    func failedWrite(writer: Writer) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("out", text: "old")
        // Files of at most 512 bytes, and a larger write fails with EFBIG (root included)
        // instead of ending the program.
        let result = try writer.run(output: file, shellSetup: "ulimit -f 1; trap '' XFSZ")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == ["\(writer.program): \(file): cannot write: File too large"])
        #expect(!result.stdout.contains("wrote"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "old")
        #expect(try scratch.contents() == ["out"])
    }

    @Test("A FIFO is written to directly, never replaced", arguments: Writer.all)
    func fifoOutput(writer: Writer) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let fifo = scratch.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let captured = scratch.path("captured")
        let peer = try FIFOPeer(fifo: fifo, source: fifo, destination: captured)
        let result = try writer.run(output: fifo)
        peer.finish()
        #expect(result.status == 0, "\(result)")
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try String(contentsOfFile: captured, encoding: .utf8).hasPrefix(writer.prefix))
    }

    @Test(
        "A folder that cannot be written in is an error naming the file, for root too",
        arguments: Writer.all, ["file/out", "missing/out"])
    func unwritableFolder(writer: Writer, name: String) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        // Permission bits do not stop root; a folder that is a regular file, or none, does.
        _ = try scratch.write("file", text: "x")
        let path = scratch.path(name)
        let result = try writer.run(output: path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.hasPrefix("\(writer.program): \(path): cannot "), "\(result)")
        #expect(try scratch.contents() == ["file"])
    }

    @Test(
        "A folder without write permission is an error naming the file",
        .enabled(if: geteuid() != 0, "root writes in any folder whatever its permission bits"),
        arguments: Writer.all)
    func readOnlyFolder(writer: Writer) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let folder = scratch.path("read-only")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(chmod(folder, 0o555) == 0)
        defer { chmod(folder, 0o755) }
        let result = try writer.run(output: folder + "/out")
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderrLines == [
                "\(writer.program): \(folder)/out: cannot create a file in \(folder): "
                    + "Permission denied"
            ])
    }

    @Test("--format csv replaces each table whole: a link is followed, a private table stays so")
    func csvTables() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let folder = scratch.path("tables")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let elsewhere = try scratch.write("editions-elsewhere.csv", text: "old")
        #expect(symlink(elsewhere, folder + "/editions.csv") == 0)
        let sources = try scratch.write("tables/sources.csv", text: "old")
        #expect(chmod(sources, 0o600) == 0)
        let result = try BuiltProgram.run(
            "export-dataset", ["--format", "csv", "--output", folder])
        #expect(result.status == 0, "\(result)")
        #expect(fileType(folder + "/editions.csv") == S_IFLNK)
        #expect(
            try String(contentsOfFile: elsewhere, encoding: .utf8).hasPrefix("forum,ordinal,"))
        #expect(permissions(sources) == 0o600)
        #expect(try String(contentsOfFile: sources, encoding: .utf8) != "old")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 22 && files.allSatisfy { $0.hasSuffix(".csv") })
    }

    /// The programs that read a dataset, with the arguments each needs, and whether its output
    /// names the input (so that it differs from the built-in catalog's).
    static let readers: [(program: String, arguments: [String], namesInput: Bool)] = [
        ("catalog-tour", [], true), ("forum-schedule", [], false),
        (
            "admission-check",
            [
                "--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "iica",
                "--on", "2025-01-10",
            ], false
        ),
        ("validate-dataset", [], true), ("relations-report", [], true),
        ("export-dataset", ["--format", "ics", "--output", "-"], false),
        ("who-held", ["--post", "kz-foreign-minister", "--on", "2025-09-26"], false),
    ]

    @Test(
        "--dataset - reads the document from standard input, in every program that reads one",
        arguments: readers)
    func standardInput(program: String, arguments: [String], namesInput: Bool) throws {
        // The catalog is larger than a pipe's buffer, so it arrives in several reads.
        let result = try BuiltProgram.run(
            program, arguments + ["--dataset", "-"], input: Example.catalogJSON)
        let catalog = try BuiltProgram.run(program, arguments)
        #expect(result.status == catalog.status, "\(result)")
        #expect(!result.stdoutData.isEmpty)
        if namesInput {
            #expect(result.stdout.contains("standard input"))
        } else {
            #expect(result.stdoutData == catalog.stdoutData)
        }
    }

    @Test("validate-dataset - validates standard input and names it; two - are refused")
    func validateStandardInput() throws {
        let data = try JSONSerialization.data(withJSONObject: emptyDataset)
        let result = try BuiltProgram.run("validate-dataset", ["-"], input: data)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("standard input: 0 errors"), "\(result)")
        let twice = try BuiltProgram.run("validate-dataset", ["--dataset", "-", "-"], input: data)
        #expect(twice.status == 2, "\(twice)")
        #expect(
            twice.stderrLines == [
                "validate-dataset: - is given more than once; standard input can be read only once"
            ])
        let broken = try BuiltProgram.run("validate-dataset", ["-"], input: Data("{".utf8))
        #expect(broken.status == 2, "\(broken)")
        #expect(broken.stderr.hasPrefix("standard input: "), "\(broken)")
    }

    @Test("Standard input over --max-bytes is refused one byte past it; one at the limit is read")
    func standardInputLimit() throws {
        let data = try JSONSerialization.data(withJSONObject: emptyDataset)
        let atLimit = try BuiltProgram.run(
            "validate-dataset", ["-", "--max-bytes", "\(data.count)"], input: data)
        #expect(atLimit.status == 0, "\(atLimit)")
        let largest = try BuiltProgram.run(
            "validate-dataset", ["-", "--max-bytes", "\(Int.max)"], input: data)
        #expect(largest.status == 0, "\(largest)")
        let over = try BuiltProgram.run(
            "validate-dataset", ["-", "--max-bytes", "\(data.count - 1)"], input: data)
        #expect(over.status == 2, "\(over)")
        #expect(
            over.stderr
                == "standard input: the document is over the limit of \(data.count - 1) bytes "
                + "(raise it with --max-bytes N)\n")
    }

    @Test("A FIFO is read as a stream, under --max-bytes too", arguments: [nil, 10] as [Int?])
    func fifoInput(limit: Int?) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("data.json", json: emptyDataset)
        let fifo = scratch.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let peer = try FIFOPeer(fifo: fifo, source: file, destination: fifo)
        let result = try BuiltProgram.run(
            "validate-dataset", [fifo] + (limit.map { ["--max-bytes", "\($0)"] } ?? []))
        peer.finish()
        if let limit {
            #expect(result.status == 2, "\(result)")
            #expect(
                result.stderr
                    == "\(fifo): the document is over the limit of \(limit) bytes "
                    + "(raise it with --max-bytes N)\n")
        } else {
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.hasPrefix("\(fifo): 0 errors"), "\(result)")
        }
    }

    @Test(
        "Every program that reads a dataset says in --help that - reads standard input",
        arguments: readers.map(\.program))
    func help(program: String) throws {
        let result = try BuiltProgram.run(program, ["--help"])
        #expect(result.status == 0, "\(result)")
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("- reads standard input"), "\(result)")
        #expect(fitsHundredColumns(result.stdout))
    }
}
