import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("The record of Korea's format: its tracks, editions, members and disputes, by value")
struct CatalogRecordTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    static let formatID: DialogueFormat.ID = "korea-central-asia"
    static let committeeID: Forum.ID = "korea-central-asia-secretariat-executive-committee"
    static let secretariatID: Institution.ID = "korea-central-asia-cooperation-forum-secretariat"

    func cooperationForum() throws -> Forum {
        try #require(catalog.forum(Catalog.cooperationForumID))
    }

    @Test(
        "One format, Korea–Central Asia, with Korea as partner and the Secretariat as secretariat")
    func format() throws {
        #expect(catalog.formats.map(\.id) == [Self.formatID])
        let format = try #require(catalog.format(Self.formatID))
        #expect(format.name == "Korea–Central Asia")
        #expect(format.partner == .country(.korea))
        #expect(format.established == "2007")
        #expect(format.secretariat == Self.secretariatID)
        #expect(format.name(in: .russian) == "«Центральная Азия – Республика Корея»")
    }

    @Test("The format has ten tracks, each of the kind its meetings are")
    func tracks() {
        let tracks = catalog.tracks(of: Self.formatID).map { "\($0.id) \($0.kind.rawValue)" }
        #expect(
            tracks == [
                "korea-central-asia-business-council business",
                "korea-central-asia-business-forum business",
                "korea-central-asia-cooperation-expert-forum expert",
                "korea-central-asia-cooperation-forum ministerial",
                "korea-central-asia-parliamentary-speakers-meeting parliamentary",
                "korea-central-asia-secretariat-executive-committee executiveCommittee",
                "korea-central-asia-senior-officials-meeting seniorOfficials",
                "korea-central-asia-summit summit",
                "korea-central-asia-think-tank-forum thinkTank",
                "korea-central-asia-vice-ministers-meeting seniorOfficials",
            ])
        #expect(catalog.forums.allSatisfy { $0.format == Self.formatID })
    }

    @Test(
        "The 13th Cooperation Forum: Seoul, 2020-11-25, ministerial, Turkmenistan's minister by video"
    )
    func thirteenth() throws {
        let edition = try #require(try cooperationForum().edition(13))
        #expect((edition.date, edition.host, edition.city) == ("2020-11-25", .korea, "Seoul"))
        #expect(edition.status == .held)
        #expect(edition.level == .ministerial)
        #expect(edition.mode == .hybrid)
        #expect(edition.delegations.count == 6)
        #expect(edition.delegation(of: .korea)?.head == "Kang Kyung-wha")
        #expect(edition.delegation(of: .korea)?.level == .foreignMinister)
        #expect(edition.delegation(of: .kyrgyzstan)?.level == .deputyForeignMinister)
        #expect(edition.delegation(of: .turkmenistan)?.head == "Rashid Meredov")
        #expect(edition.sources.contains("centralasia-korea-32131"))
    }

    @Test("The 8th forum was held in Seoul; the announced Jeju is a claim with its source")
    func eighthCity() throws {
        let edition = try #require(try cooperationForum().edition(8))
        #expect(edition.city == "Seoul")
        #expect(edition.sources.contains("mofa-320762"))
        // The ministry's result release (newswire-747865) and Asiae's announcement are gone.
        #expect(!edition.sources.contains("newswire-747865"))
        let claim = try #require(edition.claims.only)
        #expect(claim.property == "city")
        #expect(claim.value.value(as: String.self) == "Jeju")
        #expect(claim.sources == ["newswire-746598"])
        #expect(claim.note?.contains("Haevichi") == true)
        // The ministry moved it from Jeju to Seoul four days before, after the Sewol disaster.
        #expect(edition.sources.contains("ajunews-20140418160155237"))
        #expect(claim.note?.contains("Sewol") == true)
    }

    @Test(
        "The 6th forum was ministerial, the 10th vice-ministerial; the other levels are claims",
        arguments: [
            (6, "ministerial", "viceMinisterial", ["wowtv-a202011250270", "ikoreanspirit-53092"]),
            (
                10, "viceMinisterial", "ministerial",
                ["koryo-saram-2015-10", "ajunews-20151006104911446"]
            ),
        ])
    func levelClaims(ordinal: Int, level: String, claimed: String, sources: [String]) throws {
        let edition = try #require(try cooperationForum().edition(ordinal))
        #expect(edition.level?.rawValue == level)
        let claim = try #require(edition.claims.first { $0.property == "level" })
        #expect(claim.value.value(as: Edition.Level.self)?.rawValue == claimed)
        #expect(claim.sources.map(\.rawValue) == sources)
    }

    @Test("Each disagreement of the record is a dispute with its sources")
    func disputes() {
        let disputes = catalog.disputes.map { "\($0.entity.path) \($0.property)=\($0.claimed)" }
        let forum = "forums[korea-central-asia-cooperation-forum]"
        #expect(
            Set(disputes).isSuperset(of: [
                "\(forum).editions[6] level=viceMinisterial",
                "\(forum).editions[8] city=Jeju",
                "\(forum).editions[10] level=ministerial",
                "\(forum).editions[12] date=2019-10-16",
            ]))
        // The 6th forum's date of 2012-07-04 and the Secretariat's July 2018 rested only on
        // pages that are gone (koreaherald-20120704001373, wiseenews-31265).
        #expect(!disputes.contains("\(forum).editions[6] date=2012-07-04"))
        #expect(!disputes.contains("institutions[\(Self.secretariatID)] established=2018-07"))
        #expect(disputes.count == 6)
        #expect(catalog.disputes.allSatisfy { !$0.sources.isEmpty && $0.note != nil })
    }

    @Test(
        "The Secretariat opened on 2017-07-10, and no claim disputes it since the ministry text of July 2018 is gone"
    )
    func secretariatOpening() throws {
        let secretariat = try #require(catalog.institution(Self.secretariatID))
        #expect(secretariat.established == "2017-07-10")
        #expect(secretariat.city == "Seoul")
        #expect(secretariat.claims.isEmpty)
        #expect(catalog.source("wiseenews-31265") == nil)
        #expect(secretariat.sources.contains("xebersaati-80871"))
        #expect(secretariat.sources.contains("centralasia-korea-32214"))
    }

    @Test(
        "The Secretariat's member states: five founders of 2016-11-15, Kyrgyzstan by decision of the 11th forum"
    )
    func secretariatMembers() throws {
        let committee = try #require(catalog.forum(Self.committeeID))
        #expect(committee.kind == .executiveCommittee)
        #expect(committee.secretariat == Self.secretariatID)
        let founders: Set<Membership.Member> = [
            .country(.korea), .country(.kazakhstan), .country(.tajikistan),
            .country(.turkmenistan), .country(.uzbekistan),
        ]
        #expect(committee.members(on: "2016-11-15") == founders)
        #expect(committee.members(on: "2018-10-31") == founders)
        #expect(committee.members(on: "2018-12") == founders.union([.country(.kyrgyzstan)]))
        let kyrgyzstan = try #require(
            committee.membership.events.first { $0.member == .country(.kyrgyzstan) })
        #expect(kyrgyzstan.change == .admitted(status: .member, recommendedBy: []))
        #expect(kyrgyzstan.date == "2018-11")
        #expect(kyrgyzstan.decision == .edition(11, of: Catalog.cooperationForumID))
        let claim = try #require(kyrgyzstan.claims.only)
        #expect(claim.property == "date")
        #expect(claim.value.value(as: PartialDate.self) == "2016-11-15")
        #expect(claim.sources == ["gukje-744306", "centralasia-korea-32214"])
    }

    @Test("The Summit's schedule: 2025, postponed on 2025-06-27, then 16–17 September 2026")
    func summitSchedule() throws {
        let summit = try #require(catalog.forum(Catalog.summitID))
        let first = try #require(summit.edition(1))
        let schedule = first.schedule.map {
            "\($0.announced) \($0.date?.description ?? "-") \($0.endDate?.description ?? "-")"
        }
        #expect(
            schedule == ["2024-06-07 2025 -", "2025-06-27 - -", "2026-02-12 2026-09-16 2026-09-17"])
        #expect(first.schedule[1].isPostponement)
        #expect(first.schedule.allSatisfy { !$0.sources.isEmpty })
        #expect(first.status == .planned)
        #expect(first.city == "Seoul")
    }

    @Test(
        "The Cooperation Forum's charter periods: founding practice, the Seoul Declaration proposed, the alternation observed"
    )
    func charterPeriods() throws {
        let forum = try cooperationForum()
        let periods = forum.charters.map {
            "\($0.start) \($0.force.rawValue) \($0.charter.level?.rawValue ?? "-") \($0.agreement?.rawValue ?? "-")"
        }
        #expect(
            periods == [
                "from the start practice viceMinisterial -",
                "from the 10th edition proposed ministerial seoul-declaration-2015",
                "from the 11th edition practice - -",
                "from the 12th edition practice ministerial -",
            ])
        #expect(forum.charters.allSatisfy { $0.charter.cadence == .annual })
        #expect(forum.charters.dropFirst().allSatisfy { $0.charter.rotation?.pivotYears == .even })
        #expect(forum.charter(for: try #require(forum.edition(18)))?.start == .edition(12))
    }

    @Test(
        "The Seoul Declaration is adopted at the 9th forum, and each later declaration at its edition"
    )
    func adopted() throws {
        let forum = try cooperationForum()
        #expect(forum.edition(9)?.adopted == ["seoul-declaration-2015"])
        #expect(forum.edition(10)?.adopted == ["joint-statement-secretariat-2016"])
        #expect(forum.edition(17)?.adopted == ["joint-declaration-cooperation-forum-17-2024"])
        let declaration = try #require(catalog.agreement("seoul-declaration-2015"))
        #expect(declaration.date == "2015-10-05")
        #expect(declaration.name(in: .korean) == "서울선언")
    }

    @Test(
        "The new tracks' editions are those the sources give",
        arguments: [
            ("korea-central-asia-business-council", [3, 4, 5], ["Busan", "Ashgabat", "Seoul"]),
            ("korea-central-asia-business-forum", [1], ["Dushanbe"]),
            (
                "korea-central-asia-parliamentary-speakers-meeting", [1, 2, 3],
                ["Seoul", "Ashgabat", "Tashkent"]
            ),
            ("korea-central-asia-secretariat-executive-committee", [1, 16], ["Seoul", "Seoul"]),
            ("korea-central-asia-senior-officials-meeting", [1], [""]),
            ("korea-central-asia-vice-ministers-meeting", [1], ["Seoul"]),
        ])
    func trackEditions(id: String, ordinals: [Int], cities: [String]) throws {
        let forum = try #require(Forum.ID(rawValue: id).flatMap(catalog.forum))
        #expect(forum.editions.map(\.ordinal) == ordinals)
        #expect(forum.editions.map { $0.city ?? "" } == cities)
        #expect(forum.editions.allSatisfy { $0.status == .held && !$0.sources.isEmpty })
    }

    @Test("The speakers' meetings: Seoul 2023, Ashgabat 2024, Tashkent 2025")
    func speakers() throws {
        let forum = try #require(catalog.forum("korea-central-asia-parliamentary-speakers-meeting"))
        #expect(forum.editions.map(\.date) == ["2023-09-19", "2024-10-14", "2025-12-16"])
        #expect(forum.editions.map(\.host) == [.korea, .turkmenistan, .uzbekistan])
        #expect(forum.name(in: .korean) == "한-중앙아시아 국회의장회의")
    }

    @Test("The Business Council was founded on 2020-06-29 by a memorandum the Secretariat signed")
    func businessCouncil() throws {
        let forum = try #require(catalog.forum("korea-central-asia-business-council"))
        #expect(forum.established == "2020-06-29")
        #expect(forum.establishedBy == "business-council-mou-2020")
        #expect(forum.name(in: .korean) == "한-중앙아 경제협의체")
        #expect(forum.edition(4)?.host == .turkmenistan)
    }

    @Test("The record's counts: tracks, editions, meetings, agreements, sources, claims")
    func counts() {
        #expect(catalog.forums.count == 10)
        let editions: Int = catalog.forums.reduce(0) { $0 + $1.editions.count }
        #expect(editions == 29)
        #expect(catalog.meetings.count == 21)
        #expect(catalog.agreements.count == 13)
        #expect(catalog.institutions.count == 11)
        #expect(catalog.sources.count == 206)
        #expect(catalog.persons.count == 29)
        #expect(catalog.posts.count == 14)
        #expect(catalog.posts.reduce(0) { $0 + $1.holders.count } == 31)
        #expect(catalog.disputes.count == 6)
    }
}

extension Array {
    /// The one element of a one-element array, or `nil`.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
