import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

@Suite("The record as of its date: overdue and premature editions, late and undated sources")
struct RecordDateRuleTests {
    /// The Think Tank Forum with one more edition, as of a date.
    func dataset(
        adding edition: Edition, asOf: PartialDate?, sources: [Source] = F.sources
    ) -> Dataset {
        var dataset = F.dataset(F.forum(editions: [F.tashkent, F.bishkek, edition]))
        dataset.sources = sources
        dataset.asOf = asOf
        return dataset
    }

    @Test(
        "A planned edition whose date is definitely before the record's date is overdue; one that may still be ahead is not",
        arguments: [
            ("2026-09-16", nil, "2026-11-26", true),
            ("2026-09", nil, "2026-11-26", true),
            ("2025", nil, "2026-11-26", true),
            ("2026-11", nil, "2026-11-26", false),
            ("2026", nil, "2026-11-26", false),
            ("2026-11-26", nil, "2026-11-26", false),
            ("2026-11-20", "2026-11-27", "2026-11-26", false),
            ("2026-09-16", "2026-09-17", "2026-11-26", true),
            ("2026-09-16", nil, "2026-09", false),
            ("2026-09-16", nil, "2026", false),
        ] as [(PartialDate, PartialDate?, PartialDate, Bool)])
    func overdue(date: PartialDate, end: PartialDate?, asOf: PartialDate, fires: Bool) throws {
        let planned = try Edition(
            ordinal: 3, date: date, endDate: end, host: .korea, status: .planned)
        let found = RecordDateRule().check(dataset(adding: planned, asOf: asOf))
        #expect(
            F.only(.editionOverdue, in: found).map(\.subject.path)
                == (fires ? [F.editionSubject(3)] : []))
        #expect(F.only(.editionOverdue, in: found).allSatisfy { $0.severity == .warning })
    }

    @Test("The overdue message says what the record should do")
    func overdueMessage() throws {
        let planned = try Edition(ordinal: 3, date: "2026-09-16", host: .korea, status: .planned)
        let found = RecordDateRule().check(dataset(adding: planned, asOf: "2026-11-26"))
        #expect(
            F.only(.editionOverdue, in: found).map(\.message) == [
                "the 3rd edition was planned for 2026-09-16; the record is as of 2026-11-26: record it as held or cancelled, or give its new date"
            ])
    }

    @Test(
        "Without a date of the record, no time rule runs: a planned edition of 1990 is not overdue")
    func noRecordDate() throws {
        let planned = try Edition(ordinal: 3, date: "1990", host: .korea, status: .planned)
        var sources = F.sources
        sources.append(Source(id: "undated", title: "Undated", publisher: "Someone"))
        let dataset = dataset(adding: planned, asOf: nil, sources: sources)
        #expect(RecordDateRule().check(dataset).isEmpty)
        #expect(EvidenceRule().check(dataset).isEmpty)
    }

    @Test(
        "An edition recorded as held whose date definitely starts after the record's date is an error",
        arguments: [
            ("2026-12-01", "2026-11-26", true),
            ("2027", "2026-11-26", true),
            ("2026-12", "2026-11-26", true),
            ("2026-11", "2026-11-26", false),
            ("2026-11-26", "2026-11-26", false),
            ("2026-12-01", "2026", false),
            ("2026-12-01", "2026-12", false),
        ] as [(PartialDate, PartialDate, Bool)])
    func heldAfterRecord(date: PartialDate, asOf: PartialDate, fires: Bool) throws {
        let held = try Edition(ordinal: 3, date: date, host: .korea)
        let found = RecordDateRule().check(dataset(adding: held, asOf: asOf))
        let mine = F.only(.editionHeldAfterRecord, in: found)
        #expect(mine.map(\.subject.path) == (fires ? [F.editionSubject(3)] : []))
        #expect(mine.allSatisfy { $0.severity == .error })
    }

    @Test(
        "A source published definitely after the record's date is an error; one of the same month is not",
        arguments: [
            ("2026-11-27", true), ("2027", true), ("2026-12", true), ("2026-11", false),
            ("2026", false), ("2026-11-26", false),
        ] as [(PartialDate, Bool)])
    func sourceAfterRecord(published: PartialDate, fires: Bool) throws {
        let late = Source(id: "late", title: "Late", publisher: "Someone", published: published)
        let planned = try Edition(ordinal: 3, date: "2027", host: .korea, status: .planned)
        let found = RecordDateRule().check(
            dataset(adding: planned, asOf: "2026-11-26", sources: F.sources + [late]))
        #expect(found.map(\.code) == (fires ? [.sourceAfterRecord] : []))
        #expect(found.map(\.subject.path) == (fires ? ["sources[late]"] : []))
    }

    @Test("A source of unknown date is a warning when the record has a date")
    func undated() throws {
        let undated = Source(id: "undated", title: "Undated page", publisher: "Someone")
        let planned = try Edition(ordinal: 3, date: "2027", host: .korea, status: .planned)
        let found = RecordDateRule().check(
            dataset(adding: planned, asOf: "2026-11-26", sources: F.sources + [undated]))
        #expect(found.map(\.code) == [.sourceUndated])
        #expect(found.map(\.subject.path) == ["sources[undated]"])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test("validate(asOf:) judges the record as of another date than its own")
    func validateAsOf() throws {
        let planned = try Edition(ordinal: 3, date: "2026-09-16", host: .korea, status: .planned)
        let dataset = dataset(adding: planned, asOf: "2026-01-01")
        #expect(!dataset.validate().codes.contains(.editionOverdue))
        #expect(dataset.validate(asOf: "2026-11-26").codes.contains(.editionOverdue))
        #expect(!dataset.validateWithoutTimeRules().codes.contains(.editionOverdue))
    }
}

