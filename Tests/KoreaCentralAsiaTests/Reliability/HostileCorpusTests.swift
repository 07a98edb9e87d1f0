import Foundation
import KoreaCentralAsia
import TestSupport
import Testing

/// One file of `Fixtures/hostile/` and how it must be refused.
///
/// The files end in `.input`, not `.json`: `.ci/check-schema.py` requires every `.json` under
/// `Fixtures/` outside `malformed/` to be valid, and most of these are not even JSON.
struct HostileInput: Sendable, CustomTestStringConvertible {
    /// The file name without `.input`; it says what is wrong.
    let file: String
    /// The kind of refusal.
    let kind: DatasetDecodingError.Kind
    /// The JSON path the refusal names; empty for the document as a whole.
    let path: String
    /// Words the reason must contain, so that the refusal says what is wrong.
    let says: String

    init(_ file: String, _ kind: DatasetDecodingError.Kind, _ path: String, says: String) {
        self.file = file
        self.kind = kind
        self.path = path
        self.says = says
    }

    var testDescription: String { file }

    /// The file's bytes.
    func data() throws -> Data { try Data(contentsOf: try HostileInput.url(of: file)) }

    /// The file's location in the test bundle.
    static func url(of file: String) throws -> URL {
        try #require(
            Bundle.module.url(
                forResource: file, withExtension: "input", subdirectory: "Fixtures/hostile"),
            "Fixtures/hostile/\(file).input is not in the test bundle")
    }

    static let deepArrays = String(repeating: "[0]", count: 64)

    /// Every file of the corpus.
    ///
    /// Paths of the `DecodingLimits` scan (invalid JSON, nesting, duplicate keys) are those of
    /// the value being read when it stopped.
    static let corpus: [HostileInput] = [
        // Bytes that are not JSON, or not UTF-8 JSON.
        .init("empty", .invalidJSON, "", says: "the document is empty"),
        .init("whitespace-only", .invalidJSON, "", says: "the document is empty"),
        .init("binary-garbage", .invalidJSON, "", says: "line 1, column 1"),
        .init("nul-bytes-only", .invalidJSON, "", says: "a NUL byte at line 1, column 1"),
        .init("nul-byte-before-document", .invalidJSON, "", says: "a NUL byte at line 1, column 1"),
        .init("nul-byte-after-document", .invalidJSON, "", says: "where the end of the document"),
        .init(
            "raw-nul-in-string", .invalidJSON, "sources[0].title",
            says: "a NUL byte inside a string"),
        .init(
            "raw-newline-in-string", .invalidJSON, "sources[0].title",
            says: "the control character 0x0A inside a string"),
        .init("invalid-utf8-in-string", .invalidJSON, "sources[0].title", says: "are not UTF-8"),
        .init("overlong-utf8-slash", .invalidJSON, "sources[0].title", says: "are not UTF-8"),
        .init("utf8-encoded-surrogate", .invalidJSON, "sources[0].title", says: "are not UTF-8"),
        .init("lone-surrogate-escape", .invalidJSON, "sources[0].title", says: "surrogate pair"),
        .init("invalid-escape", .invalidJSON, "sources[0].title", says: "the escape \\x"),
        .init("utf8-bom", .invalidJSON, "", says: "byte order mark"),
        .init("utf16-document", .invalidJSON, "", says: "UTF-16"),
        .init(
            "truncated-document", .invalidJSON, "agreements[0].provisions[2].year",
            says: "truncated"),
        .init(
            "truncated-in-string", .invalidJSON, "sources[0].title", says: "ends inside the string"),
        .init("truncated-after-key", .invalidJSON, "", says: "still open"),
        .init("trailing-comma", .invalidJSON, "sources[0]", says: "line 3, column 75"),
        .init("comment", .invalidJSON, "", says: "'/' at line 1, column 1"),
        .init("single-quoted-string", .invalidJSON, "sources[0].title", says: "''' at line 3"),
        .init("unquoted-key", .invalidJSON, "", says: "a key in double quotes"),
        .init("nan-amount", .invalidJSON, "indicators[0].value.amount", says: "'N' at line 42"),
        .init("two-documents", .invalidJSON, "", says: "where the end of the document"),
        .init("mismatched-bracket", .invalidJSON, "institutions[1].sources", says: "',' or '}'"),
        .init("unmatched-closing-brace", .invalidJSON, "", says: "'}' at line 50, column 2"),
        // Wrong types at every level.
        .init("top-level-array", .wrongType, "", says: "expected an object"),
        .init("top-level-string", .wrongType, "", says: "expected an object"),
        .init("top-level-null", .wrongType, "", says: "found null"),
        .init("schema-version-as-string", .wrongType, "schemaVersion", says: "expected a number"),
        .init("sources-as-object", .wrongType, "sources", says: "expected an array"),
        .init("forum-as-string", .wrongType, "forums[0]", says: "expected an object"),
        .init("forum-name-null", .wrongType, "forums[0].name", says: "found null"),
        .init("charter-as-array", .wrongType, "forums[0].charter", says: "expected an object"),
        .init("edition-as-number", .wrongType, "forums[0].editions[0]", says: "expected an object"),
        .init("edition-without-host", .missingKey, "forums[0].editions[0].host", says: "\"host\""),
        .init(
            "membership-event-as-array", .wrongType, "forums[0].membership[0]",
            says: "expected an object"),
        .init(
            "recommenders-as-string", .wrongType, "forums[0].membership[1].recommendedBy",
            says: "expected an array"),
        .init(
            "provision-as-string", .wrongType, "agreements[0].provisions[0]",
            says: "expected an object"),
        .init(
            "indicator-value-as-number", .wrongType, "indicators[0].value",
            says: "expected an object"),
        .init(
            "amount-as-boolean", .wrongType, "indicators[0].value.amount", says: "expected a number"
        ),
        // Unknown values of closed sets.
        .init("unknown-forum-kind", .invalidValue, "forums[0].kind", says: "\"conference\""),
        .init(
            "unknown-edition-status", .invalidValue, "forums[0].editions[0].status",
            says: "\"adjourned\""),
        .init(
            "unknown-membership-event", .invalidValue, "forums[0].membership[0].event",
            says: "\"suspended\""),
        .init(
            "unknown-partnership-level", .invalidValue, "partnerships[0].stages[0].level",
            says: "\"alliance\""),
        .init("unknown-bound", .invalidValue, "indicators[0].value.bound", says: "\"roughly\""),
        .init(
            "unknown-agreement-kind", .invalidValue, "agreements[0].kind", says: "\"communique\""),
        .init("unknown-measure", .invalidValue, "indicators[0].measure", says: "\"gdp\""),
        .init(
            "enum-value-wrong-case", .invalidValue, "institutions[0].kind", says: "\"ThinkTank\""),
        .init("unknown-currency", .invalidValue, "indicators[0].value.currency", says: "\"XYZ\""),
        // Codes, identifiers, dates, addresses.
        .init(
            "unassigned-country-code", .invalidValue, "partnerships[0].countries[1]", says: "\"XK\""
        ),
        .init(
            "lowercase-pivot", .invalidValue, "forums[0].charter.rotation.pivot",
            says: "upper case: \"KR\""),
        .init(
            "kelvin-sign-country-code", .invalidValue, "institutions[1].country",
            says: "not an assigned ISO 3166-1 alpha-2 code"),
        .init(
            "newline-in-country-code", .invalidValue, "institutions[0].country",
            says: "\"K\\u{A}Z\""),
        .init(
            "terminal-escape-in-identifier", .invalidValue, "institutions[0].id",
            says: "\"\\u{1B}[2J\\u{1B}[31mkaziss\""),
        .init(
            "cyrillic-letter-in-identifier", .invalidValue, "institutions[0].id",
            says: "is not an identifier"),
        .init("february-thirtieth", .invalidValue, "forums[0].established", says: "has 28 days"),
        .init("february-29-not-leap", .invalidValue, "meetings[0].date", says: "has 28 days"),
        .init("month-thirteen", .invalidValue, "agreements[0].date", says: "no month 13"),
        .init("year-zero", .invalidValue, "initiatives[0].announced", says: "1 to 9999"),
        .init("date-with-time", .invalidValue, "forums[0].editions[0].date", says: "YYYY-MM-DD"),
        .init(
            "end-date-before-date", .invalidValue, "forums[0].editions[0].endDate",
            says: "before the date"),
        .init("javascript-url", .invalidValue, "sources[0].url", says: "http or https"),
        // Numbers.
        .init(
            "400-digit-ordinal", .invalidValue, "forums[0].editions[0].ordinal",
            says: "is not an edition ordinal"),
        .init(
            "400-digit-amount", .invalidValue, "indicators[0].value.amount", says: "out of range"),
        .init(
            "400-digit-negative-year", .invalidValue, "indicators[0].year", says: "is not a year"),
        .init(
            "400-digit-schema-version", .invalidValue, "schemaVersion",
            says: "is not a schema version"),
        .init(
            "huge-exponent-amount", .invalidValue, "indicators[0].value.amount",
            says: "out of range"),
        .init("fractional-year", .invalidValue, "indicators[0].year", says: "1992.5"),
        .init("negative-ordinal", .invalidValue, "forums[0].editions[0].ordinal", says: "-1"),
        .init(
            "future-schema-version", .unsupportedSchemaVersion, "schemaVersion",
            says: "schema version 4"),
        .init(
            "schema-version-zero", .malformed, "schemaVersion", says: "0 is not a schema version"),
        // Duplicate keys: JSONDecoder keeps the first, Python's json the last.
        .init(
            "duplicate-schema-version", .duplicateKey, "schemaVersion",
            says: "appears twice"),
        .init("duplicate-host", .duplicateKey, "forums[0].editions[0].host", says: "appears twice"),
        .init(
            "escaped-duplicate-key", .duplicateKey, "sources[0].publisher",
            says: "the key \"publisher\" appears twice"),
        // Nesting.
        .init("deep-nesting-100000", .tooDeep, deepArrays, says: "more than 64 levels"),
        .init(
            "deep-nesting-in-unknown-key", .tooDeep,
            "extra" + String(repeating: "[0]", count: 63), says: "more than 64 levels"),
        .init(
            "deep-objects-unclosed", .tooDeep,
            Array(repeating: "a", count: 64).joined(separator: "."), says: "more than 64 levels"),
    ]
}

