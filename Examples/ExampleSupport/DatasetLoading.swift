public import Foundation
public import KoreaCentralAsia
import KoreaCentralAsiaCatalog

/// Loads the dataset a program works on: the interchange document at `path` (the value of
/// `--dataset FILE`), or the built-in catalog when `path` is `nil`.
///
/// ```swift
/// let dataset = try loadDataset(from: arguments.value("--dataset"))
/// ```
///
/// - Throws: ``UsageError`` with one line that names the file and, for a document that does
///   not decode, the JSON path and the reason: `data.json: forums[0].editions[3].host: "XX" is
///   not an assigned ISO 3166-1 alpha-2 code`.
public func loadDataset(from path: String?) throws(UsageError) -> Dataset {
    guard let path else {
        do {
            return try Catalog.dataset
        } catch {
            throw UsageError("the built-in catalog: \(error)")
        }
    }
    let data = try readFile(path)
    do {
        // `Dataset(json:)` validates every value while decoding and throws a
        // `DatasetDecodingError` whose description is "json.path: reason".
        return try Dataset(json: data)
    } catch {
        throw UsageError(
            "\(path): \(error.path.isEmpty ? "(document)" : error.path): \(error.reason)")
    }
}

/// Reads a whole file.
///
/// - Throws: ``UsageError`` naming the file and why it cannot be read: it does not exist, it
///   is a directory, or it is not readable.
public func readFile(_ path: String) throws(UsageError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw UsageError("\(path): no such file")
    }
    guard !isDirectory.boolValue else { throw UsageError("\(path): is a directory, not a file") }
    // Refuse a file too large for the decoder before reading it into memory.
    let limit = DecodingLimits.standard.maximumBytes
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
        size > limit
    {
        throw UsageError("\(path): the document is \(size) bytes; the limit is \(limit) bytes")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw UsageError("\(path): cannot be read (check its permissions)")
    }
    return data
}