@Suite("Evidence: a source cannot attest what had not happened when it was written")
struct EvidenceRuleTests {
    static let old = Source(
        id: "mofa-320762", title: "Outcome of 12th ROK-Central Asia Cooperation Forum",
        publisher: "Ministry of Foreign Affairs of Korea", published: "2019-10-17")
    static let undated = Source(id: "undated", title: "Undated page", publisher: "Someone")

    func dataset(_ edit: (inout Dataset) throws -> Void) rethrows -> Dataset {
        var dataset = F.thinkTankDataset
        dataset.sources += [Self.old, Self.undated]
        dataset.asOf = "2026-11-26"
        try edit(&dataset)
        return dataset
    }

    @Test(
        "A held edition that cites only sources published before it is an error; one of the same month is not",
        arguments: [
            ("2021-11-30", ["mofa-320762"], true),
            ("2019-10-18", ["mofa-320762"], true),
            ("2019-10-17", ["mofa-320762"], false),
            ("2019-10", ["mofa-320762"], false),
            ("2019", ["mofa-320762"], false),
            ("2021-11-30", ["mofa-320762", "undated"], true),
            ("2021-11-30", ["mofa-320762", "nca-2024-07-31"], false),
            ("2021-11-30", ["undated"], false),
            ("2021-11-30", [], false),
        ] as [(PartialDate, [Source.ID], Bool)])
    func edition(date: PartialDate, sources: [Source.ID], fires: Bool) throws {
        let dataset = try dataset {
            $0.forums[0].editions.append(
                try Edition(ordinal: 3, date: date, host: .korea, sources: sources))
        }
        let found = EvidenceRule().check(dataset)
        #expect(found.map(\.subject.path) == (fires ? [F.editionSubject(3)] : []))
        #expect(found.allSatisfy { $0.code == .sourcePredatesFact && $0.severity == .error })
    }

