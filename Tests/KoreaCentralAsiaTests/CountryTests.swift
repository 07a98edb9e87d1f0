import KoreaCentralAsia
import Testing

@Suite("Country")
struct CountryTests {
    @Test("An assigned ISO 3166-1 alpha-2 code is a country; others are refused")
    func assignedCodes() throws {
        #expect(try Country("KZ") == .kazakhstan)
        #expect(throws: ValueError.self) { try Country("XX") }
        #expect(throws: ValueError.self) { try Country("kz") }
    }
}
