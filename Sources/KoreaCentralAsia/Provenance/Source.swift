/// Where a fact comes from: a publication with its publisher and date, cited as a scholar
/// cites it: the address, the day it was read, its language and the words that state the facts.
///
/// Every fact in a curated dataset names at least one source by its ``id``; the rule
/// `source.missing` reports facts that name none, and `reference.unknown` names that no
/// source defines. `source.unretrieved` reports a source with no ``retrieved`` date, and
/// `source.unquoted` a source that facts cite but that quotes none of its words.
///
/// ```swift
/// let source = Source(
///     id: "nca-2023-11-21-think-tank-roundtable",
///     title: "Central Asian countries and Korea launch forum of think tanks",
///     publisher: "nCa (News Central Asia)",
///     published: "2023-11-21",
///     retrieved: "2026-12-05",
///     language: .english,
///     quotes: [try Source.Quote("launched the Korea-Central Asia Think Tank Forum")])
/// ```
public struct Source: Sendable, Hashable, Identifiable {
    /// A source's identifier.
    public typealias ID = Identifier<Source>

    /// The identifier that facts cite.
    public var id: ID
    /// The title of the publication.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// When it was published, as precisely as known.
    public var published: PartialDate?
    /// Where it can be read, when it is online.
    public var url: WebAddress?
    /// What a reader should know: inferred dates, conflicts with other sources.
    public var note: String?
    /// When the page was read, as precisely as known; `nil` when it could not be found again.
    public var retrieved: PartialDate?
    /// The language the publication is written in.
    public var language: LanguageTag?
    /// The words of the publication that state the facts it is cited for.
    public var quotes: [Quote]
    /// The address of an archived copy, when one is known.
    public var archive: WebAddress?
    /// Whether ``title`` describes the publication rather than being its own title (a page
    /// that prints none, or a bulletin's item).
    public var titleIsDescriptive: Bool

    /// Creates a source.
    public init(
        id: ID, title: String, publisher: String, published: PartialDate? = nil,
        url: WebAddress? = nil, note: String? = nil
    ) {
        self.init(
            unchecked: id, title: title, publisher: publisher, published: published, url: url,
            note: note, retrieved: nil, language: nil, quotes: [], archive: nil,
            titleIsDescriptive: false)
    }

    /// Creates a source with its citation: when it was read, its language and its words.
    public init(
        id: ID, title: String, publisher: String, published: PartialDate? = nil,
        url: WebAddress? = nil, note: String? = nil, retrieved: PartialDate?,
        language: LanguageTag? = nil, quotes: [Quote] = [], archive: WebAddress? = nil,
        titleIsDescriptive: Bool = false
    ) {
        self.init(
            unchecked: id, title: title, publisher: publisher, published: published, url: url,
            note: note, retrieved: retrieved, language: language, quotes: quotes,
            archive: archive, titleIsDescriptive: titleIsDescriptive)
    }

    private init(
        unchecked id: ID, title: String, publisher: String, published: PartialDate?,
        url: WebAddress?, note: String?, retrieved: PartialDate?, language: LanguageTag?,
        quotes: [Quote], archive: WebAddress?, titleIsDescriptive: Bool
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
        self.note = note
        self.retrieved = retrieved
        self.language = language
        self.quotes = quotes
        self.archive = archive
        self.titleIsDescriptive = titleIsDescriptive
    }
}

extension Source {
    /// Words quoted from a publication: the text as printed, its language and, when it is not
    /// English, a translation.
    ///
    /// ```swift
    /// let quote = try Source.Quote(
    ///     "제1차 한-중앙아 협력포럼", language: .korean,
    ///     translation: "the 1st Korea–Central Asia Cooperation Forum")
    /// ```
    public struct Quote: Sendable, Hashable {
        /// The words, exactly as the publication prints them.
        public let text: String
        /// The language of the words, when it differs from the publication's or is known.
        public let language: LanguageTag?
        /// An English translation, for words in another language.
        public let translation: String?

        /// Creates a quotation.
        ///
        /// - Throws: ``ValueError`` of kind ``ValueError/Kind/text`` for text or a translation
        ///   that is empty or only white space, which decoding refuses.
        public init(_ text: String, language: LanguageTag? = nil, translation: String? = nil)
            throws(ValueError)
        {
            if let problem = Self.problem(text: text, translation: translation) {
                throw ValueError(.text, input: text, message: problem)
            }
            self.text = text
            self.language = language
            self.translation = translation
        }

        /// Why a quotation cannot be, or `nil`.
        static func problem(text: String, translation: String?) -> String? {
            if isBlank(text) { return "a quotation's text is empty" }
            if let translation, isBlank(translation) {
                return "a quotation's translation is empty"
            }
            return nil
        }

        /// Whether `text` is empty or only white space; at once when it starts with a printable
        /// ASCII character, which no white space does.
        static func isBlank(_ text: String) -> Bool {
            if let first = text.utf8.first, (0x21...0x7E).contains(first) { return false }
            return text.allSatisfy(\.isWhitespace)
        }
    }
}

extension Source.Quote: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case text, language, translation
    }

    /// Decodes a quotation, refusing empty text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        let translation = try container.decodeIfPresent(String.self, forKey: .translation)
        if let problem = Self.problem(text: text, translation: translation) {
            throw DecodingError.dataCorruptedError(
                forKey: Self.isBlank(text) ? .text : .translation, in: container,
                debugDescription: problem)
        }
        self.text = text
        self.language = try container.decodeIfPresent(LanguageTag.self, forKey: .language)
        self.translation = translation
    }

    /// Encodes the quotation, leaving out absent values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(translation, forKey: .translation)
    }
}

extension Source: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, publisher, published, url, note
        case retrieved, language, quotes, archive, titleIsDescriptive
    }

    /// Decodes a source, validating its identifier, dates, addresses and quotations.
    ///
    /// A document of an earlier version has none of the citation's fields: its note stays a
    /// note, and the source is unretrieved and unquoted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        publisher = try container.decode(String.self, forKey: .publisher)
        published = try container.decodeIfPresent(PartialDate.self, forKey: .published)
        url = try container.decodeIfPresent(WebAddress.self, forKey: .url)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        retrieved = try container.decodeIfPresent(PartialDate.self, forKey: .retrieved)
        language = try container.decodeIfPresent(LanguageTag.self, forKey: .language)
        quotes = try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        archive = try container.decodeIfPresent(WebAddress.self, forKey: .archive)
        titleIsDescriptive =
            try container.decodeIfPresent(Bool.self, forKey: .titleIsDescriptive) ?? false
    }

    /// Encodes the source, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(publisher, forKey: .publisher)
        try container.encodeIfPresent(published, forKey: .published)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(retrieved, forKey: .retrieved)
        try container.encodeIfPresent(language, forKey: .language)
        if !quotes.isEmpty { try container.encode(quotes, forKey: .quotes) }
        try container.encodeIfPresent(archive, forKey: .archive)
        if titleIsDescriptive { try container.encode(true, forKey: .titleIsDescriptive) }
    }
}
