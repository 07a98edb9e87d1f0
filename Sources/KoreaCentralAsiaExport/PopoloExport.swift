public import Foundation
public import KoreaCentralAsia

/// A dataset as a Popolo JSON document, for civic-data tools that read the Popolo standard.
///
/// The document has six lists:
///
/// - `persons`: every person, with `other_names` (their names in other languages, each with
///   `lang`), `identifiers` and `sources` as links;
/// - `posts`: every post, with its title as `label` and what it belongs to: `organization_id`
///   for an institution's post, `area_id` (the country's area) for a country's post;
/// - `organizations`: every institution (`classification` `institution/` and its kind, with
///   `parent_id`, `founding_date`, `area_id`, `identifiers`, `other_names` and `sources` as
///   links) and every forum (`classification` `forum/` and its kind, with `identifiers`). `other_names` holds the
///   names in other languages, each with `lang` (its BCP 47 tag) and, for a renaming,
///   `start_date` and `end_date`; then the acronym, with the note `acronym`;
/// - `memberships`: an institution in a forum, one per period of standing: `member` (the
///   institution), `organization_id` (the forum), `role` `member` or `participant`,
///   `start_date`, and `end_date` when a later event changed or ended the standing; then a
///   person in a post, one per term (`POST/holders/N`): `person_id`, `post_id`, the post's
///   `organization_id` or `area_id`, `role` (the post's title), `label` `acting` for an acting
///   holder, and `start_date` and `end_date` when the sources give them;
/// - `events`: the forums' editions, with `name`, `start_date`, `end_date`, `location`,
///   `organization_id`, `status` (`held`, `planned`, `cancelled`, or `proposed` for an edition of
///   the plan) and `classification` `edition`;
/// - `areas`: the countries the dataset names (countries' posts among them), with ISO 3166-1
///   identifiers and, for the countries the library knows, their Wikidata items.
///
/// Claims on any fact (``KoreaCentralAsia/Claim``) of an institution, a forum or an edition are
/// kept as more `sources` of its organization or event: one link per claim's source that has an
/// address, whose `note` says what the source claims and what the record prefers. Popolo has no
/// room for the rest (claims of membership events, partnership stages, agreements and meetings,
/// and claims none of whose sources has an address): ``omittedClaimCount`` counts them, so that
/// nothing is dropped silently.
///
/// Dates are ISO 8601 reduced dates, as Popolo recommends for imprecise dates (`2024`,
/// `2023-12`, `2023-11-20`). The document is written by `JSONEncoder` with sorted keys, so every
/// text from the data is a JSON string and the same dataset gives the same bytes.
///
/// ```swift
/// let popolo = PopoloExport(dataset, includingPlanThrough: 2030)
/// try popolo.write(to: URL(fileURLWithPath: "popolo.json"))
/// ```
public struct PopoloExport: Sendable, Hashable {
    /// The whole JSON document, pretty-printed, with a final newline.
    ///
    /// - Throws: ``ExportError`` if it cannot be encoded, which its strings and integers never
    ///   cause.
    public var data: Data {
        get throws(ExportError) { try encoded.get() }
    }
    private let encoded: Result<Data, ExportError>
    /// The number of events, proposed ones included.
    public let eventCount: Int
    /// The number of claims the document has no room for, and leaves out.
    public let omittedClaimCount: Int

    /// Writes a dataset as a Popolo document.
    ///
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - year: With a year, each forum whose charter has a rotation also gets the editions
    ///     its plan proposes through that year (``KoreaCentralAsia/Forum/plan(through:)``), as
    ///     events of status `proposed` dated to their year; `nil` for none. Years past 9999 plan
    ///     through 9999; a forum that cannot be planned gets no proposal.
    /// - Complexity: O(*n* log *n*) in the number of membership events, O(*n*) in the rest.
    public init(_ dataset: Dataset, includingPlanThrough year: Int? = nil) {
        let document = PopoloDocument(dataset, planThrough: year)
        encoded = Result { () throws(ExportError) in
            try encodedJSON(document, snakeCase: true)
        }
        eventCount = document.events.count
        omittedClaimCount = document.omittedClaimCount
    }
}

