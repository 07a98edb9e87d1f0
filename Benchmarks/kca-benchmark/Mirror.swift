/// The floor: plain `Codable` structs with the same fields as the interchange document.
///
/// `JSONDecoder` decodes them through synthesised conformances with no validation at all.
/// Strings stay strings (dates, countries, identifiers, enum values), optional keys are
/// optionals, and nothing is checked beyond JSON types.
enum Mirror {
    struct Dataset: Decodable {
        var schemaVersion: Int
        var sources: [Source]
        var institutions: [Institution]
        var partnerships: [Partnership]
        var forums: [Forum]
        var agreements: [Agreement]
        var meetings: [Meeting]
        var indicators: [Indicator]
        var initiatives: [Initiative]?
        var acknowledgements: [Acknowledgement]?
        var formats: [Format]?
    }

    struct Format: Decodable {
        var id: String
        var name: String
        var partner: String
        var established: String?
        var sources: [String]
        var names: [Name]?
    }

    struct Name: Decodable {
        var text: String
        var language: String
    }

    struct Source: Decodable {
        var id: String
        var title: String
        var publisher: String
        var published: String?
        var url: String?
        var note: String?
    }

    struct Institution: Decodable {
        var id: String
        var name: String
        var acronym: String?
        var kind: String
        var country: String
        var affiliation: String?
        var parent: String?
        var established: String?
        var identifiers: [ExternalIdentifier]?
        var sources: [String]
    }

    struct ExternalIdentifier: Decodable {
        var scheme: String
        var value: String
    }

    struct Partnership: Decodable {
        var countries: [String]
        var stages: [Stage]
    }

    struct Stage: Decodable {
        var level: String
        var since: String
        var sources: [String]
    }

    struct Forum: Decodable {
        var id: String
        var name: String
        var kind: String
        var established: String?
        var establishedBy: String?
        var secretariat: String?
        var charter: Charter?
        var charters: [Period]?
        var membership: [Event]
        var editions: [Edition]
        var sources: [String]
        var format: String?
    }

    struct Period: Decodable {
        var from: Start?
        var force: String?
        var agreement: String?
        var cadence: String
        var rotation: Rotation?
        var firstEdition: FirstEdition?
        var admission: Admission?
        var sources: [String]?
        var note: String?
    }

    struct Start: Decodable {
        var edition: Int?
        var date: String?
    }

    struct Charter: Decodable {
        var cadence: String
        var rotation: Rotation?
        var firstEdition: FirstEdition?
        var admission: Admission?
    }

    struct Rotation: Decodable {
        var rule: String
        var pivot: String
        var group: [String]
    }

    struct FirstEdition: Decodable {
        var year: Int
        var host: String
    }

    struct Admission: Decodable {
        var rule: String
        var minimumRecommenders: Int
    }

    struct Event: Decodable {
        var event: String
        var institution: String
        var date: String
        var status: String?
        var recommendedBy: [String]?
        var sources: [String]?
    }

    struct Edition: Decodable {
        var ordinal: Int
        var date: String
        var endDate: String?
        var host: String
        var city: String?
        var status: String?
        var mode: String?
        var level: String?
        var organizers: [String]?
        var sources: [String]?
        var delegations: [Delegation]?
        var schedule: [Announcement]?
    }

    struct Delegation: Decodable {
        var country: String
        var title: String?
        var level: String?
    }

    struct Announcement: Decodable {
        var announced: String
        var date: String?
        var sources: [String]?
    }

    struct Agreement: Decodable {
        var id: String
        var title: String
        var kind: String
        var date: String
        var place: Place?
        var signatories: [String]
        var countries: [String]?
        var establishes: String?
        var provisions: [Provision]
        var sources: [String]
    }

    struct Place: Decodable {
        var city: String?
        var country: String
    }

    struct Provision: Decodable {
        var provision: String
        var cadence: String?
        var pivot: String?
        var group: [String]?
        var year: Int?
        var host: String?
        var minimumRecommenders: Int?
        var text: String?
    }

    struct Meeting: Decodable {
        var id: String
        var title: String
        var date: String
        var endDate: String?
        var place: Place?
        var host: String?
        var participants: [String]?
        var countries: [String]?
        var forum: String?
        var topics: [String]?
        var sources: [String]
    }

    struct Indicator: Decodable {
        var id: String
        var measure: String
        var between: String
        var and: String
        var year: Int
        var value: Figure
        var note: String?
        var sources: [String]
    }

    struct Figure: Decodable {
        var amount: Double
        var currency: String
        var bound: String
    }

    struct Initiative: Decodable {
        var id: String
        var name: String
        var country: String
        var announced: String?
        var place: Place?
        var parent: String?
        var sources: [String]
    }

    struct Acknowledgement: Decodable {
        var code: String
        var subject: String
        var note: String
        var sources: [String]
    }
}