    @Test("The message names the fact, its date, the source and its date")
    func message() throws {
        let dataset = try dataset {
            $0.forums[0].editions.append(
                try Edition(
                    ordinal: 14, date: "2021-11-30", host: .tajikistan, sources: ["mofa-320762"]))
        }
        #expect(
            EvidenceRule().check(dataset).map(\.message) == [
                "the 14th edition (2021-11-30) cites only mofa-320762, published 2019-10-17; a text cannot attest what had not happened when it was written"
            ])
    }

    @Test("A planned edition may cite an announcement published before it")
    func plannedExempt() throws {
        let dataset = try dataset {
            $0.forums[0].editions.append(
                try Edition(
                    ordinal: 3, date: "2026-09-16", host: .korea, status: .planned,
                    sources: ["mofa-320762"]))
        }
        #expect(EvidenceRule().check(dataset).isEmpty)
    }

    @Test(
        "Meetings, partnership stages, agreements, membership events and indicators are judged too")
    func everyKindOfFact() throws {
        let dataset = try dataset {
            $0.meetings = [
                Meeting(
                    id: "meeting", title: "A meeting", date: "2024-05-16",
                    place: Place(country: .uzbekistan), sources: ["mofa-320762"])
            ]
            $0.partnerships = [
                Partnership(
                    countries: (.korea, .kyrgyzstan),
                    stages: [
                        .init(
                            level: .comprehensivePartnership, since: "2024-12-03",
                            sources: ["mofa-320762"])
                    ])
            ]
            $0.agreements[0].sources = ["mofa-320762"]
            $0.forums[0].membership.events.append(
                .admitted(
                    "isrs", on: "2024-07-30", recommendedBy: ["iica"], sources: ["mofa-320762"]))
            $0.indicators = [
                Indicator(
                    id: "trade-2020", measure: .tradeTurnover, between: .country(.korea),
                    and: .country(.kazakhstan), year: 2020,
                    value: try Figure(amount: 5.9e9, currency: .usd, bound: .approximately),
                    sources: ["mofa-320762"]),
                Indicator(
                    id: "trade-2019", measure: .tradeTurnover, between: .country(.korea),
                    and: .country(.kazakhstan), year: 2019,
                    value: try Figure(amount: 4.2e9, currency: .usd, bound: .approximately),
                    sources: ["mofa-320762"]),
            ]
        }
        #expect(
            EvidenceRule().check(dataset).map(\.subject.path) == [
                "partnerships[KR-KG]",
                F.membershipSubject("isrs@2024-07-30"),
                "agreements[joint-statement-think-tank-forum-2023]",
                "meetings[meeting]",
                "indicators[trade-2020]",
            ])
    }
}

@Suite("Claims that disagree: indicator.conflict")
struct IndicatorConflictTests {
    static func claim(
        _ id: Indicator.ID, _ amount: Double, _ bound: Figure.Bound,
        between: Indicator.Economy = .country(.korea),
        and: Indicator.Economy = .country(.kazakhstan),
        year: Int = 2020, measure: Indicator.Measure = .tradeTurnover, currency: Currency = .usd
    ) throws -> Indicator {
        Indicator(
            id: id, measure: measure, between: between, and: and, year: year,
            value: try Figure(amount: amount, currency: currency, bound: bound),
            sources: [Source.ID(rawValue: "source-\(id)") ?? "source"])
    }

    @Test(
        "Two claims of one figure conflict exactly when their intervals are disjoint",
        arguments: [
            (3.08e9, Figure.Bound.exact, 5.9e9, Figure.Bound.approximately, true),
            (10e9, .moreThan, 10.3e9, .exact, false),
            (6e9, .moreThan, 5.5e9, .approximately, false),
            (6e9, .moreThan, 5.4e9, .approximately, true),
            (6.5e9, .approximately, 6.5e9, .moreThan, false),
            (10e9, .moreThan, 10e9, .lessThan, true),
            (10e9, .lessThan, 9e9, .exact, false),
            (100, .exact, 100.9, .exact, false),
            (100, .exact, 101.1, .exact, true),
            (100, .approximately, 122, .approximately, false),
            (100, .approximately, 123, .approximately, true),
        ] as [(Double, Figure.Bound, Double, Figure.Bound, Bool)])
    func conflict(
        first: Double, firstBound: Figure.Bound, second: Double, secondBound: Figure.Bound,
        fires: Bool
    ) throws {
        let dataset = Dataset(indicators: [
            try Self.claim("a", first, firstBound), try Self.claim("b", second, secondBound),
        ])
        let found = IndicatorRule().check(dataset)
        #expect(found.map(\.subject.path) == (fires ? ["indicators[b]"] : []))
        #expect(found.allSatisfy { $0.code == .indicatorConflict && $0.severity == .warning })
    }

