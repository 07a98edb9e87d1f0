import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("The catalog's evidence: dated sources, disagreeing claims, the Summit's status")
struct CatalogEvidenceTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    @Test(
        "Disagreeing figures are kept as separate claims, each with its own source",
        arguments: [
            (
                "kr-kz-trade-turnover-2019", "KZ", 2019, 4.2e9, "approximately",
                "koreaherald-20210817000771"
            ),
            (
                "kr-kz-trade-turnover-2020-korea-herald", "KZ", 2020, 3.08e9, "exact",
                "koreaherald-20210817000771"
            ),
            (
                "kr-kz-trade-turnover-2020-astana-times", "KZ", 2020, 5.9e9, "approximately",
                "astanatimes-2021-08"
            ),
            (
                "kr-kz-trade-turnover-2022", "KZ", 2022, 6.5e9, "approximately",
                "koreaherald-2024-06-13"
            ),
            ("kr-kz-trade-turnover-2022-trend", "KZ", 2022, 6.5e9, "moreThan", "trend-3757348"),
            ("kr-kz-trade-turnover-2023", "KZ", 2023, 6e9, "approximately", "astanatimes-2024-11"),
            ("kr-kz-trade-turnover-2023-trend", "KZ", 2023, 6e9, "moreThan", "menafn-1107874624"),
            (
                "kr-kz-trade-turnover-2023-kiep", "KZ", 2023, 5.5e9, "approximately",
                "kiep-2024-06-13"
            ),
            (
                "kr-kz-trade-turnover-2024", "KZ", 2024, 3.1e9, "approximately",
                "ajupress-20250725092018782"
            ),
            (
                "kr-tm-trade-turnover-2023", "TM", 2023, 17e6, "approximately",
                "southkoreannetwork-2024-06"
            ),
            (
                "kr-central-asia-accumulated-investment-2023", "centralAsia", 2023, 6e9, "moreThan",
                "theeuropetoday-2023-12-11"
            ),
            (
                "kr-central-asia-accumulated-investment-2024", "centralAsia", 2024, 15e9,
                "moreThan",
                "isrs-2024-05-korean-experts"
            ),
        ])
    func claim(
        id: String, partner: String, year: Int, amount: Double, bound: String, source: String
    ) throws {
        let claim = try #require(catalog.indicators.first { $0.id.rawValue == id })
        let party: Indicator.Economy =
            partner == "centralAsia" ? .centralAsia : .country(try Country(partner))
        #expect(claim.first == .country(.korea))
        #expect(claim.second == party)
        #expect(claim.year == year)
        #expect(claim.value.amount == amount)
        #expect(claim.value.bound.rawValue == bound)
        #expect(claim.value.currency == .usd)
        #expect(claim.sources.map(\.rawValue).first == source)
        #expect(claim.note?.isEmpty == false)
    }

    @Test("Korea–Kazakhstan trade has three claims for 2023 and two for 2020 and 2022")
    func claimCounts() {
        let kz = catalog.indicators(
            between: .country(.korea), and: .country(.kazakhstan), measure: .tradeTurnover)
        let counts = Dictionary(grouping: kz, by: \.year).mapValues(\.count)
        #expect(counts[2020] == 2)
        #expect(counts[2022] == 2)
        #expect(counts[2023] == 3)
        #expect(counts[2019] == 1)
        #expect(counts[2024] == 1)
    }

    @Test("Every held Cooperation Forum edition cites a source published on or after it")
    func editionsCiteLaterSources() throws {
        let forum = try #require(catalog.forum(Catalog.cooperationForumID))
        for edition in forum.editions where edition.status == .held {
            let dates = edition.sources.compactMap { catalog.source($0)?.published }
            #expect(
                dates.contains { !$0.definitelyPrecedes(edition.date) },
                "the \(edition.ordinalText) edition (\(edition.date)) cites no source published on or after it"
            )
        }
    }

    @Test(
        "The ministry pages of 2013 and 2019 are cited only for editions held by the time they were written: the 2013 page announces the 7th",
        arguments: [("mofa-312867", 7), ("mofa-320762", 12)])
    func ministryPagesCitedOnlyForEarlierEditions(source: String, lastOrdinal: Int) throws {
        let forum = try #require(catalog.forum(Catalog.cooperationForumID))
        let id = try #require(Source.ID(rawValue: source))
        let citing = forum.editions.filter { $0.sources.contains(id) }
        #expect(!citing.isEmpty)
        #expect(citing.allSatisfy { $0.ordinal <= lastOrdinal })
    }

    @Test(
        "Sources carry the publication dates and addresses found for them",
        arguments: [
            (
                "mofa-320762", "2019-10-17",
                "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320762"
            ),
            ("mofa-312867", "2013", "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=312867"),
            (
                "kbs-world-185919", "2024-06-07",
                "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185919"
            ),
            (
                "koreaherald-20241104050626", "2024-11-04",
                "http://khview.heraldm.com/view.php?ud=20241104050626"
            ),
            (
                "astanatimes-2024-11", "2024-11-05",
                "https://astanatimes.com/2024/11/kazakhstan-south-korea-strengthen-strategic-partnership/"
            ),
            (
                "news-24kg-362131", "2026-02-16",
                "https://24.kg/english/362131_First_Republic_of_Korea__Central_Asia_Summit_to_be_held_in_fall/"
            ),
            (
                "report-az-2026-02-12", "2026-02-12",
                "https://report.az/en/region/s-korea-to-hold-1st-summit-with-central-asian-nations-on-september-16-17"
            ),
            ("newswire-746598", "2014-04", "https://www.newswire.co.kr/newsRead.php?no=746598"),
            (
                "dailyt-32489", "2018-11-09",
                "http://www.dailyt.co.kr/news/articleView.html?idxno=32489"
            ),
            ("theasian-112195", "2022-02-24", "http://www.theasian.asia/archives/112195"),
            (
                "koreaherald-20231106000561", "2023-11-06",
                "https://www.koreaherald.com/view.php?ud=20231106000561"
            ),
            ("iica-2025-12-10", "2025-12-10", nil),
        ])
    func sourceDates(id: String, published: String, url: String?) throws {
        let source = try #require(Source.ID(rawValue: id).flatMap(catalog.source))
        #expect(source.published?.description == published)
        if let url { #expect(source.url?.text == url) }
    }

    @Test("A source without a publication date says so in its note")
    func undatedSourcesSaySo() {
        for source in catalog.sources where source.published == nil {
            let note = source.note ?? ""
            #expect(
                note.contains("publication date") || note.contains("undated"),
                "\(source.id) is undated and its note does not say so")
        }
    }

    @Test("The Summit stays planned: no source read says it was held")
    func summitStaysPlanned() throws {
        let summit = try #require(catalog.forum(Catalog.summitID))
        #expect(summit.editions.map(\.status) == [.planned])
        #expect(summit.edition(1)?.sources.contains("report-az-2026-02-12") == true)
    }

    @Test("No third Think Tank Forum and no 18th Cooperation Forum are recorded as held")
    func noUnverifiedEditions() throws {
        let thinkTank = try #require(catalog.forum(Catalog.thinkTankForumID))
        #expect(thinkTank.editions.map(\.ordinal) == [1, 2])
        let cooperation = try #require(catalog.forum(Catalog.cooperationForumID))
        #expect(cooperation.edition(18)?.status == .planned)
    }

    @Test(
        "Turkmenistan's participant at the first Think Tank Forum is recorded beside its founding embassy"
    )
    func turkmenParticipant() throws {
        let forum = try #require(catalog.forum(Catalog.thinkTankForumID))
        let centre: Institution.ID = "tm-iir-strategic-centre"
        #expect(forum.membership.participants(on: "2024-07-30") == [.institution(centre)])
        #expect(forum.members(on: "2024-07-30").contains("embassy-of-turkmenistan-in-korea"))
        #expect(!forum.members(on: "2024-07-30").contains(.institution(centre)))
        let institution = try #require(catalog.institution(centre))
        #expect(institution.country == .turkmenistan)
        #expect(institution.kind == .researchCentre)
        #expect(institution.sources == ["kf-126694"])
    }

    @Test(
        "Kyrgyzstan's comprehensive partnership cites the sources that give the joint statement's level; its note keeps the other wording"
    )
    func kyrgyzWording() throws {
        let partnership = try #require(catalog.partnership(between: .korea, and: .kyrgyzstan))
        let stage = try #require(partnership.stages.last)
        #expect(stage.level == .comprehensivePartnership)
        #expect(stage.since == "2024-12-03")
        #expect(stage.sources == ["kbs-world-189462", "djournal-23992"])
        // The pages that worded it otherwise are gone (kbs-world-195621, breaknews-1075495).
        #expect(catalog.source("kbs-world-195621") == nil)
        #expect(stage.note?.contains("comprehensive strategic") == true)
    }
}
