import Foundation
import KoreaCentralAsia
import Testing

/// Values and documents shared by the model's tests: made-up but plausible test data, not the
/// catalog.
enum Fixtures {
    // MARK: Values

    static var source: Source {
        get throws {
            Source(
                id: "test-news-2023-11-21",
                title: "Think tanks of Korea and Central Asia meet in Seoul",
                publisher: "Test News Agency", published: "2023-11-21",
                url: try WebAddress("https://news.example.org/2023/11/21/think-tanks"),
                note: "A made-up source for tests.", retrieved: "2026-12-05", language: .english,
                quotes: [try Source.Quote("Think tanks of Korea and Central Asia met in Seoul.")])
        }
    }

    static var kaziss: Institution {
        get throws {
            Institution(
                id: "kaziss", name: "Kazakhstan Institute for Strategic Studies", acronym: "KazISS",
                kind: .thinkTank, country: .kazakhstan,
                affiliation: "under the President of the Republic of Kazakhstan",
                established: "1993-06",
                identifiers: [try ExternalIdentifier(scheme: .wikidata, value: "Q4200001")],
                sources: ["test-news-2023-11-21"])
        }
    }

    static let institute = Institution(
        id: "asia-centre", name: "Asia Centre", kind: .researchCentre, country: .korea,
        parent: "seoul-university", sources: ["test-news-2023-11-21"])

    static let partnership = Partnership(
        countries: (.korea, .uzbekistan),
        stages: [
            .init(level: .diplomaticRelations, since: "1992-01-29"),
            .init(level: .strategicPartnership, since: "2006-03"),
            .init(
                level: .specialStrategicPartnership, since: "2019-04-19",
                sources: ["test-news-2023-11-21"]),
        ])

    static let membership = Membership(events: [
        .founded("kaziss", on: "2023-11-20"),
        .founded("iica", on: "2023-11-20", sources: ["test-news-2023-11-21"]),
        .admitted("isrs", on: "2024-07-30", recommendedBy: ["kaziss"]),
        .admitted(
            "tashkent-embassy", on: "2024-07-30", recommendedBy: ["iica"], status: .participant),
        .withdrew("iica", on: "2025-03"),
    ])

    static let edition = valid {
        try Edition(
            ordinal: 1, date: "2024-07-30", endDate: "2024-07-31", host: .uzbekistan,
            city: "Tashkent", status: .held, mode: .hybrid, level: .viceMinisterial,
            organizers: ["isrs"], sources: ["test-news-2023-11-21"])
    }

    static let forum = Forum(
        id: "think-tank-forum", name: "Korea–Central Asia Think Tank Forum", kind: .thinkTank,
        established: "2023-11-20", establishedBy: "joint-statement",
        secretariat: "korea-foundation",
        charter: .thinkTankForum, membership: membership,
        editions: [
            edition, RuleFixtures.edition(2, "2025-06", .kyrgyzstan, .planned),
        ],
        sources: ["test-news-2023-11-21"])

    static let provisions: [Provision] = [
        .cadence(.annual),
        .reciprocity(pivot: .korea, group: Country.centralAsia),
        valid { try .firstEdition(year: 2024, host: .korea) },
        valid { try .admissionByRecommendation(minimumRecommenders: 1) },
        .text("The forum will discuss regional cooperation."),
    ]

    static let agreement = Agreement(
        id: "joint-statement", title: "Joint Statement on the Think Tank Forum",
        kind: .jointStatement,
        date: "2023-11-20", place: Place(city: "Seoul", country: .korea),
        signatories: ["kaziss", "iica"], countries: [.korea, .kazakhstan],
        establishes: "think-tank-forum", provisions: provisions, sources: ["test-news-2023-11-21"])

    static let meeting = Meeting(
        id: "experts-2024-05", title: "Meeting with Korean experts", date: "2024-05-16",
        endDate: "2024-05-17", place: Place(city: "Tashkent", country: .uzbekistan), host: "isrs",
        participants: ["asia-centre"], countries: [.uzbekistan], forum: "think-tank-forum",
        topics: [.climateChange, .criticalMinerals], sources: ["test-news-2023-11-21"])

