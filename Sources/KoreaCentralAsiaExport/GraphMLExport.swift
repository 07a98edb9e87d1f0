public import Foundation
public import KoreaCentralAsia

/// A dataset as a GraphML network, for networkx, Gephi and yEd.
///
/// Nodes are the countries (`country:KZ`), institutions (`institution:kaziss`), dialogue
/// formats (`format:…`), forums (`forum:korea-central-asia-think-tank-forum`) and persons
/// (`person:murat-nurtleu`) of the dataset; every attribute is declared with a `<key>` and a
/// type. Institutions, formats, forums and persons have a `name_TAG` attribute for each
/// language they have a name in (`name_ko`, `name_uz-Latn`): the name in use on the dataset's
/// `asOf`. Directed edges:
///
/// | `relation` | from → to | attributes |
/// | --- | --- | --- |
/// | `membership` | institution → forum | `status` (member or participant), `start_date`, `end_date` |
/// | `recommendation` | recommender → candidate | `forum`, `start_date` (the admission's date), `status` |
/// | `based_in` | institution → country | |
/// | `part_of` | institution → parent institution | |
/// | `hosted` | country → forum | `edition_count` (editions it hosted, held or planned) |
/// | `held_post` | person → the post's country or institution | `post`, `label` (the post's title), `start_date`, `end_date`, `acting`, `sources` |
/// | `led_delegation` | person → forum | `edition` (its ordinal), `start_date` (the edition's date), `delegation_of` (the delegation's country), `post`, `label` (the title the source gives), `sources` |
///
/// Text from the data is escaped for XML (`&`, `<`, `>`, `"`, `'`), line breaks and tabs as
/// character references, and characters XML 1.0 cannot hold become U+FFFD. The same dataset
/// gives the same bytes.
///
/// ```swift
/// let graph = GraphMLExport(dataset)
/// try graph.write(to: URL(fileURLWithPath: "network.graphml"))
/// ```
public struct GraphMLExport: Sendable, Hashable {
    /// The whole GraphML document.
    public let data: Data
    /// The number of nodes.
    public let nodeCount: Int
    /// The number of edges.
    public let edgeCount: Int

    /// Writes a dataset as a GraphML network.
    ///
    /// - Parameter dataset: The dataset.
    /// - Complexity: O(*n* log *n*) in the number of membership events, O(*n*) in the rest.
    public init(_ dataset: Dataset) {
        var document = GraphDocument()
        document.build(dataset)
        data = Data(document.text.utf8)
        nodeCount = document.nodes
        edgeCount = document.edges
    }
}

extension GraphMLExport: DatasetExport {
    /// One file.
    public var layout: ExportLayout { .file }
    /// The network, as `network.graphml`.
    public var files: [ExportFile] { [ExportFile(name: "network.graphml", data: data)] }
    /// Nothing: every record is a node or an edge.
    public var omissions: [ExportOmission] { [] }
    /// "57 nodes, 212 edges".
    public var summary: String { "\(nodeCount) nodes, \(edgeCount) edges" }
}

/// One attribute of nodes or edges: its id, name, owner and type.
private struct Key {
    enum Owner: String { case node, edge }
    enum Kind: String { case string, int, boolean }

    var id: String
    var owner: Owner
    var kind: Kind

    static let all: [Key] = [
        Key(id: "type", owner: .node, kind: .string),
        Key(id: "name", owner: .node, kind: .string),
        Key(id: "kind", owner: .node, kind: .string),
        Key(id: "country", owner: .node, kind: .string),
        Key(id: "acronym", owner: .node, kind: .string),
        Key(id: "affiliation", owner: .node, kind: .string),
        Key(id: "established", owner: .node, kind: .string),
        Key(id: "identifiers", owner: .node, kind: .string),
        Key(id: "sources", owner: .node, kind: .string),
        Key(id: "edition_count", owner: .node, kind: .int),
        Key(id: "member_count", owner: .node, kind: .int),
        Key(id: "partner", owner: .node, kind: .string),
        Key(id: "relation", owner: .edge, kind: .string),
        Key(id: "forum", owner: .edge, kind: .string),
        Key(id: "status", owner: .edge, kind: .string),
        Key(id: "start_date", owner: .edge, kind: .string),
        Key(id: "end_date", owner: .edge, kind: .string),
        Key(id: "hosted_count", owner: .edge, kind: .int),
        Key(id: "edge_sources", owner: .edge, kind: .string),
        Key(id: "post", owner: .edge, kind: .string),
        Key(id: "label", owner: .edge, kind: .string),
        Key(id: "acting", owner: .edge, kind: .boolean),
        Key(id: "edition", owner: .edge, kind: .int),
        Key(id: "delegation_of", owner: .edge, kind: .string),
    ]
}

/// The GraphML text, built node by node and edge by edge.
private struct GraphDocument {
    var text = ""
    var nodes = 0
    var edges = 0

