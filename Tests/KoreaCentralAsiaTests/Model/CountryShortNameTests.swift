import Testing

@testable import KoreaCentralAsia

/// The ISO 3166-1 tables: English short names, alpha-3 and numeric codes, as Debian's iso-codes
/// package publishes them.
@Suite("ISO 3166-1 short names and codes")
struct CountryShortNameTests {
    /// Whether `text` is exactly `count` ASCII bytes, each in `range`.
    private func isASCII(_ text: String, count: Int, in range: ClosedRange<UInt8>) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { range.contains($0) }
    }

    @Test("Every assigned code has a short name, an upper-case alpha-3, a three-digit numeric code")
    func everyAssignedCodeIsInTheTables() {
        for country in Country.allAssigned {
            let name = Country.isoShortNames[country.code]
            #expect(name != nil && name?.isEmpty == false, "no short name for \(country.code)")
            let alpha3 = Country.isoAlpha3[country.code] ?? ""
            #expect(
                isASCII(alpha3, count: 3, in: 65...90),
                "alpha-3 of \(country.code) is \"\(alpha3)\", not three upper-case letters")
            let numeric = Country.isoNumeric[country.code] ?? ""
            #expect(
                isASCII(numeric, count: 3, in: 48...57),
                "numeric code of \(country.code) is \"\(numeric)\", not three digits")
        }
    }

    @Test("The tables have no key that is not an assigned code")
    func noUnassignedKeys() {
        let assigned = Set(Country.allAssigned.map(\.code))
        #expect(Set(Country.isoShortNames.keys).subtracting(assigned).isEmpty)
        #expect(Set(Country.isoAlpha3.keys).subtracting(assigned).isEmpty)
        #expect(Set(Country.isoNumeric.keys).subtracting(assigned).isEmpty)
    }

    struct SpotCheck: Sendable, CustomTestStringConvertible {
        let code: String
        let name: String
        let alpha3: String
        let numeric: String
        var testDescription: String { "\(code) is \(name), \(alpha3), \(numeric)" }
    }

    @Test(
        "A code's short name, alpha-3 and numeric code are the ones ISO 3166-1 gives",
        arguments: [
            SpotCheck(code: "CN", name: "China", alpha3: "CHN", numeric: "156"),
            SpotCheck(code: "JP", name: "Japan", alpha3: "JPN", numeric: "392"),
            SpotCheck(code: "US", name: "United States", alpha3: "USA", numeric: "840"),
            SpotCheck(code: "RU", name: "Russian Federation", alpha3: "RUS", numeric: "643"),
            SpotCheck(code: "DE", name: "Germany", alpha3: "DEU", numeric: "276"),
            SpotCheck(code: "IT", name: "Italy", alpha3: "ITA", numeric: "380"),
            SpotCheck(code: "IN", name: "India", alpha3: "IND", numeric: "356"),
            SpotCheck(code: "SA", name: "Saudi Arabia", alpha3: "SAU", numeric: "682"),
            SpotCheck(code: "AE", name: "United Arab Emirates", alpha3: "ARE", numeric: "784"),
            SpotCheck(code: "KZ", name: "Kazakhstan", alpha3: "KAZ", numeric: "398"),
            SpotCheck(code: "KR", name: "Korea, Republic of", alpha3: "KOR", numeric: "410"),
        ])
    func spotCheck(_ example: SpotCheck) {
        #expect(Country.isoShortNames[example.code] == example.name)
        #expect(Country.isoAlpha3[example.code] == example.alpha3)
        #expect(Country.isoNumeric[example.code] == example.numeric)
    }

    @Test("No two codes share an alpha-3 code or a numeric code")
    func codesAreUnique() {
        let codes = Country.allAssigned.map(\.code)
        let alpha3 = codes.compactMap { Country.isoAlpha3[$0] }
        let numeric = codes.compactMap { Country.isoNumeric[$0] }
        #expect(Set(alpha3).count == alpha3.count)
        #expect(Set(numeric).count == numeric.count)
    }
}
