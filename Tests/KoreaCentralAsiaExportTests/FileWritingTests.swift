import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaExport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The exports' `write(to:)` replace a file as the example programs do: atomically, keeping its
/// permission bits, following a link, writing to a FIFO directly.
@Suite("The exports' write methods")
struct FileWritingTests {
    /// A fresh folder for one test.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("export-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The permission bits of a file.
    static func permissions(_ url: URL) -> mode_t {
        var status = stat()
        return stat(url.path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    @Test("write(to:) replaces a private file and keeps it private, leaving no temporary file")
    func keepsPermissions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("forums.ics")
        try Data("old".utf8).write(to: file)
        #expect(chmod(file.path, 0o600) == 0)
        let calendar = ICalendarExport(try ExportFixtures.catalog)
        try calendar.write(to: file)
        #expect(try Data(contentsOf: file) == calendar.data)
        #expect(Self.permissions(file) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["forums.ics"])
    }

    @Test("write(to:) follows a symbolic link: the target is replaced and the link stays")
    func followsLinks() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("network.graphml")
        try Data("old".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.graphml")
        #expect(symlink("network.graphml", link.path) == 0)
        let graph = GraphMLExport(try ExportFixtures.catalog)
        try graph.write(to: link)
        #expect(try Data(contentsOf: target) == graph.data)
        let kind = try FileManager.default.attributesOfItem(atPath: link.path)[.type]
        #expect(kind as? FileAttributeType == .typeSymbolicLink)
    }

    @Test("write(to:) into a missing folder or over a folder throws one line naming the file")
    func errors() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let popolo = PopoloExport(try ExportFixtures.catalog)
        let missing = folder.appendingPathComponent("missing/popolo.json")
        let error = try #require(throws: (any Error).self) { try popolo.write(to: missing) }
        #expect(
            error.localizedDescription
                == "\(missing.path): cannot create a file in \(folder.path)/missing: "
                + "No such file or directory")
        let overFolder = try #require(throws: (any Error).self) { try popolo.write(to: folder) }
        #expect(overFolder.localizedDescription == "\(folder.path): is a directory, not a file")
    }

    @Test("write(to:) replaces a linked table's target and keeps the link")
    func csvFollowsLinks() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("editions-elsewhere.csv")
        try Data("old".utf8).write(to: elsewhere)
        let tables = folder.appendingPathComponent("tables")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: false)
        #expect(symlink(elsewhere.path, tables.appendingPathComponent("editions.csv").path) == 0)
        let export = CSVExport(try ExportFixtures.catalog)
        try export.write(to: tables)
        #expect(try Data(contentsOf: elsewhere) == export.table(named: "editions")?.data)
    }
}
