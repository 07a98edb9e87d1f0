import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// From a charter and the editions so far, the next editions: the side opposite the last
/// one's, and on a group turn the member that has hosted least recently.
@Suite("Planning the next editions")
struct PlanningTests {
    @Test("After Tashkent 2024 and Bishkek 2025 the plan is KR, TJ, KR, TM, KR, KZ, KR, UZ")
    func realPlan() throws {
        let plan = try Charter.thinkTankForum.plan(after: [F.tashkent, F.bishkek], through: 2033)
        #expect(plan.map(\.year) == Array(2026...2033))
        #expect(plan.map(\.ordinal) == Array(3...10))
        #expect(plan.map(\.host.code) == ["KR", "TJ", "KR", "TM", "KR", "KZ", "KR", "UZ"])
        #expect(
            plan.map(\.side) == [.pivot, .group, .pivot, .group, .pivot, .group, .pivot, .group])
    }

    @Test("A forum plans from its own editions and charter")
    func forumPlan() throws {
        let plan = try F.thinkTankForum.plan(through: 2028)
        #expect(plan.map(\.host) == [.korea, .tajikistan, .korea])
    }

    @Test("The plan appended to the real history adds no new violation")
    func realPlanValidates() throws {
        var forum = F.thinkTankForum
        forum.editions += try forum.plan(through: 2040).map(\.edition)
        let report = F.dataset(forum, acknowledgements: F.acknowledgements).validate()
        #expect(report.violations.isEmpty)
    }

    @Test("A planned edition is a planned edition dated by its year")
    func plannedEdition() {
        let edition = PlannedEdition(year: 2026, ordinal: 3, side: .pivot, host: .korea).edition
        #expect(edition == RuleFixtures.edition(3, "2026", .korea, .planned))
    }

    @Test("With no edition held, the plan starts with the charter's first edition")
    func fromEmptyHistory() throws {
        let plan = try Charter.thinkTankForum.plan(after: [], through: 2029)
        #expect(plan.first == PlannedEdition(year: 2024, ordinal: 1, side: .pivot, host: .korea))
        #expect(plan.map(\.host.code) == ["KR", "KZ", "KR", "KG", "KR", "TJ"])
    }

    @Test("A first edition set in the group starts the plan in that member's country")
    func firstEditionInGroup() throws {
        var charter = Charter.thinkTankForum
        charter.firstEdition = try .init(year: 2024, host: .uzbekistan)
        let plan = try charter.plan(after: [], through: 2028)
        #expect(plan.map(\.host.code) == ["UZ", "KR", "KZ", "KR", "KG"])
        #expect(plan.map(\.side) == [.group, .pivot, .group, .pivot, .group])
    }

    @Test("Planning needs a rotation rule")
    func noRotation() {
        var charter = Charter.thinkTankForum
        charter.rotation = nil
        #expect(throws: PlanningError.noRotation) {
            try charter.plan(after: [F.tashkent], through: 2030)
        }
        var forum = F.thinkTankForum
        forum.charters = []
        #expect(throws: PlanningError.noRotation) { try forum.plan(through: 2030) }
    }

    @Test("Planning needs an edition held or a first edition in the charter")
    func noStartingPoint() throws {
        var charter = Charter.thinkTankForum
        charter.firstEdition = nil
        #expect(throws: PlanningError.noStartingPoint) {
            try charter.plan(after: [], through: 2030)
        }
        let cancelled = [F.edition(1, "2024", .korea, .cancelled)]
        #expect(throws: PlanningError.noStartingPoint) {
            try charter.plan(after: cancelled, through: 2030)
        }
        #expect(try charter.plan(after: [F.tashkent], through: 2025).map(\.host) == [.korea])
    }

    @Test("A plan past the year 9999 is refused")
    func yearOutOfRange() {
        #expect(throws: PlanningError.yearOutOfRange(10_000)) {
            try Charter.thinkTankForum.plan(after: [], through: 10_000)
        }
        #expect(PlanningError.noRotation.description.contains("no rotation rule"))
    }

    @Test("A plan through a year already past is empty")
    func nothingToPlan() throws {
        #expect(
            try Charter.thinkTankForum.plan(after: [F.tashkent, F.bishkek], through: 2025).isEmpty)
        #expect(
            try Charter.thinkTankForum.plan(after: [F.tashkent, F.bishkek], through: 2000).isEmpty)
    }

    @Test("Cancelled editions are ignored for side and turn, but keep their ordinal")
    func cancelledIgnored() throws {
        let history = [
            F.tashkent, F.bishkek, F.edition(3, "2026-05", .tajikistan, .cancelled),
        ]
        let plan = try Charter.thinkTankForum.plan(after: history, through: 2027)
        #expect(
            plan == [
                PlannedEdition(year: 2026, ordinal: 4, side: .pivot, host: .korea),
                PlannedEdition(year: 2027, ordinal: 5, side: .group, host: .tajikistan),
            ])
    }

    @Test("Planned editions already recorded count as scheduled")
    func plannedCount() throws {
        let history = [F.tashkent, F.bishkek, F.edition(3, "2026", .korea, .planned)]
        let plan = try Charter.thinkTankForum.plan(after: history, through: 2028)
        #expect(plan.map(\.host) == [.tajikistan, .korea])
        #expect(plan.map(\.ordinal) == [4, 5])
    }

    @Test("The history is read in date order, whatever the list order")
    func historyOrder() throws {
        let plan = try Charter.thinkTankForum.plan(after: [F.bishkek, F.tashkent], through: 2027)
        #expect(plan.map(\.host) == [.korea, .tajikistan])
    }

    @Test("Once every member has hosted, the least recent host goes next")
    func leastRecent() throws {
        let hosts: [Country] = [
            .korea, .turkmenistan, .korea, .kazakhstan, .korea, .uzbekistan, .korea, .kyrgyzstan,
            .korea, .tajikistan,
        ]
        let plan = try Charter.thinkTankForum.plan(
            after: try F.history(from: 2024, hosts: hosts), through: 2043)
        #expect(
            plan.filter { $0.side == .group }.map(\.host) == [
                .turkmenistan, .kazakhstan, .uzbekistan, .kyrgyzstan, .tajikistan,
            ])
    }
}
