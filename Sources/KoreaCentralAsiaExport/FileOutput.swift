package import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `data` to `path` as a careful Unix tool does.
///
/// - A regular file, or a path where nothing is, is replaced whole or not at all: the bytes go
///   to a temporary file in the same folder, which is flushed to disk (`fsync`) and renamed over
///   the path, and then the folder is flushed too. The new file keeps the permission bits of the
///   file it replaces, never wider (set-id bits are dropped), and its owner and group where the
///   process may keep them; a new file honours the umask. When anything fails, the temporary
///   file is removed and the old file is left as it was.
/// - A symbolic link is followed, through a chain of links too: its target is replaced and the
///   link stays. A dangling link creates its target.
/// - A character device or a FIFO is written to directly (opened for writing, never truncated,
///   created or replaced); a write it refuses, such as `/dev/full`'s, is an error.
///   `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` are written to through the
///   process's own descriptor, whatever it is open on.
/// - A folder, a block device or a socket is refused.
///
/// - Parameters:
///   - data: The whole contents.
///   - path: Where to write; its folder must exist.
/// - Throws: ``ExportError`` naming `path` and the reason, on one line.
package func writeFile(_ data: Data, to path: String) throws(ExportError) {
    guard !path.isEmpty else { throw ExportError(path, "an empty path names no file") }
    guard !path.hasSuffix("/") else { throw ExportError(path, "names a folder, not a file") }
    if let descriptor = openDescriptor(named: path) {
        // `/dev/stdout` is the descriptor itself, whatever it is open on (`>>` appends).
        fflush(nil)
        let failure = writeAll(data, to: descriptor)
        guard failure == 0 else { throw ExportError(path, "cannot write: \(reason(failure))") }
        return
    }
    var status = stat()
    // `stat` follows every link, /proc's links to pipes included.
    if stat(path, &status) == 0 {
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFCHR, S_IFIFO:
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw ExportError(path, "cannot open for writing: \(reason(errno))")
            }
            let written = writeAll(data, to: descriptor)
            let closed = close(descriptor) == 0 ? 0 : errno
            guard written == 0, closed == 0 else {
                throw ExportError(
                    path, "cannot write: \(reason(written != 0 ? written : closed))")
            }
            return
        case S_IFDIR:
            throw ExportError(path, "is a directory, not a file")
        case S_IFBLK:
            throw ExportError(path, "is a block device; refusing to write a file over a disk")
        default:
            throw ExportError(path, "is a socket, not a file")
        }
    } else if errno != ENOENT {
        let code = errno
        throw ExportError(
            path,
            code == ENOTDIR || code == EACCES
                ? "cannot write in \(folder(of: path)): \(reason(code))"
                : "cannot write: \(reason(code))")
    }
    let target = try followingLinks(path)
    guard lstat(target, &status) == 0 else {
        try replaceFile(with: data, at: target, keeping: nil, naming: path)
        return
    }
    try replaceFile(with: data, at: target, keeping: status, naming: path)
}

/// The descriptor that `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names,
/// when it is open; `nil` for any other path.
private func openDescriptor(named path: String) -> Int32? {
    let number: Int32? =
        switch path {
        case "/dev/stdout": 1
        case "/dev/stderr": 2
        default:
            ["/dev/fd/", "/proc/self/fd/"].lazy.compactMap { prefix in
                path.hasPrefix(prefix) ? Int32(path.dropFirst(prefix.count)) : nil
            }.first
        }
    guard let number, number >= 0, fcntl(number, F_GETFD) != -1 else { return nil }
    return number
}

/// Writes all of `data` to an open file descriptor, again after an interrupted or partial write.
///
/// - Returns: `0` when every byte is written, or the `errno` of the write that failed.
package func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32 in
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, base + offset, min(buffer.count - offset, 1 << 30))
            if count > 0 {
                offset += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return count < 0 ? errno : EIO
            }
        }
        return 0
    }
}

/// The system's text for an `errno` value: `No space left on device`.
package func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