    static let trade1992 = Indicator(
        id: "trade-1992", measure: .tradeTurnover, between: .country(.korea), and: .centralAsia,
        year: 1992,
        value: valid { try Figure(amount: 15_000_000, currency: .usd, bound: .approximately) },
        sources: ["test-news-2023-11-21"])

    static let trade2023 = Indicator(
        id: "trade-2023", measure: .tradeTurnover, between: .country(.korea), and: .centralAsia,
        year: 2023,
        value: valid { try Figure(amount: 10_000_000_000, currency: .usd, bound: .moreThan) },
        note: "Rounded by the source.", sources: ["test-news-2023-11-21"])

    static let initiative = Initiative(
        id: "silk-road-diplomacy", name: "New Silk Road Diplomacy", country: .korea,
        announced: "2009-05", place: Place(city: "Tashkent", country: .uzbekistan),
        parent: "new-asia-initiative", sources: ["test-news-2023-11-21"])

    static let acknowledgement = Acknowledgement(
        code: .rotationFirstEdition, subject: "forums[think-tank-forum].editions[1]",
        note: "The first forum met in Tashkent, not in Korea.", sources: ["test-news-2023-11-21"])

    static var dataset: Dataset {
        get throws {
            Dataset(
                sources: [try source], institutions: [try kaziss, institute],
                partnerships: [partnership], forums: [forum], agreements: [agreement],
                meetings: [meeting], indicators: [trade1992, trade2023], initiatives: [initiative],
                acknowledgements: [acknowledgement])
        }
    }

    // MARK: Files

    /// The bytes of a file in the test bundle's `Fixtures` folder.
    static func data(named name: String, extension ext: String = "json") throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"),
            "Fixtures/\(name).\(ext) is not in the test bundle")
        return try Data(contentsOf: url)
    }

    // MARK: Encoding

    /// The compact JSON text of a value, keys sorted, slashes unescaped.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A value encoded and decoded again.
    static func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    // MARK: Documents

    /// A small, valid interchange document that names every closed set and every kind of
    /// value, to be edited by the decoding tests.
    static func baseDocument() throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(baseDocumentText.utf8))
    }

    static let baseDocumentText = """
        {
          "schemaVersion": 1,
          "sources": [{"id": "src", "title": "A report", "publisher": "Test News",
            "published": "2023-11-21", "url": "https://news.example.org/a"}],
          "institutions": [
            {"id": "kaziss", "name": "Kazakhstan Institute for Strategic Studies", "acronym": "KazISS",
             "kind": "thinkTank", "country": "KZ", "affiliation": "under the President",
             "parent": null, "established": "1993", "sources": ["src"],
             "identifiers": [{"scheme": "wikidata", "value": "Q42"}]},
            {"id": "iica", "name": "Institute of International Cooperation", "kind": "thinkTank",
             "country": "KR", "sources": ["src"]}],
          "partnerships": [{"countries": ["KR", "UZ"],
            "stages": [{"level": "diplomaticRelations", "since": "1992-01-29", "sources": ["src"]}]}],
          "forums": [{"id": "think-tank-forum", "name": "Think Tank Forum", "kind": "thinkTank",
            "established": "2023-11-20", "establishedBy": "joint-statement", "secretariat": "iica",
            "charter": {"cadence": "annual",
              "rotation": {"rule": "reciprocal", "pivot": "KR", "group": ["KZ", "KG", "TJ", "TM", "UZ"]},
              "firstEdition": {"year": 2024, "host": "KR"},
              "admission": {"rule": "recommendation", "minimumRecommenders": 1}},
            "membership": [
              {"event": "founded", "institution": "kaziss", "date": "2023-11-20"},
              {"event": "admitted", "institution": "isrs", "date": "2024-07-30", "status": "member",
               "recommendedBy": ["kaziss"]},
              {"event": "withdrew", "institution": "kaziss", "date": "2025"}],
            "editions": [{"ordinal": 1, "date": "2024-07-30", "endDate": "2024-07-31", "host": "UZ",
              "city": "Tashkent", "status": "held", "mode": "inPerson", "level": "viceMinisterial",
              "organizers": ["isrs"], "sources": ["src"]}],
            "sources": ["src"]}],
          "agreements": [{"id": "joint-statement", "title": "Joint Statement", "kind": "jointStatement",
            "date": "2023-11-20", "place": {"city": "Seoul", "country": "KR"},
            "signatories": ["kaziss", "iica"], "establishes": "think-tank-forum",
            "provisions": [{"provision": "cadence", "cadence": "annual"}, {"provision": "reciprocity"},
              {"provision": "firstEdition", "year": 2024, "host": "KR"},
              {"provision": "admissionByRecommendation", "minimumRecommenders": 1},
              {"provision": "text", "text": "The forum will convene on an annual basis."}],
            "sources": ["src"]}],
          "meetings": [{"id": "experts", "title": "Meeting with experts", "date": "2024-05-16",
            "endDate": "2024-05-17", "place": {"city": "Tashkent", "country": "UZ"}, "host": "isrs",
            "participants": ["iica"], "topics": ["climateChange"], "sources": ["src"]}],
          "indicators": [{"id": "trade-1992", "measure": "tradeTurnover", "between": "KR",
            "and": "centralAsia", "year": 1992,
            "value": {"amount": 15000000, "currency": "USD", "bound": "approximately"},
            "sources": ["src"]}],
          "initiatives": [{"id": "new-asia-initiative", "name": "New Asia Initiative", "country": "KR",
            "announced": "2009-03-08", "place": {"city": "Jakarta", "country": "ID"}, "parent": null,
            "sources": ["src"]}],
          "acknowledgements": [{"code": "rotation.first-edition",
            "subject": "forums[think-tank-forum].editions[1]", "note": "Held in Tashkent.",
            "sources": ["src"]}]
        }
        """

    /// Decodes a document, returning the refusal (or `nil` when it decodes).
    static func refusal(_ document: String) -> DatasetDecodingError? {
        do {
            _ = try Dataset(json: Data(document.utf8))
            return nil
        } catch {
            return error
        }
    }
}

