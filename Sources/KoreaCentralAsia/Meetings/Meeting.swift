/// A meeting that is not an edition of a forum: a roundtable, a state visit, an expert meeting.
public struct Meeting: Sendable, Hashable, Identifiable {
    /// A meeting's identifier.
    public typealias ID = Identifier<Meeting>

    /// The stable slug that names the meeting.
    public var id: ID
    /// What it was called.
    public var title: String
    /// When it began.
    public var date: PartialDate
    /// When a meeting of several days ended.
    public var endDate: PartialDate?
    /// Where it took place, when known.
    public var place: Place?
    /// The institution that hosted it.
    public var host: Institution.ID?
    /// The institutions that took part.
    public var participants: [Institution.ID]
    /// The states that took part, for state visits and summits.
    public var countries: [Country]
    /// The forum it was a meeting of, when it belongs to one without an ordinal.
    public var forum: Forum.ID?
    /// What was discussed.
    public var topics: [CooperationArea]
    /// The sources that state it.
    public var sources: [Source.ID]
    /// Values of its properties that sources state and the record does not prefer.
    public var claims: [Claim<Meeting>]

    /// Creates a meeting.
    public init(
        id: ID, title: String, date: PartialDate, endDate: PartialDate? = nil, place: Place? = nil,
        host: Institution.ID? = nil, participants: [Institution.ID] = [], countries: [Country] = [],
        forum: Forum.ID? = nil, topics: [CooperationArea] = [], sources: [Source.ID] = [],
        claims: [Claim<Meeting>] = []
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.endDate = endDate
        self.place = place
        self.host = host
        self.participants = participants
        self.countries = countries
        self.forum = forum
        self.topics = topics
        self.sources = sources
        self.claims = claims
    }
}

extension Meeting: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, date, endDate, place, host, participants, countries, forum, topics, sources
        case claims
    }

    /// Decodes a meeting; the end date may not be before the date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        date = try container.decode(PartialDate.self, forKey: .date)
        endDate = try container.decodeIfPresent(PartialDate.self, forKey: .endDate)
        if let endDate, endDate.definitelyPrecedes(date) {
            throw container.refuse(.endDate, "the end date \(endDate) is before the date \(date)")
        }
        place = try container.decodeIfPresent(Place.self, forKey: .place)
        host = try container.decodeIfPresent(Institution.ID.self, forKey: .host)
        participants = try container.decodeArray(Institution.ID.self, forKey: .participants)
        countries = try container.decodeArray(Country.self, forKey: .countries)
        forum = try container.decodeIfPresent(Forum.ID.self, forKey: .forum)
        topics = try container.decodeArray(CooperationArea.self, forKey: .topics)
        sources = try container.decode([Source.ID].self, forKey: .sources)
        claims = try container.decodeArray(Claim<Meeting>.self, forKey: .claims)
    }

    /// Encodes the meeting, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(endDate, forKey: .endDate)
        try container.encodeIfPresent(place, forKey: .place)
        try container.encodeIfPresent(host, forKey: .host)
        try container.encode(participants, forKey: .participants)
        try container.encodeUnlessEmpty(countries, forKey: .countries)
        try container.encodeIfPresent(forum, forKey: .forum)
        try container.encode(topics, forKey: .topics)
        try container.encode(sources, forKey: .sources)
        try container.encodeUnlessEmpty(claims, forKey: .claims)
    }
}
