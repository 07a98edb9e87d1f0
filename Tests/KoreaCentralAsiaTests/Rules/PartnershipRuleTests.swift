import KoreaCentralAsia
import Testing

/// A partnership is between two countries, and its stages go oldest first.
@Suite("Partnerships: two countries, stages in order")
struct PartnershipRuleTests {
    private func check(_ partnership: Partnership) -> [Violation] {
        PartnershipRule().check(Dataset(partnerships: [partnership]))
    }

    @Test("A partnership of a country with itself is an error")
    func selfPartnership() throws {
        let found = check(Partnership(countries: (.korea, .korea), stages: []))
        let violation = try #require(found.first)
        #expect(found.map(\.code) == [.partnershipSelf])
        #expect(violation.severity == .error)
        #expect(violation.subject == "partnerships[KR-KR]")
    }

    @Test("A partnership of two countries is not a self-partnership")
    func twoCountries() {
        #expect(check(Partnership(countries: (.korea, .uzbekistan), stages: [])).isEmpty)
    }

    @Test(
        "Stages must go oldest first; dates that may be in either order are not reported",
        arguments: [
            ("1992-01-29", "2006-03", false), ("2006-03", "1992-01-29", true),
            ("2006", "2006-03", false), ("2006-03", "2006", false), ("2006-04", "2006-03-31", true),
        ] as [(PartialDate, PartialDate, Bool)])
    func stageOrder(earlier: PartialDate, later: PartialDate, fires: Bool) {
        let partnership = Partnership(
            countries: (.korea, .uzbekistan),
            stages: [
                .init(level: .diplomaticRelations, since: earlier),
                .init(level: .strategicPartnership, since: later),
            ])
        let found = check(partnership)
        #expect(found.map(\.subject.path) == (fires ? ["partnerships[KR-UZ]"] : []))
        #expect(found.allSatisfy { $0.code == .partnershipChronology && $0.severity == .error })
    }
}