extension PopoloExport: DatasetExport {
    /// One file.
    public var layout: ExportLayout { .file }
    /// The document, as `popolo.json`.
    public var files: [ExportFile] {
        get throws(ExportError) { [ExportFile(name: "popolo.json", data: try data)] }
    }
    /// The claims Popolo has no room for.
    public var omissions: [ExportOmission] {
        omittedClaimCount == 0
            ? []
            : [
                ExportOmission(
                    count: omittedClaimCount,
                    what:
                        "claims on a membership event, a partnership stage, an agreement or a meeting, or without a source with an address, which Popolo has no place for"
                )
            ]
    }
    /// "120 events".
    public var summary: String { "\(eventCount) event\(eventCount == 1 ? "" : "s")" }
}

/// The Popolo document's shape; the encoder writes the keys in snake_case, as the standard
/// does, and leaves out absent ones.
struct PopoloDocument: Encodable {
    struct Identifier: Encodable {
        var identifier: String
        var scheme: String
    }

    struct OtherName: Encodable {
        var name: String
        /// The BCP 47 tag of the name's language: a term from outside the specification, which
        /// has none for it.
        var lang: String?
        var note: String?
        var startDate: String?
        var endDate: String?
    }

    struct Link: Encodable {
        var url: String
        var note: String?
    }

    struct Organization: Encodable {
        var id: String
        var name: String
        var classification: String
        var parentId: String?
        var areaId: String?
        var foundingDate: String?
        var identifiers: [Identifier]?
        var otherNames: [OtherName]?
        var sources: [Link]?
    }