    mutating func build(_ dataset: Dataset) {
        text += """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        // A name attribute for each language the institutions and forums have names in.
        // One set filled in three steps: the same expression as one sum of three `flatMap`s took
        // the type checker 4.4 s in every build.
        var languageSet = Set<LanguageTag>()
        for institution in dataset.institutions {
            languageSet.formUnion(institution.names.map(\.language))
        }
        for forum in dataset.forums { languageSet.formUnion(forum.names.map(\.language)) }
        for format in dataset.formats { languageSet.formUnion(format.names.map(\.language)) }
        for person in dataset.persons { languageSet.formUnion(person.names.map(\.language)) }
        let languages = languageSet.sorted()
        let nameKeys = languages.map { Key(id: "name_" + $0.rawValue, owner: .node, kind: .string) }
        for key in Key.all + nameKeys {
            let name = key.id == "edge_sources" ? "sources" : key.id
            text +=
                "  <key id=\"\(key.id)\" for=\"\(key.owner.rawValue)\" attr.name=\"\(name)\" attr.type=\"\(key.kind.rawValue)\"/>\n"
        }
        text += "  <graph id=\"korea-central-asia\" edgedefault=\"directed\">\n"

        // Countries: every one the institutions, editions and partnerships name, in code order.
        var countries = Set<Country>()
        for institution in dataset.institutions { countries.insert(institution.country) }
        for forum in dataset.forums {
            for edition in forum.editions { countries.insert(edition.host) }
            countries.formUnion(forum.membership.countries)
        }
        for format in dataset.formats {
            if let partner = format.partner.country { countries.insert(partner) }
            countries.formUnion(format.group)
        }
        for partnership in dataset.partnerships {
            countries.insert(partnership.first)
            countries.insert(partnership.second)
        }
        for post in dataset.posts {
            if case .country(let country) = post.owner { countries.insert(country) }
        }
        for country in countries.sorted() {
            node(
                "country:" + country.code,
                [
                    ("type", "country"), ("name", country.name), ("country", country.code),
                    ("identifiers", identifierList(country.wikidataItem.map { [$0] } ?? [])),
                ])
        }
        var defined = Set<Institution.ID>()
        for institution in dataset.institutions where defined.insert(institution.id).inserted {
            node(
                "institution:" + institution.id.rawValue,
                [
                    ("type", "institution"), ("name", institution.name),
                    ("kind", institution.kind.rawValue), ("country", institution.country.code),
                    ("acronym", institution.acronym), ("affiliation", institution.affiliation),
                    ("established", institution.established?.description),
                    ("identifiers", identifierList(institution.identifiers)),
                    ("sources", joined(institution.sources)),
                ] + names(of: institution, on: dataset.asOf))
        }
        // Formats: a node each, with its partner; its tracks point to it.
        var formats = Set<DialogueFormat.ID>()
        for format in dataset.formats where formats.insert(format.id).inserted {
            node(
                "format:" + format.id.rawValue,
                [
                    ("type", "format"), ("name", format.name),
                    ("partner", format.partner.description),
                    ("established", format.established?.description),
                    ("identifiers", identifierList(format.identifiers)),
                    ("sources", joined(format.sources)),
                ] + names(of: format, on: dataset.asOf))
        }
        var forums = Set<Forum.ID>()
        for forum in dataset.forums where forums.insert(forum.id).inserted {
            node(
                "forum:" + forum.id.rawValue,
                [
                    ("type", "forum"), ("name", forum.name), ("kind", forum.kind.rawValue),
                    ("established", forum.established?.description),
                    ("identifiers", identifierList(forum.identifiers)),
                    ("edition_count", String(forum.editions.count)),
                    ("member_count", String(forum.membership.institutions.count)),
                    ("sources", joined(forum.sources)),
                ] + names(of: forum, on: dataset.asOf))
        }
        var persons = Set<Person.ID>()
        for person in dataset.persons where persons.insert(person.id).inserted {
            node(
                "person:" + person.id.rawValue,
                [
                    ("type", "person"), ("name", person.name),
                    ("identifiers", identifierList(person.identifiers)),
                    ("sources", joined(person.sources)),
                ] + names(of: person, on: dataset.asOf))
        }
        // Edges whose ends are not defined (a reference the rules report) would make readers
        // invent nodes; they are left out.
        for institution in dataset.institutions {
            let from = "institution:" + institution.id.rawValue
            edge(from, "country:" + institution.country.code, [("relation", "based_in")])
            if let parent = institution.parent, defined.contains(parent) {
                edge(from, "institution:" + parent.rawValue, [("relation", "part_of")])
            }
        }
        for format in dataset.formats where formats.contains(format.id) {
            let target = "format:" + format.id.rawValue
            switch format.partner {
            case .country(let country):
                edge("country:" + country.code, target, [("relation", "partner")])
            case .organization(let id) where defined.contains(id):
                edge("institution:" + id.rawValue, target, [("relation", "partner")])
            case .organization:
                break
            }
        }
        for forum in dataset.forums where forums.contains(forum.id) {
            let target = "forum:" + forum.id.rawValue
            if let format = forum.format, formats.contains(format) {
                edge(target, "format:" + format.rawValue, [("relation", "track_of")])
            }
            var hosted: [Country: Int] = [:]
            for edition in forum.editions where edition.isScheduled {
                hosted[edition.host, default: 0] += 1
            }
            for (country, count) in hosted.sorted(by: { $0.key < $1.key }) {
                edge(
                    "country:" + country.code, target,
                    [("relation", "hosted"), ("hosted_count", String(count))])
            }
            for period in MembershipPeriod.periods(of: forum.membership) {
                let source: String
                switch period.member {
                case .institution(let id) where defined.contains(id):
                    source = "institution:" + id.rawValue
                case .country(let country): source = "country:" + country.code
                case .institution: continue
                }
                edge(
                    source, target,
                    [
                        ("relation", "membership"), ("status", period.status.rawValue),
                        ("start_date", period.start.description),
                        ("end_date", period.end?.description),
                        ("edge_sources", joined(period.sources)),
                    ])
            }
            for event in forum.membership.events {
                guard case .admitted(let status, let recommenders) = event.change,
                    let candidate = event.institution, defined.contains(candidate)
                else { continue }
                for recommender in recommenders where defined.contains(recommender) {
                    edge(
                        "institution:" + recommender.rawValue,
                        "institution:" + candidate.rawValue,
                        [
                            ("relation", "recommendation"), ("forum", forum.id.rawValue),
                            ("status", status.rawValue), ("start_date", event.date.description),
                        ])
                }
            }
        }
        for post in dataset.posts {
            let target: String
            switch post.owner {
            case .country(let country): target = "country:" + country.code
            case .institution(let id) where defined.contains(id):
                target = "institution:" + id.rawValue
            case .institution: continue
            }
            for term in post.holders where persons.contains(term.person) {
                edge(
                    "person:" + term.person.rawValue, target,
                    [
                        ("relation", "held_post"), ("post", post.id.rawValue),
                        ("label", post.title), ("start_date", term.from?.description),
                        ("end_date", term.to?.description), ("acting", String(term.acting)),
                        ("edge_sources", joined(term.sources)),
                    ])
            }
        }
        for forum in dataset.forums where forums.contains(forum.id) {
            for edition in forum.editions {
                for delegation in edition.delegations {
                    guard let person = delegation.person, persons.contains(person) else {
                        continue
                    }
                    edge(
                        "person:" + person.rawValue, "forum:" + forum.id.rawValue,
                        [
                            ("relation", "led_delegation"), ("edition", String(edition.ordinal)),
                            ("start_date", edition.date.description),
                            ("delegation_of", delegation.country.code),
                            ("post", delegation.post?.rawValue), ("label", delegation.title),
                            ("edge_sources", joined(delegation.sources)),
                        ])
                }
            }
        }
        text += "  </graph>\n</graphml>\n"
    }

    /// The `name_TAG` attributes of an entity: for each language it has a name in, the name
    /// in use on the record's date (see ``KoreaCentralAsia/Named/name(in:on:)``).
    private func names(of entity: some Named, on date: PartialDate?) -> [(String, String?)] {
        Set(entity.names.map(\.language)).sorted().map { language in
            ("name_" + language.rawValue, entity.name(in: language, on: date))
        }
    }

    /// Identifiers as `scheme:value;scheme:value`, or `nil` for none.
    private func identifierList(_ identifiers: [ExternalIdentifier]) -> String? {
        identifiers.isEmpty
            ? nil
            : identifiers.map { "\($0.scheme.rawValue):\($0.value)" }.joined(separator: ";")
    }

    private func joined(_ ids: [some RawRepresentable<String>]) -> String? {
        ids.isEmpty ? nil : ids.map(\.rawValue).joined(separator: ";")
    }

    private mutating func node(_ id: String, _ attributes: [(String, String?)]) {
        nodes += 1
        text += "    <node id=\""
        text += escapedForXML(id)
        text += "\">\n"
        data(attributes, indent: "      ")
        text += "    </node>\n"
    }

    private mutating func edge(
        _ source: String, _ target: String, _ attributes: [(String, String?)]
    ) {
        text += "    <edge id=\"e\(edges)\" source=\""
        edges += 1
        text += escapedForXML(source)
        text += "\" target=\""
        text += escapedForXML(target)
        text += "\">\n"
        data(attributes, indent: "      ")
        text += "    </edge>\n"
    }

    private mutating func data(_ attributes: [(String, String?)], indent: String) {
        for (key, value) in attributes {
            guard let value else { continue }
            text += indent
            text += "<data key=\""
            text += key
            text += "\">"
            text += escapedForXML(value)
            text += "</data>\n"
        }
    }
}

/// Text escaped for XML 1.0 character data and attribute values: `&`, `<`, `>`, `"` and `'` as
/// entities; tab, line feed and carriage return as character references (so that parsers keep
/// them, even in attributes); characters XML 1.0 does not allow (other C0 controls, U+FFFE,
/// U+FFFF) as U+FFFD.
func escapedForXML(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { byte in
        byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
            && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
            && byte != UInt8(ascii: "'") && byte != 0xEF  // 0xEF starts U+FFFE and U+FFFF
    }
    if plain { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&apos;"
        case "\t": result += "&#9;"
        case "\n": result += "&#10;"
        case "\r": result += "&#13;"
        case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
