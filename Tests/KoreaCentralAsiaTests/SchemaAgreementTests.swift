import Foundation
import KoreaCentralAsia
import Testing

@Suite("The schema and the decoder agree")
struct SchemaAgreementTests {
    /// A document of `Fixtures/malformed/` and how the decoder must refuse it.
    ///
    /// `Documentation/dataset.schema.json` must reject the same files: `.ci/check-schema.py` checks
    /// that side, so the schema and the decoder agree on every fixture.
    struct Malformed: Sendable, CustomTestStringConvertible {
        /// The file name without `.json`; it says what is wrong.
        let file: String
        /// The JSON path the error must name.
        let path: String
        /// The kind of error.
        let kind: DatasetDecodingError.Kind

        var testDescription: String { file }
    }

    /// Every malformed fixture, with the path and kind of error the decoder must report.
    static let malformed: [Malformed] = [
        .init(file: "amount-as-string", path: "indicators[0].value.amount", kind: .wrongType),
        .init(file: "empty-name", path: "institutions[0].names[0].text", kind: .invalidValue),
        .init(
            file: "claim-of-unknown-property", path: "forums[0].editions[0].claims[0].property",
            kind: .invalidValue),
        .init(
            file: "claim-value-of-wrong-type", path: "forums[0].editions[0].claims[0].value",
            kind: .wrongType),
        .init(file: "impossible-as-of", path: "asOf", kind: .invalidValue),
        .init(
            file: "language-not-bcp47", path: "institutions[0].names[0].language",
            kind: .invalidValue),
        .init(file: "misspelt-key", path: "institutions[0].acronymn", kind: .unknownKey),
        .init(
            file: "first-edition-provision-without-host", path: "agreements[0].provisions[0].host",
            kind: .missingKey),
        .init(file: "forum-without-editions", path: "forums[0].editions", kind: .missingKey),
        .init(
            file: "founding-event-with-recommenders",
            path: "forums[0].membership[0].recommendedBy", kind: .invalidValue),
        .init(file: "ftp-address", path: "sources[0].url", kind: .invalidValue),
        .init(
            file: "future-schema-version", path: "schemaVersion", kind: .unsupportedSchemaVersion),
        .init(file: "impossible-month", path: "sources[0].published", kind: .invalidValue),
        .init(
            file: "lowercase-country-code", path: "forums[0].editions[0].host", kind: .invalidValue),
        .init(file: "null-sources", path: "sources", kind: .wrongType),
        .init(file: "ordinal-as-string", path: "forums[0].editions[0].ordinal", kind: .wrongType),
        .init(
            file: "ordinal-with-fraction", path: "forums[0].editions[0].ordinal",
            kind: .invalidValue),
        .init(file: "ordinal-zero", path: "forums[0].editions[0].ordinal", kind: .invalidValue),
        .init(
            file: "partnership-with-three-countries", path: "partnerships[0].countries",
            kind: .invalidValue),
        .init(
            file: "period-from-a-year", path: "forums[0].charters[0].from.year", kind: .unknownKey),
        .init(
            file: "period-unknown-force", path: "forums[0].charters[0].force", kind: .invalidValue),
        .init(
            file: "parity-without-pivot-years", path: "forums[0].charter.rotation.rule",
            kind: .invalidValue),
        .init(
            file: "order-on-a-parity-rotation", path: "forums[0].charter.rotation.order",
            kind: .invalidValue),
        .init(
            file: "rotation-group-twice", path: "forums[0].charter.rotation.group",
            kind: .invalidValue),
        .init(
            file: "rule-code-without-family", path: "acknowledgements[0].code", kind: .invalidValue),
        .init(
            file: "too-many-recommenders-required",
            path: "forums[0].charter.admission.minimumRecommenders", kind: .invalidValue),
        .init(file: "topic-not-lower-camel", path: "meetings[0].topics[0]", kind: .invalidValue),
        .init(file: "two-digit-year", path: "meetings[0].date", kind: .invalidValue),
        .init(file: "unknown-country-code", path: "institutions[0].country", kind: .invalidValue),
        .init(file: "unknown-currency", path: "indicators[0].value.currency", kind: .invalidValue),
        .init(
            file: "unknown-edition-mode", path: "forums[0].editions[0].mode", kind: .invalidValue),
        .init(file: "unknown-institution-kind", path: "institutions[0].kind", kind: .invalidValue),
        .init(
            file: "unknown-membership-status", path: "forums[0].membership[1].status",
            kind: .invalidValue),
        .init(
            file: "unknown-provision", path: "agreements[0].provisions[0].provision",
            kind: .invalidValue),
        .init(file: "uppercase-identifier", path: "institutions[0].id", kind: .invalidValue),
        .init(
            file: "wikidata-value-without-q", path: "institutions[0].identifiers[0].value",
            kind: .invalidValue),
        .init(file: "year-ten-thousand", path: "indicators[0].year", kind: .invalidValue),
    ]

    /// The bytes of a fixture of the test bundle.
    static func fixture(_ name: String, in subdirectory: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: subdirectory),
            "\(subdirectory)/\(name).json is not in the test bundle")
        return try Data(contentsOf: url)
    }

    @Test("The minimal valid document decodes: a schema version and the required arrays suffice")
    func minimalDocumentDecodes() throws {
        let dataset = try Dataset(json: Self.fixture("minimal", in: "Fixtures"))
        #expect(dataset.sources.map(\.id) == ["example-source"])
        #expect(dataset.institutions.map(\.id) == ["kaziss"])
        #expect(
            dataset.forums.isEmpty && dataset.partnerships.isEmpty && dataset.agreements.isEmpty)
        #expect(dataset.meetings.isEmpty && dataset.indicators.isEmpty)
        #expect(dataset.initiatives.isEmpty && dataset.acknowledgements.isEmpty)
    }

    @Test(
        "A document the schema rejects is refused by the decoder, with an error that names the JSON path of the fault",
        arguments: malformed)
    func malformedDocumentIsRefused(_ document: Malformed) throws {
        let data = try Self.fixture(document.file, in: "Fixtures/malformed")
        let error = try #require(throws: DatasetDecodingError.self) { try Dataset(json: data) }
        #expect(error.path == document.path, "\(error)")
        #expect(error.kind == document.kind, "\(error)")
        #expect(!error.reason.isEmpty)
    }

    @Test(
        "Every file of Fixtures/malformed has its expected path in the table, and no entry lacks a file"
    )
    func tableCoversEveryMalformedFixture() throws {
        let folder = try #require(
            Bundle.module.url(
                forResource: "malformed", withExtension: nil, subdirectory: "Fixtures"))
        let files = Set(
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .map { $0.deletingPathExtension().lastPathComponent })
        let table = Self.malformed.map(\.file)
        #expect(Set(table).count == table.count, "a file is listed twice")
        #expect(files.subtracting(table).sorted() == [], "fixtures without an expected path")
        #expect(Set(table).subtracting(files).sorted() == [], "table entries without a fixture")
        #expect(files.count >= 8)
    }
}
