/// An ISO 4217 currency, identified by its three-letter code.
///
/// ```swift
/// let dollar = try Currency("USD")
/// dollar == .usd  // true
/// ```
public struct Currency: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code, for example `"USD"`.
    public let code: String

    /// Creates a currency from its ISO 4217 code.
    ///
    /// - Throws: ``ValueError`` with kind ``ValueError/Kind/currencyCode`` for an unknown code.
    public init(_ code: String) throws(ValueError) {
        // ASCII bytes first: Swift's String equality would let the Kelvin sign (U+212A) pass for K.
        guard code.utf8.count == 3, code.utf8.allSatisfy({ (65...90).contains($0) }),
            Self.codes.contains(code)
        else {
            throw ValueError(
                .currencyCode, input: code,
                message: "\(quoted(code)) is not an ISO 4217 currency code")
        }
        self.code = code
    }

    private init(known code: String) { self.code = code }

    /// The code.
    public var description: String { code }

    /// Orders currencies by code.
    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    /// The United States dollar.
    public static let usd = Currency(known: "USD")
    /// The Korean won.
    public static let krw = Currency(known: "KRW")
    /// The Kazakhstani tenge.
    public static let kzt = Currency(known: "KZT")
    /// The Uzbekistani sum.
    public static let uzs = Currency(known: "UZS")
    /// The euro.
    public static let eur = Currency(known: "EUR")

    /// The ISO 4217 codes in common use (Foundation's `Locale.commonISOCurrencyCodes`).
    static let codes: Set<String> = Set(
        """
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN \
        BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR \
        FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD \
        JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK \
        MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN \
        PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SYP SZL THB \
        TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VEF VES VND VUV WST XAF XCD XCG XOF \
        XPF YER ZAR ZMW ZWG
        """.split(separator: " ").map(String.init))
}

extension Currency: Codable {
    /// Decodes a currency code, refusing unknown codes.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in try Self(text) }
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(code)
    }
}
