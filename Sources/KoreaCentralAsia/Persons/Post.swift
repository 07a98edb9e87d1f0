/// A position that one person, or several, hold for a time: a country's minister of foreign
/// affairs, an institution's director.
///
/// A post belongs to a country or to an institution. Its ``holders`` are terms with the dates
/// the sources give, at any precision; a term without an end is held still. A ``single`` post is
/// held by one person at a time, which `post.concurrent-holders` checks.
///
/// ```swift
/// let minister = Post(
///     id: "kz-foreign-minister", title: "Minister of Foreign Affairs of Kazakhstan",
///     owner: .country(.kazakhstan),
///     holders: [
///         Post.Term(person: "murat-nurtleu", from: "2023-04-03", to: "2025-09-26"),
///         Post.Term(person: "yermek-kosherbayev", from: "2025-09-26"),
///     ])
/// let holder = minister.holders(on: "2024-11-04").map(\.person)  // ["murat-nurtleu"]
/// ```
public struct Post: Sendable, Hashable, Identifiable {
    /// A post's identifier.
    public typealias ID = Identifier<Post>

    /// The identifier that delegations and institutions cite.
    public var id: ID
    /// The post's title in English: "Minister of Foreign Affairs of Kazakhstan".
    public var title: String
    /// The country or institution the post belongs to.
    public var owner: Owner
    /// Whether one person holds the post at a time (`true` for a minister).
    public var single: Bool
    /// The terms of the post's holders, in the record's order.
    public var holders: [Term]
    /// The sources that state the post itself.
    public var sources: [Source.ID]

    /// Creates a post.
    public init(
        id: ID, title: String, owner: Owner, single: Bool = true, holders: [Term] = [],
        sources: [Source.ID] = []
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.single = single
        self.holders = holders
        self.sources = sources
    }

    /// The terms that may include a date.
    ///
    /// A term may include a date when it does not definitely end before it or start after it.
    /// With partial dates, more than one may.
    ///
    /// - Complexity: O(*n*) in the number of terms.
    public func holders(on date: PartialDate) -> [Term] {
        holders.filter { $0.mayInclude(date) }
    }

    /// What a post belongs to.
    public enum Owner: Sendable, Hashable {
        /// A state's post, such as its foreign minister.
        case country(Country)
        /// An institution's post, such as a secretariat's head.
        case institution(Institution.ID)
    }

    /// One person's term in a post: from a date, to a date or still held, acting or not.
    public struct Term: Sendable, Hashable {
        /// Who held the post.
        public var person: Person.ID
        /// When the term began, as precisely as known; `nil` when no source says.
        public var from: PartialDate?
        /// When it ended, as precisely as known; `nil` while the post is held, or when no source
        /// says.
        public var to: PartialDate?
        /// Whether the person held the post as acting, before or without an appointment.
        public var acting: Bool
        /// The sources that state the term.
        public var sources: [Source.ID]
        /// What a reader should know: which dates the sources give, and how they differ.
        public var note: String?

        /// Creates a term.
        public init(
            person: Person.ID, from: PartialDate? = nil, to: PartialDate? = nil,
            acting: Bool = false, sources: [Source.ID] = [], note: String? = nil
        ) {
            self.person = person
            self.from = from
            self.to = to
            self.acting = acting
            self.sources = sources
            self.note = note
        }

        /// Whether the term may include a date.
        ///
        /// A term may include a date that it does not definitely start after, nor definitely end
        /// before. A handover day belongs to both the outgoing and the incoming holder's terms.
        public func mayInclude(_ date: PartialDate) -> Bool {
            !(from?.definitelyFollows(date) ?? false) && !(to?.definitelyPrecedes(date) ?? false)
        }

        /// Whether the term definitely includes a date.
        ///
        /// It does when it starts on or before the date and ends on or after it (or is still
        /// held), at the precision of all three dates.
        public func definitelyIncludes(_ date: PartialDate) -> Bool {
            guard let from, from.lastDayIsOnOrBefore(date) else { return false }
            guard let to else { return true }
            return date.lastDayIsOnOrBefore(to)
        }
    }
}

extension PartialDate {
    /// Whether every day this date may mean is on or before every day `other` may mean.
    func lastDayIsOnOrBefore(_ other: PartialDate) -> Bool { lastDay <= other.firstDay }
}

extension Post: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, country, institution, single, holders, sources
    }

    /// Decodes a post, which names exactly one of `country` and `institution`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        let country = try container.decodeIfPresent(Country.self, forKey: .country)
        let institution = try container.decodeIfPresent(Institution.ID.self, forKey: .institution)
        switch (country, institution) {
        case (let country?, nil): owner = .country(country)
        case (nil, let institution?): owner = .institution(institution)
        default:
            throw container.refuse(
                .country,
                "a post belongs to a country or to an institution: give exactly one of \"country\" and \"institution\""
            )
        }
        single = try container.decodeIfPresent(Bool.self, forKey: .single) ?? true
        holders = try container.decodeArray(Term.self, forKey: .holders)
        sources = try container.decodeArray(Source.ID.self, forKey: .sources)
    }

    /// Encodes the post, leaving out empty lists and `single` when it is `true`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        switch owner {
        case .country(let country): try container.encode(country, forKey: .country)
        case .institution(let institution): try container.encode(institution, forKey: .institution)
        }
        if !single { try container.encode(false, forKey: .single) }
        try container.encodeUnlessEmpty(holders, forKey: .holders)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
    }
}

extension Post.Term: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case person, from, to, acting, sources, note
    }

    /// Decodes a term.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        person = try container.decode(Person.ID.self, forKey: .person)
        from = try container.decodeIfPresent(PartialDate.self, forKey: .from)
        to = try container.decodeIfPresent(PartialDate.self, forKey: .to)
        acting = try container.decodeIfPresent(Bool.self, forKey: .acting) ?? false
        sources = try container.decodeArray(Source.ID.self, forKey: .sources)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Encodes the term, leaving out absent values and `acting` when it is `false`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encodeIfPresent(from, forKey: .from)
        try container.encodeIfPresent(to, forKey: .to)
        if acting { try container.encode(true, forKey: .acting) }
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