    struct Member: Encodable {
        var type: String
        var id: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case id
        }
    }

    struct Person: Encodable {
        var id: String
        var name: String
        var otherNames: [OtherName]?
        var identifiers: [Identifier]?
        var sources: [Link]?
    }

    struct Post: Encodable {
        var id: String
        var label: String
        var organizationId: String?
        var areaId: String?
        var sources: [Link]?
    }

    /// A standing in a forum, or a term in a post.
    ///
    /// An institution's or a state's standing in a forum has a `member`; a person's term in a
    /// post has a `person_id` and a `post_id`.
    struct Membership: Encodable {
        var id: String
        var member: Member?
        var personId: String?
        var postId: String?
        var organizationId: String?
        var areaId: String?
        var role: String
        var label: String?
        var startDate: String?
        var endDate: String?
        var sources: [Link]?
    }

    struct Event: Encodable {
        var id: String
        var name: String
        var classification: String
        var organizationId: String
        var startDate: String
        var endDate: String?
        var location: String?
        var status: String
        var sources: [Link]?
    }

    struct Area: Encodable {
        var id: String
        var name: String
        var classification: String
        var identifiers: [Identifier]
    }

    /// Identifiers in other databases, or `nil` for none.
    static func identifiers(_ identifiers: [ExternalIdentifier]) -> [Identifier]? {
        identifiers.isEmpty
            ? nil : identifiers.map { Identifier(identifier: $0.value, scheme: $0.scheme.rawValue) }
    }

    /// An entity's names in other languages and periods, with their dates, and its acronym.
    static func otherNames(_ names: [LocalizedName], acronym: String?) -> [OtherName]? {
        var other = names.map {
            OtherName(
                name: $0.text, lang: $0.language.rawValue, startDate: $0.from?.description,
                endDate: $0.until?.description)
        }
        if let acronym { other.append(OtherName(name: acronym, note: "acronym")) }
        return other.isEmpty ? nil : other
    }

    var persons: [Person] = []
    var organizations: [Organization] = []
    var memberships: [Membership] = []
    var events: [Event] = []
    var areas: [Area] = []
    var posts: [Post] = []
    /// The claims that no organization or event keeps: not part of the document.
    var omittedClaimCount = 0

    enum CodingKeys: String, CodingKey {
        case persons, organizations, memberships, events, areas, posts
    }

    init(_ dataset: Dataset, planThrough year: Int?) {
        var links: [Source.ID: Link] = [:]
        for source in dataset.sources where links[source.id] == nil {
            // Popolo sources are links: a source without an address has none to give.
            guard let url = source.url else { continue }
            var note = "\(source.title) (\(source.publisher)"
            if let published = source.published { note += ", \(published)" }
            links[source.id] = Link(url: url.text, note: note + ")")
        }
        func sources(_ ids: [Source.ID]) -> [Link]? {
            let found = ids.compactMap { links[$0] }
            return found.isEmpty ? nil : found
        }
        // Claims, by the entity they are on; each kept one is removed, the rest are counted.
        var claims: [Subject: [Dispute]] = [:]
        for dispute in dataset.disputes { claims[dispute.entity, default: []].append(dispute) }
        func sources(_ ids: [Source.ID], claimsOn entity: Subject) -> [Link]? {
            var found = ids.compactMap { links[$0] }
            for dispute in claims.removeValue(forKey: entity) ?? [] {
                let kept = dispute.sources.compactMap { links[$0] }
                if kept.isEmpty { omittedClaimCount += 1 }
                found += kept.map { link in
                    let preferred =
                        dispute.preferred.map { "the record has \($0)" } ?? "the record has none"
                    var note =
                        "\(link.note ?? link.url): claims \(dispute.property) \(dispute.claimed), where \(preferred)"
                    if let text = dispute.note { note += "; " + text }
                    return Link(url: link.url, note: note)
                }
            }
            return found.isEmpty ? nil : found
        }
        var countries = Set<Country>()
        var memberStates = Set<Country>()
        for institution in dataset.institutions {
            countries.insert(institution.country)
            organizations.append(
                Organization(
                    id: institution.id.rawValue, name: institution.name,
                    classification: "institution/" + institution.kind.rawValue,
                    parentId: institution.parent?.rawValue, areaId: institution.country.code,
                    foundingDate: institution.established?.description,
                    identifiers: Self.identifiers(institution.identifiers),
                    otherNames: Self.otherNames(institution.names, acronym: institution.acronym),
                    sources: sources(institution.sources, claimsOn: .institution(institution.id))))
        }
        // A format is an organization; its tracks are its parts.
        for format in dataset.formats {
            organizations.append(
                Organization(
                    id: format.id.rawValue, name: format.name, classification: "format",
                    foundingDate: format.established?.description,
                    identifiers: Self.identifiers(format.identifiers),
                    otherNames: Self.otherNames(format.names, acronym: nil),
                    sources: sources(format.sources, claimsOn: .format(format.id))))
        }
        for forum in dataset.forums {
            organizations.append(
                Organization(
                    id: forum.id.rawValue, name: forum.name,
                    classification: "forum/" + forum.kind.rawValue,
                    parentId: forum.format?.rawValue,
                    foundingDate: forum.established?.description,
                    identifiers: Self.identifiers(forum.identifiers),
                    otherNames: Self.otherNames(forum.names, acronym: nil),
                    sources: sources(forum.sources, claimsOn: .forum(forum.id))))
            for period in MembershipPeriod.periods(of: forum.membership) {
                // A state that is a member is an organisation of Popolo's: its government.
                let memberID: String
                switch period.member {
                case .institution(let id): memberID = id.rawValue
                case .country(let country):
                    memberID = "country:" + country.code
                    countries.insert(country)
                    memberStates.insert(country)
                }
                memberships.append(
                    Membership(
                        id: "\(forum.id.rawValue)/\(period.member)@\(period.start)",
                        member: Member(type: "Organization", id: memberID),
                        organizationId: forum.id.rawValue, role: period.status.rawValue,
                        startDate: period.start.description, endDate: period.end?.description,
                        sources: sources(period.sources)))
            }
            for edition in forum.editions {
                countries.insert(edition.host)
                let place = [edition.city, edition.host.name].compactMap { $0 }
                events.append(
                    Event(
                        id: "\(forum.id.rawValue)/editions/\(edition.ordinal)",
                        name: "\(forum.name), \(edition.ordinalText) edition",
                        classification: "edition", organizationId: forum.id.rawValue,
                        startDate: edition.date.description,
                        endDate: edition.endDate?.description,
                        location: place.joined(separator: ", "), status: edition.status.rawValue,
                        sources: sources(
                            edition.sources,
                            claimsOn: .edition(edition.ordinal, of: forum.id))))
            }
            guard let year, let plan = try? forum.plan(through: min(year, 9999)) else { continue }
            for proposal in plan {
                countries.insert(proposal.host)
                events.append(
                    Event(
                        id: "\(forum.id.rawValue)/editions/\(proposal.ordinal)",
                        name:
                            "\(forum.name), \(Edition.ordinalText(proposal.ordinal)) edition (proposed)",
                        classification: "edition", organizationId: forum.id.rawValue,
                        startDate: String(proposal.year), location: proposal.host.name,
                        status: "proposed"))
            }
        }
        addPersonsAndPosts(dataset, countries: &countries, sources: sources)
        omittedClaimCount += claims.values.reduce(0) { $0 + $1.count }
        for partnership in dataset.partnerships {
            countries.insert(partnership.first)
            countries.insert(partnership.second)
        }
        for country in memberStates.sorted() {
            organizations.append(
                Organization(
                    id: "country:" + country.code, name: country.name, classification: "state",
                    areaId: country.code))
        }
        areas = countries.sorted().map { country in
            var identifiers = [Identifier(identifier: country.code, scheme: "iso3166-1-alpha2")]
            identifiers.append(Identifier(identifier: country.alpha3, scheme: "iso3166-1-alpha3"))
            if let item = country.wikidataItem {
                identifiers.append(Identifier(identifier: item.value, scheme: item.scheme.rawValue))
            }
            return Area(
                id: country.code, name: country.name, classification: "country",
                identifiers: identifiers)
        }
    }
}

