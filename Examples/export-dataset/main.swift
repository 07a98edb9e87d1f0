// export-dataset: write a dataset in the formats other tools read: CSV tables for pandas, R and
// spreadsheets, a data package of them for data portals, Popolo JSON for civic-data tools,
// GraphML for network tools, iCalendar for calendars.
//
//     swift run export-dataset --format csv --output tables
//     swift run export-dataset --format datapackage --output release
//     swift run export-dataset --format ics --output - > forums.ics
import ExampleSupport
import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaExport

let command = Command(
    name: "export-dataset",
    summary:
        "Writes a dataset as CSV tables, a data package, Popolo JSON, GraphML or iCalendar.",
    options: [
        .value(
            "--format", "csv|datapackage|popolo|graphml|ics", required: true,
            help: "the format to write"),
        .value(
            "--output", "PATH", required: true,
            help:
                "a folder for csv and datapackage (created if missing); a file, or - for standard output, for the others"
        ),
        .dataset, .comparators,
        .value(
            "--as-of", "DATE",
            help:
                "the record as of DATE (2026-11-26, 2026-11, 2026) or today (UTC), instead of the document's own asOf: for the rules and the calendar's DTSTAMP"
        ),
        .value(
            "--plan-through", "YEAR",
            help:
                "popolo only: add the editions each forum's rotation proposes through YEAR, as proposed events"
        ),
        .flag("--force", help: "write even when the dataset has errors"),
    ] + Option.datasetLimits,
    details: [
        """
        csv writes one NAME.csv per table into the folder (RFC 4180, UTF-8, CRLF); other files \
        of the folder are left alone. datapackage writes the same tables and a datapackage.json \
        (a Frictionless Data Package: each table's column types, primary key and foreign keys), \
        which portals and `frictionless validate` read. popolo writes organizations, memberships, \
        events and areas, with the claims of institutions, forums and editions as sources (the \
        other claims are counted on standard error); graphml the network of countries, \
        institutions and forums; ics one all-day event \
        per edition dated to the day (the editions dated only to a month or a year are left out \
        and counted on standard error).
        """,
        """
        Every file is written whole or not at all: to a temporary file in its folder, flushed to \
        disk and renamed over the old one, whose permission bits it keeps (never wider). A \
        symbolic link is followed (its target is replaced); -, a character device or a FIFO is \
        written to directly, never replaced. A write that fails is an error (exit 2), never \
        "wrote". For csv each table is written so on its own: a failure part way leaves the \
        tables before it new and the rest as they were.
        """,
        """
        Exit status: 0 success, 1 the dataset has errors (run validate-dataset to see them; \
        --force writes it anyway), 2 bad usage, an unreadable dataset or an unwritable output.
        """,
    ])

/// The formats, as `--format` names them.
enum Format: String, CaseIterable {
    case csv, datapackage, popolo, graphml, ics
}

command.run { arguments in
    let format = try arguments.value("--format", as: "csv, datapackage, popolo, graphml or ics") {
        Format(rawValue: $0)
    }
    let asOf = try arguments.recordDate()
    let planThrough = try arguments.value("--plan-through", as: "a year from 1 to 9999") {
        Int($0).flatMap { (1...9999).contains($0) ? $0 : nil }
    }
    guard let format, let output = arguments.value("--output") else {
        throw UsageError("--format and --output are required (see export-dataset --help)")
    }
    if planThrough != nil, format != .popolo {
        throw UsageError(
            "--plan-through applies to --format popolo only (the plan proposes years, and the other formats record what the dataset holds)"
        )
    }
    if format == .csv || format == .datapackage, output == "-" {
        throw UsageError(
            "--format \(format) writes a folder of tables; give --output FOLDER, not -")
    }
    let dataset = try loadDataset(
        from: arguments.value("--dataset"), limits: try arguments.decodingLimits(),
        comparators: arguments.flag("--comparators"))

    // An export is for other tools, which do not check the forums' rules: refuse to hand them
    // a record with errors unless asked to.
    // The time rules judge the record as of `--as-of`, or the document's own `asOf`.
    let report = asOf.map { dataset.validate(asOf: $0) } ?? dataset.validate()
    if report.hasErrors, !arguments.flag("--force") {
        let errors = report.errors.count
        printError(
            "export-dataset: the dataset has \(errors) error\(errors == 1 ? "" : "s"); nothing written (validate-dataset lists them; --force writes anyway)"
        )
        return .refused
    }

    switch format {
    case .csv:
        try writeTables(CSVExport(dataset), to: output)
    case .datapackage:
        // The same tables, and the descriptor that types them, written last.
        let package = DataPackageExport(dataset)
        try writeTables(package.csv, to: output)
        try emit(
            package.descriptor,
            to: URL(fileURLWithPath: output).appendingPathComponent(
                DataPackageExport.descriptorFileName
            ).path, "\(package.csv.tables.count) table schemas")
    case .popolo:
        let export = try PopoloExport(dataset, includingPlanThrough: planThrough)
        try emit(export.data, to: output, "\(export.eventCount) events")
        if export.omittedClaimCount > 0 {
            let count = export.omittedClaimCount
            printError(
                "export-dataset: \(count) claim\(count == 1 ? " has" : "s have") no place in Popolo (on a membership event, a partnership stage, an agreement or a meeting, or without a source with an address) and \(count == 1 ? "is" : "are") left out"
            )
        }
    case .graphml:
        let export = GraphMLExport(dataset)
        try emit(export.data, to: output, "\(export.nodeCount) nodes, \(export.edgeCount) edges")
    case .ics:
        let export = ICalendarExport(dataset, asOf: asOf)
        try emit(export.data, to: output, "\(export.eventCount) events")
        if export.omittedEditionCount > 0 {
            let count = export.omittedEditionCount
            printError(
                "export-dataset: \(count) edition\(count == 1 ? " is" : "s are") dated only to a month or a year and left out of the calendar"
            )
        }
    }
    return .success
}

/// Writes one file's bytes to `path`, or to standard output for `-`; says what was written
/// when that is not standard output.
func emit(_ data: Data, to path: String, _ summary: String) throws(UsageError) {
    try writeWholeOrNothing(data, to: path)
    if !isStandardOutput(path) { print("wrote \(path): \(summary), \(data.count) bytes") }
}

/// Writes each table into the folder as NAME.csv; says what was written.
func writeTables(_ export: CSVExport, to output: String) throws(UsageError) {
    try createFolder(output)
    for table in export.tables {
        try writeWholeOrNothing(
            table.data,
            to: URL(fileURLWithPath: output).appendingPathComponent(table.fileName).path)
    }
    let rows = export.tables.reduce(0) { $0 + $1.rowCount }
    print("wrote \(export.tables.count) tables, \(rows) rows, to \(output)")
}

/// Creates the output folder if it does not exist; its parent must.
func createFolder(_ path: String) throws(UsageError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
            throw UsageError(
                "\(path): is not a folder; --format csv and datapackage write a folder of tables")
        }
        return
    }
    do {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: false)
    } catch {
        throw UsageError(
            "\(path): cannot create the folder (does its parent exist, is it writable?)")
    }
}
