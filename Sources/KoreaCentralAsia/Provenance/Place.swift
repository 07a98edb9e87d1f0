/// Where something happened: a country, and a city when known.
public struct Place: Sendable, Hashable, Codable {
    /// The city, for example "Tashkent".
    public var city: String?
    /// The country.
    public var country: Country

    /// Creates a place.
    public init(city: String? = nil, country: Country) {
        self.city = city
        self.country = country
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case city, country
    }

    /// Decodes a place, refusing keys it does not define.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        city = try container.decodeIfPresent(String.self, forKey: .city)
        country = try container.decode(Country.self, forKey: .country)
    }

    /// Encodes the place, leaving out an unknown city.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(city, forKey: .city)
        try container.encode(country, forKey: .country)
    }
}

extension Place: CustomStringConvertible {
    /// "Tashkent, Uzbekistan", or the country's name alone.
    public var description: String {
        city.map { "\($0), \(country.name)" } ?? country.name
    }
}
