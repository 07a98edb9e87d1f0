import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// The cadence of an annual forum: "the forum will convene on an annual basis".
@Suite("Cadence: once a year, every year")
struct CadenceRuleTests {
    private func check(_ editions: [Edition], charter: Charter? = .thinkTankForum) -> [Violation] {
        CadenceRule().check(F.forum(charter: charter, editions: editions))
    }

    @Test("Two editions of an annual forum may not fall in the same year")
    func duplicateYear() throws {
        let editions = [F.edition(1, "2024-03", .korea), F.edition(2, "2024-11-02", .kazakhstan)]
        let found = F.only(.cadenceDuplicateYear, in: check(editions))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.editionSubject(2))
        #expect(violation.message.contains("2024"))
    }

    @Test("The duplicate-year rule names the later edition by date")
    func duplicateYearNamesLater() {
        let editions = [F.edition(2, "2024-11", .kazakhstan), F.edition(1, "2024-03", .korea)]
        #expect(check(editions).map(\.subject.path) == [F.editionSubject(2)])
    }

    @Test("December and the next January are different years")
    func adjacentYears() {
        let editions = [
            F.edition(1, "2024-12-31", .korea), F.edition(2, "2025-01-01", .kazakhstan),
        ]
        #expect(check(editions).isEmpty)
    }

    @Test("A cancelled edition and the held one of the same year are not a duplicate")
    func cancelledSameYear() {
        let editions = [
            F.edition(1, "2024-03", .korea, .cancelled), F.edition(2, "2024-10", .korea),
        ]
        #expect(check(editions).isEmpty)
    }

    @Test(
        "A year between the first and the last edition with no edition is a gap",
        arguments: [
            ([2024, 2026], [2025]),
            ([2024, 2027], [2025, 2026]),
            ([2024, 2025, 2028], [2026, 2027]),
        ])
    func gap(years: [Int], missing: [Int]) throws {
        let editions = try years.enumerated().map { offset, year in
            F.edition(
                offset + 1, try PartialDate(year: year), offset % 2 == 0 ? .korea : .kazakhstan)
        }
        let found = F.only(.cadenceGap, in: check(editions))
        #expect(
            found.map(\.subject.path)
                == missing.map { "forums[korea-central-asia-think-tank-forum].years[\($0)]" })
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(
            found.first?.message
                == "no edition is recorded in \(missing[0]), between \(years[0]) and \(years.last ?? 0)"
        )
    }

    @Test("Consecutive years have no gap")
    func noGap() throws {
        let hosts: [Country] = [.korea, .kazakhstan, .korea, .kyrgyzstan]
        #expect(check(try F.history(from: 2024, hosts: hosts)).isEmpty)
    }

    @Test("A cancelled edition leaves its year empty")
    func cancelledLeavesGap() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan, .cancelled),
            F.edition(3, "2026", .kazakhstan),
        ]
        #expect(check(editions).map(\.code) == [.cadenceGap])
    }

    @Test("A planned edition fills its year")
    func plannedFillsYear() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan, .planned),
            F.edition(3, "2026", .korea, .planned),
        ]
        #expect(check(editions).isEmpty)
    }

    @Test("Years before the first and after the last edition are not gaps")
    func outsideRange() {
        #expect(check([F.edition(1, "2030", .korea)]).isEmpty)
        #expect(check([]).isEmpty)
    }

    @Test("A forum without a charter has no cadence to keep")
    func noCharter() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2024", .korea),
            F.edition(3, "2030", .korea),
        ]
        #expect(check(editions, charter: nil).isEmpty)
    }

    @Test("A run of more than 20 missing years is reported once, at its first year")
    func longGapReportedOnce() {
        let long = check([F.edition(1, "2000", .korea), F.edition(2, "2030", .kazakhstan)])
        #expect(long.map(\.subject.path) == ["\(Subject.forum(F.forumID)).years[2001]"])
        #expect(
            long.first?.message == "no edition is recorded from 2001 to 2029, between 2000 and 2030"
        )
        let short = check([F.edition(1, "2000", .korea), F.edition(2, "2021", .kazakhstan)])
        #expect(short.count == 20)
    }
}
