/// One typed provision of an agreement.
///
/// On the wire a provision is an object whose `provision` key names its kind:
/// `{"provision": "firstEdition", "year": 2024, "host": "KR"}`.
public enum Provision: Sendable, Hashable {
    /// "The forum will convene on an annual basis."
    case cadence(Charter.Cadence)
    /// "… based on the principle of reciprocity": hosts alternate between a pivot and a group.
    /// The pivot and group are those of the format, when the record states them.
    case reciprocity(pivot: Country?, group: [Country])
    /// "The first forum will take place in the Republic of Korea in 2024."
    case firstEdition(Charter.FirstEdition)
    /// "At the recommendation of an existing member institution, new member(s) may be accepted."
    case admissionByRecommendation(Charter.AdmissionPolicy)
    /// A provision with no typed meaning, quoted.
    case text(String)

    /// A first-edition provision: the year (1 to 9999) and host the agreement sets.
    ///
    /// - Throws: ``ValueError`` for a year that ``Charter/FirstEdition/init(year:host:)``
    ///   refuses, as decoding does.
    public static func firstEdition(year: Int, host: Country) throws(ValueError) -> Provision {
        .firstEdition(try Charter.FirstEdition(year: year, host: host))
    }

    /// An admission provision: how many existing members must recommend a candidate.
    ///
    /// - Throws: ``ValueError`` for a minimum outside
    ///   ``Charter/AdmissionPolicy/minimumRange``, as decoding does.
    public static func admissionByRecommendation(minimumRecommenders: Int) throws(ValueError)
        -> Provision
    {
        .admissionByRecommendation(
            try Charter.AdmissionPolicy(minimumRecommenders: minimumRecommenders))
    }

    /// The provision's kind on the wire.
    public var name: String {
        switch self {
        case .cadence: "cadence"
        case .reciprocity: "reciprocity"
        case .firstEdition: "firstEdition"
        case .admissionByRecommendation: "admissionByRecommendation"
        case .text: "text"
        }
    }
}

extension Provision: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case provision, cadence, pivot, group, year, host, minimumRecommenders, text
    }

    private enum Kind: String, CaseIterable, WireEnum, Decodable {
        case cadence, reciprocity, firstEdition, admissionByRecommendation, text
        static let wireName = "provision"
        init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// Decodes a provision by its `provision` key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .provision) {
        case .cadence:
            self = .cadence(try container.decode(Charter.Cadence.self, forKey: .cadence))
        case .reciprocity:
            self = .reciprocity(
                pivot: try container.decodeIfPresent(Country.self, forKey: .pivot),
                group: try container.decodeArray(Country.self, forKey: .group))
        case .firstEdition:
            let year = try container.decodeInteger(forKey: .year, in: 1...9999) {
                "\($0) is not a year (1 to 9999)"
            }
            self = .firstEdition(
                Charter.FirstEdition(
                    unchecked: year, host: try container.decode(Country.self, forKey: .host)))
        case .admissionByRecommendation:
            let minimum = try container.decodeInteger(forKey: .minimumRecommenders, in: 0...1000) {
                "\($0) is not a number of recommenders (0 to 1000)"
            }
            self = .admissionByRecommendation(
                Charter.AdmissionPolicy(unchecked: .recommendation, minimumRecommenders: minimum))
        case .text:
            self = .text(try container.decode(String.self, forKey: .text))
        }
    }

    /// Encodes the provision with its `provision` key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .provision)
        switch self {
        case .cadence(let cadence):
            try container.encode(cadence, forKey: .cadence)
        case .reciprocity(let pivot, let group):
            try container.encodeIfPresent(pivot, forKey: .pivot)
            try container.encodeUnlessEmpty(group, forKey: .group)
        case .firstEdition(let first):
            try container.encode(first.year, forKey: .year)
            try container.encode(first.host, forKey: .host)
        case .admissionByRecommendation(let policy):
            try container.encode(policy.minimumRecommenders, forKey: .minimumRecommenders)
        case .text(let text):
            try container.encode(text, forKey: .text)
        }
    }
}
