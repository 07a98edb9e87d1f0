import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// Editions are numbered 1, 2, 3… in date order; a cancelled edition keeps its number.
@Suite("Edition numbering")
struct EditionRuleTests {
    private func check(_ editions: [Edition]) -> [Violation] {
        EditionRule().check(F.forum(editions: editions))
    }

    @Test("Two editions may not share an ordinal")
    func sharedOrdinal() throws {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan),
            F.edition(2, "2026", .korea),
        ]
        let found = F.only(.editionOrdinal, in: check(editions))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.editionSubject(2))
        #expect(violation.message == "two editions are numbered 2")
    }

    @Test("Ordinals must increase with the date; the later edition is named")
    func decreasingOrdinal() throws {
        let editions = [
            F.edition(1, "2025-06-13", .korea), F.edition(2, "2024-07-30", .uzbekistan),
        ]
        let found = F.only(.editionOrdinal, in: check(editions))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.subject.path == F.editionSubject(1))
        #expect(
            violation.message.contains(
                "the 1st edition (2025-06-13) comes after the 2nd (2024-07-30)"))
    }

    @Test(
        "Dates that may be in either order are not an ordinal violation",
        arguments: [
            ("2024-06-01", "2024"), ("2024", "2024-06-01"), ("2024-06", "2024-06-01"),
            ("2024-06-30", "2024-06"),
        ] as [(PartialDate, PartialDate)])
    func mayOverlap(first: PartialDate, second: PartialDate) {
        let editions = [F.edition(1, first, .korea), F.edition(2, second, .kazakhstan)]
        #expect(check(editions).isEmpty)
    }

    @Test("Dates definitely in the wrong order are a violation even one day apart")
    func oneDayApart() {
        let editions = [
            F.edition(1, "2024-06-02", .korea), F.edition(2, "2024-06-01", .kazakhstan),
        ]
        #expect(check(editions).map(\.code) == [.editionOrdinal])
    }

    @Test("A missing ordinal between the first and the last is an unrecorded edition")
    func unrecorded() throws {
        let editions = [F.edition(1, "2024", .korea), F.edition(4, "2027", .kazakhstan)]
        let found = F.only(.editionUnrecorded, in: check(editions))
        #expect(found.map(\.subject.path) == [F.editionSubject(2), F.editionSubject(3)])
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(
            found.first?.message
                == "the 2nd edition is not recorded (the record has the 1st and the 4th)")
    }

    @Test("Ordinals before the first recorded edition are not unrecorded")
    func recordStartsLate() {
        #expect(check([F.edition(3, "2026", .korea), F.edition(4, "2027", .kazakhstan)]).isEmpty)
    }

    @Test("A cancelled edition keeps its number, so nothing is unrecorded")
    func cancelledKeepsNumber() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan, .cancelled),
            F.edition(3, "2026", .kazakhstan),
        ]
        #expect(check(editions).isEmpty)
    }

    @Test("A run of more than 20 missing ordinals is reported once, at its first")
    func longRun() {
        let found = check([F.edition(1, "2000", .korea), F.edition(23, "2022", .kazakhstan)])
        #expect(found.map(\.subject.path) == [F.editionSubject(2)])
        #expect(found.first?.message.contains("the 2nd to 22nd editions are not recorded") == true)
        let twenty = check([F.edition(1, "2000", .korea), F.edition(22, "2021", .kazakhstan)])
        #expect(twenty.count == 20)
    }
}
