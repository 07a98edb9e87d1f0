import KoreaCentralAsia
import Testing

@Suite("Codes are ASCII")
struct LookalikeCodeTests {
    @Test(
        "A code with a look-alike of a capital letter is refused, though Swift's string equality treats it as equal",
        arguments: ["\u{212A}Z", "\u{212A}R"])
    func kelvinSignCountry(code: String) {
        // Canonical equivalence: the trap this guards against.
        #expect(code == "KZ" || code == "KR")
        #expect(throws: ValueError.self) { try Country(code) }
    }

    @Test("A currency code with the Kelvin sign is refused")
    func kelvinSignCurrency() {
        #expect(throws: ValueError.self) { try Currency("\u{212A}RW") }
        #expect(throws: Never.self) { try Currency("KRW") }
    }
}
