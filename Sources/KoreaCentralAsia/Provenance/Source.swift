/// Where a fact comes from: a publication with its publisher and date.
///
/// Every fact in a curated dataset names at least one source by its ``id``; the rule
/// `source.missing` reports facts that name none, and `reference.unknown` names that no
/// source defines.
///
/// ```swift
/// let source = Source(
///     id: "nca-2023-11-21-think-tank-roundtable",
///     title: "Central Asian countries and Korea launch forum of think tanks",
///     publisher: "nCa (News Central Asia)",
///     published: "2023-11-21")
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

    /// Creates a source.
    public init(
        id: ID, title: String, publisher: String, published: PartialDate? = nil,
        url: WebAddress? = nil, note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
        self.note = note
    }
}

extension Source: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, publisher, published, url, note
    }

    /// Decodes a source, validating its identifier, date and URL.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        publisher = try container.decode(String.self, forKey: .publisher)
        published = try container.decodeIfPresent(PartialDate.self, forKey: .published)
        url = try container.decodeIfPresent(WebAddress.self, forKey: .url)
        note = try container.decodeIfPresent(String.self, forKey: .note)
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
    }
}
