import Foundation
import KoreaCentralAsia

/// A generated dataset as a schema-version-2 document, for programs that read version 2 only.
///
/// The Python peers of the comparison in `Benchmarks/README.md` read version 2 only. The
/// document leaves out what version 3 added (persons and posts, the people of delegations,
/// editions, agreements and institutions, and a source's retrieved date, language, quotations,
/// archive and descriptive-title flag) and says `schemaVersion` 2. Version 3 only added keys,
/// so the rest is written as version 2 wrote it.
enum VersionTwo {
    /// The dataset without what version 3 added.
    static func dataset(_ dataset: Dataset) throws -> Dataset {
        var older = dataset
        older.persons = []
        older.posts = []
        for index in older.sources.indices {
            older.sources[index].retrieved = nil
            older.sources[index].language = nil
            older.sources[index].quotes = []
            older.sources[index].archive = nil
            older.sources[index].titleIsDescriptive = false
        }
        for index in older.institutions.indices { older.institutions[index].headPost = nil }
        for index in older.agreements.indices { older.agreements[index].signers = [] }
        for forum in older.forums.indices {
            for edition in older.forums[forum].editions.indices {
                older.forums[forum].editions[edition].chairPersons = []
                let delegations = older.forums[forum].editions[edition].delegations.map {
                    var delegation = $0
                    delegation.person = nil
                    delegation.post = nil
                    return delegation
                }
                try older.forums[forum].editions[edition].replaceDelegations(with: delegations)
            }
        }
        return older
    }

    /// The document of a dataset without version 3's additions, labelled version 2.
    ///
    /// `schemaVersion` is a key of the top-level object only, and keys are sorted, so its one
    /// occurrence, before `sources`, is the version; a string cannot hold its unescaped quotes.
    static func document(_ data: Data) throws -> Data {
        for spacing in [":", " : "] {
            let version = Data("\"schemaVersion\"\(spacing)\(Dataset.schemaVersion),".utf8)
            guard let range = data.range(of: version) else { continue }
            guard data.range(of: version, in: range.upperBound..<data.endIndex) == nil else {
                break
            }
            var older = data
            older.replaceSubrange(range, with: Data("\"schemaVersion\"\(spacing)2,".utf8))
            return older
        }
        throw VersionTwoError()
    }
}

/// The document does not hold its schema version once, where the writer puts it.
struct VersionTwoError: Error, CustomStringConvertible {
    var description: String { "the document's schemaVersion was not found once" }
}
