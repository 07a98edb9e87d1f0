import Foundation
import TestSupport
import Testing

@Suite("who-held")
struct WhoHeldTests {
    /// Runs who-held with `--json` and decodes the object it prints.
    static func answer(_ arguments: [String], status: Int32 = 0) throws -> [String: Any] {
        let result = try BuiltProgram.run("who-held", arguments + ["--json"])
        #expect(result.status == status, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        return try #require(try jsonObject(result) as? [String: Any], "\(result)")
    }

    /// The holders of a post on a date, from `--json`: person, acting and certain, in order.
    static func holders(_ post: String, on date: String, status: Int32 = 0) throws -> [(
        person: String, acting: Bool, certain: Bool
    )] {
        let object = try answer(["--post", post, "--on", date], status: status)
        #expect(Set(object.keys) == ["post", "on", "holders"])
        #expect(object["on"] as? String == date)
        let holders = try #require(object["holders"] as? [[String: Any]])
        return try holders.map { holder in
            #expect(
                Set(holder.keys) == [
                    "person", "name", "from", "to", "acting", "definitelyIncludes",
                ])
            return (
                try #require(holder["person"] as? String), try #require(holder["acting"] as? Bool),
                try #require(holder["definitelyIncludes"] as? Bool)
            )
        }
    }

    @Test("a handover day lists both the outgoing and the incoming minister, each certainly")
    func handover() throws {
        let holders = try Self.holders("kz-foreign-minister", on: "2025-09-26")
        #expect(holders.map(\.person) == ["murat-nurtleu", "yermek-kosherbayev"])
        #expect(holders.allSatisfy { $0.certain && !$0.acting })

        let text = try BuiltProgram.run(
            "who-held", ["--post", "kz-foreign-minister", "--on", "2025-09-26"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stderr.isEmpty)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Minister of Foreign Affairs of Kazakhstan (kz-foreign-minister), a post of Kazakhstan"
        )
        #expect(text.stdout.contains("On 2025-09-26: 2 holders: a handover"))
        #expect(
            lines.contains {
                $0.hasPrefix("Murat Nurtleu ") && $0.contains("2023-04-03 – 2025-09-26")
                    && $0.hasSuffix("certainly")
            }, "\(text.stdout)")
        #expect(
            lines.contains {
                $0.hasPrefix("Yermek Kosherbayev ") && $0.contains("2025-09-26 – …")
                    && $0.hasSuffix("certainly")
            }, "\(text.stdout)")
        #expect(fitsHundredColumns(text.stdout))
        #expect(!text.stdout.contains("\u{1B}["), "no colour codes when stdout is not a terminal")
    }

    @Test("the day before and the day after the handover each list one minister")
    func aroundTheHandover() throws {
        #expect(
            try Self.holders("kz-foreign-minister", on: "2024-11-04").map(\.person) == [
                "murat-nurtleu"
            ])
        #expect(
            try Self.holders("kz-foreign-minister", on: "2025-09-27").map(\.person) == [
                "yermek-kosherbayev"
            ])
        let text = try BuiltProgram.run(
            "who-held", ["--post", "kz-foreign-minister", "--on", "2024-11-04"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("On 2024-11-04: 1 holder."))
        #expect(text.stdout.contains("Murat Nurtleu"))
        #expect(!text.stdout.contains("Kosherbayev"))
    }

    @Test("a date known to the month lists the terms that may include it, as possible, and acting")
    func partialDate() throws {
        let holders = try Self.holders("uz-foreign-minister", on: "2022-04")
        #expect(holders.map(\.person) == ["abdulaziz-kamilov", "vladimir-norov"])
        #expect(holders.map(\.certain) == [false, false])
        #expect(holders.map(\.acting) == [false, true])
        let text = try BuiltProgram.run(
            "who-held", ["--post", "uz-foreign-minister", "--on", "2022-04"])
        #expect(text.stdout.contains("In 2022-04: 2 holders whose terms may include that date"))
        #expect(text.stdout.contains("2022-04 – 2022-09-09, acting"))
        #expect(text.stdout.contains("possibly"))
        #expect(!text.stdout.contains("certainly"))
        // A year-precise date inside a term is certainly in it.
        #expect(
            try Self.holders("uz-foreign-minister", on: "2024").map { "\($0.person) \($0.certain)" }
                == ["bakhtiyor-saidov true"])
    }

    @Test("no term on the date: exit 1, an empty list")
    func nobody() throws {
        #expect(try Self.holders("kr-foreign-minister", on: "2010", status: 1).isEmpty)
        let text = try BuiltProgram.run(
            "who-held", ["--post", "kr-foreign-minister", "--on", "2010"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("No term recorded includes 2010."))
    }

    @Test("a person's posts with their terms, and the delegations they led")
    func person() throws {
        let object = try Self.answer(["--person", "murat-nurtleu"])
        #expect(Set(object.keys) == ["person", "on", "posts", "delegations"])
        #expect(object["on"] is NSNull)
        let person = try #require(object["person"] as? [String: Any])
        #expect(person["id"] as? String == "murat-nurtleu")
        #expect(person["name"] as? String == "Murat Nurtleu")
        let posts = try #require(object["posts"] as? [[String: Any]])
        #expect(posts.count == 1)
        #expect(posts.first?["post"] as? String == "kz-foreign-minister")
        #expect(posts.first?["from"] as? String == "2023-04-03")
        #expect(posts.first?["to"] as? String == "2025-09-26")
        #expect(posts.first?["definitelyIncludes"] is NSNull)
        let delegations = try #require(object["delegations"] as? [[String: Any]])
        #expect(delegations.map { $0["ordinal"] as? Int } == [16, 17])
        #expect(delegations.map { $0["date"] as? String } == ["2023-11-01", "2024-11-04"])
        #expect(delegations.allSatisfy { $0["forum"] as? String == cooperationForum })
        #expect(delegations.allSatisfy { $0["country"] as? String == "KZ" })
        #expect(delegations.allSatisfy { $0["post"] as? String == "kz-foreign-minister" })
        for delegation in delegations {
            #expect(
                Set(delegation.keys) == ["forum", "ordinal", "date", "country", "post", "title"])
        }

        let text = try BuiltProgram.run("who-held", ["--person", "murat-nurtleu"])
        #expect(text.status == 0, "\(text)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Murat Nurtleu (murat-nurtleu)")
        #expect(text.stdout.contains("Мурат Нуртлеу (ru)"))
        #expect(text.stdout.contains("Posts held: 1"))
        #expect(
            lines.contains {
                $0.contains("2023-04-03 – 2025-09-26") && $0.contains("kz-foreign-minister")
                    && $0.hasSuffix("Minister of Foreign Affairs of Kazakhstan")
            }, "\(text.stdout)")
        #expect(text.stdout.contains("Delegations led: 2"))
        #expect(text.stdout.contains("  Korea–Central Asia Cooperation Forum\n"))
        #expect(lines.contains { $0.hasPrefix("    2023-11-01  16th  ") && $0.contains("KZ") })
        #expect(lines.contains { $0.hasPrefix("    2024-11-04  17th  ") && $0.contains("KZ") })
        #expect(fitsHundredColumns(text.stdout))
    }

    @Test("--on with --person keeps the terms and delegations that may include the date")
    func personOnDate() throws {
        let object = try Self.answer(["--person", "bakhtiyor-saidov", "--on", "2023"])
        #expect(object["on"] as? String == "2023")
        let posts = try #require(object["posts"] as? [[String: Any]])
        // Acting from 2022-12-30, appointed on 2023-04-25: both terms fall partly in 2023.
        #expect(posts.map { $0["acting"] as? Bool } == [true, false])
        #expect(posts.map { $0["definitelyIncludes"] as? Bool } == [false, false])
        let delegations = try #require(object["delegations"] as? [[String: Any]])
        #expect(delegations.map { $0["ordinal"] as? Int } == [16])

        let text = try BuiltProgram.run(
            "who-held", ["--person", "bakhtiyor-saidov", "--on", "2023"])
        #expect(text.stdout.contains("Posts held in 2023: 2"))
        #expect(text.stdout.contains("Delegations led in 2023: 1"))
        #expect(text.stdout.contains("2022-12-30 – 2023-04-25, acting"))

        let before = try Self.answer(["--person", "murat-nurtleu", "--on", "2020"], status: 1)
        #expect((before["posts"] as? [Any])?.isEmpty == true)
        #expect((before["delegations"] as? [Any])?.isEmpty == true)
    }

    @Test(
        "a post by its title and a person by any of their names, in any case",
        arguments: [
            (["--person", "Murat Nurtleu"], "murat-nurtleu"),
            (["--person", "MURAT NURTLEU"], "murat-nurtleu"),
            (["--person", "Нуртлеу"], "murat-nurtleu"),
            (["--person", "무랏 누르틀례우"], "murat-nurtleu"),
            (["--person", "kosherbayev"], "yermek-kosherbayev"),
            (["--person", "Cho Hyun"], "cho-hyun"),
            (
                ["--post", "Minister of Foreign Affairs of Kazakhstan", "--on", "2024"],
                "kz-foreign-minister"
            ),
            (
                ["--post", "minister of foreign affairs of kazakhstan", "--on", "2024"],
                "kz-foreign-minister"
            ),
            (["--post", "ambassador of kazakhstan", "--on", "2024"], "kz-ambassador-to-korea"),
        ])
    func names(arguments: [String], id: String) throws {
        let object = try Self.answer(arguments)
        let found = try #require((object["person"] ?? object["post"]) as? [String: Any])
        #expect(found["id"] as? String == id)
    }

    @Test(
        "an unknown or ambiguous post or person exits 2 with one line naming it and the ids",
        arguments: [
            (
                ["--post", "kz-foreign-ministr", "--on", "2024"],
                "no post \"kz-foreign-ministr\" in the dataset (closest: kz-foreign-minister, "
            ),
            (
                ["--person", "murat-nurtlue"],
                "no person \"murat-nurtlue\" in the dataset (closest: murat-nurtleu, "
            ),
            (
                ["--person", "Nobody At All"],
                "no person \"Nobody At All\" in the dataset (closest: "
            ),
            (
                ["--person", "Cho"],
                "\"Cho\" matches 2 persons: cho-tae-yul, cho-hyun; give one of their ids"
            ),
            (
                ["--post", "foreign", "--on", "2024"],
                "\"foreign\" matches 9 posts: kz-foreign-minister, "
            ),
            (["--person", " "], "\" \" names no person: give an id or a name"),
        ])
    func unknown(arguments: [String], message: String) throws {
        let result = try BuiltProgram.run("who-held", arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.hasPrefix("who-held: " + message), "\(result)")
        let json = try BuiltProgram.run("who-held", arguments + ["--json"])
        #expect(json.status == 2)
        #expect(json.stdout.isEmpty, "no JSON for an unknown post or person")
    }

    @Test("a dataset with no persons names none to choose from")
    func datasetWithoutPersons() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("empty.json", json: emptyDataset)
        let result = try BuiltProgram.run(
            "who-held", ["--dataset", file, "--person", "murat-nurtleu"])
        #expect(result.status == 2)
        #expect(
            result.stderrLines == [
                "who-held: no person \"murat-nurtleu\" in the dataset, which has none"
            ])
    }

    @Test(
        "bad usage and bad dates print one line on stderr and exit 2",
        arguments: [
            (["--post", "kz-foreign-minister", "--on", "2024-13"], "--on: \"2024-13\""),
            (["--post", "kz-foreign-minister", "--on", "2025-02-29"], "February 2025 has 28 days"),
            (["--post", "kz-foreign-minister", "--on", "soon"], "--on: \"soon\" is not a date"),
            (["--person", "murat-nurtleu", "--on", "04.11.2024"], "--on: \"04.11.2024\""),
            (["--post", "kz-foreign-minister"], "missing --on DATE"),
            ([], "give --post ID|TITLE with --on DATE, or --person ID|NAME"),
            (
                ["--post", "kz-foreign-minister", "--person", "murat-nurtleu", "--on", "2024"],
                "not both"
            ),
            (["--person"], "--person needs a value"),
            (["--person", "murat-nurtleu", "--when", "2024"], "unknown option --when"),
            (["murat-nurtleu"], "unexpected argument \"murat-nurtleu\""),
        ])
    func usage(arguments: [String], message: String) throws {
        let result = try BuiltProgram.run("who-held", arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
    }

    @Test("control characters in the data are escaped, never sent to the terminal")
    func controlCharacters() throws {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "persons") { persons in
            let nurtleu = try index(of: "murat-nurtleu", in: persons)
            persons[nurtleu]["name"] = "Murat\u{1B}[2J\u{202E} Nurtleu"
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("escape.json", json: catalog)
        for arguments in [
            ["--post", "kz-foreign-minister", "--on", "2025-09-26"], ["--person", "murat-nurtleu"],
        ] {
            let result = try BuiltProgram.run("who-held", ["--dataset", file] + arguments)
            #expect(result.status == 0, "\(result)")
            #expect(!result.stdout.contains("\u{1B}"))
            #expect(!result.stdout.contains("\u{202E}"))
            #expect(result.stdout.contains("Murat\\u{1B}[2J\\u{202E} Nurtleu"))
        }
    }

    @Test("the README shows --help and the handover run as the program prints them")
    func readme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(
            contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let help = try BuiltProgram.run("who-held", ["--help"])
        let run = try BuiltProgram.run(
            "who-held", ["--post", "kz-foreign-minister", "--on", "2025-09-26"])
        #expect(
            readme.contains(
                "$ swift run who-held --help\n\(help.stdout)"
                    + "$ swift run who-held --post kz-foreign-minister --on 2025-09-26\n"
                    + "\(run.stdout)```\n"))
    }

    @Test("--help prints the usage line and every option, exits 0 and fits 100 columns")
    func help() throws {
        let result = try BuiltProgram.run("who-held", ["--help"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.contains(
                "usage: who-held [--post ID|TITLE] [--person ID|NAME] [--on DATE] [--dataset FILE]")
        )
        for option in [
            "--post ID|TITLE", "--person ID|NAME", "--on DATE", "--dataset FILE", "--comparators",
            "--json", "--max-bytes N", "--max-depth N", "--help",
        ] {
            #expect(result.stdout.contains(option), "missing \(option)")
        }
        #expect(result.stdout.contains("Exit status: 0 answered, 1 nothing recorded"))
        #expect(fitsHundredColumns(result.stdout))
    }
}
