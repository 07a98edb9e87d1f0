public import Foundation
public import KoreaCentralAsia
import KoreaCentralAsiaCatalog

extension Option {
    /// `--max-bytes N` and `--max-depth N`, for every program that reads a dataset: the limits
    /// of ``DecodingLimits``, raised (or lowered) for a file the user knows.
    public static let datasetLimits: [Option] = [
        .value(
            "--max-bytes", "N",
            help:
                "read a document of up to N bytes (default \(DecodingLimits.standard.maximumBytes))"
        ),
        .value(
            "--max-depth", "N",
            help:
                "read a document nested up to N levels (default \(DecodingLimits.standard.maximumDepth))"
        ),
    ]
}

extension Arguments {
    /// The decoding limits the command line asks for with `--max-bytes` and `--max-depth`;
    /// ``DecodingLimits/standard`` for what it does not give.
    ///
    /// - Throws: ``UsageError`` when a value is not a positive whole number.
    public func decodingLimits() throws(UsageError) -> DecodingLimits {
        func positive(_ text: String) -> Int? { Int(text).flatMap { $0 > 0 ? $0 : nil } }
        let standard = DecodingLimits.standard
        return DecodingLimits(
            maximumBytes: try value("--max-bytes", as: "a positive number of bytes", positive)
                ?? standard.maximumBytes,
            maximumDepth: try value("--max-depth", as: "a positive number of levels", positive)
                ?? standard.maximumDepth)
    }
}

/// Loads the dataset a program works on: the interchange document at `path` (the value of
/// `--dataset FILE`), or the built-in catalog when `path` is `nil`.
///
/// ```swift
/// let dataset = try loadDataset(
///     from: arguments.value("--dataset"), limits: arguments.decodingLimits())
/// ```
///
/// - Parameters:
///   - path: The file, or `nil` for the built-in catalog.
///   - limits: The largest and deepest document to read (`--max-bytes`, `--max-depth`).
/// - Returns: The decoded dataset.
/// - Throws: ``UsageError`` with one line that names the file and, for a document that does
///   not decode, the JSON path and the reason: `data.json: forums[0].editions[3].host: "XX" is
///   not an assigned ISO 3166-1 alpha-2 code`. A document over a limit is told which option
///   raises it.
public func loadDataset(from path: String?, limits: DecodingLimits = .standard) throws(UsageError)
    -> Dataset
{
    guard let path else {
        do {
            return try Catalog.dataset
        } catch {
            throw UsageError("the built-in catalog: \(error)")
        }
    }
    let data = try readFile(path, maximumBytes: limits.maximumBytes)
    do {
        // `Dataset(json:limits:)` validates every value while decoding and throws a
        // `DatasetDecodingError` whose description is "json.path: reason".
        return try Dataset(json: data, limits: limits)
    } catch {
        let hint =
            switch error.kind {
            case .tooLarge: " (raise the limit with --max-bytes N)"
            case .tooDeep: " (raise the limit with --max-depth N)"
            default: ""
            }
        throw UsageError(
            "\(path): \(error.path.isEmpty ? "(document)" : error.path): \(error.reason)\(hint)")
    }
}

/// Reads a whole file.
///
/// - Parameters:
///   - path: The file.
///   - maximumBytes: The largest file to read; a larger one is refused before it is read.
/// - Returns: The file's bytes.
/// - Throws: ``UsageError`` naming the file and why it cannot be read: it does not exist, it
///   is a directory, it is larger than `maximumBytes` (with the option that raises the limit),
///   or it is not readable.
public func readFile(
    _ path: String, maximumBytes: Int = DecodingLimits.standard.maximumBytes
) throws(UsageError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw UsageError("\(path): no such file")
    }
    guard !isDirectory.boolValue else { throw UsageError("\(path): is a directory, not a file") }
    // Refuse a file too large for the decoder before reading it into memory.
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
        size > maximumBytes
    {
        throw UsageError(
            "\(path): the document is \(size) bytes; the limit is \(maximumBytes) bytes "
                + "(raise it with --max-bytes \(size))")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw UsageError("\(path): cannot be read (check its permissions)")
    }
    return data
}
