import Foundation
import KoreaCentralAsia
import Testing

@testable import KoreaCentralAsiaExport

/// A dataset with a claim on an institution, a forum, two on an edition, and one on a meeting,
/// which Popolo has no room for.
enum ClaimExportFixtures {
    static var dataset: Dataset {
        get throws {
            let sources = [
                Source(
                    id: "kf-2018", title: "The Secretariat", publisher: "Korea Foundation",
                    published: "2018-08", url: try WebAddress("https://kf.example.org/secretariat")),
                Source(
                    id: "asiae-2014-04-15", title: "Forum in Jeju", publisher: "Asia Economy",
                    published: "2014-04-15", url: try WebAddress("https://asiae.example.org/jeju")),
                Source(id: "offline", title: "A printed bulletin", publisher: "Bulletin"),
            ]
            let secretariat = Institution(
                id: "secretariat", name: "Secretariat", kind: .secretariat, country: .korea,
                established: "2017-07-10", sources: ["kf-2018"],
                claims: [
                    try Claim(
                        \Institution.established, "2018-07" as PartialDate, sources: ["kf-2018"],
                        note: "July 2018, says the foundation")
                ])
            let eighth = try Edition(
                ordinal: 8, date: "2014-04-23", host: .korea, city: "Seoul",
                sources: ["kf-2018"],
                claims: [
                    try Claim(\Edition.city, "Jeju", sources: ["asiae-2014-04-15"]),
                    try Claim(\Edition.level, .ministerial, sources: ["offline"]),
                ])
            let forum = Forum(
                id: "cooperation-forum", name: "Cooperation Forum", kind: .ministerial,
                established: "2007-11", editions: [eighth], sources: ["kf-2018"],
                claims: [try Claim(\Forum.established, "2007" as PartialDate, sources: ["kf-2018"])]
            )
            let meeting = Meeting(
                id: "committee", title: "Committee", date: "2019-10-15", sources: ["kf-2018"],
                claims: [try Claim(\Meeting.title, "Executive committee", sources: ["kf-2018"])])
            return Dataset(
                sources: sources, institutions: [secretariat], forums: [forum],
                meetings: [meeting])
        }
    }
}

@Suite("Exports keep claims on any fact")
struct ClaimExportTests {
    @Test("The CSV claims table has a row per claim, with the preferred value and compatibility")
    func csvTable() throws {
        let table = try #require(CSVExport(try ClaimExportFixtures.dataset).table(named: "claims"))
        #expect(
            parseCSV(table.data) == [
                [
                    "entity", "position", "property", "value", "preferred_value", "compatible",
                    "sources", "note",
                ],
                [
                    "institutions[secretariat]", "1", "established", "2018-07", "2017-07-10",
                    "false", "kf-2018", "July 2018, says the foundation",
                ],
                [
                    "forums[cooperation-forum]", "1", "established", "2007", "2007-11", "true",
                    "kf-2018", "",
                ],
                [
                    "forums[cooperation-forum].editions[8]", "1", "city", "Jeju", "Seoul", "false",
                    "asiae-2014-04-15", "",
                ],
                [
                    "forums[cooperation-forum].editions[8]", "2", "level", "ministerial", "",
                    "true", "offline", "",
                ],
                [
                    "meetings[committee]", "1", "title", "Executive committee", "Committee",
                    "false", "kf-2018", "",
                ],
            ])
        #expect(table.rowCount == 5)
    }

    @Test("A dataset without claims has an empty claims table with its header")
    func csvEmpty() throws {
        let table = try #require(CSVExport(Dataset()).table(named: "claims"))
        #expect(table.rowCount == 0)
        #expect(parseCSV(table.data).first?.first == "entity")
    }

    @Test("Popolo keeps a claim as a source of its organization or event, and counts the rest")
    func popolo() throws {
        let export = PopoloExport(try ClaimExportFixtures.dataset)
        let document = try popoloObject(export)
        let organizations = try #require(document["organizations"])
        let secretariat = try #require(organizations.first { $0["id"] as? String == "secretariat" })
        let notes = (secretariat["sources"] as? [[String: Any]])?.compactMap {
            $0["note"] as? String
        }
        #expect(
            notes == [
                "The Secretariat (Korea Foundation, 2018-08)",
                "The Secretariat (Korea Foundation, 2018-08): claims established 2018-07, where the record has 2017-07-10; July 2018, says the foundation",
            ])
        let event = try #require(document["events"]?.first)
        let eventNotes = (event["sources"] as? [[String: Any]])?.compactMap {
            $0["note"] as? String
        }
        #expect(
            eventNotes?.last
                == "Forum in Jeju (Asia Economy, 2014-04-15): claims city Jeju, where the record has Seoul"
        )
        // The level claim's only source has no address; the meeting is not in Popolo.
        #expect(export.omittedClaimCount == 2)
    }

    @Test("Without claims, the Popolo document is what it was, and nothing is omitted")
    func popoloWithoutClaims() throws {
        var dataset = try ClaimExportFixtures.dataset
        dataset.institutions[0].claims = []
        dataset.forums[0].claims = []
        dataset.forums[0].editions[0].claims = []
        dataset.meetings[0].claims = []
        let export = PopoloExport(dataset)
        #expect(export.omittedClaimCount == 0)
        #expect(try !String(decoding: export.data, as: UTF8.self).contains("claims"))
    }
}
