public import Foundation
public import KoreaCentralAsia
import KoreaCentralAsiaCatalog

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Option {
    /// `--dataset FILE`, for every program that reads a dataset: an interchange document in
    /// place of the built-in catalog; `-` reads standard input.
    public static let dataset = Option.value(
        "--dataset", "FILE",
        help:
            "read this interchange document instead of the built-in catalog; - reads standard input"
    )

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
/// `--dataset FILE`; `-` reads standard input), or the built-in catalog when `path` is `nil`.
///
/// ```swift
/// let dataset = try loadDataset(
///     from: arguments.value("--dataset"), limits: arguments.decodingLimits())
/// ```
///
/// - Parameters:
///   - path: The file, `-` for standard input, or `nil` for the built-in catalog.
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
            "\(inputName(path)): \(error.path.isEmpty ? "(document)" : error.path): "
                + "\(error.reason)\(hint)")
    }
}

/// How messages name an input: `standard input` for `-`, the path for a file.
public func inputName(_ path: String) -> String { path == "-" ? "standard input" : path }

/// Reads a whole file, or standard input for `-`.
///
/// A regular file larger than `maximumBytes` is refused before it is read. Standard input, a
/// FIFO or another file that is not a regular one (a character device) is read as a stream up
/// to its end; reading stops one byte past `maximumBytes`, and the input is refused.
///
/// - Parameters:
///   - path: The file, or `-` for standard input.
///   - maximumBytes: The largest input to read.
/// - Returns: The bytes.
/// - Throws: ``UsageError`` naming the file and why it cannot be read: it does not exist, it
///   is a directory, it is larger than `maximumBytes` (with the option that raises the limit),
///   it is not readable, or a read failed.
public func readFile(
    _ path: String, maximumBytes: Int = DecodingLimits.standard.maximumBytes
) throws(UsageError) -> Data {
    let name = inputName(path)
    var descriptor = STDIN_FILENO
    var data = Data()
    if path != "-" {
        var status = stat()
        guard stat(path, &status) == 0 else { throw unreadable(path, errno) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw UsageError("\(path): is a directory, not a file")
        case S_IFREG where status.st_size > maximumBytes:
            // Refuse a file too large for the decoder before reading it into memory.
            throw UsageError(
                "\(path): the document is \(status.st_size) bytes; the limit is \(maximumBytes) "
                    + "bytes (raise it with --max-bytes \(status.st_size))")
        case S_IFREG:
            data.reserveCapacity(Int(status.st_size))
        default:
            break
        }
        // A FIFO opens when a writer does, as `cat` waits for one.
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    // One byte past the limit tells a document over it from one that fills it exactly.
    while data.count <= maximumBytes {
        let wanted = min(chunk.count - 1, maximumBytes - data.count) + 1
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
        if count == 0 { return data }
        guard count > 0 else {
            let code = errno
            if code == EINTR { continue }
            throw UsageError("\(name): cannot be read: \(String(cString: strerror(code)))")
        }
        data.append(contentsOf: chunk[..<count])
    }
    throw UsageError(
        "\(name): the document is over the limit of \(maximumBytes) bytes "
            + "(raise it with --max-bytes N)")
}

/// The error for a file that `stat` or `open` refuses.
private func unreadable(_ path: String, _ code: Int32) -> UsageError {
    switch code {
    case ENOENT, ENOTDIR: UsageError("\(path): no such file")
    case EACCES: UsageError("\(path): cannot be read (check its permissions)")
    default: UsageError("\(path): cannot be read: \(String(cString: strerror(code)))")
    }
}