@Suite("Hostile input: every file of the corpus is refused with a typed, one-line error")
struct HostileCorpusTests {
    @Test(
        "Dataset(json:) throws DatasetDecodingError with the kind and path of the fault",
        arguments: HostileInput.corpus)
    func refused(_ input: HostileInput) throws {
        let data = try input.data()
        let error = try #require(throws: DatasetDecodingError.self) { try Dataset(json: data) }
        #expect(error.kind == input.kind, "\(error)")
        #expect(error.path == input.path, "\(error)")
        #expect(error.reason.contains(input.says), "\(error)")
        #expect(isOneSafeLine(error.description), "\(error.description.debugDescription)")
        #expect(error.reason.utf8.count < 400, "the reason is \(error.reason.utf8.count) bytes")
    }

    @Test("The table lists every file of Fixtures/hostile, once, and there are at least 25")
    func tableCoversCorpus() throws {
        let folder = try #require(
            Bundle.module.url(forResource: "hostile", withExtension: nil, subdirectory: "Fixtures"))
        let files = Set(
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "input" }
                .map { $0.deletingPathExtension().lastPathComponent })
        let table = HostileInput.corpus.map(\.file)
        #expect(Set(table).count == table.count, "a file is listed twice")
        #expect(files.subtracting(table).sorted() == [], "files without an expectation")
        #expect(Set(table).subtracting(files).sorted() == [], "expectations without a file")
        #expect(files.count >= 25)
    }

    @Test(
        "validate-dataset FILE exits 2 with one line on standard error naming the file and the path",
        arguments: HostileInput.corpus)
    func validateDatasetRefuses(_ input: HostileInput) throws {
        let url = try HostileInput.url(of: input.file)
        let result = try BuiltProgram.run("validate-dataset", [url.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        let line = String(result.stderrLines.first ?? "")
        #expect(line.contains(url.path), "\(result)")
        #expect(line.contains(input.path.isEmpty ? input.says : "\(input.path): "), "\(result)")
        #expect(isOneSafeLine(line), "\(line.debugDescription)")
        #expect(result.stdout.isEmpty, "\(result)")
    }
}

/// Whether a message is one line that is safe to print on a terminal: no newline, no other
/// control character (ESC could drive the terminal), no bidirectional override.
func isOneSafeLine(_ text: String) -> Bool {
    !text.unicodeScalars.contains { scalar in
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
