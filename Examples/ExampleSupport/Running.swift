public import Foundation
public import KoreaCentralAsia

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Command {
    /// Runs the program: reads the command line, prints help for `--help`, runs `body`, and
    /// exits with the status it returns.
    ///
    /// A ``UsageError`` thrown by the parser or by `body` prints `NAME: message` as one line on
    /// standard error and exits with ``ExitStatus/usageError``; so does any other error.
    ///
    /// - Parameter body: The program, given the parsed command line.
    public func run(_ body: (Arguments) throws -> ExitStatus) -> Never {
        do {
            let arguments = try parse(Array(CommandLine.arguments.dropFirst()))
            if arguments.wantsHelp {
                print(help, terminator: "")
                exit(with: .success)
            }
            exit(with: try body(arguments))
        } catch let error as UsageError {
            printError("\(name): \(error.message)")
        } catch {
            printError("\(name): \(error)")
        }
        exit(with: .usageError)
    }
}

/// Ends the program with a status, after flushing standard output; when that fails (a full
/// disk, `/dev/full`), prints one line on standard error and exits with
/// ``ExitStatus/usageError`` instead.
public func exit(with status: ExitStatus) -> Never {
    guard fflush(nil) == 0 else {  // every C stream, standard output included
        failWriting(
            UsageError("standard output: cannot write: \(String(cString: strerror(errno)))"))
    }
    exit(status.rawValue)
}

/// Prints `NAME: message` on standard error and exits with ``ExitStatus/usageError``, for a
/// write to standard output that failed outside ``Command/run(_:)``'s error handling.
func failWriting(_ error: UsageError) -> Never {
    let name = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent }
    printError("\(name ?? "error"): \(error.message)")
    exit(ExitStatus.usageError.rawValue)
}

/// Prints a line on standard error, made `terminalSafe` (the library's escaping of control and
/// bidirectional characters).
public func printError(_ line: String) {
    FileHandle.standardError.write(Data((terminalSafe(line) + "\n").utf8))
}

/// Writes bytes to standard output as they are, for JSON or HTML output; a write that fails
/// (a full disk, `/dev/full`) prints one line on standard error and exits with
/// ``ExitStatus/usageError``.
public func writeToStandardOutput(_ data: Data) {
    do {
        try writeStandardOutput(data)
    } catch {
        failWriting(error)
    }
}

/// Encodes a value as JSON for people and programs alike: sorted keys, indented, slashes
/// unescaped, with a final newline.
///
/// - Throws: An `EncodingError` when the value cannot be represented in JSON.
public func prettyJSON(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(value) + Data("\n".utf8)
}

/// Today's date in UTC, at day precision, for options whose default is "today": the one place
/// where a program reads the clock.
///
/// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention), when set to a
/// whole number, stands for the clock, so that a program's output can be reproduced and tested
/// on any day.
///
/// - Throws: ``UsageError`` if `SOURCE_DATE_EPOCH` is not a whole number, or the date falls
///   outside the years 1 to 9999.
public func today(
    environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
) throws(UsageError) -> PartialDate {
    var instant = now
    if let epoch = environment["SOURCE_DATE_EPOCH"] {
        guard let seconds = Int64(epoch) else {
            throw UsageError(
                "SOURCE_DATE_EPOCH must be a whole number of seconds, not \(quoted(epoch))")
        }
        instant = Date(timeIntervalSince1970: TimeInterval(seconds))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.era, .year, .month, .day], from: instant)
    guard parts.era == 1, let year = parts.year,
        let date = try? PartialDate(year: year, month: parts.month, day: parts.day)
    else {
        throw UsageError("today's date is outside the years 1 to 9999")
    }
    return date
}
