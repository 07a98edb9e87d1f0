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
        "Writes a dataset as CSV tables, a data package, Popolo, GraphML, iCalendar or CSL-JSON.",
    options: [
        .value(
            "--format", "csv|datapackage|popolo|graphml|ics|csl", required: true,
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
        and counted on standard error); csl the sources as CSL-JSON, the bibliography that \
        Zotero and `pandoc --citeproc` read (address, published and retrieved dates, language, \
        quotations in the note).
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
    case csv, datapackage, popolo, graphml, ics, csl
}

command.run { arguments in
    let format = try arguments.value(
        "--format", as: "csv, datapackage, popolo, graphml, ics or csl"
    ) {
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

    // Every format has one shape: the export's files, what it left out, a summary.
    let export: any DatasetExport =
        switch format {
        case .csv: CSVExport(dataset)
        case .datapackage: DataPackageExport(dataset)
        case .popolo: PopoloExport(dataset, includingPlanThrough: planThrough)
        case .graphml: GraphMLExport(dataset)
        case .ics: ICalendarExport(dataset, asOf: asOf)
        case .csl: CSLExport(dataset)
        }
    try write(export, to: output)
    for omission in export.omissions {
        printError("export-dataset: \(omission)")
    }
    return .success
}

/// Writes an export to `output`, and says what was written unless that is standard output.
///
/// A folder's files go into that folder, created if needed; a single file to that path, or to
/// standard output for `-`.
func write(_ export: any DatasetExport, to output: String) throws(UsageError) {
    if output == "-" {
        // Standard output, which the library's writer leaves to programs: a single file only.
        let files: [ExportFile]
        do { files = try export.files } catch { throw UsageError(error.description) }
        guard export.layout == .file, files.count == 1, let file = files.first else {
            throw UsageError("-: this format writes a folder of files, not standard output")
        }
        try writeWholeOrNothing(file.data, to: output)
    } else {
        do {
            try export.write(to: URL(fileURLWithPath: output))
        } catch {
            throw UsageError(error.description)
        }
    }
    if !isStandardOutput(output) { print("wrote \(output): \(export.summary)") }
}
