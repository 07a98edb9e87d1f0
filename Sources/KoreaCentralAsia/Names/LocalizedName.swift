/// A name of an entity in one language, optionally for a period, with its sources: the Korea
/// Foundation is 한국국제교류재단 in Korean.
///
/// The text is not empty and holds no control characters; `from` is not definitely after
/// `until`.
///
/// ```swift
/// let korean = try LocalizedName("한국국제교류재단", language: .korean, sources: ["kf-about"])
/// let renamed = try LocalizedName(
///     "National Institute for Strategic Initiatives", language: .english, from: "2021")
/// ```
public struct LocalizedName: Sendable, Hashable {
    /// The name, as written in its language.
    public let text: String
    /// The language (and script) it is written in.
    public let language: LanguageTag
    /// The first date the name was in use, when it was a renaming.
    public let from: PartialDate?
    /// The last date the name was in use, when it was replaced.
    public let until: PartialDate?
    /// The sources that give the name.
    public var sources: [Source.ID]

    /// Creates a name, validating it.
    ///
    /// - Throws: ``ValueError`` of kind ``ValueError/Kind/text`` for an empty text or one with a
    ///   control character, and of kind ``ValueError/Kind/date`` when `from` is definitely after
    ///   `until`.
    public init(
        _ text: String, language: LanguageTag, from: PartialDate? = nil,
        until: PartialDate? = nil, sources: [Source.ID] = []
    ) throws(ValueError) {
        try Self.validate(text: text)
        if let from, let until, from.definitelyFollows(until) {
            throw ValueError(
                .date, input: "\(from)",
                message: "the name is in use from \(from), after it stops being used (\(until))")
        }
        self.text = text
        self.language = language
        self.from = from
        self.until = until
        self.sources = sources
    }

    /// Refuses a name's text that is empty, only white space, or holds a control character.
    static func validate(text: String) throws(ValueError) {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ValueError(.text, input: text, message: "a name cannot be empty")
        }
        if escapingControlCharacters(text) != text {
            throw ValueError(
                .text, input: text,
                message: "the name \(quoted(text)) holds a control or formatting character")
        }
    }

    /// Whether the name may be in use on a date: not definitely ended before it, nor definitely
    /// begun after it.
    public func mayBeInUse(on date: PartialDate) -> Bool {
        !(until?.definitelyPrecedes(date) ?? false) && !(from?.definitelyFollows(date) ?? false)
    }
}

extension LocalizedName: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case text, language, from, until, sources
    }

    /// Decodes a name, refusing an empty text, a control character, a language that is not a
    /// BCP 47 tag, and `from` after `until`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let text = try container.decode(.text) { text throws(ValueError) in
            try Self.validate(text: text)
            return text
        }
        let language = try container.decode(.language) { text throws(ValueError) in
            try LanguageTag(text)
        }
        let from = try container.decodeIfPresent(.from) { text throws(ValueError) in
            try PartialDate(text)
        }
        let until = try container.decodeIfPresent(.until) { text throws(ValueError) in
            try PartialDate(text)
        }
        let sources = try container.decodeArray(.sources) { text throws(ValueError) in
            try Source.ID(text)
        }
        do {
            try self.init(text, language: language, from: from, until: until, sources: sources)
        } catch {
            throw container.refuse(.from, error.message)
        }
    }

    /// Encodes the name, leaving out absent dates and an empty list of sources.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(language, forKey: .language)
        try container.encodeIfPresent(from, forKey: .from)
        try container.encodeIfPresent(until, forKey: .until)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
    }
}

/// An entity with a primary name and names in other languages and periods: institutions,
/// forums, agreements and initiatives.
public protocol Named {
    /// The primary name, in English as the entity's first source gives it.
    var name: String { get }
    /// Names in other languages, or of other periods.
    var names: [LocalizedName] { get }
}

extension Named {
    /// The best name in a language, optionally on a date, falling back to the primary name.
    ///
    /// A name of exactly that tag comes first, then one of the same language subtag (`uz-Cyrl`
    /// for `uz`); among those, one in use on the date (without a date: one that has not been
    /// replaced), in the record's order.
    ///
    /// ```swift
    /// foundation.name(in: "ko")  // "한국국제교류재단"
    /// foundation.name(in: "tg")  // "Korea Foundation": no Tajik name is recorded
    /// ```
    public func name(in language: LanguageTag, on date: PartialDate? = nil) -> String {
        func current(_ name: LocalizedName) -> Bool {
            date.map(name.mayBeInUse(on:)) ?? (name.until == nil)
        }
        let exact = names.filter { $0.language == language }
        let sameLanguage = names.filter { $0.language.language == language.language }
        return exact.first(where: current)?.text ?? sameLanguage.first(where: current)?.text
            ?? (date == nil ? (exact.first ?? sameLanguage.first)?.text : nil) ?? name
    }

    /// Whether any of the entity's labels (the primary name, every other name, and the extra
    /// labels given) equals the query or contains it, case-insensitively; `nil` when none does.
    ///
    /// - Returns: `0` for an exact match, `1` for a label that contains the query.
    func matchRank(_ query: String, also labels: [String]) -> Int? {
        let query = query.lowercased()
        guard query.contains(where: { !$0.isWhitespace }) else { return nil }
        let all = ([name] + names.map(\.text) + labels).map { $0.lowercased() }
        if all.contains(query) { return 0 }
        return all.contains { $0.contains(query) } ? 1 : nil
    }
}
