/// A BCP 47 language tag: a language, an optional script and an optional region, such as `ko`,
/// `ru`, `uz-Latn`, `kk-Cyrl` or `en-GB`.
///
/// The tag is kept in its canonical case (language lower case, script title case, region upper
/// case), so `KO` and `ko` are the same tag. Extensions, variants and private-use subtags are not
/// accepted: a name's language needs none of them.
///
/// ```swift
/// let uzbek = try LanguageTag("uz-latn")
/// uzbek.rawValue  // "uz-Latn"
/// uzbek.language  // "uz"
/// try LanguageTag("korean")  // throws: not a BCP 47 language tag
/// ```
public struct LanguageTag: RawRepresentable, Sendable, Hashable, Comparable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The tag in canonical case, for example `uz-Latn`.
    public let rawValue: String

    /// Creates a tag from text, validating it and putting it in canonical case.
    ///
    /// - Throws: ``ValueError`` of kind ``ValueError/Kind/language`` when the text is not a
    ///   language subtag of 2 or 3 letters, optionally followed by a 4-letter script and a region
    ///   of 2 letters or 3 digits, separated by hyphens.
    public init(_ text: String) throws(ValueError) {
        guard let canonical = Self.canonical(text) else {
            throw ValueError(
                .language, input: text,
                message:
                    "\(quoted(text)) is not a BCP 47 language tag (a 2- or 3-letter language, an optional script and region: \"ko\", \"uz-Latn\", \"kk-Cyrl-KZ\")"
            )
        }
        rawValue = canonical
    }

    /// Creates a tag from text, or `nil` when it is not a language tag.
    public init?(rawValue: String) {
        guard let canonical = Self.canonical(rawValue) else { return nil }
        self.rawValue = canonical
    }

    /// Creates a tag from a literal, which must be valid; text from outside goes through the
    /// throwing ``init(_:)``.
    public init(stringLiteral value: String) {
        guard let canonical = Self.canonical(value) else {
            preconditionFailure("\(quoted(value)) is not a BCP 47 language tag")
        }
        rawValue = canonical
    }

    /// The language subtag: `uz` of `uz-Latn`.
    public var language: String {
        String(rawValue.prefix { $0 != "-" })
    }

    /// The tag.
    public var description: String { rawValue }

    /// Orders tags by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Korean.
    public static let korean: LanguageTag = "ko"
    /// English.
    public static let english: LanguageTag = "en"
    /// Russian.
    public static let russian: LanguageTag = "ru"

    /// The canonical form of a tag, or `nil` when the text is not one.
    static func canonical(_ text: String) -> String? {
        if text.utf8.withContiguousStorageIfAvailable(isCanonical) == true { return text }
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(subtags.count), text.utf8.count <= 16 else { return nil }
        func letters(_ part: Substring) -> Bool {
            part.utf8.allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
            }
        }
        func digits(_ part: Substring) -> Bool {
            part.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
        let language = subtags[0]
        guard (2...3).contains(language.utf8.count), letters(language) else { return nil }
        var result = language.lowercased()
        var rest = subtags.dropFirst()
        if let script = rest.first, script.utf8.count == 4, letters(script) {
            result += "-" + script.prefix(1).uppercased() + script.dropFirst().lowercased()
            rest = rest.dropFirst()
        }
        if let region = rest.first {
            if region.utf8.count == 2, letters(region) {
                result += "-" + region.uppercased()
            } else if region.utf8.count == 3, digits(region) {
                result += "-" + region
            } else {
                return nil
            }
            rest = rest.dropFirst()
        }
        return rest.isEmpty ? result : nil
    }

    /// Whether the bytes are a tag already in canonical case (`ko`, `uz-Latn`, `kk-Cyrl-KZ`,
    /// `es-419`), which ``canonical(_:)`` gives back unchanged: a lower-case language of 2 or 3
    /// letters, then an optional title-case script of 4 letters, then an optional upper-case
    /// region of 2 letters or 3 digits.
    private static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func all(_ part: Slice<UnsafeBufferPointer<UInt8>>, in range: ClosedRange<UInt8>) -> Bool {
            part.allSatisfy { range.contains($0) }
        }
        let lower = UInt8(ascii: "a")...UInt8(ascii: "z")
        let upper = UInt8(ascii: "A")...UInt8(ascii: "Z")
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), (2...3).contains(parts[0].count),
            all(parts[0], in: lower)
        else { return false }
        var rest = parts.dropFirst()
        if let script = rest.first, script.count == 4, let first = script.first,
            upper.contains(first), all(script.dropFirst(), in: lower)
        {
            rest = rest.dropFirst()
        }
        if let region = rest.first {
            guard
                (region.count == 2 && all(region, in: upper))
                    || (region.count == 3 && all(region, in: digits))
            else { return false }
            rest = rest.dropFirst()
        }
        return rest.isEmpty
    }
}

extension LanguageTag: Codable {
    /// Decodes a tag, refusing text that is not a language tag.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in try LanguageTag(text) }
    }

    /// Encodes the tag in canonical case.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}
