import Foundation
import TestSupport
import Testing

@Suite("forum-schedule")
struct ForumScheduleTests {
    /// The schedule as (year, ordinal, side, host, held), from `--json`.
    static func schedule(_ arguments: [String], shellSetup: String? = nil) throws -> [(
        Int, Int, String?, String, Bool
    )] {
        let result = try BuiltProgram.run(
            "forum-schedule", arguments + ["--json"], shellSetup: shellSetup)
        #expect(result.status == 0, "\(result)")
        let entries = try #require(try jsonObject(result) as? [[String: Any]])
        return try entries.map { entry in
            #expect(Set(entry.keys) == ["year", "ordinal", "side", "host", "held"])
            return (
                try #require(entry["year"] as? Int), try #require(entry["ordinal"] as? Int),
                entry["side"] as? String, try #require(entry["host"] as? String),
                try #require(entry["held"] as? Bool)
            )
        }
    }

    @Test(
        "--json lists the held editions, then the plan: KR 2026, TJ 2027, KR 2028, TM 2029 …"
    )
    func plan() throws {
        let entries = try Self.schedule(["--through", "2033"])
        let expected: [(Int, Int, String?, String, Bool)] = [
            (2024, 1, "group", "UZ", true), (2025, 2, "group", "KG", true),
            (2026, 3, "pivot", "KR", false), (2027, 4, "group", "TJ", false),
            (2028, 5, "pivot", "KR", false), (2029, 6, "group", "TM", false),
            (2030, 7, "pivot", "KR", false), (2031, 8, "group", "KZ", false),
            (2032, 9, "pivot", "KR", false), (2033, 10, "group", "UZ", false),
        ]
        #expect(entries.count == expected.count)
        for (entry, wanted) in zip(entries, expected) {
            #expect(entry.0 == wanted.0 && entry.1 == wanted.1 && entry.2 == wanted.2)
            #expect(entry.3 == wanted.3 && entry.4 == wanted.4)
        }
    }

    @Test(
        "by default it plans the think tank forum through this year + 5, this year read from SOURCE_DATE_EPOCH when set",
        arguments: [("1767225599", 2030), ("1767225600", 2031), ("1893456000", 2035)])
    func defaults(epoch: String, through: Int) throws {
        // 2025-12-31T23:59:59Z, 2026-01-01T00:00:00Z and 2030-01-01: the year turns in UTC.
        let entries = try Self.schedule([], shellSetup: "export SOURCE_DATE_EPOCH=\(epoch)")
        #expect(entries.last?.0 == through)
        #expect(entries.first?.3 == "UZ")
    }

    @Test("a SOURCE_DATE_EPOCH that is not a whole number is a usage error, exit 2")
    func badEpoch() throws {
        let result = try BuiltProgram.run(
            "forum-schedule", shellSetup: "export SOURCE_DATE_EPOCH=yesterday")
        #expect(result.status == 2)
        #expect(result.stderr.contains("SOURCE_DATE_EPOCH must be a whole number"))
    }

    @Test("by default it prints the held editions and the plan")
    func defaultText() throws {
        let text = try BuiltProgram.run(
            "forum-schedule", shellSetup: "export SOURCE_DATE_EPOCH=1767225600")
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Korea–Central Asia Think Tank Forum\n"))
        #expect(text.stdout.contains("2025  2nd      group  KG  Kyrgyzstan         held"))
        #expect(text.stdout.contains("2026  3rd      pivot  KR  Republic of Korea  proposed"))
        #expect(fitsHundredColumns(text.stdout))
    }

    @Test("a year before the last edition plans nothing but still lists the held ones")
    func nothingToPlan() throws {
        let entries = try Self.schedule(["--through", "2020"])
        #expect(entries.map(\.0) == [2024, 2025])
        #expect(entries.allSatisfy { $0.4 })
    }

    @Test(
        "planned editions recorded in a dataset come after the held ones, and the plan continues from them"
    )
    func recordedPlan() throws {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let forum = try index(of: thinkTankForum, in: forums)
            var editions = try #require(forums[forum]["editions"] as? [[String: Any]])
            editions.insert(
                [
                    "ordinal": 3, "date": "2026-10", "host": "KR", "status": "planned",
                    "city": "Seoul",
                ], at: 0)
            forums[forum]["editions"] = editions
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("planned.json", json: catalog)
        let entries = try Self.schedule(["--dataset", file, "--through", "2028"])
        #expect(entries.map(\.0) == [2024, 2025, 2026, 2027, 2028])
        #expect(entries.map(\.4) == [true, true, false, false, false])
        #expect(entries.map(\.3) == ["UZ", "KG", "KR", "TJ", "KR"])
        let text = try BuiltProgram.run("forum-schedule", ["--dataset", file, "--through", "2027"])
        #expect(text.stdout.contains("2026  3rd      pivot  KR  Republic of Korea  planned"))
    }

    @Test("a host outside the rotation has no side: null in JSON, \"outside\" in the table")
    func outsideHost() throws {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let forum = try index(of: thinkTankForum, in: forums)
            var editions = try #require(forums[forum]["editions"] as? [[String: Any]])
            editions[0]["host"] = "MN"
            forums[forum]["editions"] = editions
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("outside.json", json: catalog)
        let result = try BuiltProgram.run(
            "forum-schedule", ["--dataset", file, "--through", "2026", "--json"])
        #expect(result.status == 0)
        let entries = try #require(try jsonObject(result) as? [[String: Any]])
        #expect(entries.first?["host"] as? String == "MN")
        #expect(entries.first?["side"] is NSNull)
        let text = try BuiltProgram.run("forum-schedule", ["--dataset", file, "--through", "2026"])
        #expect(text.stdout.contains("2024  1st      outside  MN  Mongolia"))
    }

    @Test("a forum whose charter has no rotation is refused with exit 1")
    func noRotation() throws {
        let result = try BuiltProgram.run(
            "forum-schedule", ["--forum", "korea-central-asia-parliamentary-speakers-meeting"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(
            result.stderr.contains(
                "Korea–Central Asia Parliamentary Speakers' Meeting has no host rotation"))
        let summit = try BuiltProgram.run(
            "forum-schedule", ["--forum", "korea-central-asia-summit", "--json"])
        #expect(summit.status == 1)
    }

    @Test("--help prints the usage line and every option, and exits 0")
    func help() throws {
        let result = try BuiltProgram.run("forum-schedule", ["--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "usage: forum-schedule [--forum ID] [--through YEAR] [--dataset FILE] [--comparators] [--json]"
            ))
        for option in ["--forum ID", "--through YEAR", "--dataset FILE", "--json", "--help"] {
            #expect(result.stdout.contains(option))
        }
        #expect(fitsHundredColumns(result.stdout))
    }

    @Test(
        "bad usage prints one line on stderr and exits 2",
        arguments: [
            (["--through", "soon"], "--through needs a year from 1 to 9999, not \"soon\""),
            (["--through", "10000"], "not \"10000\""),
            (["--through"], "--through needs a value"),
            (["--forum", "No Such"], "--forum needs a forum id"),
            (["--forum", "no-such-forum"], "no forum \"no-such-forum\" in the dataset"),
            (["--colour"], "unknown option --colour"),
            (["--dataset", "/nonexistent.json"], "/nonexistent.json: no such file"),
        ])
    func usage(arguments: [String], message: String) throws {
        let result = try BuiltProgram.run("forum-schedule", arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(message), "\(result)")
    }
}
