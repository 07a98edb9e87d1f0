import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// Nothing of a forum happens before the forum exists.
@Suite("Chronology: nothing before the establishment")
struct ChronologyRuleTests {
    @Test(
        "An edition definitely before the establishment is reported; one that may be the same day is not",
        arguments: [
            ("2023-11-19", true), ("2023-10", true), ("2022", true), ("2023-11-20", false),
            ("2023-11", false), ("2023", false), ("2024", false),
        ] as [(PartialDate, Bool)])
    func editionBeforeEstablishment(date: PartialDate, fires: Bool) {
        let found = ChronologyRule().check(F.forum(editions: [F.edition(1, date, .korea)]))
        #expect(found.map(\.subject.path) == (fires ? [F.editionSubject(1)] : []))
        #expect(
            found.allSatisfy { $0.code == .chronologyBeforeEstablishment && $0.severity == .error })
    }

    @Test(
        "A membership event definitely before the establishment is reported",
        arguments: [("2023-11-19", true), ("2023-11", false), ("2023", false)]
            as [(PartialDate, Bool)])
    func eventBeforeEstablishment(date: PartialDate, fires: Bool) {
        let forum = F.forum(membership: F.foundingEvents + [.founded("isrs", on: date)])
        let found = ChronologyRule().check(forum)
        #expect(found.map(\.subject.path) == (fires ? [F.membershipSubject("isrs@\(date)")] : []))
        #expect(found.allSatisfy { $0.code == .chronologyBeforeEstablishment })
    }

    @Test("The message gives both dates")
    func message() {
        let found = ChronologyRule().check(F.forum(editions: [F.edition(1, "2023-11-19", .korea)]))
        #expect(
            found.map(\.message) == [
                "the 1st edition (2023-11-19) is before the forum was established (2023-11-20)"
            ])
    }

    @Test("A forum without an establishment date has nothing to compare")
    func noEstablishment() {
        var forum = F.forum(editions: [F.edition(1, "1990", .korea)])
        forum.established = nil
        #expect(ChronologyRule().check(forum).isEmpty)
    }
}
