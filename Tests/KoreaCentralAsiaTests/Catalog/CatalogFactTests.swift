import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("Facts of the catalog, by value")
struct CatalogFactTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    @Test(
        "Korea's partnership with each country has the stages the sources give",
        arguments: [
            ("KZ", [("diplomaticRelations", "1992-01-28"), ("strategicPartnership", "2009-05")]),
            (
                "KG",
                [("diplomaticRelations", "1992-01-31"), ("comprehensivePartnership", "2024-12-03")]
            ),
            ("TJ", [("diplomaticRelations", "1992-04-27")]),
            (
                "TM",
                [("diplomaticRelations", "1992-02-07"), ("mutuallyBeneficialPartnership", "2008")]
            ),
            (
                "UZ",
                [
                    ("diplomaticRelations", "1992-01-29"), ("strategicPartnership", "2006-03"),
                    ("specialStrategicPartnership", "2019-04-19"),
                ]
            ),
            ("MN", [("comprehensivePartnership", "2011-08-22")]),
        ])
    func partnership(code: String, stages: [(String, String)]) throws {
        let partner = try Country(code)
        let partnership = try #require(catalog.partnership(between: .korea, and: partner))
        #expect(partnership.first == .korea)
        #expect(partnership.stages.map(\.level.rawValue) == stages.map(\.0))
        #expect(partnership.stages.map(\.since.description) == stages.map(\.1))
    }

    @Test(
        "The Cooperation Forum's editions are those the sources give, from Seoul 2007 to Uzbekistan 2026",
        arguments: [
            (1, "2007-11-15", "KR", "Seoul", "viceMinisterial"),
            (3, "2009-12-02", "KR", "Seoul", "viceMinisterial"),
            (6, "2012-07", "KR", "Seoul", "ministerial"),
            (7, "2013-10-04", "KG", "Bishkek", "viceMinisterial"),
            (8, "2014-04-22", "KR", "Seoul", "viceMinisterial"),
            (9, "2015-10-05", "KR", "Seoul", "viceMinisterial"),
            (10, "2016-11-15", "KR", "Seoul", "viceMinisterial"),
            (11, "2018-11-06", "KR", "Seoul", "viceMinisterial"),
            (12, "2019-10-15", "KZ", "Nur-Sultan", "ministerial"),
            (13, "2020-11-25", "KR", "Seoul", "ministerial"),
            (14, "2021-11-30", "TJ", "Dushanbe", "ministerial"),
            (15, "2022-10-25", "KR", "Busan", "ministerial"),
            (16, "2023-11-01", "TM", "Ashgabat", "ministerial"),
            (17, "2024-11-04", "KR", "Seoul", "ministerial"),
        ])
    func cooperationForumEdition(
        ordinal: Int, date: String, host: String, city: String, level: String
    ) throws {
        let forum = try #require(catalog.forum(Catalog.cooperationForumID))
        let edition = try #require(forum.edition(ordinal))
        #expect(edition.date.description == date)
        #expect(edition.host.code == host)
        #expect(edition.city == city)
        #expect(edition.status == .held)
        #expect(edition.level?.rawValue == level)
    }

    @Test(
        "The Cooperation Forum: annual, alternating by practice, its secretariat inside the Korea Foundation, the 18th planned in Uzbekistan in 2026"
    )
    func cooperationForum() throws {
        let forum = try #require(catalog.forum(Catalog.cooperationForumID))
        #expect(forum.kind == .ministerial)
        let charter = try #require(forum.charter)
        #expect(charter.cadence == .annual)
        #expect(charter.rotation?.kind == .parity)
        #expect(charter.rotation?.pivot == .country(.korea))
        #expect(charter.rotation?.group == Country.centralAsia)
        #expect(charter.rotation?.pivotYears == .even)
        #expect(charter.level == .ministerial)
        #expect(forum.edition(18)?.status == .planned)
        #expect(forum.edition(18)?.host == .uzbekistan)
        #expect(forum.edition(18)?.date == "2026")
        #expect(forum.edition(11)?.endDate == "2018-11-07")
        #expect([2, 4, 5].allSatisfy { forum.edition($0) == nil })
        let secretariat = try #require(forum.secretariat.flatMap(catalog.institution))
        #expect(secretariat.parent == "korea-foundation")
        #expect(secretariat.established == "2017-07-10")
        #expect(secretariat.kind == .secretariat)
    }

    @Test(
        "The Think Tank Forum has the Joint Statement's charter, six founders and two held editions"
    )
    func thinkTankForum() throws {
        let forum = try #require(catalog.forum(Catalog.thinkTankForumID))
        #expect(forum.charter == .thinkTankForum)
        #expect(forum.established == "2023-11-20")
        #expect(forum.establishedBy == "joint-statement-think-tank-forum-2023")
        #expect(
            forum.members(on: "2023-11-20")
                == [
                    "korea-foundation", "kaziss", "nisi", "csr-tajikistan",
                    "embassy-of-turkmenistan-in-korea", "iica",
                ])
        #expect(catalog.institution("embassy-of-turkmenistan-in-korea")?.kind == .embassy)
        #expect(catalog.institution("embassy-of-turkmenistan-in-korea")?.country == .turkmenistan)
        let first = try #require(forum.edition(1))
        #expect((first.date, first.host, first.city) == ("2024-07-30", .uzbekistan, "Tashkent"))
        #expect(first.organizers == ["iica", "korea-central-asia-cooperation-forum-secretariat"])
        let second = try #require(forum.edition(2))
        #expect((second.date, second.host, second.city) == ("2025-06-13", .kyrgyzstan, "Bishkek"))
        #expect(second.organizers == ["nisi", "korea-foundation"])
    }

    @Test("The Joint Statement's provisions derive the Think Tank Forum's charter")
    func jointStatement() throws {
        let statement = try #require(catalog.agreement("joint-statement-think-tank-forum-2023"))
        #expect(statement.kind == .jointStatement)
        #expect(statement.date == "2023-11-20")
        #expect(statement.place == Place(city: "Seoul", country: .korea))
        #expect(statement.signatories.count == 6)
        #expect(statement.establishes == Catalog.thinkTankForumID)
        #expect(statement.derivedCharter == .thinkTankForum)
    }

    @Test("The Summit's first meeting is planned in Korea on 16–17 September 2026")
    func summit() throws {
        let summit = try #require(catalog.forum(Catalog.summitID))
        let first = try #require(summit.edition(1))
        #expect(summit.kind == .summit)
        #expect(
            (first.date, first.endDate, first.host, first.status) == (
                "2026-09-16", "2026-09-17", .korea, .planned
            ))
    }

    @Test("The ISRS meeting of 16 May 2024 belongs to the Expert Forum and names its topics")
    func isrsMeeting() throws {
        let meeting = try #require(catalog.meetings.first { $0.date == "2024-05-16" })
        #expect(meeting.host == "isrs")
        #expect(meeting.forum == Catalog.expertForumID)
        #expect(meeting.participants.contains("hufs-center-for-eurasian-studies"))
        let topics: Set<CooperationArea> = [
            .climateChange, .energySecurity, .foodSecurity, .highTechnology, .renewableEnergy,
        ]
        #expect(topics.isSubset(of: Set(meeting.topics)))
        #expect(catalog.institution("hufs-center-for-eurasian-studies")?.parent == "hufs")
        let december = try #require(catalog.meetings.first { $0.date == "2023-12" })
        #expect(december.place?.city == "Tashkent")
        #expect(december.forum == Catalog.expertForumID)
    }

    @Test(
        "Each figure of the sources is an indicator with its amount, year, bound and source",
        arguments: [
            (
                "tradeTurnover", "centralAsia", 1992, 15e6, "approximately",
                "isrs-2024-05-korean-experts"
            ),
            (
                "tradeTurnover", "centralAsia", 2022, 9.2e9, "approximately",
                "theeuropetoday-2023-12-11"
            ),
            ("tradeTurnover", "centralAsia", 2023, 10e9, "moreThan", "isrs-2024-05-korean-experts"),
            (
                "accumulatedInvestment", "centralAsia", 2024, 15e9, "moreThan",
                "isrs-2024-05-korean-experts"
            ),
            ("tradeTurnover", "UZ", 2010, 1.6e9, "approximately", "wpr-2011-global-insider"),
            ("tradeTurnover", "UZ", 2023, 2.5e9, "approximately", "kunuz-2024-06-14"),
            ("accumulatedInvestment", "UZ", 2023, 7.5e9, "moreThan", "kunuz-2024-06-14"),
            (
                "tradeTurnover", "KZ", 2008, 698e6, "approximately",
                "liquisearch-kazakhstan-south-korea-relations"
            ),
            ("tradeTurnover", "KZ", 2010, 760e6, "approximately", "wpr-2011-global-insider"),
            ("tradeTurnover", "KZ", 2022, 6.5e9, "approximately", "koreaherald-2024-06-13"),
            ("tradeTurnover", "KZ", 2023, 6e9, "approximately", "astanatimes-2024-11"),
        ])
    func indicator(
        measure: String, partner: String, year: Int, amount: Double, bound: String, source: String
    ) throws {
        let party: Indicator.Economy =
            partner == "centralAsia" ? .centralAsia : .country(try Country(partner))
        let figures = catalog.indicators(between: .country(.korea), and: party)
        let figure = try #require(
            figures.first {
                $0.year == year && $0.measure.rawValue == measure
                    && $0.sources.first?.rawValue == source
            })
        #expect(figure.value.amount == amount)
        #expect(figure.value.currency == .usd)
        #expect(figure.value.bound.rawValue == bound)
    }

    @Test(
        "The initiatives: New Asia (Jakarta, 2009-03-08), New Silk Road as part of it (Tashkent, 2009-05-11), K-Silk Road (2024-06)"
    )
    func initiatives() throws {
        let byID = Dictionary(uniqueKeysWithValues: catalog.initiatives.map { ($0.id, $0) })
        let newAsia = try #require(byID["new-asia-initiative"])
        #expect(
            (newAsia.announced, newAsia.place?.city, newAsia.country) == (
                "2009-03-08", "Jakarta", .korea
            ))
        let silkRoad = try #require(byID["new-silk-road-diplomacy"])
        #expect(
            (silkRoad.announced, silkRoad.place?.city, silkRoad.parent) == (
                "2009-05-11", "Tashkent", "new-asia-initiative"
            ))
        #expect(byID["k-silk-road-cooperation-initiative"]?.announced == "2024-06")
    }

    @Test("The state visits of 2009 and 2011 are meetings with their dates")
    func stateVisits() {
        let visits = catalog.meetings.filter { $0.title.contains("Lee Myung-bak") }
        #expect(
            visits.map(\.date.description).sorted() == [
                "2009-05-10", "2009-05-12", "2011-08-21", "2011-08-23", "2011-08-24",
            ])
    }
}
