import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed SVG: its name, attributes, text and children.
final class SVGNode {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [SVGNode] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The element and every element inside it, depth first.
    var all: [SVGNode] { [self] + children.flatMap(\.all) }

    /// The text of the element and of every element inside it.
    var allText: String { text + children.map(\.allText).joined() }

    /// Whether the element's `class` attribute holds a class.
    func hasClass(_ name: String) -> Bool {
        (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
    }

    /// The elements inside this one (itself included) that have a class.
    func elements(ofClass name: String) -> [SVGNode] { all.filter { $0.hasClass(name) } }
}

/// Parses one XML document into a tree, or fails with the parser's error.
final class TreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [SVGNode] = []
    private(set) var root: SVGNode?

    static func parse(_ text: String) throws -> SVGNode {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = TreeBuilder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ProgramTestError(
                "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)"
            )
        }
        return root
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = SVGNode(name: elementName, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}

/// The report's charts, parsed: each `<svg>…</svg>` of the page, by id.
func charts(in html: String) throws -> [String: SVGNode] {
    var charts: [String: SVGNode] = [:]
    var rest = html[...]
    while let start = rest.range(of: "<svg") {
        let end = try #require(
            rest[start.lowerBound...].range(of: "</svg>"), "an <svg> is not closed")
        let svg = try TreeBuilder.parse(String(rest[start.lowerBound..<end.upperBound]))
        let id = try #require(svg.attributes["id"], "an <svg> has no id")
        #expect(charts[id] == nil, "two charts with the id \(id)")
        charts[id] = svg
        rest = rest[end.upperBound...]
    }
    return charts
}

