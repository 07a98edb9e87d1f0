/// One side of a dialogue format: a country, or an organisation of states such as the European
/// Union or the Gulf Cooperation Council.
///
/// In JSON a country is its code and an organisation names its institution:
///
/// ```json
/// "partner": "KR"
/// "partner": {"institution": "gcc"}
/// ```
///
/// An organisation is an ``Institution`` of kind
/// ``Institution/Kind/intergovernmentalOrganization``; its ``Institution/memberStates`` host on
/// its side of a rotation.
public enum Party: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A state.
    case country(Country)
    /// An organisation of states, by the identifier of its institution.
    case organization(Institution.ID)

    /// The country, when the party is one.
    public var country: Country? {
        if case .country(let country) = self { country } else { nil }
    }

    /// The organisation's institution, when the party is one.
    public var organization: Institution.ID? {
        if case .organization(let id) = self { id } else { nil }
    }

    /// The country code, or the organisation's identifier: `KR`, `gcc`.
    public var description: String {
        switch self {
        case .country(let country): country.code
        case .organization(let id): id.rawValue
        }
    }

    /// The party as it reads inside a sentence: "the Republic of Korea", or the organisation's
    /// name when `institutions` knows it.
    package func nameInProse(institutions: [Institution.ID: Institution] = [:]) -> String {
        switch self {
        case .country(let country): country.nameInProse
        case .organization(let id): institutions[id]?.name ?? id.rawValue
        }
    }

    /// The states that host on this party's side: the country itself, or the organisation's
    /// member states as `institutions` records them.
    public func states(institutions: [Institution.ID: Institution]) -> Set<Country> {
        switch self {
        case .country(let country): [country]
        case .organization(let id): Set(institutions[id]?.memberStates ?? [])
        }
    }

    /// The party's name: the country's English short name, or the organisation's name as the
    /// dataset records it (its identifier when it does not).
    public func name(in dataset: Dataset) -> String {
        switch self {
        case .country(let country): country.name
        case .organization(let id): dataset.institution(id)?.name ?? id.rawValue
        }
    }

    /// The party as it reads inside a sentence, with organisations named as the dataset records
    /// them.
    package func nameInProse(in dataset: Dataset) -> String {
        switch self {
        case .country(let country): country.nameInProse
        case .organization: name(in: dataset)
        }
    }

    /// Orders countries before organisations, each by code or identifier.
    public static func < (lhs: Party, rhs: Party) -> Bool {
        switch (lhs, rhs) {
        case (.country(let a), .country(let b)): a < b
        case (.organization(let a), .organization(let b)): a < b
        case (.country, .organization): true
        case (.organization, .country): false
        }
    }
}

extension Party: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case institution
    }

    /// Decodes a country code (`"KR"`) or an organisation (`{"institution": "gcc"}`).
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            do {
                self = .country(try Country(text))
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath, debugDescription: error.message))
            }
            return
        }
        let container: KeyedDecodingContainer<CodingKeys>
        do {
            container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        } catch let error as DecodingError {
            if case .typeMismatch = error {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription:
                            "a party is a country code (\"KR\") or an organisation ({\"institution\": \"gcc\"})"
                    ))
            }
            throw error
        }
        self = .organization(
            try container.decode(.institution) { text throws(ValueError) in
                try Institution.ID(text)
            })
    }

    /// Encodes a country as its code and an organisation as `{"institution": id}`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .country(let country):
            try country.encode(to: encoder)
        case .organization(let id):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .institution)
        }
    }
}