    @Test(
        "Claims of other years, measures, currencies or directions do not conflict; turnover has no direction"
    )
    func differentFigures() throws {
        let base = try Self.claim("a", 3.08e9, .exact)
        let others = [
            try Self.claim("b", 5.9e9, .approximately, year: 2021),
            try Self.claim("c", 5.9e9, .approximately, measure: .exports),
            try Self.claim("d", 5.9e9, .approximately, currency: .krw),
        ]
        #expect(IndicatorRule().check(Dataset(indicators: [base] + others)).isEmpty)
        let reversed = try Self.claim(
            "e", 5.9e9, .approximately, between: .country(.kazakhstan), and: .country(.korea))
        #expect(
            IndicatorRule().check(Dataset(indicators: [base, reversed])).map(\.subject.path) == [
                "indicators[e]"
            ])
        let exports = try Self.claim("f", 3.08e9, .exact, measure: .exports)
        let reverseExports = try Self.claim(
            "g", 5.9e9, .approximately, between: .country(.kazakhstan), and: .country(.korea),
            measure: .exports)
        #expect(IndicatorRule().check(Dataset(indicators: [exports, reverseExports])).isEmpty)
    }

    @Test("The conflict names both claims and their sources, on the later identifier")
    func message() throws {
        let dataset = Dataset(indicators: [
            try Self.claim("trade-kr-kz-2020-herald", 3.08e9, .exact),
            try Self.claim("trade-kr-kz-2020-astana", 5.9e9, .approximately),
        ])
        let found = IndicatorRule().check(dataset)
        #expect(found.map(\.subject.path) == ["indicators[trade-kr-kz-2020-herald]"])
        #expect(
            found.map(\.message) == [
                "the claims of the trade turnover between KR and KZ in 2020 disagree: $3.08 billion (trade-kr-kz-2020-herald, from source-trade-kr-kz-2020-herald) and about $5.9 billion (trade-kr-kz-2020-astana, from source-trade-kr-kz-2020-astana) cannot both be true"
            ])
    }

    @Test("Each claim that disagrees with an earlier one is reported once")
    func manyClaims() throws {
        let claims = [
            try Self.claim("a", 1e9, .exact), try Self.claim("b", 2e9, .exact),
            try Self.claim("c", 1.001e9, .exact), try Self.claim("d", 3e9, .moreThan),
        ]
        #expect(
            IndicatorRule().check(Dataset(indicators: claims)).map(\.subject.path) == [
                "indicators[b]", "indicators[c]", "indicators[d]",
            ])
    }

    @Test(
        "claims(of:between:and:year:) returns every claim in identifier order, turnover in either order"
    )
    func claimsQuery() throws {
        let dataset = Dataset(indicators: [
            try Self.claim("z", 3.08e9, .exact),
            try Self.claim(
                "a", 5.9e9, .approximately, between: .country(.kazakhstan), and: .country(.korea)),
            try Self.claim("m", 4.2e9, .approximately, year: 2019),
        ])
        let claims = dataset.claims(
            of: .tradeTurnover, between: .country(.korea), and: .country(.kazakhstan), year: 2020)
        #expect(claims.map(\.id) == ["a", "z"])
    }

    @Test("Growth over disagreeing claims spans every pair of claims and says they disagree")
    func growthRange() throws {
        let dataset = Dataset(indicators: [
            try Self.claim("2019", 4.2e9, .approximately, year: 2019),
            try Self.claim("2020-herald", 3.08e9, .exact),
            try Self.claim("2020-astana", 5.9e9, .approximately),
        ])
        let growth = try #require(
            dataset.growth(
                of: .tradeTurnover, between: .country(.korea), and: .country(.kazakhstan),
                from: 2019, to: 2020))
        #expect(growth.claimsDisagree)
        #expect(abs(growth.lowest.factor - 3.08 / 4.2) < 1e-9)
        #expect(abs(growth.highest.factor - 5.9 / 4.2) < 1e-9)
        #expect(growth.description == "from about 0.7× to about 1.4×; the claims disagree")
    }
}
