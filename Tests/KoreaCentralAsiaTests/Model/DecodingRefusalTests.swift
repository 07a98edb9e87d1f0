import Foundation
import KoreaCentralAsia
import Testing

/// One malformed edit of the base document, and the refusal it must cause.
struct Refusal: Sendable, CustomTestStringConvertible {
    /// Where the edit is made, and where the error must point.
    let path: String
    /// The value written there, or `nil` to remove the key.
    let value: JSONValue?
    let kind: DatasetDecodingError.Kind
    /// The start of the reason the error must give.
    let reason: String

    init(_ path: String, _ value: JSONValue?, _ kind: DatasetDecodingError.Kind, _ reason: String) {
        self.path = path
        self.value = value
        self.kind = kind
        self.reason = reason
    }

    var testDescription: String { "\(path) = \(value?.description ?? "(absent)")" }

    /// Makes the edit, decodes, and expects the refusal: its kind, its path and its reason.
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = try Fixtures.baseDocument().replacing(path, with: value)
        let error = try #require(
            Fixtures.refusal(document.description), "the document decoded",
            sourceLocation: sourceLocation)
        #expect(error.kind == kind, sourceLocation: sourceLocation)
        #expect(error.path == path, sourceLocation: sourceLocation)
        #expect(error.reason.hasPrefix(reason), "\(error.reason)", sourceLocation: sourceLocation)
        #expect(error.description == "\(path): \(error.reason)", sourceLocation: sourceLocation)
    }
}

