import Foundation
import KoreaCentralAsia
import Testing

@testable import KoreaCentralAsiaExport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A GraphML document read with Foundation's XML parser: keys, nodes and edges with their data.
final class GraphReader: NSObject, XMLParserDelegate {
    struct Element {
        var attributes: [String: String]
        var data: [String: String] = [:]
    }

    private(set) var keys: [String: [String: String]] = [:]
    private(set) var nodes: [String: Element] = [:]
    private(set) var edges: [Element] = []
    private var current: Element?
    private var currentKey: String?
    private var text = ""

    /// Parses a document, or fails with the parser's error.
    static func read(_ data: Data) throws -> GraphReader {
        let parser = XMLParser(data: data)
        let reader = GraphReader()
        parser.delegate = reader
        guard parser.parse() else {
            throw GraphError(
                description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        return reader
    }

    struct GraphError: Error, CustomStringConvertible {
        var description: String
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "key": keys[attributes["id"] ?? ""] = attributes
        case "node", "edge": current = Element(attributes: attributes)
        case "data":
            currentKey = attributes["key"]
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        switch elementName {
        case "data":
            if let key = currentKey { current?.data[key] = text }
            currentKey = nil
        case "node":
            if let current { nodes[current.attributes["id"] ?? ""] = current }
            current = nil
        case "edge":
            if let current { edges.append(current) }
            current = nil
        default: break
        }
    }
}

@Suite("GraphML export")
struct GraphMLExportTests {
    @Test("The catalog is a well-formed graph of its countries, institutions and forums")
    func catalog() throws {
        let catalog = try ExportFixtures.catalog
        let export = GraphMLExport(catalog)
        let graph = try GraphReader.read(export.data)
        #expect(graph.nodes.count == export.nodeCount)
        #expect(graph.edges.count == export.edgeCount)
        for institution in catalog.institutions {
            #expect(graph.nodes["institution:\(institution.id)"]?.data["name"] == institution.name)
        }
        for forum in catalog.forums {
            let node = try #require(graph.nodes["forum:\(forum.id)"])
            #expect(node.data["edition_count"] == String(forum.editions.count))
        }
        #expect(graph.nodes["country:KR"]?.data["name"] == "Republic of Korea")
        let memberships = graph.edges.filter { $0.data["relation"] == "membership" }
        #expect(
            memberships.count
                == catalog.forums.flatMap(\.membership.events).filter { $0.change != .withdrew }
                .count)
    }

    @Test("Every data element names a declared key, and counts are declared as integers")
    func keys() throws {
        let graph = try GraphReader.read(GraphMLExport(try ExportFixtures.hostileDataset).data)
        for element in Array(graph.nodes.values) + graph.edges {
            for key in element.data.keys {
                let declared = try #require(graph.keys[key], "undeclared key \(key)")
                #expect(declared["for"] == (element.attributes["source"] == nil ? "node" : "edge"))
            }
        }
        #expect(graph.keys["edition_count"]?["attr.type"] == "int")
        #expect(graph.keys["name"]?["attr.type"] == "string")
        for edge in graph.edges {
            #expect(graph.nodes[edge.attributes["source"] ?? ""] != nil)
            #expect(graph.nodes[edge.attributes["target"] ?? ""] != nil)
        }
    }

    @Test("Hostile names stay well-formed and read back, forbidden characters as U+FFFD")
    func hostile() throws {
        let graph = try GraphReader.read(GraphMLExport(try ExportFixtures.hostileDataset).data)
        let expected = ExportFixtures.hostile.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")
            .replacingOccurrences(of: "\u{1F}", with: "\u{FFFD}")
        #expect(graph.nodes["institution:hostile"]?.data["name"] == expected)
        #expect(graph.nodes["forum:forum"]?.data["name"] == expected)
        #expect(graph.nodes["institution:long"]?.data["name"] == ExportFixtures.long)
        #expect(graph.nodes["institution:plain"]?.data["acronym"] == nil)  // absent, not empty
        #expect(graph.nodes["forum:forum"]?.data["identifiers"] == "wikidata:Q99")
        #expect(graph.nodes["country:KZ"]?.data["identifiers"] == "wikidata:Q232")
    }

    @Test("Memberships are periods: a change of status ends one and a withdrawal ends it")
    func membershipPeriods() throws {
        let graph = try GraphReader.read(GraphMLExport(try ExportFixtures.hostileDataset).data)
        let periods = graph.edges.filter { $0.data["relation"] == "membership" }.map {
            [
                $0.attributes["source"], $0.data["status"], $0.data["start_date"],
                $0.data["end_date"],
            ]
        }
        #expect(
            periods == [
                ["institution:hostile", "member", "2023-11-20", "2025"],
                ["institution:long", "member", "2023-11-20", nil],
                ["institution:plain", "participant", "2024-01-10", "2024-06"],
                ["institution:plain", "member", "2024-06", nil],
            ])
        let recommendations = graph.edges.filter { $0.data["relation"] == "recommendation" }
        #expect(
            recommendations.map { $0.attributes["source"] } == [
                "institution:hostile", "institution:long", "institution:long",
            ])
    }

    @Test(
        "XML escaping covers markup, both quotes, line breaks and forbidden characters",
        arguments: [
            ("plain", "plain"), ("R&D <Centre>", "R&amp;D &lt;Centre&gt;"),
            ("\"a\" 'b'", "&quot;a&quot; &apos;b&apos;"), ("a\nb\tc\rd", "a&#10;b&#9;c&#13;d"),
            ("bell\u{7}\u{0}", "bell\u{FFFD}\u{FFFD}"), ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}"),
            ("한국 \u{FFFD} ok", "한국 \u{FFFD} ok"),
        ])
    func escaping(text: String, escaped: String) {
        #expect(escapedForXML(text) == escaped)
    }

    @Test("Names in other languages are name_TAG attributes, declared once per language")
    func names() throws {
        var dataset = try ExportFixtures.hostileDataset
        let graph = try GraphReader.read(GraphMLExport(dataset).data)
        #expect(
            graph.keys.keys.filter { $0.hasPrefix("name_") }.sorted() == [
                "name_en", "name_ko", "name_ru",
            ])
        let long = try #require(graph.nodes["institution:long"])
        #expect(long.data["name_ko"] == ExportFixtures.koreanName)
        #expect(long.data["name_en"] == "New Name")  // the name in use, not the replaced one
        #expect(graph.nodes["forum:forum"]?.data["name_ru"] == "Форум \"мозговых центров\"")
        #expect(graph.nodes["institution:plain"]?.data["name_ko"] == nil)
        dataset.asOf = "2019"
        let then = try GraphReader.read(GraphMLExport(dataset).data)
        #expect(then.nodes["institution:long"]?.data["name_en"] == "Old Name")
    }

    @Test("Persons are nodes with their names in other languages, identifiers and sources")
    func persons() throws {
        let graph = try GraphReader.read(GraphMLExport(try ExportFixtures.postsDataset).data)
        let nurtleu = try #require(graph.nodes["person:nurtleu"])
        #expect(
            nurtleu.data == [
                "type": "person", "name": "Murat Nurtleu", "identifiers": "wikidata:Q4211357",
                "sources": "news;undated", "name_ko": "무랏 누르틀례우", "name_ru": "Мурат Нуртлеу",
            ])
        #expect(graph.nodes.keys.filter { $0.hasPrefix("person:") }.count == 4)
        // The post's country is a node, though nothing else names Kazakhstan.
        #expect(graph.nodes["country:KZ"] != nil)
    }

    @Test(
        "A term is a held_post edge to the post's country or institution, labelled with its title")
    func heldPosts() throws {
        let graph = try GraphReader.read(GraphMLExport(try ExportFixtures.postsDataset).data)
        let held = graph.edges.filter { $0.data["relation"] == "held_post" }.map {
            [
                $0.attributes["source"], $0.attributes["target"], $0.data["post"],
                $0.data["label"], $0.data["start_date"], $0.data["end_date"], $0.data["acting"],
            ]
        }
        let minister = "Minister of Foreign Affairs of Kazakhstan"
        #expect(
            held == [
                [
                    "person:nurtleu", "country:KZ", "kz-foreign-minister", minister, "2023-04-03",
                    "2025-09-26", "false",
                ],
                [
                    "person:kosherbayev", "country:KZ", "kz-foreign-minister", minister, "2025-09",
                    nil, "true",
                ],
                [
                    "person:kim", "institution:secretariat", "secretariat-head",
                    "Head of the Secretariat", nil, "2020", "false",
                ],
                [
                    "person:lee", "institution:secretariat", "secretariat-head",
                    "Head of the Secretariat", nil, nil, "false",
                ],
            ])
        #expect(graph.keys["acting"]?["attr.type"] == "boolean")
    }

    @Test("A delegation a person led is a led_delegation edge to the forum, with its edition")
    func ledDelegations() throws {
        let graph = try GraphReader.read(GraphMLExport(try ExportFixtures.postsDataset).data)
        let led = graph.edges.filter { $0.data["relation"] == "led_delegation" }
        #expect(led.count == 1)  // the other delegation names no person
        let edge = try #require(led.first)
        #expect(edge.attributes["source"] == "person:nurtleu")
        #expect(edge.attributes["target"] == "forum:forum")
        #expect(
            edge.data == [
                "relation": "led_delegation", "edition": "1", "start_date": "2024-11-04",
                "delegation_of": "KZ", "post": "kz-foreign-minister", "label": "Foreign Minister",
                "edge_sources": "news",
            ])
        #expect(graph.keys["edition"]?["attr.type"] == "int")
    }

    @Test("A term or a delegation whose person or institution is unknown has no edge")
    func unknownEnds() throws {
        var dataset = try ExportFixtures.postsDataset
        dataset.persons.removeAll { $0.id == "nurtleu" }
        dataset.institutions = []
        let graph = try GraphReader.read(GraphMLExport(dataset).data)
        #expect(graph.edges.filter { $0.data["relation"] == "led_delegation" }.isEmpty)
        #expect(
            graph.edges.filter { $0.data["relation"] == "held_post" }.map {
                $0.attributes["source"]
            } == ["person:kosherbayev"])
        for edge in graph.edges {
            #expect(graph.nodes[edge.attributes["target"] ?? ""] != nil)
        }
    }

    @Test("The catalog's 29 persons are nodes, with an edge per term and per delegation led")
    func catalogPersons() throws {
        let catalog = try ExportFixtures.catalog
        let graph = try GraphReader.read(GraphMLExport(catalog).data)
        #expect(graph.nodes.values.filter { $0.data["type"] == "person" }.count == 29)
        #expect(graph.edges.filter { $0.data["relation"] == "held_post" }.count == 31)
        let led = catalog.forums.flatMap(\.editions).flatMap(\.delegations).filter {
            $0.person != nil
        }
        #expect(graph.edges.filter { $0.data["relation"] == "led_delegation" }.count == led.count)
    }

    @Test("An empty dataset is a well-formed graph without nodes or edges")
    func empty() throws {
        let export = GraphMLExport(ExportFixtures.empty)
        let graph = try GraphReader.read(export.data)
        #expect(export.nodeCount == 0 && export.edgeCount == 0)
        #expect(graph.nodes.isEmpty && graph.edges.isEmpty)
        #expect(graph.keys["relation"] != nil)
    }

    @Test("The same dataset gives the same bytes")
    func deterministic() throws {
        #expect(
            GraphMLExport(try ExportFixtures.catalog) == GraphMLExport(try ExportFixtures.catalog))
    }
}
