import KoreaCentralAsia
import Testing

/// An admission is judged by the admission policy of the charter period in force on its date:
/// the rule over a whole history, and a decision through a ``ForumIndex``, find the same period
/// as ``Forum/charter(on:)``, including for a period that starts at an edition.
@Suite("Admissions judged by the charter period in force on their date")
struct AdmissionByPeriodTests {
    /// One recommender suffices from the beginning; from the 3rd edition (held in 2022-06),
    /// two are needed; from 2024-01-01, none.
    static let forum = Forum(
        id: "track", name: "A track", kind: .thinkTank,
        membership: Membership(events: [
            .founded("a", on: "2019-01-01"), .founded("b", on: "2019-01-01"),
        ]),
        editions: [
            RuleFixtures.edition(1, "2020-05", .korea),
            RuleFixtures.edition(2, "2021-05", .kazakhstan),
            RuleFixtures.edition(3, "2022-06", .korea),
        ],
        charters: [
            CharterPeriod(
                charter: Charter(
                    cadence: .annual, admission: valid { try .init(minimumRecommenders: 1) })),
            CharterPeriod(
                from: .edition(3),
                charter: Charter(
                    cadence: .annual, admission: valid { try .init(minimumRecommenders: 2) })),
            CharterPeriod(
                from: .date("2024-01-01"),
                charter: Charter(
                    cadence: .annual, admission: valid { try .init(minimumRecommenders: 0) })),
        ])

    @Test(
        "One recommender admits before the 3rd edition and from 2024, not in between",
        arguments: [
            ("2022-05-31", true),  // before the 3rd edition's month
            ("2022-06", false),  // the 3rd edition may have been held: its period has started
            ("2022-06-15", false),
            ("2022", false),  // a year that holds the 3rd edition
            ("2023-12-31", false),
            ("2024-01-01", true),  // the third period asks for none
            ("2025", true),
        ] as [(PartialDate, Bool)])
    func policyByPeriod(date: PartialDate, admissible: Bool) throws {
        let forum = Self.forum
        let minimum = forum.charter(on: date)?.charter.admission?.minimumRecommenders ?? 0
        #expect((minimum <= 1) == admissible)

        let decision = ForumIndex(forum).evaluateAdmission(
            candidate: "c", recommendedBy: ["a"], on: date)
        #expect(decision.isAdmissible == admissible)
        #expect(forum.evaluateAdmission(candidate: "c", recommendedBy: ["a"], on: date) == decision)

        var recorded = forum
        recorded.membership.events.append(.admitted("c", on: date, recommendedBy: ["a"]))
        let codes = Dataset(forums: [recorded]).validate().violations.map(\.code)
        #expect(codes.contains(.admissionNoRecommendation) == !admissible)
    }
}
