/// The delegation of one country at an edition: who led it, with what title and at what level.
///
/// The head is named as the source gives it (``head``, text) and, when the record knows the
/// person, by ``person``, with the ``post`` they led it in; `delegation.head-out-of-post` warns
/// when the person did not hold that post on the edition's date.
///
/// ```swift
/// let delegation = Delegation(
///     country: .kazakhstan, head: "Murat Nurtleu", title: "Minister of Foreign Affairs",
///     level: .foreignMinister, sources: ["mofa-2023-10"])
/// ```
public struct Delegation: Sendable, Hashable {
    /// The country the delegation represents.
    public var country: Country
    /// The head of the delegation, by name, when known.
    public var head: String?
    /// The head's title, as the source gives it.
    public var title: String?
    /// The head's level, when known.
    public var level: Level?
    /// The sources that state it.
    public var sources: [Source.ID]
    /// The person who led it, when the record knows them.
    public var person: Person.ID? = nil
    /// The post the head held, by which they led it.
    public var post: Post.ID? = nil

    /// Creates a delegation.
    public init(
        country: Country, head: String? = nil, title: String? = nil, level: Level? = nil,
        sources: [Source.ID] = []
    ) {
        self.country = country
        self.head = head
        self.title = title
        self.level = level
        self.sources = sources
    }

    /// The level of a delegation's head.
    ///
    /// A closed set.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// A head of state.
        case headOfState
        /// A head of government.
        case headOfGovernment
        /// A foreign minister.
        case foreignMinister
        /// A deputy (vice) foreign minister.
        case deputyForeignMinister
        /// An ambassador.
        case ambassador
        /// Any other official.
        case otherOfficial

        static let wireName = "delegation level"

        /// Decodes a level, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }
}

extension Delegation: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case country, head, title, level, sources, person, post
    }

    /// Decodes a delegation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        country = try container.decode(.country) { text throws(ValueError) in try Country(text) }
        head = try container.decodeIfPresent(String.self, forKey: .head)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        level = try container.decodeWireIfPresent(Level.self, forKey: .level)
        sources = try container.decodeArray(.sources) { text throws(ValueError) in
            try Source.ID(text)
        }
        person = try container.decodeIfPresent(Person.ID.self, forKey: .person)
        post = try container.decodeIfPresent(Post.ID.self, forKey: .post)
    }

    /// Encodes the delegation, leaving out absent values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(country, forKey: .country)
        try container.encodeIfPresent(head, forKey: .head)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        try container.encodeIfPresent(person, forKey: .person)
        try container.encodeIfPresent(post, forKey: .post)
    }
}
