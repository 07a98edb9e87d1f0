import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("Dataset(json:) and JSONDecoder agree: the same value, or both refuse")
struct DecoderAgreementTests {
    /// How the two decoders end on one input.
    enum Outcome: Equatable, CustomStringConvertible {
        case value(Dataset)
        case refused

        var description: String {
            switch self {
            case .value: "a dataset"
            case .refused: "a refusal"
            }
        }
    }

    /// Both decoders' outcomes on `data`, or `nil` when the limits refuse it (JSONDecoder knows
    /// no limits, so there is nothing to compare).
    static func outcomes(_ data: Data) -> (own: Outcome, foundation: Outcome)? {
        guard (try? DecodingLimits.standard.check(data)) != nil else { return nil }
        let own = (try? Dataset(json: data)).map(Outcome.value) ?? .refused
        let foundation =
            (try? JSONDecoder().decode(Dataset.self, from: data)).map(Outcome.value) ?? .refused
        return (own, foundation)
    }

    /// Every file under `Fixtures/`: valid, malformed, hostile and fuzz-found inputs.
    static func fixtureFiles() throws -> [URL] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (files?.allObjects as? [URL] ?? [])
            .filter { ["json", "input"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }

    @Test("Every fixture that passes the limits decodes to an equal value, or is refused, by both")
    func everyFixture() throws {
        let files = try Self.fixtureFiles()
        #expect(files.count > 100)
        var compared = 0
        for file in files {
            guard let (own, foundation) = Self.outcomes(try Data(contentsOf: file)) else {
                continue
            }
            compared += 1
            #expect(own == foundation, "\(file.lastPathComponent): \(own) against \(foundation)")
        }
        #expect(compared > 30)
    }

    @Test("The catalog decodes to the same value through both")
    func catalog() throws {
        let outcomes = try #require(Self.outcomes(Catalog.json))
        #expect(outcomes.own == outcomes.foundation)
        #expect(outcomes.own != .refused)
    }

    /// A minimal document with `number` as its schema version, an edition's ordinal and an
    /// indicator's amount.
    static func document(schemaVersion: String = "1", ordinal: String = "1", amount: String = "1")
        -> Data
    {
        Data(
            """
            {"schemaVersion": \(schemaVersion), "sources": [], "institutions": [],
             "partnerships": [], "agreements": [], "meetings": [],
             "forums": [{"id": "f", "name": "F", "kind": "thinkTank", "membership": [],
               "editions": [{"ordinal": \(ordinal), "date": "2024-07-30", "host": "UZ"}]}],
             "indicators": [{"id": "i", "measure": "tradeTurnover", "between": "KR", "and": "UZ",
               "year": 2020, "value": {"amount": \(amount), "currency": "USD"}}]}
            """.utf8)
    }

    static let numbers = [
        "1", "1.0", "1e0", "1E0", "10e-1", "0.1e1", "1.00000", "100e-2", "-0", "0", "0.0", "2",
        "1.5", "1e-400", "-1e-400", "1e400", "-1e400", "1e30", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "9007199254740993.0", "9007199254740993.5", "1e16", "1.5e10", "15000000000",
        "123456789012345678901234567890", "4.9e-324", "2.2250738585072011e-308",
        "1.7976931348623157e308", "1.7976931348623159e308", "0.30000000000000004",
        "9223372036854775807.0", "922337203685477580.7e1", "1.0000000000000001", "5e-1",
        "0.000000000000000000000000000000000000000000001e45",
    ]

    @Test(
        "A number decodes as JSONDecoder decodes it, as an Int and as a Double", arguments: numbers)
    func numberAgreement(_ number: String) throws {
        for document in [
            Self.document(schemaVersion: number), Self.document(ordinal: number),
            Self.document(amount: number),
        ] {
            let (own, foundation) = try #require(Self.outcomes(document))
            #expect(own == foundation, "\(number): \(own) against \(foundation)")
        }
    }

    @Test(
        "Strings with escapes decode as JSONDecoder decodes them",
        arguments: [
            #"plain"#, #"\u00e9t\u00E9"#, #"\ud83d\ude00 and \uD834\uDD1E"#, #"\"\\\/\b\f\n\r\t"#,
            #"\u0000 NUL"#, #"é 😀 한국 \u2028"#, #"e\u0301"#, #"\u212A"#,
            String(repeating: #"ab\n\u00e9"#, count: 20_000),
            String(repeating: "가", count: 100_000),
        ])
    func stringAgreement(_ text: String) throws {
        let data = Data(
            """
            {"schemaVersion": 1, "sources": [{"id": "s", "title": "\(text)", "publisher": "P",
              "note": "\(text)"}], "institutions": [], "partnerships": [], "forums": [],
              "agreements": [], "meetings": [], "indicators": []}
            """.utf8)
        let (own, foundation) = try #require(Self.outcomes(data))
        #expect(own == foundation)
        #expect(own != .refused)
    }

    @Test(
        "A key spelt with escapes, or as a canonically equivalent string, is found as JSONDecoder finds it"
    )
    func keySpellings() throws {
        for key in [#"schema\u0056ersion"#, #"\u0073chemaVersion"#, #"schemaVersio\u006E"#] {
            let data = Data(
                """
                {"\(key)": 1, "sources": [], "institutions": [], "partnerships": [], "forums": [],
                 "agreements": [], "meetings": [], "indicators": []}
                """.utf8)
            let (own, foundation) = try #require(Self.outcomes(data))
            #expect(own == foundation, "\(key)")
            #expect(own != .refused, "\(key)")
        }
    }

    @Test("Deep nesting inside an unknown key decodes as JSONDecoder does, up to the limit")
    func deepNesting() throws {
        let depth = 62
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let data = Data(
            """
            {"schemaVersion": 1, "x": \(nested), "sources": [], "institutions": [],
             "partnerships": [], "forums": [], "agreements": [], "meetings": [], "indicators": []}
            """.utf8)
        let (own, foundation) = try #require(Self.outcomes(data))
        #expect(own == foundation)
    }
}