/// A JSON value that a test can edit at a path such as `forums[0].editions[0].host`.
///
/// Numbers keep their text, so that a test can write `1.5` where an integer belongs, or `1e400`.
enum JSONValue: Sendable, Hashable, Decodable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral
{
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .number(String(value))
        } else if let value = try? container.decode(Double.self) {
            self = .number(String(value))
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The JSON text, compact, keys sorted.
    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let text): Self.quote(text)
        case .array(let items): "[" + items.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            "{"
                + members.sorted { $0.key < $1.key }.map { "\(Self.quote($0.key)):\($0.value)" }
                .joined(separator: ",") + "}"
        }
    }

    /// The value with `value` at `path`, or without the key at `path` when `value` is `nil`.
    ///
    /// Every step but the last must exist.
    func replacing(_ path: String, with value: JSONValue?) throws -> JSONValue {
        var steps: [String] = []
        for part in path.split(separator: ".") {
            let pieces = part.split(separator: "[")
            steps += pieces.enumerated().map {
                $0.offset == 0 ? String($0.element) : "[" + $0.element
            }
        }
        return try replacing(steps[...], with: value, at: path)
    }

    private func replacing(_ steps: ArraySlice<String>, with value: JSONValue?, at path: String)
        throws
        -> JSONValue
    {
        let step = try #require(steps.first, "empty path")
        let rest = steps.dropFirst()
        switch self {
        case .object(var members) where !step.hasPrefix("["):
            if rest.isEmpty {
                members[step] = value
            } else {
                let child = try #require(members[step], "\(path): no key \(step)")
                members[step] = try child.replacing(rest, with: value, at: path)
            }
            return .object(members)
        case .array(var items) where step.hasPrefix("["):
            let index = try #require(Int(step.dropFirst().dropLast()), "\(path): bad index \(step)")
            try #require(items.indices.contains(index), "\(path): no index \(index)")
            items[index] =
                try rest.isEmpty
                ? #require(value, "\(path): cannot remove an array element")
                : items[index].replacing(rest, with: value, at: path)
            return .array(items)
        default:
            Issue.record("\(path): \(step) does not match \(self)")
            return self
        }
    }

    private static func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
