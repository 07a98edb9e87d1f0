// validate-dataset: decode interchange documents and run every rule of the library on them.
//
//     swift run validate-dataset                 # the built-in catalog
//     swift run validate-dataset mine.json --json
//     swift run validate-dataset --as-of today    # judge the record as of today (UTC)
import ExampleSupport
import KoreaCentralAsia

let command = Command(
    name: "validate-dataset",
    summary: "Decodes datasets and runs every rule: violations first, then the acknowledged ones.",
    options: [
        .value(
            "--dataset", "FILE",
            help:
                "validate FILE, as if given as an argument (like the other examples); - reads standard input"
        ),
        .value(
            "--as-of", "DATE",
            help:
                "judge the record as of DATE (2026-11-26, 2026-11, 2026) or today (UTC), instead of the document's own asOf"
        ),
        .flag("--json", help: "print the reports as JSON (see below)"),
    ] + Option.datasetLimits,
    positionals: "[FILE…]",
    details: [
        """
        FILE…: interchange documents to validate; with none, the built-in catalog. - reads \
        standard input (once); a FIFO is read as a stream, under --max-bytes too.
        """,
        """
        JSON, for the built-in catalog or one file: {"violations": [{"code", "severity", "message", \
        "subject"}], "acknowledged": [{"code", "severity", "message", "subject", "note"}]}. For \
        several files: an array with one such object per file that decodes, in the order given, \
        each with a "file" key.
        """,
        """
        Exit status: 0 no error (warnings allowed), 1 an error that is not acknowledged, 2 bad \
        usage or a file that cannot be read or decoded (reported as "FILE: json.path: reason" on \
        standard error; the other files are still validated).
        """,
    ])

/// One file's report in the JSON of several files.
struct FileReport: Encodable {
    var file: String
    var report: ValidationReport

    enum CodingKeys: String, CodingKey { case file }

    func encode(to encoder: any Encoder) throws {
        // The report's own keys ("violations", "acknowledged") sit beside "file".
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
    }
}

command.run { arguments in
    let given = [arguments.value("--dataset")].compactMap { $0 } + arguments.positionals
    let files: [String?] = given.isEmpty ? [nil] : given
    guard given.filter({ $0 == "-" }).count < 2 else {
        throw UsageError("- is given more than once; standard input can be read only once")
    }
    // The time rules judge a record as of a date: the document's own `asOf`, or this one.
    let asOf = try arguments.recordDate()
    var reports: [FileReport] = []
    var unreadable = false
    let limits = try arguments.decodingLimits()
    for file in files {
        do throws(UsageError) {
            // Decoding refuses what is malformed in itself; what breaks a rule between values
            // decodes, and `validate()` reports all of it at once.
            let dataset = try loadDataset(from: file, limits: limits)
            let report = asOf.map { dataset.validate(asOf: $0) } ?? dataset.validate()
            reports.append(FileReport(file: file ?? "the built-in catalog", report: report))
        } catch {
            printError(error.message)
            unreadable = true
        }
    }

    if arguments.flag("--json") {
        if files.count == 1 {
            if let only = reports.first { writeToStandardOutput(try prettyJSON(only.report)) }
        } else {
            writeToStandardOutput(try prettyJSON(reports))
        }
    } else {
        for (index, entry) in reports.enumerated() {
            if index > 0 { print() }
            printReport(entry.report, of: inputName(entry.file))
        }
    }
    if unreadable { return .usageError }
    return reports.contains { $0.report.hasErrors } ? .refused : .success
}

/// The report for people: a summary line, the violations, then the acknowledged ones with notes.
func printReport(_ report: ValidationReport, of file: String) {
    let errors = report.errors.count
    let warnings = report.warnings.count
    print(
        wrap(
            "\(file): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "
                + "\(report.acknowledged.count) acknowledged"))
    if !report.violations.isEmpty {
        print("\nViolations:")
        for violation in report.violations {
            printViolation(violation)
        }
    }
    if !report.acknowledged.isEmpty {
        // An acknowledged violation is a known deviation the record keeps on purpose; it counts
        // neither as an error nor as a warning.
        print("\nAcknowledged:")
        for acknowledged in report.acknowledged {
            printViolation(acknowledged.violation)
            print(
                wrap("note: " + acknowledged.note, indent: "      ", hangingIndent: "            "))
        }
    }
}

func printViolation(_ violation: Violation) {
    // Severities padded to one width, so that codes line up from one violation to the next.
    let severity = violation.severity == .error ? "error  " : "warning"
    let row = formatTable([["  " + severity, violation.code.rawValue, violation.subject.path]])
    if row.split(separator: "\n").allSatisfy({ $0.count <= 100 }) {
        print(row, terminator: "")
    } else {
        // A long subject (a membership event's) goes on a line of its own.
        print(formatTable([["  " + severity, violation.code.rawValue]]), terminator: "")
        print("      " + terminalSafe(violation.subject.path))
    }
    print(wrap(violation.message, indent: "      "))
}
