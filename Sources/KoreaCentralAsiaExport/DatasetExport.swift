public import Foundation

/// A dataset exported to another tool's format, in the one shape every format has: what it
/// produces (one file, or a folder of named files), what it had no place for, counted, and one
/// way to write it, whole or not at all.
///
/// ```swift
/// let export = GraphMLExport(dataset)
/// try export.write(to: URL(fileURLWithPath: "network.graphml"))
/// print(export.summary)  // "57 nodes, 212 edges"
/// for omission in export.omissions { print(omission) }
/// ```
///
/// ``CSVExport``, ``DataPackageExport``, ``PopoloExport``, ``GraphMLExport`` and
/// ``ICalendarExport`` conform. Building an export never throws; ``files`` throws only where a
/// format encodes JSON (Popolo, the data package's descriptor), with ``ExportError``, the error
/// every writer throws too.
public protocol DatasetExport: Sendable {
    /// Whether the export is one file or a folder of files.
    var layout: ExportLayout { get }
    /// The files, in the order they are written: the one file of a single-file format, named as
    /// the format's files usually are (`popolo.json`); each table, then the descriptor, of a
    /// folder.
    ///
    /// - Throws: ``ExportError`` if a JSON document cannot be encoded, which a dataset built
    ///   through the library never causes.
    var files: [ExportFile] { get throws(ExportError) }
    /// What the format has no place for, each with its count; empty when nothing is left out.
    var omissions: [ExportOmission] { get }
    /// What was exported, in a few words: "57 nodes, 212 edges".
    var summary: String { get }
}

/// How an export lies on disk.
public enum ExportLayout: Sendable, Hashable {
    /// One file.
    case file
    /// A folder of files.
    case folder
}

/// One file of an export: its name in a folder (or its usual name) and its bytes.
public struct ExportFile: Sendable, Hashable {
    /// The file's name, for example `editions.csv`.
    public let name: String
    /// The whole contents.
    public let data: Data

    /// Creates a file.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Facts an export leaves out because its format has no place for them, counted, so that
/// nothing is dropped silently.
public struct ExportOmission: Sendable, Hashable, CustomStringConvertible {
    /// How many were left out.
    public let count: Int
    /// What they are and why they are left out, for a count of more than one: "editions dated
    /// only to a month or a year, which a calendar cannot place".
    public let what: String

    /// Creates an omission.
    public init(count: Int, what: String) {
        self.count = count
        self.what = what
    }

    /// "3 left out: editions dated only to a month or a year, which a calendar cannot place".
    public var description: String { "\(count) left out: \(what)" }
}

/// A file or folder an export could not be written to, or a document it could not encode: the
/// path as given and the reason, as one line.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The path as the caller gave it (empty for an encoding failure).
    public let path: String
    /// Why, as a phrase: `cannot write: No space left on device`.
    public let reason: String

    /// Creates an error for a path.
    public init(_ path: String, _ reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: reason`.
    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }

    /// `PATH: reason`, for `localizedDescription`.
    public var errorDescription: String? { description }
}

extension DatasetExport {
    /// Writes the export: a single file to `url`; a folder's files into the folder at `url`,
    /// created if it does not exist (its parent must), in the order of ``files``.
    ///
    /// Each file is written whole or not at all: to a temporary file in its folder, flushed to
    /// disk and renamed over the old one, keeping the old file's permission bits (never
    /// wider); a symbolic link is followed, and a character device or a FIFO is written to
    /// directly, never replaced. Files of the folder that are not the export's are left alone.
    ///
    /// - Throws: ``ExportError`` naming the file or folder and the reason, on one line: a
    ///   folder that cannot be created, a path that is not a folder, a write the device refuses
    ///   (`/dev/full`), or a document that cannot be encoded.
    public func write(to url: URL) throws(ExportError) {
        let files = try self.files
        switch layout {
        case .file:
            guard files.count == 1, let file = files.first else {
                throw ExportError(
                    url.path, "a single-file export has \(files.count) files; nothing written")
            }
            try writeFile(file.data, to: url.path)
        case .folder:
            try createFolder(url.path)
            for file in files {
                try writeFile(file.data, to: url.appendingPathComponent(file.name).path)
            }
        }
    }
}

/// Creates a folder for an export if it does not exist; its parent must.
func createFolder(_ path: String) throws(ExportError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
            throw ExportError(path, "is not a folder; this export writes a folder of files")
        }
        return
    }
    do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    } catch {
        throw ExportError(path, "cannot create the folder (does its parent exist, is it writable?)")
    }
}

/// `value` as pretty-printed JSON with sorted keys and a final newline.
///
/// - Throws: ``ExportError`` when `JSONEncoder` refuses a value (a number that is not finite),
///   which the exports' documents of strings and integers never hold.
func encodedJSON(_ value: some Encodable, snakeCase: Bool = false) throws(ExportError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
    do {
        return try encoder.encode(value) + Data("\n".utf8)
    } catch {
        throw ExportError("", "the document cannot be encoded as JSON: \(error)")
    }
}
