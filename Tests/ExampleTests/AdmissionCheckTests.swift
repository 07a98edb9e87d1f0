import Foundation
import TestSupport
import Testing

@Suite("admission-check")
struct AdmissionCheckTests {
    /// Runs a request against the think tank forum and decodes its `--json` answer.
    static func decide(_ arguments: [String], status: Int32) throws -> (
        admissible: Bool, codes: [String]
    ) {
        let result = try BuiltProgram.run(
            "admission-check", ["--forum", thinkTankForum] + arguments + ["--json"])
        #expect(result.status == status, "\(result)")
        let object = try #require(try jsonObject(result) as? [String: Any])
        #expect(Set(object.keys) == ["admissible", "violations"])
        let violations = try #require(object["violations"] as? [[String: Any]])
        for violation in violations {
            #expect(Set(violation.keys) == ["code", "severity", "message", "subject"])
        }
        return (
            try #require(object["admissible"] as? Bool),
            violations.compactMap { $0["code"] as? String }
        )
    }

    @Test("a member's recommendation admits a candidate: exit 0, and the new member list")
    func admissible() throws {
        let answer = try Self.decide(
            ["--candidate", "isrs", "--recommended-by", "iica", "--on", "2025-01-10"], status: 0)
        #expect(answer.admissible)
        #expect(answer.codes.isEmpty)

        let text = try BuiltProgram.run(
            "admission-check",
            [
                "--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "iica",
                "--on", "2025-01-10",
            ])
        #expect(text.status == 0)
        #expect(
            text.stdout.contains(
                "Request: admit ISRS (UZ) as a member on 2025-01-10, recommended by IICA (UZ)."))
        #expect(text.stdout.contains("Decision: admissible"))
        #expect(text.stdout.contains("Members on 2025-01-10 after admission (7)"))
        #expect(fitsHundredColumns(text.stdout))
    }

    @Test("--participant asks to participate in meetings only")
    func participant() throws {
        let answer = try Self.decide(
            [
                "--candidate", "isrs", "--recommended-by", "kaziss,nisi", "--on", "2025",
                "--participant",
            ], status: 0)
        #expect(answer.admissible)
        let text = try BuiltProgram.run(
            "admission-check",
            [
                "--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "kaziss",
                "--on", "2025", "--participant",
            ])
        #expect(text.stdout.contains("as a participant on 2025"))
        #expect(text.stdout.contains("after admission (6)"), "participants are not members")
    }

    @Test(
        "a refused request exits 1 and names the rule",
        arguments: [
            (
                ["--candidate", "isrs", "--recommended-by", "hufs", "--on", "2025-01-10"],
                "admission.recommender-not-member"
            ),
            (
                ["--candidate", "isrs", "--recommended-by", "isrs", "--on", "2025-01-10"],
                "admission.self-recommendation"
            ),
            (
                ["--candidate", "kaziss", "--recommended-by", "iica", "--on", "2025-01-10"],
                "admission.already-member"
            ),
            (
                ["--candidate", "isrs", "--recommended-by", "iica", "--on", "2023-01-10"],
                "chronology.before-establishment"
            ),
            (
                ["--candidate", "no-such-institute", "--recommended-by", "iica", "--on", "2025"],
                "reference.unknown"
            ),
        ])
    func refused(arguments: [String], code: String) throws {
        let answer = try Self.decide(arguments, status: 1)
        #expect(!answer.admissible)
        #expect(answer.codes.contains(code), "\(answer.codes)")

        let text = try BuiltProgram.run("admission-check", ["--forum", thinkTankForum] + arguments)
        #expect(text.status == 1)
        #expect(text.stdout.contains("Decision: not admissible"))
        #expect(text.stdout.contains(code))
        #expect(fitsHundredColumns(text.stdout))
    }

    @Test("a charter that asks for two recommenders refuses one (dataset from a file)")
    func twoRecommenders() throws {
        var catalog = try Example.catalogObject()
        try modify(&catalog, "forums") { forums in
            let forum = try index(of: thinkTankForum, in: forums)
            var charter = try #require(forums[forum]["charter"] as? [String: Any])
            charter["admission"] = ["rule": "recommendation", "minimumRecommenders": 2]
            forums[forum]["charter"] = charter
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("two.json", json: catalog)
        let one = try Self.decide(
            ["--candidate", "isrs", "--recommended-by", "iica", "--on", "2025", "--dataset", file],
            status: 1)
        #expect(one.codes == ["admission.no-recommendation"])
        let two = try Self.decide(
            [
                "--candidate", "isrs", "--recommended-by", "iica,kaziss", "--on", "2025",
                "--dataset", file,
            ], status: 0)
        #expect(two.admissible)
    }

    @Test("--help prints the usage line and every option, and exits 0")
    func help() throws {
        let result = try BuiltProgram.run("admission-check", ["--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "usage: admission-check --forum ID --candidate ID --recommended-by ID[,ID…]"))
        for option in ["--on DATE", "--participant", "--dataset FILE", "--json", "--help"] {
            #expect(result.stdout.contains(option))
        }
        #expect(fitsHundredColumns(result.stdout))
    }

    @Test(
        "bad usage prints one line on stderr and exits 2",
        arguments: [
            (["--forum", thinkTankForum, "--recommended-by", "iica"], "missing --candidate ID"),
            (["--candidate", "isrs", "--recommended-by", "iica"], "missing --forum ID"),
            (["--forum", thinkTankForum, "--candidate", "isrs"], "missing --recommended-by"),
            (
                ["--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by"],
                "--recommended-by needs a value"
            ),
            (
                ["--forum", thinkTankForum, "--candidate", "ISRS", "--recommended-by", "iica"],
                "--candidate: \"ISRS\" is not an identifier"
            ),
            (
                ["--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "iica,"],
                "--recommended-by: \"\" is not an identifier"
            ),
            (
                [
                    "--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "iica",
                    "--on", "2025-02-30",
                ], "February 2025 has 28 days"
            ),
            (
                [
                    "--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "iica",
                    "--on", "soon",
                ], "--on: \"soon\" is not a date"
            ),
            (
                ["--forum", "no-such-forum", "--candidate", "isrs", "--recommended-by", "iica"],
                "no forum \"no-such-forum\""
            ),
            (
                [
                    "--forum", thinkTankForum, "--candidate", "isrs", "--recommended-by", "iica",
                    "--member",
                ], "unknown option --member"
            ),
        ])
    func usage(arguments: [String], message: String) throws {
        let result = try BuiltProgram.run("admission-check", arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(message), "\(result)")
    }
}
