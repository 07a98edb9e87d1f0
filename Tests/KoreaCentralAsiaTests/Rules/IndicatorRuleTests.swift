import KoreaCentralAsia
import Testing

/// Money amounts are not negative.
@Suite("Indicators: amounts")
struct IndicatorRuleTests {
    @Test(
        "A negative amount is an error; zero and positive amounts are not",
        arguments: [(-1.0, true), (-0.01, true), (0.0, false), (15_000_000.0, false)])
    func amount(amount: Double, fires: Bool) throws {
        let indicator = Indicator(
            id: "trade-kr-central-asia-1992", measure: .tradeTurnover, between: .country(.korea),
            and: .centralAsia, year: 1992, value: try Figure(amount: amount, currency: .usd))
        let found = IndicatorRule().check(Dataset(indicators: [indicator]))
        #expect(
            found.map(\.subject.path) == (fires ? ["indicators[trade-kr-central-asia-1992]"] : []))
        #expect(found.allSatisfy { $0.code == .indicatorAmount && $0.severity == .error })
    }
}
