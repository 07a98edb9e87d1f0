import Foundation
import TestSupport
import Testing

@Suite("catalog-tour")
struct CatalogTourTests {
    @Test("tours countries, partnerships, forums and indicators with computed growth")
    func tour() throws {
        let result = try BuiltProgram.run("catalog-tour")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        for expected in [
            "Countries", "KAZ", "398", "Astana", "Partnerships", "special strategic partnership",
            "Korea–Central Asia Think Tank Forum", "Tashkent, Uzbekistan", "KazISS (KZ)",
            "Indicators", "about $15 million", "more than $10 billion", "Growth", "more than 666×",
        ] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
        let formats = try #require(
            result.stdout.components(separatedBy: "\nFormats\n").last?
                .components(separatedBy: "\n\n").first)
        #expect(formats.contains("Korea–Central Asia: with Republic of Korea, since 2007"))
        for track in [
            "Korea–Central Asia Cooperation Forum (ministerial)",
            "Korea–Central Asia Summit (summit)",
            "(executive committee)", "Korea–Central Asia Parliamentary Speakers' Meeting",
            "Korea–Central Asia Business Council (business)",
        ] {
            #expect(
                formats.contains(track)
                    || formats.replacingOccurrences(of: "\n      ", with: " ").contains(track),
                "missing \(track)")
        }
        #expect(fitsHundredColumns(result.stdout))
        #expect(!result.stdout.contains("\u{1B}["), "no colour codes when stdout is not a terminal")
    }

    @Test("--json prints the whole catalog as an interchange document that reads back the same")
    func json() throws {
        let result = try BuiltProgram.run("catalog-tour", ["--json"])
        #expect(result.status == 0)
        let object = try #require(try jsonObject(result) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 3)
        for key in [
            "sources", "institutions", "partnerships", "forums", "agreements", "meetings",
            "indicators",
        ] {
            #expect(object[key] is [Any], "missing \(key)")
        }
        #expect((object["forums"] as? [Any])?.count == 10)

        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("catalog.json")
        try result.stdoutData.write(to: URL(fileURLWithPath: file))
        let again = try BuiltProgram.run("catalog-tour", ["--dataset", file, "--json"])
        #expect(again.status == 0)
        #expect(again.stdoutData == result.stdoutData, "encode → decode → encode is stable")
        let text = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(text.stdout.hasPrefix("\(file): 206 sources"))

        let empty = try directory.write("empty.json", json: emptyDataset)
        let tour = try BuiltProgram.run("catalog-tour", ["--dataset", empty])
        #expect(tour.status == 0)
        #expect(tour.stdout.contains("Partnerships\n────────────\n  (none)"))
    }

    @Test("--help prints the usage line and every option, and exits 0")
    func help() throws {
        let result = try BuiltProgram.run("catalog-tour", ["--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "usage: catalog-tour [--dataset FILE] [--comparators] [--language TAG] [--json]")
        )
        for option in ["--dataset FILE", "--language TAG", "--json", "--help"] {
            #expect(result.stdout.contains(option))
        }
        #expect(fitsHundredColumns(result.stdout))
    }

    @Test(
        "bad usage prints one line on stderr and exits 2",
        arguments: [
            (["--bogus"], "unknown option --bogus"),
            (["--dataset"], "--dataset needs a value"),
            (["--json", "--json"], "--json is given more than once"),
            (["--json=yes"], "--json is a flag"),
            (["extra"], "unexpected argument"),
            (
                ["--dataset", "/nonexistent/catalog.json"],
                "/nonexistent/catalog.json: no such file"
            ),
        ])
    func usage(arguments: [String], message: String) throws {
        let result = try BuiltProgram.run("catalog-tour", arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(message), "\(result)")
    }

    @Test("control characters in arguments and data are escaped: one safe line, no terminal codes")
    func controlCharacters() throws {
        let option = try BuiltProgram.run("catalog-tour", ["--bogus\u{1B}[31m\nred"])
        #expect(option.status == 2)
        #expect(
            option.stderr
                == "catalog-tour: unknown option --bogus\\u{1B}[31m\\u{A}red (see catalog-tour --help)\n"
        )

        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let forum = try index(of: thinkTankForum, in: forums)
            forums[forum]["name"] = "Forum\u{1B}[2J\u{202E}"
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("escape.json", json: catalog)
        let tour = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(tour.status == 0)
        #expect(!tour.stdout.contains("\u{1B}"))
        #expect(!tour.stdout.contains("\u{202E}"))
        #expect(tour.stdout.contains("Forum\\u{1B}[2J\\u{202E}"))
    }

    @Test("an undecodable dataset is refused with the file and the JSON path, exit 2")
    func undecodable() throws {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let forum = try index(of: thinkTankForum, in: forums)
            var editions = try #require(forums[forum]["editions"] as? [[String: Any]])
            editions[0]["host"] = "XX"
            forums[forum]["editions"] = editions
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("bad.json", json: catalog)
        let result = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1)
        let forumIndex = try index(
            of: thinkTankForum, in: catalog["forums"] as? [[String: Any]] ?? [])
        #expect(
            result.stderr.contains("\(file): forums[\(forumIndex)].editions[0].host: "), "\(result)"
        )
        #expect(result.stderr.contains("\"XX\""))

        let notJSON = try directory.write("not.json", text: "{ not json")
        let second = try BuiltProgram.run("catalog-tour", ["--dataset", notJSON])
        #expect(second.status == 2)
        #expect(second.stderr.hasPrefix("catalog-tour: \(notJSON): "))
        #expect(second.stderrLines.count == 1)
    }

    @Test("--language names institutions and forums in that language where the record has them")
    func language() throws {
        let directory = try TemporaryDirectory()
        var document =
            try JSONSerialization.jsonObject(with: Example.catalogJSON) as? [String: Any] ?? [:]
        var institutions = document["institutions"] as? [[String: Any]] ?? []
        if let index = institutions.firstIndex(where: { $0["id"] as? String == "korea-foundation" })
        {
            institutions[index]["names"] = [["text": "한국국제교류재단", "language": "ko"]]
        }
        document["institutions"] = institutions
        let file = try directory.write("named.json", json: document)
        let korean = try BuiltProgram.run("catalog-tour", ["--dataset", file, "--language", "ko"])
        #expect(korean.status == 0)
        #expect(korean.stdout.contains("한국국제교류재단"))
        let english = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(!english.stdout.contains("한국국제교류재단"))
        #expect(english.stdout.contains("Korea Foundation"))
        let bad = try BuiltProgram.run("catalog-tour", ["--language", "korean"])
        #expect(bad.status == 2)
        #expect(
            bad.stderrLines == [
                "catalog-tour: --language needs a BCP 47 language tag such as ko, not \"korean\""
            ])
    }

    @Test("Figures that several sources state are shown claim by claim, each with its sources")
    func claims() throws {
        let directory = try TemporaryDirectory()
        var document =
            try JSONSerialization.jsonObject(with: Example.catalogJSON) as? [String: Any] ?? [:]
        document["indicators"] = [
            [
                "id": "trade-2020-herald", "measure": "tradeTurnover", "between": "KR", "and": "KZ",
                "year": 2020,
                "value": ["amount": 3_080_000_000, "currency": "USD", "bound": "exact"],
                "sources": ["herald"],
            ],
            [
                "id": "trade-2020-astana", "measure": "tradeTurnover", "between": "KR", "and": "KZ",
                "year": 2020,
                "value": ["amount": 5_900_000_000, "currency": "USD", "bound": "approximately"],
                "sources": ["astana"],
            ],
        ]
        var sources = document["sources"] as? [[String: Any]] ?? []
        sources += [
            [
                "id": "herald", "title": "Herald", "publisher": "The Korea Herald",
                "published": "2021-08-17",
            ],
            [
                "id": "astana", "title": "Astana", "publisher": "The Astana Times",
                "published": "2021-08",
            ],
        ]
        document["sources"] = sources
        let file = try directory.write("claims.json", json: document)
        let tour = try BuiltProgram.run("catalog-tour", ["--dataset", file])
        #expect(tour.status == 0)
        let section = tour.stdout.components(separatedBy: "Claims of one figure\n").last ?? ""
        #expect(section.contains("$3.08 billion"))
        #expect(section.contains("about $5.9 billion"))
        #expect(section.contains("herald"))
        #expect(section.contains("astana"))
        #expect(section.contains("disagree"))
    }
}
