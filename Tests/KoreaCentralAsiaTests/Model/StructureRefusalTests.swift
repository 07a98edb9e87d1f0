import KoreaCentralAsia
import Testing

@Suite("Decoding refusals: structure, types and keys")
struct StructureRefusalTests {
    static let badStructure: [Refusal] = [
        Refusal(
            "partnerships[0].countries", ["KR", "UZ", "KZ"], .invalidValue,
            "a partnership names exactly two countries, not 3"),
        Refusal(
            "partnerships[0].countries", ["KR"], .invalidValue,
            "a partnership names exactly two countries, not 1"),
        Refusal(
            "forums[0].membership[0].recommendedBy", ["iica"], .invalidValue,
            "only an admission has recommenders, not a founded event"),
        Refusal(
            "forums[0].membership[2].status", "member", .invalidValue,
            "only an admission has a status, not a withdrew event"),
        Refusal(
            "forums[0].editions[0].ordinal", 0, .invalidValue,
            "0 is not an edition ordinal (1 to 1000000)"),
        Refusal(
            "forums[0].editions[0].ordinal", -3, .invalidValue,
            "-3 is not an edition ordinal (1 to 1000000)"),
        Refusal(
            "forums[0].editions[0].ordinal", .number("1.5"), .invalidValue,
            "1.5 is not an edition ordinal"),
        Refusal(
            "forums[0].editions[0].endDate", "2024-07-29", .invalidValue,
            "the end date 2024-07-29 is before the date 2024-07-30"),
        Refusal(
            "meetings[0].endDate", "2024-04", .invalidValue,
            "the end date 2024-04 is before the date 2024-05-16"),
        Refusal(
            "indicators[0].value.amount", .number("1e400"), .invalidValue,
            "the amount is out of range"),
        Refusal(
            "indicators[0].value.amount", .number("-1e400"), .invalidValue,
            "the amount is out of range"),
        Refusal(
            "indicators[0].value.amount", .number("1e18"), .invalidValue,
            "the amount is out of range"),
        Refusal("indicators[0].year", 0, .invalidValue, "0 is not a year (1 to 9999)"),
        Refusal(
            "indicators[0].year", .number("2023.5"), .invalidValue,
            "2023.5 is not a year (1 to 9999)"),
        Refusal(
            "indicators[0].year", .number("1e30"), .invalidValue, "1e+30 is not a year (1 to 9999)"),
        Refusal(
            "agreements[0].provisions[2].year", 10000, .invalidValue,
            "10000 is not a year (1 to 9999)"),
        Refusal(
            "agreements[0].provisions[3].minimumRecommenders", -1, .invalidValue,
            "-1 is not a number of recommenders (0 to 1000)"),
        Refusal(
            "forums[0].charter.admission.minimumRecommenders", 1001, .invalidValue,
            "1001 is not a number of recommenders"),
        Refusal(
            "forums[0].charter.firstEdition.year", 0, .invalidValue, "0 is not a year (1 to 9999)"),
        Refusal("forums[0].charter.rotation.group", [], .invalidValue, "a rotation group is empty"),
        Refusal(
            "forums[0].charter.rotation.group", ["KZ", "KZ"], .invalidValue,
            "a rotation group lists a country twice"),
        Refusal(
            "forums[0].charter.rotation.group", ["KR", "KZ"], .invalidValue,
            "the pivot KR is also in the group"),
    ]

    static let wrongTypes: [Refusal] = [
        Refusal("forums[0].editions[0].ordinal", "1", .wrongType, "expected a number"),
        Refusal("institutions[0].name", 5, .wrongType, "expected a string"),
        Refusal("sources[0].published", 2023, .wrongType, "expected a string"),
        Refusal("forums", .object([:]), .wrongType, "expected an array"),
        Refusal("forums[0].charter", "annual", .wrongType, "expected an object"),
        Refusal("partnerships[0].countries", "KR-UZ", .wrongType, "expected an array"),
        Refusal("indicators[0].value.amount", "15000000", .wrongType, "expected a number"),
        Refusal("schemaVersion", "1", .wrongType, "expected a number"),
        Refusal("forums[0].editions[0].host", .null, .wrongType, "expected a string, found null"),
        Refusal("institutions[0].sources", .null, .wrongType, "expected an array, found null"),
        Refusal("indicators[0].value", .null, .wrongType, "expected an object, found null"),
        Refusal("forums[0].kind", .null, .wrongType, "expected a string, found null"),
    ]

    static let missingKeys: [Refusal] = [
        Refusal("sources[0].title", nil, .missingKey, #"the required key "title" is missing"#),
        Refusal(
            "forums[0].editions[0].date", nil, .missingKey, #"the required key "date" is missing"#),
        Refusal("meetings", nil, .missingKey, #"the required key "meetings" is missing"#),
        Refusal("schemaVersion", nil, .missingKey, #"the required key "schemaVersion" is missing"#),
        Refusal(
            "indicators[0].value.currency", nil, .missingKey,
            #"the required key "currency" is missing"#),
        Refusal(
            "agreements[0].provisions[2].host", nil, .missingKey,
            #"the required key "host" is missing"#),
        Refusal(
            "forums[0].membership[1].institution", nil, .missingKey,
            #"the required key "institution" is missing"#),
        Refusal(
            "forums[0].charter.cadence", nil, .missingKey, #"the required key "cadence" is missing"#
        ),
    ]

    @Test("A value that is malformed in itself is refused at its path", arguments: badStructure)
    func structure(refusal: Refusal) throws { try refusal.check() }

    @Test(
        "A value of the wrong JSON type, or null where one is required, is refused",
        arguments: wrongTypes)
    func types(refusal: Refusal) throws { try refusal.check() }

    @Test("A missing required key is refused, naming the key", arguments: missingKeys)
    func keys(refusal: Refusal) throws { try refusal.check() }
}
