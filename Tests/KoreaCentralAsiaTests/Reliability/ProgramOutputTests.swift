import Foundation
import KoreaCentralAsiaCatalog
import TestSupport
import Testing

@Suite("What the programs write: escaped HTML, files whole or not at all")
struct ProgramOutputTests {
    /// Text that breaks out of every HTML and SVG context if it is not escaped for it.
    static let evil =
        #"<script>alert(1)</script> "dq" 'sq' R&D &amp; </svg></text><svg onload=alert(2)> <!-- ]]> \#u{1}"#

    /// The keys whose string values are names, titles and notes: free text from the data.
    static let textKeys: Set<String> = [
        "name", "acronym", "affiliation", "title", "publisher", "city", "note", "text", "level",
    ]

    /// The catalog with every free-text value replaced by ``evil`` (a `level` is a lowerCamel
    /// word, so it stays) and the first source's address made hostile.
    static func evilCatalog() throws -> Data {
        func replace(_ value: Any, key: String?) -> Any {
            switch value {
            case let object as [String: Any]:
                return object.reduce(into: [String: Any]()) {
                    $0[$1.key] = replace($1.value, key: $1.key)
                }
            case let array as [Any]:
                return array.map { replace($0, key: key) }
            case is String where key == "text":
                // A localized name refuses control characters, so names get the rest of it.
                return evil.replacingOccurrences(of: "\u{1}", with: "")
            case is String where key.map(textKeys.contains) == true && key != "level":
                return evil
            default:
                return value
            }
        }
        var catalog = try #require(
            try JSONSerialization.jsonObject(with: Catalog.json) as? [String: Any])
        catalog = try #require(replace(catalog, key: nil) as? [String: Any])
        var sources = try #require(catalog["sources"] as? [[String: Any]])
        sources[0]["url"] = #"https://example.org/"><script>alert(3)</script>?a=1&b='x'"#
        catalog["sources"] = sources
        return try JSONSerialization.data(withJSONObject: catalog, options: [.sortedKeys])
    }

    @Test(
        "relations-report escapes <script>, quotes, & and </svg> in every name, in text, attributes and SVG"
    )
    func reportEscapesEverything() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let dataset = try scratch.write("evil.json", try Self.evilCatalog())
        let output = scratch.path("report.html")
        let result = try BuiltProgram.run(
            "relations-report", ["--dataset", dataset, "--through", "2030", "--output", output])
        #expect(result.status == 0, "\(result)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the names are shown, escaped")
        #expect(!html.lowercased().contains("<script"), "a <script> element got through")
        #expect(
            !html.contains(/<[^<>]*\son[a-zA-Z]+\s*=/), "an event handler attribute got into a tag")
        #expect(!html.contains("\u{1}"), "a control character got through")
        #expect(
            html.components(separatedBy: "<svg").count
                == html.components(separatedBy: "</svg>").count,
            "<svg> and </svg> do not pair up")
        #expect(Self.strayAmpersands(in: html) == [], "'&' that starts no character reference")
        #expect(Self.malformedTags(in: html) == [], "tags that are not well formed")
    }

    /// The `&` that do not start a character reference (`&amp;`, `&#39;`, `&#x27;`).
    static func strayAmpersands(in html: String) -> [String] {
        var stray: [String] = []
        var rest = html[...]
        while let ampersand = rest.firstIndex(of: "&") {
            let after = rest[rest.index(after: ampersand)...]
            let reference = after.prefix { $0 != ";" && $0 != "&" && $0 != " " && $0 != "<" }
            let isReference =
                after.dropFirst(reference.count).first == ";" && !reference.isEmpty
                && (reference.allSatisfy { $0.isLetter }
                    || (reference.hasPrefix("#") && reference.dropFirst().allSatisfy(\.isNumber))
                    || (reference.hasPrefix("#x")
                        && reference.dropFirst(2).allSatisfy(\.isHexDigit)))
            if !isReference { stray.append(String(after.prefix(20))) }
            rest = after
        }
        return stray
    }

    /// Every tag that is not `<name attr="value" …>`, `</name>`, a comment or the doctype: a
    /// quote or bracket from the data that escaped its attribute would leave one.
    static func malformedTags(in html: String) -> [String] {
        let openTag =
            /<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<>]*")?)*\s*\/?>/
        let closeTag = /<\/[a-zA-Z][a-zA-Z0-9-]*\s*>/
        var bad: [String] = []
        var rest = html[...]
        while let start = rest.firstIndex(of: "<") {
            let tail = rest[start...]
            if tail.hasPrefix("<!--") {
                guard let end = tail.firstRange(of: "-->") else {
                    return bad + ["an unclosed comment"]
                }
                rest = tail[end.upperBound...]
            } else if tail.hasPrefix("<!DOCTYPE html>") {
                rest = tail.dropFirst("<!DOCTYPE html>".count)
            } else if let match = tail.prefixMatch(of: openTag) ?? tail.prefixMatch(of: closeTag) {
                rest = tail[match.range.upperBound...]
                if match.output.hasPrefix("<style") {
                    // CSS is the program's own text; skip to the end of the element.
                    guard let end = rest.firstRange(of: "</style>") else {
                        return bad + ["<style>"]
                    }
                    rest = rest[end.upperBound...]
                }
            } else {
                bad.append(String(tail.prefix(60)))
                rest = tail.dropFirst()
            }
        }
        return bad
    }

    @Test("A failed report leaves an existing output file as it was, and no temporary file")
    func failedRunKeepsTheOriginal() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let output = try scratch.write("report.html", Data("ORIGINAL".utf8))
        let hostile = try HostileInput.url(of: "duplicate-host").path
        let result = try BuiltProgram.run(
            "relations-report", ["--dataset", hostile, "--through", "2030", "--output", output])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "ORIGINAL")
        #expect(try scratch.contents() == ["report.html"])
    }

    @Test("A report is written whole: the file is the complete page, and nothing else is left")
    func successWritesWholeFile() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let output = try scratch.write("report.html", Data("ORIGINAL".utf8))
        let result = try BuiltProgram.run(
            "relations-report", ["--through", "2030", "--output", output])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty, "the page went to the file, not to standard output")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(try scratch.contents() == ["report.html"])
        let again = try BuiltProgram.run("relations-report", ["--through", "2030"])
        #expect(again.stdoutData == Data(html.utf8), "the file and standard output differ")
    }

    @Test(
        "An output path in a missing folder, or that is a folder, is refused with one line",
        arguments: ["missing/report.html", "folder"])
    func unwritableOutput(_ name: String) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(
            atPath: scratch.path("folder"), withIntermediateDirectories: true)
        let result = try BuiltProgram.run(
            "relations-report", ["--through", "2030", "--output", scratch.path(name)])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains(scratch.path(name)), "\(result)")
        #expect(try scratch.contents() == ["folder"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("folder")) == [])
    }
}
