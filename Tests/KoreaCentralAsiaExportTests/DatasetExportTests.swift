import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaExport
import Testing

/// Every export has one shape: files (one, or a folder's), what it left out, a summary, and
/// `write(to:)` throwing the one error type of the module.
@Suite("Exports of one shape: files, omissions, a summary, one writer, one error")
struct DatasetExportTests {
    /// The five formats, by name, for one dataset.
    static func exports(_ dataset: Dataset) -> [(String, any DatasetExport)] {
        [
            ("csv", CSVExport(dataset)), ("datapackage", DataPackageExport(dataset)),
            ("popolo", PopoloExport(dataset, includingPlanThrough: 2030)),
            ("graphml", GraphMLExport(dataset)),
            ("ics", ICalendarExport(dataset, asOf: "2026-12-02")),
        ]
    }

    @Test(
        "Each format writes exactly its files, whole, where write(to:) is pointed",
        arguments: ["csv", "datapackage", "popolo", "graphml", "ics"])
    func writesItsFiles(format: String) throws {
        let dataset = try ExportFixtures.hostileDataset
        let export = try #require(Self.exports(dataset).first { $0.0 == format }?.1)
        let files = try export.files
        #expect(!files.isEmpty)
        #expect(!export.summary.isEmpty)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kca-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out")
        try export.write(to: target)
        switch export.layout {
        case .file:
            #expect(files.count == 1)
            #expect(try Data(contentsOf: target) == files[0].data)
        case .folder:
            let written = try FileManager.default.contentsOfDirectory(atPath: target.path)
            #expect(Set(written) == Set(files.map(\.name)))
            for file in files {
                #expect(try Data(contentsOf: target.appendingPathComponent(file.name)) == file.data)
            }
        }
    }

    @Test(
        "A write that cannot happen throws ExportError, naming the path",
        arguments: ["csv", "popolo"])
    func nameableError(format: String) throws {
        let export = try #require(
            Self.exports(try ExportFixtures.catalog).first { $0.0 == format }?.1)
        let path = "/nonexistent-kca-folder/out"
        do {
            try export.write(to: URL(fileURLWithPath: path))
            Issue.record("wrote to \(path)")
        } catch {
            #expect(error.path == path)
            #expect(!error.reason.isEmpty)
            #expect(error.description.hasPrefix(path + ": "))
        }
    }

    @Test("A folder export refuses a path that is a file, and leaves the file as it was")
    func folderOverFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kca-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tables")
        try Data("mine".utf8).write(to: file)
        #expect(throws: ExportError.self) {
            try CSVExport(try ExportFixtures.catalog).write(to: file)
        }
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
    }

    @Test(
        "What a format has no place for is counted: the calendar's undated editions, Popolo's claims"
    )
    func omissions() throws {
        let catalog = try ExportFixtures.catalog
        let calendar = ICalendarExport(catalog)
        #expect(calendar.omissions.map(\.count) == [calendar.omittedEditionCount])
        #expect(calendar.omittedEditionCount > 0)
        #expect(CSVExport(catalog).omissions.isEmpty)
        #expect(GraphMLExport(catalog).omissions.isEmpty)
        let popolo = PopoloExport(catalog)
        #expect(popolo.omissions.map(\.count).reduce(0, +) == popolo.omittedClaimCount)
        #expect(
            calendar.omissions.first?.description
                == "\(calendar.omittedEditionCount) left out: editions dated only to a month or a year, which a calendar cannot place"
        )
    }
}
