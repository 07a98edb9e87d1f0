/// A country, identified by its ISO 3166-1 alpha-2 code.
///
/// The code is the country's identity and its JSON form (`"KZ"`). Any assigned ISO 3166-1 code is
/// accepted; unassigned, user-assigned and lowercase codes are refused.
///
/// ```swift
/// let kazakhstan = try Country("KZ")
/// kazakhstan == .kazakhstan          // true
/// Country.kazakhstan.alpha3          // "KAZ"
/// Country.centralAsia.count          // 5
/// ```
public struct Country: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO 3166-1 alpha-2 code, in upper case, for example `"KZ"`.
    public let code: String

    /// Creates a country from its ISO 3166-1 alpha-2 code.
    ///
    /// - Parameter code: Two upper-case letters of an assigned code, for example `"UZ"`.
    /// - Throws: ``ValueError`` with kind ``ValueError/Kind/countryCode`` when the code is not an
    ///   assigned ISO 3166-1 alpha-2 code (lower case included: `"kz"` is refused).
    public init(_ code: String) throws(ValueError) {
        // ASCII bytes first: Swift's String equality would let the Kelvin sign (U+212A) pass for K.
        guard code.utf8.count == 2, code.utf8.allSatisfy({ (65...90).contains($0) }),
            Self.assignedCodes.contains(code)
        else {
            // Suggest upper case only for ASCII lower-case input, not for look-alike letters.
            let isASCIILetters = code.utf8.allSatisfy {
                (65...90).contains($0) || (97...122).contains($0)
            }
            let hint =
                isASCIILetters && Self.assignedCodes.contains(code.uppercased())
                ? " (country codes are upper case: \(quoted(code.uppercased())))" : ""
            throw ValueError(
                .countryCode, input: code,
                message: "\(quoted(code)) is not an assigned ISO 3166-1 alpha-2 code\(hint)")
        }
        self.code = code
    }

    private init(unchecked code: String) { self.code = code }

    /// The code, for example `KZ`.
    public var description: String { code }

    /// Orders countries by code.
    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.code < rhs.code }

    /// The facts this library knows about the country, or `nil` for countries outside the model.
    public var profile: Profile? { Self.profiles[code] }

    /// The English short name: the profile's for a known country ("Republic of Korea"), ISO
    /// 3166-1's for any other ("China", "Japan", "Russian Federation").
    public var name: String { profile?.name ?? Self.isoShortNames[code] ?? code }

    /// The name as it reads inside a sentence: "the Republic of Korea", "Uzbekistan".
    package var nameInProse: String { profile?.nameInProse ?? name }

    /// The ISO 3166-1 alpha-3 code, for example `"KAZ"`.
    public var alpha3: String { Self.isoAlpha3[code] ?? code }

    /// The ISO 3166-1 numeric code, as three digits, for example `"398"`.
    public var numericCode: String { Self.isoNumeric[code] ?? "" }

    /// The capital of a known country, for example `"Astana"`.
    public var capital: String? { profile?.capital }

    /// The Wikidata item of a known country, for example `Q232` for Kazakhstan, so that records
    /// can be joined with other datasets.
    public var wikidataItem: ExternalIdentifier? { profile?.wikidataItem }
}

extension Country {
    /// What the library knows about one of the countries of its model.
    public struct Profile: Sendable, Hashable {
        /// The English short name, for example "Kazakhstan".
        public let name: String
        /// The formal English name, for example "Republic of Kazakhstan".
        public let formalName: String
        /// The ISO 3166-1 alpha-3 code.
        public let alpha3: String
        /// The ISO 3166-1 numeric code, three digits.
        public let numericCode: String
        /// The capital city.
        public let capital: String
        /// The Wikidata item, for example `Q232`.
        public let wikidataItem: ExternalIdentifier

        /// The name as it reads inside a sentence, with an article where English needs one.
        package var nameInProse: String { name.hasPrefix("Republic") ? "the " + name : name }
    }

    /// The Republic of Korea (`KR`).
    public static let korea = Country(unchecked: "KR")
    /// Kazakhstan (`KZ`).
    public static let kazakhstan = Country(unchecked: "KZ")
    /// Kyrgyzstan (`KG`).
    public static let kyrgyzstan = Country(unchecked: "KG")
    /// Tajikistan (`TJ`).
    public static let tajikistan = Country(unchecked: "TJ")
    /// Turkmenistan (`TM`).
    public static let turkmenistan = Country(unchecked: "TM")
    /// Uzbekistan (`UZ`).
    public static let uzbekistan = Country(unchecked: "UZ")
    /// Mongolia (`MN`).
    public static let mongolia = Country(unchecked: "MN")

    /// The five Central Asian states, in the order of their English names:
    /// Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan.
    public static let centralAsia: [Country] = [
        .kazakhstan, .kyrgyzstan, .tajikistan, .turkmenistan, .uzbekistan,
    ]

    /// The countries this library has a ``Profile`` for.
    public static let known: [Country] = [.korea] + centralAsia + [.mongolia]

    /// Every assigned ISO 3166-1 alpha-2 code (249), sorted.
    public static var allAssigned: [Country] {
        assignedCodes.sorted().map(Country.init(unchecked:))
    }

    private static let profiles: [String: Profile] = [
        "KR": Profile(
            name: "Republic of Korea", formalName: "Republic of Korea", alpha3: "KOR",
            numericCode: "410", capital: "Seoul", wikidataItem: .wikidata("Q884")),
        "KZ": Profile(
            name: "Kazakhstan", formalName: "Republic of Kazakhstan", alpha3: "KAZ",
            numericCode: "398", capital: "Astana", wikidataItem: .wikidata("Q232")),
        "KG": Profile(
            name: "Kyrgyzstan", formalName: "Kyrgyz Republic", alpha3: "KGZ", numericCode: "417",
            capital: "Bishkek", wikidataItem: .wikidata("Q813")),
        "TJ": Profile(
            name: "Tajikistan", formalName: "Republic of Tajikistan", alpha3: "TJK",
            numericCode: "762", capital: "Dushanbe", wikidataItem: .wikidata("Q863")),
        "TM": Profile(
            name: "Turkmenistan", formalName: "Turkmenistan", alpha3: "TKM", numericCode: "795",
            capital: "Ashgabat", wikidataItem: .wikidata("Q874")),
        "UZ": Profile(
            name: "Uzbekistan", formalName: "Republic of Uzbekistan", alpha3: "UZB",
            numericCode: "860", capital: "Tashkent", wikidataItem: .wikidata("Q265")),
        "MN": Profile(
            name: "Mongolia", formalName: "Mongolia", alpha3: "MNG", numericCode: "496",
            capital: "Ulaanbaatar", wikidataItem: .wikidata("Q711")),
    ]

    /// The 249 assigned ISO 3166-1 alpha-2 codes (Foundation's ISO regions less the
    /// exceptionally reserved and user-assigned ones: AC CP CQ DG EA EU EZ IC QO TA UN XK).
    static let assignedCodes: Set<String> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ \
        BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM \
        DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS \
        GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN \
        KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ \
        MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM \
        PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV \
        SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI \
        VN VU WF WS YE YT ZA ZM ZW
        """.split(separator: " ").map(String.init))
}

extension Country: Codable {
    /// Decodes a country from its alpha-2 code, refusing unassigned and lower-case codes.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in try Self(text) }
    }

    /// Encodes the alpha-2 code as a single string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(code)
    }
}
