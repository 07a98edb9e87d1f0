import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// "The forum will convene on an annual basis, based on the principle of reciprocity"; "the
/// first forum will take place in the Republic of Korea in 2024".
@Suite("Rotation: first edition, reciprocity, turns, format")
struct RotationRuleTests {
    private func check(_ editions: [Edition], charter: Charter? = .thinkTankForum) -> [Violation] {
        RotationRule().check(F.forum(charter: charter, editions: editions))
    }

    // MARK: rotation.first-edition

    struct FirstEditionCase: Sendable, CustomTestStringConvertible {
        let date: PartialDate
        let host: Country
        let fires: Bool
        var testDescription: String { "\(host) \(date) \(fires ? "breaks" : "keeps") the charter" }
    }

    @Test(
        "The earliest edition must be held where and when the charter set the first one",
        arguments: [
            FirstEditionCase(date: "2024", host: .korea, fires: false),
            FirstEditionCase(date: "2024-12-31", host: .korea, fires: false),
            FirstEditionCase(date: "2024-07-30", host: .uzbekistan, fires: true),
            FirstEditionCase(date: "2025-03", host: .korea, fires: true),
            FirstEditionCase(date: "2023-12-31", host: .korea, fires: true),
        ])
    func firstEdition(_ example: FirstEditionCase) {
        let found = F.only(
            .rotationFirstEdition, in: check([F.edition(1, example.date, example.host)]))
        #expect(found.count == (example.fires ? 1 : 0))
        #expect(
            found.allSatisfy { $0.severity == .error && $0.subject.path == F.editionSubject(1) })
    }

    @Test("The first-edition rule names the earliest edition by date, whatever the list order")
    func firstEditionNamesEarliest() throws {
        let editions = [F.edition(2, "2025", .korea), F.edition(1, "2024-07-30", .uzbekistan)]
        let found = F.only(.rotationFirstEdition, in: check(editions))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.subject.path == F.editionSubject(1))
        #expect(
            violation.message
                == "the 1st edition was hosted by Uzbekistan in 2024; the charter set the Republic of Korea in 2024"
        )
    }

    @Test("A cancelled first meeting does not count as the first edition")
    func cancelledFirstMeeting() {
        let editions = [
            F.edition(1, "2024-03", .uzbekistan, .cancelled), F.edition(2, "2024-09", .korea),
        ]
        #expect(check(editions).isEmpty)
    }

    @Test("A planned first edition that breaks the charter is reported as planned")
    func plannedFirstEdition() throws {
        let found = F.only(
            .rotationFirstEdition, in: check([F.edition(1, "2024", .kazakhstan, .planned)]))
        let violation = try #require(found.first)
        #expect(violation.message.contains("is planned to be hosted by Kazakhstan in 2024"))
    }

    @Test("Without a first edition in the charter, the earliest edition is not compared")
    func noFirstEditionInCharter() {
        var charter = Charter.thinkTankForum
        charter.firstEdition = nil
        #expect(check([F.edition(1, "2030", .uzbekistan)], charter: charter).isEmpty)
    }

    @Test("A forum without a charter has no rotation to break")
    func noCharter() {
        #expect(
            check([F.edition(1, "2024", .mongolia), F.edition(2, "2025", .mongolia)], charter: nil)
                .isEmpty)
    }

    // MARK: rotation.reciprocity

    @Test(
        "Two consecutive editions hosted on the same side break reciprocity",
        arguments: [
            ([Country.korea, .korea], 2),
            ([.korea, .uzbekistan, .kyrgyzstan], 3),
            ([.korea, .kazakhstan, .korea, .korea], 4),
        ])
    func reciprocity(hosts: [Country], later: Int) throws {
        let found = F.only(.rotationReciprocity, in: check(try F.history(from: 2024, hosts: hosts)))
        #expect(found.map(\.subject.path) == [F.editionSubject(later)])
        #expect(found.map(\.severity) == [.error])
    }

    @Test("Editions that alternate between Korea and the group keep reciprocity")
    func alternating() throws {
        let hosts: [Country] = [.korea, .kazakhstan, .korea, .uzbekistan, .korea, .kyrgyzstan]
        #expect(check(try F.history(from: 2024, hosts: hosts)).isEmpty)
    }

    @Test("A cancelled edition does not break reciprocity")
    func cancelledDoesNotBreak() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan, .cancelled),
            F.edition(3, "2026", .kazakhstan),
        ]
        #expect(F.only(.rotationReciprocity, in: check(editions)).isEmpty)
    }

    @Test("A cancelled edition between two editions of one side does not separate them")
    func cancelledDoesNotSeparate() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan, .cancelled),
            F.edition(3, "2026", .korea),
        ]
        #expect(
            F.only(.rotationReciprocity, in: check(editions)).map(\.subject.path) == [
                F.editionSubject(3)
            ])
    }

    @Test("Editions 1 and 3 with the 2nd unrecorded are not consecutive")
    func unrecordedBetween() {
        let editions = [F.edition(1, "2024", .korea), F.edition(3, "2026", .korea)]
        #expect(F.only(.rotationReciprocity, in: check(editions)).isEmpty)
    }

    @Test("Editions are taken in date order, not in the order they are listed")
    func dateOrder() {
        let editions = [
            F.edition(3, "2026", .korea), F.edition(1, "2024", .korea),
            F.edition(2, "2025", .uzbekistan),
        ]
        #expect(check(editions).isEmpty)
    }

    // MARK: rotation.out-of-turn

    @Test("A group member may not host again before every other member has had a turn")
    func outOfTurn() throws {
        let hosts: [Country] = [.korea, .kazakhstan, .korea, .uzbekistan, .korea, .kazakhstan]
        let found = F.only(.rotationOutOfTurn, in: check(try F.history(from: 2024, hosts: hosts)))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.severity == .warning)
        #expect(violation.subject.path == F.editionSubject(6))
        #expect(violation.message.contains("Kazakhstan hosts the 6th edition (2029)"))
        for waiting in ["Kyrgyzstan", "Tajikistan", "Turkmenistan"] {
            #expect(violation.message.contains(waiting))
        }
        #expect(!violation.message.contains("Uzbekistan"))
    }

    @Test("A member hosts again once every other member has hosted since its last turn")
    func fullCycle() throws {
        let hosts =
            [Country.korea] + (Country.centralAsia + [.kazakhstan]).flatMap { [$0, .korea] }
        #expect(check(try F.history(from: 2024, hosts: hosts)).isEmpty)
    }

    @Test("Group members may take their turns in any order")
    func anyOrder() throws {
        let hosts: [Country] = [.korea, .uzbekistan, .korea, .kazakhstan, .korea, .turkmenistan]
        #expect(check(try F.history(from: 2024, hosts: hosts)).isEmpty)
    }

    @Test("One member short of a full cycle is still out of turn")
    func oneShort() throws {
        let group: [Country] = [.kazakhstan, .kyrgyzstan, .tajikistan, .turkmenistan, .kazakhstan]
        let hosts = [Country.korea] + group.flatMap { [$0, .korea] }
        let found = F.only(.rotationOutOfTurn, in: check(try F.history(from: 2024, hosts: hosts)))
        #expect(found.map(\.subject.path) == [F.editionSubject(10)])
        #expect(found.first?.message.contains("Uzbekistan") == true)
    }

    @Test("A cancelled turn does not count as a turn")
    func cancelledTurn() throws {
        var charter = Charter.thinkTankForum
        charter.rotation = try .init(pivot: .korea, group: [.kazakhstan, .uzbekistan])
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan),
            F.edition(3, "2026", .korea), F.edition(4, "2027-03", .uzbekistan, .cancelled),
            F.edition(5, "2027-09", .kazakhstan),
        ]
        let found = F.only(.rotationOutOfTurn, in: check(editions, charter: charter))
        #expect(found.map(\.subject.path) == [F.editionSubject(5)])
    }

    // MARK: rotation.host-outside-format

    @Test("A host that is neither Korea nor a Central Asian state is outside the format")
    func hostOutsideFormat() throws {
        let editions = [F.edition(1, "2024", .korea), F.edition(2, "2025", .mongolia)]
        let found = F.only(.rotationHostOutsideFormat, in: check(editions))
        let violation = try #require(found.first)
        #expect(found.count == 1)
        #expect(violation.severity == .error)
        #expect(violation.subject.path == F.editionSubject(2))
        #expect(violation.message.contains("Mongolia"))
        #expect(violation.message.contains("KZ, KG, TJ, TM, UZ"))
    }

    @Test(
        "The pivot and every group member are inside the format",
        arguments: [Country.korea] + Country.centralAsia)
    func insideFormat(host: Country) {
        let found = check([F.edition(1, "2024", .korea), F.edition(2, "2030", host)])
        #expect(F.only(.rotationHostOutsideFormat, in: found).isEmpty)
    }

    @Test("A cancelled edition abroad is not outside the format")
    func cancelledAbroad() {
        let editions = [F.edition(1, "2024", .korea), F.edition(2, "2025", .mongolia, .cancelled)]
        #expect(check(editions).isEmpty)
    }
}