@Suite("relations-report")
struct RelationsReportTests {
    @Test("a standalone page: four kinds of chart, well-formed SVG, no script, nothing fetched")
    func page() throws {
        let result = try BuiltProgram.run("relations-report", ["--through", "2033"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src="), "no image, script or frame to fetch")
        #expect(!html.contains("<link"), "no external stylesheet")
        let charts = try charts(in: html)
        #expect(
            Set(charts.keys) == [
                "chart-trade", "chart-hosts-\(cooperationForum)", "chart-hosts-\(thinkTankForum)",
                "chart-hosts-korea-central-asia-business-council",
                "chart-hosts-korea-central-asia-parliamentary-speakers-meeting",
                "chart-partnerships", "chart-membership", "chart-formats",
            ])
        for (id, svg) in charts {
            #expect(svg.children.first?.name == "title", "\(id) starts with its title")
            #expect(!svg.elements(ofClass: "chart-title").isEmpty, "\(id) shows its title")
            #expect(
                svg.all.contains { $0.hasClass("legend-entry") } || id == "chart-trade",
                "\(id) has a legend")
            #expect(
                svg.attributes["viewBox"]?.hasPrefix("0 0 1160 ") == true,
                "\(id) is drawn for 1160 px")
        }
    }

    @Test("the trade chart has one point per trade figure, with its bound, and axis titles")
    func trade() throws {
        let catalog = try Example.catalogObject()
        let trade = (catalog["indicators"] as? [[String: Any]] ?? []).filter {
            $0["measure"] as? String == "tradeTurnover"
        }
        let chart = try #require(
            try charts(in: BuiltProgram.run("relations-report").stdout)["chart-trade"])
        let points = chart.elements(ofClass: "point")
        #expect(points.count == trade.count)
        #expect(
            points.compactMap { $0.attributes["data-year"] }.sorted()
                == trade.compactMap { ($0["year"] as? Int).map(String.init) }.sorted())
        let bound1992 = points.first { $0.attributes["data-year"] == "1992" }?.attributes[
            "data-bound"]
        #expect(bound1992 == "approximately")
        let moreThan = points.filter { $0.attributes["data-bound"] == "moreThan" }
        #expect(moreThan.count == 3)
        #expect(
            chart.elements(ofClass: "bound-arrow").count == moreThan.count,
            "an arrow for each “more than”")
        let about = points.filter { $0.attributes["data-bound"] == "approximately" }
        #expect(chart.elements(ofClass: "bound-about").count == about.count)
        #expect(chart.allText.contains("Year"))
        #expect(chart.allText.contains("Trade turnover, USD, log scale"))
        #expect(chart.allText.contains("1992 → 2023: more than 666×"))
        #expect(chart.allText.contains("more than"), "the legend explains the bounds")
    }

    @Test(
        "a year whose claims disagree is drawn as a range whose tooltip names each claim and source"
    )
    func claimRange() throws {
        let directory = try TemporaryDirectory()
        var document = try Example.catalogObject()
        let claim: (String, Int, String, String) -> [String: Any] = { id, amount, bound, source in
            [
                "id": id, "measure": "tradeTurnover", "between": "KR", "and": "KZ", "year": 2020,
                "value": ["amount": amount, "currency": "USD", "bound": bound], "sources": [source],
            ]
        }
        var indicators = document["indicators"] as? [[String: Any]] ?? []
        indicators += [
            claim("trade-2020-herald", 3_080_000_000, "exact", "herald"),
            claim("trade-2020-astana", 5_900_000_000, "approximately", "astana"),
        ]
        document["indicators"] = indicators
        var sources = document["sources"] as? [[String: Any]] ?? []
        sources += [
            [
                "id": "herald", "title": "H", "publisher": "The Korea Herald",
                "published": "2021-08-17",
            ],
            [
                "id": "astana", "title": "A", "publisher": "The Astana Times",
                "published": "2021-08",
            ],
        ]
        document["sources"] = sources
        let file = try directory.write("claims.json", json: document)
        let chart = try #require(
            try charts(in: BuiltProgram.run("relations-report", ["--dataset", file]).stdout)[
                "chart-trade"])
        let ranges = chart.elements(ofClass: "claim-range").filter {
            $0.attributes["data-year"] == "2020"
        }
        #expect(ranges.count == 1)
        let tooltip = ranges.first?.allText ?? ""
        #expect(tooltip.contains("disagree"))
        #expect(tooltip.contains("$3.08 billion (herald)"))
        #expect(tooltip.contains("about $5.9 billion (astana)"))
        // Under the chart, the claims of each year whose sources differ, linked to the sources.
        let page = try BuiltProgram.run("relations-report", ["--dataset", file]).stdout
        #expect(
            page.contains(
                #"<li class="claims disagree">2020, Republic of Korea–Kazakhstan: the sources disagree: "#
            ))
        #expect(page.contains(##"<a href="#source-herald">herald</a>"##))
        #expect(page.contains(#"<li id="source-herald">"#))
    }

    @Test("--language names forums in that language where the record has one")
    func language() throws {
        let directory = try TemporaryDirectory()
        var document = try Example.catalogObject()
        var forums = document["forums"] as? [[String: Any]] ?? []
        for index in forums.indices
        where forums[index]["charter"] != nil || forums[index]["charters"] != nil {
            forums[index]["names"] = [["text": "포럼 \(index)", "language": "ko"]]
        }
        document["forums"] = forums
        let file = try directory.write("named.json", json: document)
        let korean = try BuiltProgram.run(
            "relations-report", ["--dataset", file, "--language", "ko"])
        #expect(korean.status == 0)
        #expect(korean.stdout.contains("Hosts: 포럼"))
        let english = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(!english.stdout.contains("Hosts: 포럼"))
    }

    @Test(
        "each forum with a charter has a host timeline: one mark per held, recorded and proposed edition"
    )
    func hosts() throws {
        let charts = try charts(
            in: BuiltProgram.run("relations-report", ["--through", "2033"]).stdout)
        let thinkTank = try #require(charts["chart-hosts-\(thinkTankForum)"])
        let marks = thinkTank.elements(ofClass: "mark")
        #expect(
            marks.filter { $0.hasClass("held") }.map { $0.attributes["data-host"] ?? "" } == [
                "UZ", "KG",
            ])
        let proposed = marks.filter { $0.hasClass("proposed") }
        #expect(
            proposed.compactMap { $0.attributes["data-host"] } == [
                "KR", "TJ", "KR", "TM", "KR", "KZ", "KR", "UZ",
            ])
        let years: [String] = (2026...2033).map { String($0) }
        let proposedYears: [String] = proposed.compactMap { $0.attributes["data-year"] }
        #expect(proposedYears == years)
        #expect(thinkTank.allText.contains("Republic of Korea (pivot)"))
        #expect(thinkTank.allText.contains("proposed by the rotation rule"))

        let cooperation = try #require(charts["chart-hosts-\(cooperationForum)"])
        let held = cooperation.elements(ofClass: "held")
        let planned = cooperation.elements(ofClass: "planned")
        #expect(held.count == 14)
        #expect(planned.map { $0.attributes["data-year"] } == ["2026"])
        // The alternation observed since 2018 proposes Korea in even years, the group in odd.
        let cooperationProposed = cooperation.elements(ofClass: "proposed")
        #expect(
            cooperationProposed.compactMap { $0.attributes["data-year"] }
                == ["2027", "2028", "2029", "2030", "2031", "2032", "2033"])
        #expect(
            cooperationProposed.compactMap { $0.attributes["data-host"] }.enumerated()
                .allSatisfy { $0.offset % 2 == 0 || $0.element == "KR" })
    }

    @Test("the partnership chart has a step per stage for each Central Asian state")
    func partnerships() throws {
        let chart = try #require(
            try charts(in: BuiltProgram.run("relations-report").stdout)["chart-partnerships"])
        let stages = chart.elements(ofClass: "stage")
        #expect(stages.count == 10)
        #expect(
            Set(stages.compactMap { $0.attributes["data-country"] }) == [
                "KZ", "KG", "TJ", "TM", "UZ",
            ])
        let uzbekistan = stages.filter { $0.attributes["data-country"] == "UZ" }.compactMap {
            $0.attributes["data-level"]
        }
        #expect(
            uzbekistan == [
                "diplomaticRelations", "strategicPartnership", "specialStrategicPartnership",
            ])
        #expect(
            chart.allText.contains(
                "Korea–Uzbekistan: special strategic partnership since 2019-04-19"))
    }

    @Test(
        "the membership network shows the founders, and arrows once a dataset records recommendations"
    )
    func membership() throws {
        let chart = try #require(
            try charts(in: BuiltProgram.run("relations-report").stdout)["chart-membership"])
        let nodes = chart.elements(ofClass: "node")
        #expect(nodes.count == 7)
        #expect(nodes.filter { $0.attributes["data-role"] == "founder" }.count == 6)
        let participant = nodes.filter { $0.attributes["data-role"] == "participant" }
        #expect(
            participant.map { $0.attributes["data-institution"] } == ["tm-iir-strategic-centre"])
        #expect(chart.elements(ofClass: "edge").isEmpty)

        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let forum = try index(of: thinkTankForum, in: forums)
            var events = try #require(forums[forum]["membership"] as? [[String: Any]])
            events.append([
                "event": "admitted", "institution": "isrs", "date": "2025-01-10",
                "status": "member", "recommendedBy": ["iica", "kaziss"],
            ])
            events.append([
                "event": "admitted", "institution": "hufs-center-for-eurasian-studies",
                "date": "2025-03", "status": "participant", "recommendedBy": ["isrs"],
            ])
            events.append(["event": "withdrew", "institution": "nisi", "date": "2025-06"])
            forums[forum]["membership"] = events
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("admissions.json", json: catalog)
        let result = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        let network = try #require(try charts(in: result.stdout)["chart-membership"])
        let edges = network.elements(ofClass: "edge").map {
            "\($0.attributes["data-from"] ?? "")→\($0.attributes["data-to"] ?? "")"
        }
        #expect(edges == ["iica→isrs", "kaziss→isrs", "isrs→hufs-center-for-eurasian-studies"])
        let roles = Dictionary(
            uniqueKeysWithValues: network.elements(ofClass: "node").map {
                ($0.attributes["data-institution"] ?? "", $0.attributes["data-role"] ?? "")
            })
        #expect(roles["isrs"] == "member")
        #expect(roles["hufs-center-for-eurasian-studies"] == "participant")
        #expect(roles["nisi"] == "former member")
        #expect(roles["kaziss"] == "founder")
        #expect(roles.count == 9)
        #expect(result.stdout.contains("3 admissions on recommendation are recorded"))
    }

    @Test(
        "the format's tracks are a table: kind, editions, years, other meetings and charter periods"
    )
    func formats() throws {
        let result = try BuiltProgram.run("relations-report")
        #expect(result.status == 0, "\(result)")
        let page = result.stdout
        #expect(page.contains("<h2>Formats</h2>"))
        #expect(page.contains(#"<table id="format-korea-central-asia" class="tracks">"#))
        #expect(
            page.contains(
                "<caption>Korea–Central Asia: with Republic of Korea, since 2007; secretariat: "))
        #expect(
            page.contains(
                "<td>Korea–Central Asia Cooperation Forum</td><td>ministerial</td><td>14 held, 1 planned</td><td>2007–2026</td><td>2</td><td>practice from the start; proposed from the 10th edition (seoul-declaration-2015); practice from the 11th edition; practice from the 12th edition</td>"
            ))
        #expect(
            page.contains(
                "<td>Korea–Central Asia Summit</td><td>summit</td><td>0 held, 1 planned</td><td>2026</td><td>1</td><td>none</td>"
            ))
        #expect(page.components(separatedBy: "<tr><td>").count - 1 == 10)
        let empty = try TemporaryDirectory()
        defer { empty.remove() }
        let file = try empty.write("empty.json", json: emptyDataset)
        let none = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(none.stdout.contains("<p>No format is recorded.</p>"))
    }

    @Test(
        "heads of delegation: a row per edition naming persons, a column per country, Korea first"
    )
    func heads() throws {
        let result = try BuiltProgram.run("relations-report")
        #expect(result.status == 0, "\(result)")
        let page = result.stdout
        #expect(page.contains("<h2>Heads of delegation</h2>"))
        let start = try #require(
            page.range(of: #"<table id="heads-\#(cooperationForum)" class="heads">"#))
        let end = try #require(page[start.lowerBound...].range(of: "</table>"))
        let table = try TreeBuilder.parse(String(page[start.lowerBound..<end.upperBound]))
        #expect(
            table.all.first { $0.name == "caption" }?.text
                == "Korea–Central Asia Cooperation Forum: heads of delegation, most at the level "
                + "of foreign minister")
        let rows = table.children.filter { $0.name == "tr" }
        #expect(
            rows.first?.children.map(\.text) == [
                "Edition", "Republic of Korea", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
                "Turkmenistan", "Uzbekistan",
            ])
        #expect(
            rows.dropFirst().map { $0.attributes["data-ordinal"] } == [
                "12", "13", "14", "15", "16", "17",
            ])
        #expect(rows.last?.children.first?.text == "17th, 2024-11-04")
        // Each cell: the country, the person and the post, as identifiers.
        let cells = Dictionary(
            uniqueKeysWithValues: rows.dropFirst().flatMap { row in
                row.children.filter { $0.name == "td" }.map { cell in
                    (
                        "\(row.attributes["data-ordinal"] ?? "") \(cell.attributes["data-country"] ?? "")",
                        cell
                    )
                }
            })
        #expect(cells.count == 36)
        let nurtleu = try #require(cells["17 KZ"])
        #expect(nurtleu.attributes["data-person"] == "murat-nurtleu")
        #expect(nurtleu.text == "Murat Nurtleu")
        #expect(nurtleu.attributes["data-post"] == "kz-foreign-minister")
        #expect(nurtleu.elements(ofClass: "level").isEmpty, "the usual level is not repeated")
        #expect(cells["12 KR"]?.attributes["data-person"] == "kang-kyung-wha")
        #expect(cells["16 UZ"]?.attributes["data-person"] == "bakhtiyor-saidov")
        let ambassador = try #require(cells["12 TM"])
        #expect(ambassador.attributes["data-person"] == "toyli-komekov")
        #expect(ambassador.elements(ofClass: "level").map(\.text) == ["ambassador"])
        #expect(
            cells["17 TJ"]?.elements(ofClass: "level").map(\.text) == ["deputy foreign minister"])
        #expect(table.elements(ofClass: "out-of-post").isEmpty)
        #expect(page.components(separatedBy: #"<table id="heads-"#).count == 2)

        let korean = try BuiltProgram.run("relations-report", ["--language", "ko"])
        #expect(
            korean.stdout.contains(
                #"data-person="kang-kyung-wha" data-post="kr-foreign-minister">강경화</td>"#))
    }

    @Test("a head whose recorded terms do not include the edition's date is marked")
    func headOutOfPost() throws {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "posts") { posts in
            let minister = try index(of: "kz-foreign-minister", in: posts)
            var holders = try #require(posts[minister]["holders"] as? [[String: Any]])
            let nurtleu = try #require(
                holders.firstIndex { $0["person"] as? String == "murat-nurtleu" })
            holders[nurtleu]["to"] = "2024-06"
            posts[minister]["holders"] = holders
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("out.json", json: catalog)
        let result = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        let marked = result.stdout.components(separatedBy: #"<span class="out-of-post">"#)
        #expect(marked.count == 2, "only the 17th edition's Kazakh head is out of post")
        #expect(
            result.stdout.contains(
                #"data-post="kz-foreign-minister">Murat Nurtleu "#
                    + #"<span class="out-of-post">not in this post on that date, by the "#
                    + "record's terms</span></td>"))
    }

    @Test("an empty dataset still gives a well-formed page that says what is missing")
    func empty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("empty.json", json: emptyDataset)
        let result = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        let charts = try charts(in: result.stdout)
        #expect(
            Set(charts.keys) == [
                "chart-trade", "chart-partnerships", "chart-membership", "chart-formats",
            ])
        #expect(charts["chart-trade"]?.allText.contains("No trade figures") == true)
        #expect(charts["chart-partnerships"]?.elements(ofClass: "stage").isEmpty == true)
        #expect(charts["chart-membership"]?.allText.contains("has no forum") == true)
        #expect(result.stdout.contains("<p>No delegation names the person who led it.</p>"))
    }

    @Test("every string from the data is escaped: no script, well-formed SVG, the text intact")
    func injection() throws {
        let evil = "<script>alert(1)</script> \"quoted\" 'single' R&D </svg> \u{1}"
        var catalog = try Example.catalogObject()
        try modify(&catalog, "institutions") { institutions in
            let kaziss = try index(of: "kaziss", in: institutions)
            institutions[kaziss]["name"] = evil
            institutions[kaziss]["acronym"] = evil
        }
        try modify(&catalog, "forums") { forums in
            for index in forums.indices { forums[index]["name"] = evil }
            let forum = try index(of: thinkTankForum, in: forums)
            var editions = try #require(forums[forum]["editions"] as? [[String: Any]])
            editions[0]["city"] = evil
            forums[forum]["editions"] = editions
        }
        modify(&catalog, "sources") { sources in
            sources[0]["title"] = evil
            sources[0]["publisher"] = evil
        }
        try modify(&catalog, "persons") { persons in
            persons[try index(of: "murat-nurtleu", in: persons)]["name"] = evil
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("evil.json", json: catalog)
        let result = try BuiltProgram.run("relations-report", ["--dataset", file])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.lowercased().contains("<script"))
        #expect(!result.stdout.contains("R&D"))
        #expect(!result.stdout.contains("\u{1}"))
        let charts = try charts(in: result.stdout)
        #expect(charts.count == 8)
        // The text survives escaping: the parsed SVG reads it back.
        let network = try #require(charts["chart-membership"])
        #expect(network.allText.contains("<script>alert(1)</script>"))
        #expect(network.all.contains { $0.name == "title" && $0.text.contains("R&D </svg>") })
        let hosts = try #require(charts["chart-hosts-\(thinkTankForum)"])
        #expect(hosts.all.contains { $0.text.contains("\"quoted\" 'single'") })
        // The heads of delegation: the name in its cell, as text.
        let start = try #require(result.stdout.range(of: #"<table id="heads-"#))
        let end = try #require(result.stdout[start.lowerBound...].range(of: "</table>"))
        let table = try TreeBuilder.parse(
            String(result.stdout[start.lowerBound..<end.upperBound]))
        let cells = table.all.filter { $0.attributes["data-person"] == "murat-nurtleu" }
        #expect(cells.count == 2)
        #expect(
            cells.allSatisfy {
                $0.text == evil.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")
            })
    }

    @Test(
        "--output writes the whole page and nothing on stdout, replacing an older file, leaving no temporary file"
    )
    func output() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("report.html", text: "old report")
        // One day for both runs: the page says the day it was made.
        let day = "export SOURCE_DATE_EPOCH=1767225600"
        let result = try BuiltProgram.run(
            "relations-report", ["--output", file, "--through", "2033"], shellSetup: day)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            written
                == (try BuiltProgram.run(
                    "relations-report", ["--through", "2033"], shellSetup: day
                ).stdout))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == [
                "report.html"
            ])
    }

    @Test("a failed run leaves an existing file untouched and creates nothing")
    func failedOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("no-such-directory/report.html")
        let result = try BuiltProgram.run("relations-report", ["--output", missing])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: directory.path("no-such-directory")))

        let existing = try directory.write("report.html", text: "old report")
        let bad = try directory.write("bad.json", text: "{\"schemaVersion\": 99}")
        let refused = try BuiltProgram.run(
            "relations-report", ["--dataset", bad, "--output", existing])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(bad): schemaVersion: "))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old report")

        let intoDirectory = try BuiltProgram.run(
            "relations-report", ["--output", directory.url.path])
        #expect(intoDirectory.status == 2)
        #expect(intoDirectory.stderr.contains("is a directory"))
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: directory.url.path)) == [
                "report.html", "bad.json",
            ])
    }

    @Test(
        "--help prints the usage line and every option; bad usage exits 2 with one line",
        arguments: [
            (
                ["--help"], 0,
                "usage: relations-report [--output FILE] [--through YEAR] [--dataset FILE]"
            ),
            (["--output"], 2, "--output needs a value"),
            (["--through", "later"], 2, "--through needs a year"),
            (["--json"], 2, "unknown option --json"),
            (["report.html"], 2, "unexpected argument \"report.html\""),
        ])
    func usage(arguments: [String], status: Int32, message: String) throws {
        let result = try BuiltProgram.run("relations-report", arguments)
        #expect(result.status == status)
        if status == 0 {
            #expect(result.stdout.contains(message))
            for option in ["--output FILE", "--through YEAR", "--dataset FILE", "--help"] {
                #expect(result.stdout.contains(option))
            }
            #expect(fitsHundredColumns(result.stdout))
        } else {
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.contains(message), "\(result)")
        }
    }
}
