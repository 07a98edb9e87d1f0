import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("The seeds' arithmetic, checked against the catalog")
struct SeedArithmeticTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    @Test("Trade 'increased 600 times: from $15 million in 1992 to more than $10 billion in 2023'")
    func sixHundredTimes() throws {
        let growth = try #require(
            catalog.growth(
                of: .tradeTurnover, between: .country(.korea), and: .centralAsia, from: 1992,
                to: 2023))
        #expect(growth.description == "more than 666×")
        #expect(growth.supports(claim: 600))
        #expect(!growth.supports(claim: 700))
    }

    @Test(
        "Trade with Kazakhstan 'grew 50 percent, rising to $760 million in 2010' from about $507 million in 2009"
    )
    func kazakhstanFiftyPercent() throws {
        let growth = try #require(
            catalog.growth(
                of: .tradeTurnover, between: .country(.korea), and: .country(.kazakhstan),
                from: 2009, to: 2010))
        #expect(!growth.claimsDisagree)
        #expect(growth.lowest == growth.highest)
        #expect(growth.lowest.bound == .approximately)
        #expect(abs(growth.lowest.percentChange - 50) < 1)
        #expect(growth.supports(claim: 1.5))
    }

    @Test(
        "Uzbekistan's 2010 trade 'up more than 30 percent from 2009' cannot be checked: the sources give no 2009 figure"
    )
    func uzbekistanHasNoBaseYear() {
        let figures = catalog.indicators(
            between: .country(.korea), and: .country(.uzbekistan), measure: .tradeTurnover)
        #expect(figures.map(\.year) == [2010, 2023])
        #expect(
            catalog.growth(
                of: .tradeTurnover, between: .country(.korea), and: .country(.uzbekistan),
                from: 2009, to: 2010) == nil)
    }
}

@Suite("Queries on the catalog")
struct CatalogQueryTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    @Test("Forums of a country: those it hosts, rotates in, or has member institutions of")
    func forumsOfCountry() {
        #expect(
            catalog.forums(of: .kyrgyzstan).map(\.id).sorted() == [
                Catalog.cooperationForumID, "korea-central-asia-secretariat-executive-committee",
                Catalog.thinkTankForumID,
            ])
        #expect(catalog.forums(of: .mongolia).isEmpty)
    }

    @Test("Editions hosted by a country come with their forums, in date order")
    func editionsHostedBy() {
        let hosted = catalog.editions(hostedBy: .kyrgyzstan)
        #expect(hosted.map(\.edition.date) == ["2013-10-04", "2025-06-13"])
        #expect(hosted.map(\.forum.id) == [Catalog.cooperationForumID, Catalog.thinkTankForumID])
    }

    @Test("Members of a forum on a date are resolved to institutions; none before the founding")
    func membersOnDate() {
        #expect(catalog.memberInstitutions(of: Catalog.thinkTankForumID, on: "2025").count == 6)
        #expect(catalog.memberInstitutions(of: Catalog.thinkTankForumID, on: "2023-11-19").isEmpty)
        #expect(catalog.memberInstitutions(of: "no-such-forum", on: "2025").isEmpty)
    }

    @Test("Indicators for a pair are sorted by year, in either order of the parties")
    func indicatorsForPair() {
        let years = catalog.indicators(between: .country(.kazakhstan), and: .country(.korea)).map(
            \.year)
        #expect(years == [2008, 2009, 2010, 2019, 2020, 2020, 2022, 2022, 2023, 2023, 2023, 2024])
    }
}
