public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all.
///
/// The bytes go to a temporary file in the same directory, which is then renamed over `path`
/// in one step. A reader sees the old file or the new one, never half of either; when anything
/// fails, the temporary file is removed and an existing file at `path` is left untouched.
///
/// - Parameters:
///   - data: The whole contents.
///   - path: Where to write; its directory must exist.
/// - Throws: ``UsageError`` naming the file when the directory does not exist or is not
///   writable, or the path is a directory.
public func writeWholeOrNothing(_ data: Data, to path: String) throws(UsageError) {
    let target = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
    {
        throw UsageError("\(path): is a directory, not a file")
    }
    let directory = target.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
        ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp"
    )
    do {
        try data.write(to: temporary, options: .withoutOverwriting)
    } catch {
        throw UsageError(
            "\(path): cannot write in \(directory.path) (does the directory exist, is it writable?)"
        )
    }
    // rename(2) replaces the target atomically within one file system.
    guard rename(temporary.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw UsageError("\(path): cannot replace the file: \(reason)")
    }
}