/// Behaviour found while writing the specification, and fixed: each test pins the fix.
@Suite("Rotation: edge cases of incomplete records and outside hosts")
struct RotationFindingsTests {
    @Test(
        "A record that starts at a later edition is not compared with the charter's first edition")
    func recordStartsLate() {
        let editions = [F.edition(3, "2026", .korea), F.edition(4, "2027", .kazakhstan)]
        let found = F.only(
            .rotationFirstEdition, in: RotationRule().check(F.forum(editions: editions)))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test("An unrecorded edition between two turns of a member may have been another member's turn")
    func outOfTurnAcrossUnrecorded() throws {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .kazakhstan),
            F.edition(9, "2032", .korea), F.edition(10, "2033", .kazakhstan),
        ]
        let found = F.only(
            .rotationOutOfTurn, in: RotationRule().check(F.forum(editions: editions)))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test("Editions on either side of an edition outside the format are not consecutive")
    func outsideFormatBetween() {
        let editions = [
            F.edition(1, "2024", .korea), F.edition(2, "2025", .mongolia),
            F.edition(3, "2026", .korea),
        ]
        let found = RotationRule().check(F.forum(editions: editions))
        #expect(
            F.only(.rotationHostOutsideFormat, in: found).map(\.subject.path) == [
                F.editionSubject(2)
            ])
        #expect(F.only(.rotationReciprocity, in: found).isEmpty)
    }

    @Test("The plan after an edition outside the format adds no new violation")
    func planAfterOutsideFormat() throws {
        let history = [F.edition(1, "2024", .korea), F.edition(2, "2025", .mongolia)]
        var forum = F.forum(editions: history)
        let before = RotationRule().check(forum)
        forum.editions += try forum.plan(through: 2026).map(\.edition)
        let after = RotationRule().check(forum)
        #expect(after == before, "\(after.map(\.description))")
    }

    @Test(
        "A rotation with an empty group, a repeated member or the pivot in its group cannot be built, and says so as decoding does",
        arguments: [
            ([], "a rotation group is empty"),
            ([.kazakhstan, .kazakhstan], "a rotation group lists a country twice"),
            ([.kazakhstan, .korea], "the pivot KR is also in the group"),
        ] as [([Country], String)])
    func invalidGroup(group: [Country], message: String) {
        #expect(throws: ValueError.self) { try Charter.Rotation(pivot: .korea, group: group) }
        do {
            _ = try Charter.Rotation(pivot: .korea, group: group)
        } catch {
            #expect(error.kind == .rotation)
            #expect(error.message == message)
        }
    }
}