extension PopoloDocument {
    /// Adds the persons, the posts and a membership per term of a post's holder.
    ///
    /// A country's post adds its country to the areas; an institution's post names it as its
    /// organization, as its terms do.
    private mutating func addPersonsAndPosts(
        _ dataset: Dataset, countries: inout Set<Country>, sources: ([Source.ID]) -> [Link]?
    ) {
        for person in dataset.persons {
            persons.append(
                Person(
                    id: person.id.rawValue, name: person.name,
                    otherNames: Self.otherNames(person.names, acronym: nil),
                    identifiers: Self.identifiers(person.identifiers),
                    sources: sources(person.sources)))
        }
        for post in dataset.posts {
            var organization: String?
            var area: String?
            switch post.owner {
            case .country(let country):
                countries.insert(country)
                area = country.code
            case .institution(let institution): organization = institution.rawValue
            }
            posts.append(
                Post(
                    id: post.id.rawValue, label: post.title, organizationId: organization,
                    areaId: area, sources: sources(post.sources)))
            for (index, term) in post.holders.enumerated() {
                memberships.append(
                    Membership(
                        id: "\(post.id.rawValue)/holders/\(index + 1)",
                        personId: term.person.rawValue, postId: post.id.rawValue,
                        organizationId: organization, areaId: area, role: post.title,
                        label: term.acting ? "acting" : nil, startDate: term.from?.description,
                        endDate: term.to?.description, sources: sources(term.sources)))
            }
        }
    }
}
