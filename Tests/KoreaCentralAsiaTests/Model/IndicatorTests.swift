import KoreaCentralAsia
import Testing

@Suite("Indicators and growth")
struct IndicatorTests {
    @Test("From about $15 million (1992) to more than $10 billion (2023) is more than 666 times")
    func tradeGrowth() throws {
        let growth = try #require(Fixtures.trade2023.growth(from: Fixtures.trade1992))
        #expect(growth.bound == .moreThan)
        #expect((growth.factor - 666.666).magnitude < 0.001)
        #expect(growth.claimableFactor == 666)
        #expect(growth.description == "more than 666×")
        #expect(growth.supports(claim: 600))
        #expect(growth.supports(claim: 666))
        #expect(!growth.supports(claim: 700))
    }

    @Test(
        "The bound of a growth follows from the bounds of the two figures",
        arguments: [
            (Figure.Bound.exact, Figure.Bound.exact, Figure.Bound?.some(.exact)),
            (.exact, .approximately, .approximately),
            (.approximately, .exact, .approximately),
            (.approximately, .approximately, .approximately),
            (.moreThan, .exact, .moreThan),
            (.moreThan, .approximately, .moreThan),
            (.moreThan, .lessThan, .moreThan),
            (.exact, .lessThan, .moreThan),
            (.approximately, .lessThan, .moreThan),
            (.lessThan, .exact, .lessThan),
            (.lessThan, .approximately, .lessThan),
            (.lessThan, .moreThan, .lessThan),
            (.exact, .moreThan, .lessThan),
            (.approximately, .moreThan, .lessThan),
            (.moreThan, .moreThan, nil),
            (.lessThan, .lessThan, nil),
        ])
    func bounds(later: Figure.Bound, earlier: Figure.Bound, expected: Figure.Bound?) throws {
        let growth = try Figure(amount: 300, currency: .usd, bound: later)
            .growth(from: try Figure(amount: 100, currency: .usd, bound: earlier))
        #expect(growth?.bound == expected)
        if expected != nil { #expect(growth?.factor == 3) }
    }

    @Test(
        "There is no growth between currencies, from a zero or negative amount, or to a negative one"
    )
    func noGrowth() throws {
        let dollars = try Figure(amount: 100, currency: .usd)
        #expect(try Figure(amount: 200, currency: .krw).growth(from: dollars) == nil)
        #expect(try dollars.growth(from: Figure(amount: 0, currency: .usd)) == nil)
        #expect(try dollars.growth(from: Figure(amount: -5, currency: .usd)) == nil)
        #expect(try Figure(amount: -1, currency: .usd).growth(from: dollars) == nil)
        #expect(
            try Figure(amount: 0, currency: .usd).growth(from: dollars)
                == Growth(factor: 0, bound: .exact))
    }

    @Test("Indicators of different measures have no growth between them")
    func measures() {
        var exports = Fixtures.trade1992
        exports.measure = .exports
        #expect(Fixtures.trade2023.growth(from: exports) == nil)
        #expect(Fixtures.trade2023.growth(from: Fixtures.trade1992) != nil)
    }

    @Test(
        "A growth is described without claiming more than its bound allows",
        arguments: [
            (666.666, Figure.Bound.moreThan, "more than 666×"),
            (1.5, .approximately, "about 1.5×"),
            (1.93, .lessThan, "less than 2×"),
            (3, .exact, "3×"),
            (12.4, .approximately, "about 12×"),
            (9.96, .moreThan, "more than 9.9×"),
            (1.04, .lessThan, "less than 1.1×"),
            (2.25, .exact, "2.3×"),
        ])
    func descriptions(factor: Double, bound: Figure.Bound, text: String) {
        #expect(Growth(factor: factor, bound: bound).description == text)
    }

    @Test("A claim agrees with a growth as its bound allows")
    func claims() {
        let lessThanTwo = Growth(factor: 1.93, bound: .lessThan)
        #expect(lessThanTwo.supports(claim: 2))
        #expect(!lessThanTwo.supports(claim: 1.5))
        let aboutOneAndAHalf = Growth(factor: 1.5, bound: .approximately)
        #expect(aboutOneAndAHalf.supports(claim: 1.55))
        #expect(!aboutOneAndAHalf.supports(claim: 1.6))
        #expect(aboutOneAndAHalf.supports(claim: 1.6, tolerance: 0.1))
        #expect(aboutOneAndAHalf.percentChange == 50)
    }

    @Test("A party is a country or the Central Asian group, in either order")
    func parties() {
        let trade = Fixtures.trade1992
        #expect(trade.isBetween(.country(.korea), .centralAsia))
        #expect(trade.isBetween(.centralAsia, .country(.korea)))
        #expect(!trade.isBetween(.country(.korea), .country(.uzbekistan)))
        #expect(Indicator.Economy.centralAsia.name == "Central Asia")
        #expect(Indicator.Economy.country(.uzbekistan).name == "Uzbekistan")
        #expect(Indicator.Economy.country(.korea).description == "KR")
        #expect(Indicator.Economy.country(.korea) < .centralAsia)
    }

    @Test("Bounds read as words before an amount")
    func phrases() {
        #expect(Figure.Bound.allCases.map(\.phrase) == ["", "about", "more than", "less than"])
    }

    @Test(
        "A currency is an ISO 4217 code; others are refused",
        arguments: ["USD", "KRW", "KZT", "UZS", "KGS", "TJS", "TMT", "EUR"])
    func currencies(code: String) throws {
        #expect(try Currency(code).code == code)
    }

    @Test(
        "Unknown and lower-case currency codes are refused",
        arguments: ["XYZ", "usd", "US", "USDT", "", "DOLLAR"])
    func unknownCurrencies(code: String) {
        #expect(
            throws: ValueError(
                .currencyCode, input: code, message: "\"\(code)\" is not an ISO 4217 currency code")
        ) {
            try Currency(code)
        }
    }
}