/// The path a chain of symbolic links ends at: `path` itself when it is not a link, and a path
/// where nothing is when the last link dangles.
private func followingLinks(_ path: String) throws(ExportError) -> String {
    var current = path
    // Linux's own limit on the links followed in one lookup.
    for _ in 0..<40 {
        var status = stat()
        guard lstat(current, &status) == 0 else {
            let code = errno
            guard code == ENOENT else {
                throw ExportError(
                    path, "cannot write in \(folder(of: current)): \(reason(code))")
            }
            return current
        }
        guard status.st_mode & S_IFMT == S_IFLNK else { return current }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(current, &buffer, buffer.count - 1)
        guard count > 0 else {
            throw ExportError(path, "cannot read the link \(current): \(reason(errno))")
        }
        let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // A relative link is relative to its own folder.
        let base = folder(of: current)
        current = link.hasPrefix("/") || base == "." ? link : base + "/" + link
    }
    throw ExportError(path, "too many levels of symbolic links")
}

/// Replaces the regular file at `target` (or creates it) through a temporary file renamed
/// over it.
private func replaceFile(
    with data: Data, at target: String, keeping old: stat?, naming path: String
) throws(ExportError) {
    let folder = folder(of: target)
    let name = String(target.split(separator: "/").last ?? "").prefix(100)
    let temporary =
        "\(folder)/.\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
    // A new file gets 0666 less the umask; a replacement starts private and gets its
    // predecessor's bits below.
    let descriptor = open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, old == nil ? 0o666 : 0o600)
    guard descriptor >= 0 else {
        throw ExportError(path, "cannot create a file in \(folder): \(reason(errno))")
    }
    var failure: String?
    if let old, let problem = keepOwnerAndMode(of: old, on: descriptor) {
        failure = problem
    }
    if failure == nil {
        let written = writeAll(data, to: descriptor)
        if written != 0 {
            failure = "cannot write: \(reason(written))"
        } else if fsync(descriptor) != 0 {
            failure = "cannot flush to disk: \(reason(errno))"
        }
    }
    if close(descriptor) != 0, failure == nil {
        failure = "cannot write: \(reason(errno))"
    }
    if failure == nil, rename(temporary, target) != 0 {
        failure = "cannot replace the file: \(reason(errno))"
    }
    if let failure {
        unlink(temporary)
        throw ExportError(path, failure)
    }
    // The rename is durable once the folder's entry is on disk too. Some file systems cannot
    // flush a folder (EINVAL); that is not a failure of the write.
    let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folderDescriptor >= 0 else { return }
    let synced = fsync(folderDescriptor) == 0 ? 0 : errno
    close(folderDescriptor)
    if synced != 0, synced != EINVAL {
        throw ExportError(
            path, "written, but the folder \(folder) cannot be flushed to disk: \(reason(synced))")
    }
}

/// Gives the new file the owner, group and permission bits of the one it replaces, as far as
/// the process may: the bits are never wider than the old file's, and when its group cannot be
/// kept, the group's bits are cut to what the old file allowed others.
///
/// - Returns: `nil`, or why the bits cannot be set.
private func keepOwnerAndMode(of old: stat, on descriptor: Int32) -> String? {
    var mode = old.st_mode & 0o777
    var created = stat()
    if fstat(descriptor, &created) == 0,
        created.st_uid != old.st_uid || created.st_gid != old.st_gid
    {
        let keptBoth = fchown(descriptor, old.st_uid, old.st_gid) == 0
        let keptGroup =
            keptBoth || created.st_gid == old.st_gid
            || fchown(descriptor, uid_t.max, old.st_gid) == 0
        if !keptGroup { mode = (mode & ~0o070) | (mode & 0o070 & ((mode & 0o007) << 3)) }
    }
    guard fchmod(descriptor, mode) == 0 else {
        return "cannot set the permission bits: \(reason(errno))"
    }
    return nil
}

/// The folder part of a path: `.` for a bare name, `/` for a name at the root.
private func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = path[..<slash]
    return folder.isEmpty ? "/" : String(folder)
}