@Suite("Decoding refusals: codes, dates and names")
struct DecodingRefusalTests {
    static let badCodes: [Refusal] = [
        Refusal(
            "forums[0].editions[0].host", "XX", .invalidValue,
            #""XX" is not an assigned ISO 3166-1 alpha-2 code"#),
        Refusal(
            "institutions[0].country", "kz", .invalidValue,
            #""kz" is not an assigned ISO 3166-1 alpha-2 code (country codes are upper case: "KZ")"#
        ),
        Refusal(
            "partnerships[0].countries[1]", "ZZ", .invalidValue,
            #""ZZ" is not an assigned ISO 3166-1"#),
        Refusal(
            "agreements[0].place.country", "EU", .invalidValue,
            #""EU" is not an assigned ISO 3166-1"#),
        Refusal(
            "forums[0].charter.rotation.group[2]", "XK", .invalidValue,
            #""XK" is not an assigned ISO 3166-1"#),
        Refusal(
            "forums[0].charter.rotation.pivot", "KOR", .invalidValue,
            #""KOR" is not an assigned ISO 3166-1"#),
        Refusal(
            "indicators[0].and", "centralasia", .invalidValue,
            #""centralasia" is not an assigned ISO 3166-1 alpha-2 code (nor "centralAsia")"#),
        Refusal(
            "indicators[0].value.currency", "XYZ", .invalidValue,
            #""XYZ" is not an ISO 4217 currency code"#),
        Refusal(
            "indicators[0].value.currency", "usd", .invalidValue,
            #""usd" is not an ISO 4217 currency code"#),
    ]

    static let badDates: [Refusal] = [
        Refusal(
            "forums[0].established", "2023-02-30", .invalidValue,
            #""2023-02-30" is not a valid date: February 2023 has 28 days"#),
        Refusal(
            "sources[0].published", "2023-13", .invalidValue,
            #""2023-13" is not a valid date: there is no month 13"#),
        Refusal(
            "meetings[0].date", "2023-1-5", .invalidValue,
            #""2023-1-5" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"#),
        Refusal(
            "forums[0].membership[0].date", "2023-02-29", .invalidValue,
            #""2023-02-29" is not a valid date"#),
        Refusal(
            "agreements[0].date", "1900-02-29", .invalidValue, #""1900-02-29" is not a valid date"#),
        Refusal(
            "partnerships[0].stages[0].since", "2023-04-31", .invalidValue,
            "\"2023-04-31\" is not a valid date: April"),
        Refusal(
            "forums[0].editions[0].endDate", "2024-06-00", .invalidValue,
            #""2024-06-00" is not a valid date"#),
        Refusal(
            "institutions[0].established", "0000", .invalidValue, #""0000" is not a valid date"#),
        Refusal(
            "initiatives[0].announced", "8 March 2009", .invalidValue,
            #""8 March 2009" is not a date of the form"#),
    ]

    static let unknownValues: [Refusal] = [
        Refusal(
            "institutions[0].kind", "club", .invalidValue,
            #""club" is not a known institution kind (known: thinkTank, foundation, university, researchCentre, embassy, ministry, governmentOffice, secretariat, intergovernmentalOrganization)"#
        ),
        Refusal(
            "institutions[1].kind", "ThinkTank", .invalidValue,
            #""ThinkTank" is not a known institution kind"#),
        Refusal(
            "forums[0].kind", "conference", .invalidValue,
            #""conference" is not a known forum kind"#),
        Refusal(
            "partnerships[0].stages[0].level", "alliance", .invalidValue,
            #""alliance" is not a known partnership level"#),
        Refusal(
            "forums[0].editions[0].status", "adjourned", .invalidValue,
            #""adjourned" is not a known edition status"#),
        Refusal(
            "forums[0].editions[0].mode", "online", .invalidValue,
            #""online" is not a known edition mode"#),
        Refusal(
            "forums[0].membership[0].event", "joined", .invalidValue,
            #""joined" is not a known membership event"#),
        Refusal(
            "forums[0].membership[1].status", "guest", .invalidValue,
            #""guest" is not a known membership status"#),
        Refusal(
            "agreements[0].provisions[0].provision", "moratorium", .invalidValue,
            #""moratorium" is not a known provision"#),
        Refusal(
            "agreements[0].provisions[0].cadence", "monthly", .invalidValue,
            #""monthly" is not a known cadence"#),
        Refusal("indicators[0].measure", "gdp", .invalidValue, #""gdp" is not a known measure"#),
        Refusal(
            "indicators[0].value.bound", "around", .invalidValue, #""around" is not a known bound"#),
        Refusal(
            "agreements[0].kind", "contract", .invalidValue,
            #""contract" is not a known agreement kind"#),
        Refusal(
            "forums[0].charter.cadence", "monthly", .invalidValue,
            #""monthly" is not a known cadence (known: annual, biennial, irregular)"#),
        Refusal(
            "forums[0].charter.rotation.rule", "random", .invalidValue,
            #""random" is not a known rotation rule"#),
        Refusal(
            "forums[0].charter.admission.rule", "invitation", .invalidValue,
            #""invitation" is not a known admission rule"#),
        Refusal(
            "meetings[0].topics[0]", "climate-change", .invalidValue,
            #""climate-change" is not a lowerCamel topic name"#),
        Refusal(
            "forums[0].editions[0].level", "Vice minister", .invalidValue,
            #""Vice minister" is not a lowerCamel meeting level"#),
        Refusal(
            "institutions[0].identifiers[0].scheme", "Wiki Data", .invalidValue,
            #""Wiki Data" is not a lowerCamel scheme"#),
        Refusal(
            "acknowledgements[0].code", "Rotation", .invalidValue, #""Rotation" is not a rule code"#
        ),
        Refusal("institutions[0].id", "KazISS", .invalidValue, #""KazISS" is not an identifier"#),
        Refusal(
            "forums[0].editions[0].organizers[0]", "", .invalidValue, #""" is not an identifier"#),
        Refusal(
            "sources[0].url", "ftp://example.org/a", .invalidValue,
            #""ftp://example.org/a" is not an absolute http or https address"#),
        Refusal(
            "institutions[0].identifiers[0].value", "X42", .invalidValue,
            #""X42" is not a Wikidata item identifier (Q followed by digits)"#),
    ]

    @Test("The base document of these tests decodes")
    func baseDocumentDecodes() throws {
        let dataset = try Dataset(json: Data(Fixtures.baseDocument().description.utf8))
        #expect(dataset.forums.first?.editions.first?.host == .uzbekistan)
    }

    @Test(
        "An unassigned country code or unknown currency is refused at its path", arguments: badCodes
    )
    func codes(refusal: Refusal) throws { try refusal.check() }

    @Test("An impossible or malformed date is refused at its path", arguments: badDates)
    func dates(refusal: Refusal) throws { try refusal.check() }

    @Test(
        "An unknown value of a closed set, or a malformed name, is refused at its path",
        arguments: unknownValues)
    func values(refusal: Refusal) throws { try refusal.check() }

    @Test("The error reads path: reason")
    func description() throws {
        let document = try Fixtures.baseDocument().replacing(
            "forums[0].editions[0].host", with: "XX")
        let error = try #require(Fixtures.refusal(document.description))
        #expect(
            error.description
                == #"forums[0].editions[0].host: "XX" is not an assigned ISO 3166-1 alpha-2 code"#)
        #expect(
            error
                == DatasetDecodingError(
                    .invalidValue, path: "forums[0].editions[0].host",
                    reason: #""XX" is not an assigned ISO 3166-1 alpha-2 code"#))
    }
}
