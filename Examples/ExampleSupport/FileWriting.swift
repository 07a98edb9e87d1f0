public import Foundation
import KoreaCentralAsiaExport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a program's output file, as a careful Unix tool does; `-` is standard output.
///
/// - A regular file, or a path where nothing is, is replaced whole or not at all: the bytes go
///   to a temporary file in the same folder, which is flushed to disk and renamed over `path`,
///   and then the folder is flushed too. A reader sees the old file or the new one, never half
///   of either, even after a crash. The new file keeps the permission bits of the one it
///   replaces (never wider); a new file honours the umask. When anything fails, the temporary
///   file is removed and the old file is left untouched.
/// - A symbolic link is followed: its target is replaced, and the link stays.
/// - `-`, a character device (`/dev/null`, a terminal) or a FIFO is written to directly, never
///   replaced; a write it refuses (`/dev/full`) is an error.
///
/// - Parameters:
///   - data: The whole contents.
///   - path: Where to write, or `-` for standard output; a file's folder must exist.
/// - Throws: ``UsageError`` with one line naming the file and the reason: its folder does not
///   exist or cannot be written, it is a directory, or a write, the flush or the rename failed.
public func writeWholeOrNothing(_ data: Data, to path: String) throws(UsageError) {
    guard path != "-" else {
        try writeStandardOutput(data)
        return
    }
    do {
        try writeFile(data, to: path)
    } catch {
        throw UsageError(error.description)
    }
}

/// Writes bytes to standard output after what `print` has buffered.
///
/// - Throws: ``UsageError`` when a write fails: `standard output: cannot write: No space left
///   on device`.
func writeStandardOutput(_ data: Data) throws(UsageError) {
    guard fflush(nil) == 0 else {  // every C stream, standard output included
        throw UsageError("standard output: cannot write: \(reason(errno))")
    }
    let failure = writeAll(data, to: STDOUT_FILENO)
    guard failure == 0 else {
        throw UsageError("standard output: cannot write: \(reason(failure))")
    }
}

/// Whether `path` is standard output: `-`, or a name of the file standard output is open on
/// (`/dev/stdout`), where a program's "wrote" line would mix with what it wrote.
public func isStandardOutput(_ path: String) -> Bool {
    guard path != "-" else { return true }
    var named = stat()
    var output = stat()
    return stat(path, &named) == 0 && fstat(STDOUT_FILENO, &output) == 0
        && named.st_dev == output.st_dev && named.st_ino == output.st_ino
}
