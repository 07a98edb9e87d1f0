/// A named policy of one country, such as Korea's New Asia Initiative (2009) and the New Silk
/// Road Diplomacy that is part of it.
public struct Initiative: Sendable, Hashable, Identifiable {
    /// An initiative's identifier.
    public typealias ID = Identifier<Initiative>

    /// The stable slug that names the initiative.
    public var id: ID
    /// Its name.
    public var name: String
    /// The country whose policy it is.
    public var country: Country
    /// When it was announced.
    public var announced: PartialDate?
    /// Where it was announced.
    public var place: Place?
    /// The initiative it is part of.
    public var parent: ID?
    /// The sources that state it.
    public var sources: [Source.ID]
    /// Its names in other languages and periods, each with its sources.
    public var names: [LocalizedName]

    /// Creates an initiative.
    public init(
        id: ID, name: String, country: Country, announced: PartialDate? = nil, place: Place? = nil,
        parent: ID? = nil, sources: [Source.ID] = [], names: [LocalizedName] = []
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.announced = announced
        self.place = place
        self.parent = parent
        self.sources = sources
        self.names = names
    }
}

extension Initiative: Codable {
    enum CodingKeys: String, NamedEntityCodingKey, CaseIterable {
        case id, name, country, announced, place, parent, sources, names
    }

    /// Decodes an initiative, refusing keys it does not define.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        (id, name) = try container.decodeIdentity()
        country = try container.decode(Country.self, forKey: .country)
        announced = try container.decodeIfPresent(PartialDate.self, forKey: .announced)
        place = try container.decodeIfPresent(Place.self, forKey: .place)
        parent = try container.decodeIfPresent(ID.self, forKey: .parent)
        (sources, names) = try container.decodeSourcesAndNames()
    }

    /// Encodes the initiative, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIdentity(id, name: name)
        try container.encode(country, forKey: .country)
        try container.encodeIfPresent(announced, forKey: .announced)
        try container.encodeIfPresent(place, forKey: .place)
        try container.encodeIfPresent(parent, forKey: .parent)
        try container.encodeSourcesAndNames(sources, names)
    }
}

extension Initiative: Named {}
