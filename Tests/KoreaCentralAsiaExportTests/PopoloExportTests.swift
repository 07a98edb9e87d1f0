import Foundation
import KoreaCentralAsia
import Testing

@testable import KoreaCentralAsiaExport

/// A Popolo document as Foundation objects.
func popoloObject(_ export: PopoloExport) throws -> [String: [[String: Any]]] {
    let object = try JSONSerialization.jsonObject(with: export.data)
    let document = try #require(object as? [String: Any])
    return document.compactMapValues { $0 as? [[String: Any]] }
}

@Suite("Popolo export")
struct PopoloExportTests {
    @Test(
        "The catalog's institutions, forums, formats and member states are organizations, its editions events"
    )
    func catalog() throws {
        let catalog = try ExportFixtures.catalog
        let document = try popoloObject(PopoloExport(catalog))
        let organizations = try #require(document["organizations"])
        // The Secretariat's executive committee has the six states as members.
        let memberStates = Set(catalog.forums.flatMap(\.membership.countries))
        #expect(memberStates.count == 6)
        #expect(
            organizations.count
                == catalog.institutions.count + catalog.forums.count + catalog.formats.count
                + memberStates.count)
        let secretariat = try #require(
            organizations.first {
                $0["id"] as? String == "korea-central-asia-cooperation-forum-secretariat"
            })
        #expect(secretariat["parent_id"] as? String == "korea-foundation")
        #expect(secretariat["founding_date"] as? String == "2017-07-10")
        #expect(secretariat["classification"] as? String == "institution/secretariat")
        let events = try #require(document["events"])
        #expect(events.count == catalog.forums.flatMap(\.editions).count)
        let first = try #require(
            events.first { $0["id"] as? String == "korea-central-asia-think-tank-forum/editions/1" }
        )
        #expect(first["start_date"] as? String == "2024-07-30")
        #expect(first["location"] as? String == "Tashkent, Uzbekistan")
        #expect(first["status"] as? String == "held")
        #expect(first["organization_id"] as? String == "korea-central-asia-think-tank-forum")
        #expect(document["areas"]?.contains { $0["id"] as? String == "KZ" } == true)
    }

    @Test("The plan's editions are added as proposed events, dated to their year")
    func plan() throws {
        let catalog = try ExportFixtures.catalog
        let without = try popoloObject(PopoloExport(catalog))
        let with = try popoloObject(PopoloExport(catalog, includingPlanThrough: 2030))
        let proposed = try #require(with["events"]).filter { $0["status"] as? String == "proposed" }
        #expect(without["events"]?.contains { $0["status"] as? String == "proposed" } == false)
        let thinkTank = proposed.filter {
            $0["organization_id"] as? String == "korea-central-asia-think-tank-forum"
        }
        #expect(
            thinkTank.map { $0["start_date"] as? String } == [
                "2026", "2027", "2028", "2029", "2030",
            ])
        #expect(
            thinkTank.first?["id"] as? String == "korea-central-asia-think-tank-forum/editions/3")
        #expect(
            PopoloExport(catalog, includingPlanThrough: 20_000).eventCount >= proposed.count)
    }

    @Test("Memberships are periods with a role, from a founding or an admission to what ended it")
    func memberships() throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.hostileDataset))
        let memberships = try #require(document["memberships"])
        let summary = memberships.map {
            [
                ($0["member"] as? [String: Any])?["id"] as? String, $0["role"] as? String,
                $0["start_date"] as? String, $0["end_date"] as? String,
            ]
        }
        #expect(
            summary == [
                ["hostile", "member", "2023-11-20", "2025"], ["long", "member", "2023-11-20", nil],
                ["plain", "participant", "2024-01-10", "2024-06"],
                ["plain", "member", "2024-06", nil],
            ])
        #expect(memberships.allSatisfy { $0["organization_id"] as? String == "forum" })
        #expect(
            memberships.allSatisfy {
                ($0["member"] as? [String: Any])?["@type"] as? String == "Organization"
            })
    }

    @Test("Hostile texts are JSON strings that read back exactly; sources are links")
    func hostile() throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.hostileDataset))
        let organizations = try #require(document["organizations"])
        let hostile = try #require(organizations.first { $0["id"] as? String == "hostile" })
        #expect(hostile["name"] as? String == ExportFixtures.hostile)
        let otherNames = try #require(hostile["other_names"] as? [[String: Any]])
        #expect(otherNames.first?["name"] as? String == "H;,\"")
        let identifiers = try #require(hostile["identifiers"] as? [[String: Any]])
        #expect(identifiers.first?["identifier"] as? String == "Q42")
        #expect(identifiers.first?["scheme"] as? String == "wikidata")
        let sources = try #require(hostile["sources"] as? [[String: Any]])
        #expect(sources.first?["url"] as? String == "https://news.example.org/a?b=1&c=2")
        #expect((sources.first?["note"] as? String)?.hasPrefix(ExportFixtures.hostile) == true)
        let long = try #require(organizations.first { $0["id"] as? String == "long" })
        #expect(long["name"] as? String == ExportFixtures.long)
        #expect(long["sources"] == nil)  // absent, not empty
        let plain = try #require(organizations.first { $0["id"] as? String == "plain" })
        #expect(plain["other_names"] == nil && plain["identifiers"] == nil)
        let events = try #require(document["events"])
        #expect(
            events.map { $0["start_date"] as? String } == [
                "2024-07-30", "2025-06", "2026", "2027-12-31",
            ])
        #expect(events.map { $0["status"] as? String } == ["held", "held", "planned", "cancelled"])
    }

    @Test("Names in other languages are other_names with their language and dates")
    func otherNames() throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.hostileDataset))
        let organizations = try #require(document["organizations"])
        let long = try #require(organizations.first { $0["id"] as? String == "long" })
        let names = try #require(long["other_names"] as? [[String: String]])
        #expect(
            names == [
                ["name": ExportFixtures.koreanName, "lang": "ko"],
                ["name": "Old Name", "lang": "en", "end_date": "2020"],
                ["name": "New Name", "lang": "en", "start_date": "2021"],
            ])
        let forum = try #require(organizations.first { $0["id"] as? String == "forum" })
        #expect((forum["other_names"] as? [[String: String]])?.first?["lang"] == "ru")
        #expect(
            forum["identifiers"] as? [[String: String]] == [
                ["identifier": "Q99", "scheme": "wikidata"]
            ])
        let kazakhstan = try #require(document["areas"]?.first { $0["id"] as? String == "KZ" })
        #expect(
            (kazakhstan["identifiers"] as? [[String: String]])?.last == [
                "identifier": "Q232", "scheme": "wikidata",
            ])
        let hostile = try #require(organizations.first { $0["id"] as? String == "hostile" })
        #expect(
            hostile["other_names"] as? [[String: String]] == [["name": "H;,\"", "note": "acronym"]])
    }

    @Test(
        "Persons are Popolo persons: other_names with their language, identifiers, sources as links"
    )
    func persons() throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.postsDataset))
        let persons = try #require(document["persons"])
        #expect(persons.map { $0["id"] as? String } == ["nurtleu", "kosherbayev", "kim", "lee"])
        let nurtleu = try #require(persons.first)
        #expect(nurtleu["name"] as? String == "Murat Nurtleu")
        #expect(
            nurtleu["other_names"] as? [[String: String]] == [
                ["name": "Мурат Нуртлеу", "lang": "ru"], ["name": "무랏 누르틀례우", "lang": "ko"],
            ])
        #expect(
            nurtleu["identifiers"] as? [[String: String]] == [
                ["identifier": "Q4211357", "scheme": "wikidata"]
            ])
        // A source without an address is no link.
        let sources = try #require(nurtleu["sources"] as? [[String: String]])
        #expect(sources.map { $0["url"] } == ["https://news.example.org/appointed"])
        #expect(persons[1]["other_names"] == nil && persons[1]["sources"] == nil)
    }

    /// The fixture's posts: id, label, organization and area.
    static let postCases: [(String, String, String?, String?)] = [
        ("kz-foreign-minister", "Minister of Foreign Affairs of Kazakhstan", nil, "KZ"),
        ("secretariat-head", "Head of the Secretariat", "secretariat", nil),
    ]

    @Test(
        "A post's label is its title; it names its institution as organization_id, its country as area_id",
        arguments: postCases)
    func posts(id: String, label: String, organization: String?, area: String?) throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.postsDataset))
        let post = try #require(document["posts"]?.first { $0["id"] as? String == id })
        #expect(post["label"] as? String == label)
        #expect(post["organization_id"] as? String == organization)
        #expect(post["area_id"] as? String == area)
        if let area {
            #expect(document["areas"]?.contains { $0["id"] as? String == area } == true)
        }
        if let organization {
            #expect(
                document["organizations"]?.contains { $0["id"] as? String == organization } == true
            )
        }
    }

    @Test("Each term is a membership through its post, with its dates, role and acting label")
    func terms() throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.postsDataset))
        let terms = try #require(document["memberships"]).filter { $0["post_id"] != nil }
        let keys = [
            "id", "person_id", "post_id", "organization_id", "area_id", "role", "label",
            "start_date", "end_date",
        ]
        let summary = terms.map { term in keys.map { term[$0] as? String } }
        let minister = "Minister of Foreign Affairs of Kazakhstan"
        let head = "Head of the Secretariat"
        #expect(
            summary == [
                [
                    "kz-foreign-minister/holders/1", "nurtleu", "kz-foreign-minister", nil, "KZ",
                    minister, nil, "2023-04-03", "2025-09-26",
                ],
                [
                    "kz-foreign-minister/holders/2", "kosherbayev", "kz-foreign-minister", nil,
                    "KZ", minister, "acting", "2025-09", nil,
                ],
                [
                    "secretariat-head/holders/1", "kim", "secretariat-head", "secretariat", nil,
                    head, nil, nil, "2020",
                ],
                [
                    "secretariat-head/holders/2", "lee", "secretariat-head", "secretariat", nil,
                    head, nil, nil, nil,
                ],
            ])
        #expect(terms.allSatisfy { $0["member"] == nil })
        #expect((terms.first?["sources"] as? [[String: String]])?.count == 1)
    }

    @Test("The catalog's 29 persons, 14 posts and 31 terms are in the document, every id joined")
    func catalogPersons() throws {
        let document = try popoloObject(PopoloExport(try ExportFixtures.catalog))
        let persons = Set(try #require(document["persons"]).compactMap { $0["id"] as? String })
        let posts = try #require(document["posts"])
        let areas = Set(try #require(document["areas"]).compactMap { $0["id"] as? String })
        let organizations = Set(
            try #require(document["organizations"]).compactMap { $0["id"] as? String })
        #expect(persons.count == 29)
        #expect(posts.count == 14)
        let terms = try #require(document["memberships"]).filter { $0["post_id"] != nil }
        #expect(terms.count == 31)
        let postIDs = Set(posts.compactMap { $0["id"] as? String })
        for term in terms {
            #expect(persons.contains(term["person_id"] as? String ?? ""))
            #expect(postIDs.contains(term["post_id"] as? String ?? ""))
        }
        for post in posts {
            if let area = post["area_id"] as? String { #expect(areas.contains(area)) }
            if let organization = post["organization_id"] as? String {
                #expect(organizations.contains(organization))
            }
            #expect((post["area_id"] == nil) != (post["organization_id"] == nil))
        }
    }

    @Test("An empty dataset gives a document of empty lists")
    func empty() throws {
        let export = PopoloExport(ExportFixtures.empty, includingPlanThrough: 2030)
        let document = try popoloObject(export)
        #expect(
            document.keys.sorted() == [
                "areas", "events", "memberships", "organizations", "persons", "posts",
            ])
        #expect(document.values.allSatisfy { $0.isEmpty })
        #expect(export.eventCount == 0 && export.omissions.isEmpty)
    }

    @Test("The same dataset gives the same bytes")
    func deterministic() throws {
        let catalog = try ExportFixtures.catalog
        #expect(
            PopoloExport(catalog, includingPlanThrough: 2030)
                == PopoloExport(catalog, includingPlanThrough: 2030))
    }
}
