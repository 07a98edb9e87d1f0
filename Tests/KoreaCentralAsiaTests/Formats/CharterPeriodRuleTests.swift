import Foundation
import KoreaCentralAsia
import Testing

/// The codes of schema version 2, each with a case that fires it and a near miss that does not:
/// `rotation.parity`, `chairmanship.out-of-turn`, `charter.period-order`,
/// `edition.level-below-charter`, `delegation.outside-format`, `cadence.gap` per period, and
/// the references of formats, parties, decisions and adopted agreements.
@Suite("Charter periods: each edition judged by the rules in force for it")
struct CharterPeriodRuleTests {
    static let group = Country.centralAsia

    static func forum(
        _ editions: [Edition], periods: [CharterPeriod], format: DialogueFormat.ID? = nil
    ) -> Forum {
        Forum(
            id: "track", name: "A track", kind: .ministerial, editions: editions, format: format,
            charters: periods)
    }

    static func codes(
        _ forum: Forum, formats: [DialogueFormat] = [], institutions: [Institution] = []
    )
        -> [String]
    {
        Dataset(institutions: institutions, forums: [forum], formats: formats).validate()
            .violations.filter { $0.code != .sourceMissing && $0.code != .referenceUnknown }
            .map { "\($0.code) \($0.subject)" }
    }

    static func parity(_ force: CharterPeriod.Force) throws -> CharterPeriod {
        CharterPeriod(
            charter: Charter(
                cadence: .annual,
                rotation: try .parity(pivot: .country(.korea), group: group, pivotYears: .even)),
            force: force, agreement: "seoul-declaration")
    }

    @Test(
        "An edition on the side that the year's parity gives to the other side breaks the rule",
        arguments: [
            (Country.uzbekistan, 2026, ["rotation.parity forums[track].editions[2]"]),
            (.korea, 2026, []),
            (.kazakhstan, 2027, []),
            (.korea, 2027, ["rotation.parity forums[track].editions[2]"]),
        ])
    func parity(host: Country, year: Int, expected: [String]) throws {
        let first = try Edition(
            ordinal: 1, date: try PartialDate("\(year - 1)"),
            host: year % 2 == 0 ? .kazakhstan : .korea)
        let second = try Edition(ordinal: 2, date: try PartialDate("\(year)"), host: host)
        let forum = Self.forum([first, second], periods: [try Self.parity(.binding)])
        #expect(Self.codes(forum) == expected)
    }

    @Test("A breach of a binding period is an error; of a proposed or practice one, a warning")
    func severityByForce() throws {
        let editions = [
            try Edition(ordinal: 1, date: "2025", host: .kazakhstan),
            try Edition(ordinal: 2, date: "2026", host: .uzbekistan),
        ]
        for (force, severity) in [
            (CharterPeriod.Force.binding, Severity.error), (.proposed, .warning),
            (.practice, .warning),
        ] {
            let forum = Self.forum(editions, periods: [try Self.parity(force)])
            let violation = try #require(
                Dataset(forums: [forum]).validate().violations.first {
                    $0.code == .rotationParity
                })
            #expect(violation.severity == severity)
            #expect(
                violation.message.hasSuffix(
                    force == .binding ? "Korea" : "agreement seoul-declaration)"))
        }
    }

    @Test("Editions before a period's start are judged by the period before it")
    func periodStart() throws {
        let reciprocal = CharterPeriod(
            charter: Charter(
                cadence: .annual, rotation: try .init(pivot: .korea, group: Self.group)))
        var later = try Self.parity(.binding)
        later.start = .edition(3)
        let editions = [
            try Edition(ordinal: 1, date: "2023", host: .korea),
            // Even: parity would say Korea.
            try Edition(ordinal: 2, date: "2024", host: .kazakhstan),
            try Edition(ordinal: 3, date: "2026", host: .korea),
        ]
        #expect(Self.codes(Self.forum(editions, periods: [reciprocal, later])) == [])
        #expect(
            try Self.codes(Self.forum(editions, periods: [Self.parity(.binding)]))
                == [
                    "rotation.parity forums[track].editions[1]",
                    "rotation.parity forums[track].editions[2]",
                    "cadence.gap forums[track].years[2025]",
                ]
        )
    }

    @Test(
        "A member that chairs again before every other has chaired since its last term is out of turn",
        arguments: [
            (
                [Country.kazakhstan, .kyrgyzstan, .kazakhstan],
                ["chairmanship.out-of-turn forums[track].editions[3]"]
            ),
            ([.kazakhstan, .kazakhstan, .kyrgyzstan], []),
            ([.kazakhstan, .kyrgyzstan, .tajikistan], []),
        ])
    func chairmanship(chairs: [Country], expected: [String]) throws {
        let editions = try chairs.enumerated().map { index, chair in
            try Edition(
                ordinal: index + 1, date: try PartialDate("\(2020 + index)"), host: .mongolia,
                chairs: [chair])
        }
        let period = CharterPeriod(
            charter: Charter(
                cadence: .irregular,
                rotation: try .chairmanship(
                    pivot: .country(.mongolia), group: Self.group, termYears: 2)
            ))
        #expect(Self.codes(Self.forum(editions, periods: [period])) == expected)
    }

    @Test(
        "Periods start in order, each at its own point",
        arguments: [
            ([CharterPeriod.Start.beginning, .edition(10)], []),
            ([.edition(10), .edition(11)], []),
            ([.edition(11), .edition(10)], ["charter.period-order forums[track].charters[1]"]),
            ([.edition(10), .edition(10)], ["charter.period-order forums[track].charters[1]"]),
            ([.edition(10), .beginning], ["charter.period-order forums[track].charters[1]"]),
            (
                [.date("2016"), .date("2015-10-05")],
                ["charter.period-order forums[track].charters[1]"]
            ),
            ([.date("2015"), .date("2015-10-05")], []),
        ])
    func periodOrder(starts: [CharterPeriod.Start], expected: [String]) {
        let periods = starts.map { CharterPeriod(from: $0, charter: Charter(cadence: .irregular)) }
        #expect(Self.codes(Self.forum([], periods: periods)) == expected)
    }

    @Test(
        "An edition below the level its period sets breaks the rule; an unknown level is not compared",
        arguments: [
            (
                Edition.Level.viceMinisterial,
                ["edition.level-below-charter forums[track].editions[1]"]
            ),
            (.ministerial, []),
            (.headsOfState, []),
            (Edition.Level(rawValue: "directorGeneral"), []),
        ] as [(Edition.Level?, [String])])
    func level(level: Edition.Level?, expected: [String]) throws {
        let edition = try Edition(ordinal: 1, date: "2016-11", host: .korea, level: level)
        let period = CharterPeriod(charter: Charter(cadence: .irregular, level: .ministerial))
        #expect(Self.codes(Self.forum([edition], periods: [period])) == expected)
        let noLevel = try Edition(ordinal: 1, date: "2016-11", host: .korea)
        #expect(Self.codes(Self.forum([noLevel], periods: [period])) == [])
    }

    @Test("A biennial period has a gap when two years in a row pass without an edition")
    func biennial() throws {
        let period = CharterPeriod(charter: Charter(cadence: .biennial))
        func gaps(_ years: [Int]) throws -> [String] {
            let editions = try years.enumerated().map { index, year in
                try Edition(ordinal: index + 1, date: try PartialDate("\(year)"), host: .korea)
            }
            return Self.codes(Self.forum(editions, periods: [period]))
        }
        #expect(try gaps([2023, 2025, 2027]) == [])
        #expect(try gaps([2023, 2024, 2026]) == [])
        #expect(try gaps([2022, 2025]) == ["cadence.gap forums[track].years[2024]"])
        let irregular = CharterPeriod(charter: Charter(cadence: .irregular))
        let sparse = [
            try Edition(ordinal: 1, date: "2004", host: .korea),
            try Edition(ordinal: 2, date: "2025", host: .korea),
        ]
        #expect(Self.codes(Self.forum(sparse, periods: [irregular])) == [])
    }

    @Test(
        "A delegation of a country outside both sides of the format breaks the rule",
        arguments: [
            (
                Country.mongolia,
                ["delegation.outside-format forums[track].editions[1].delegations[MN]"]
            ),
            (.kazakhstan, []),
            (.korea, []),
        ])
    func delegation(country: Country, expected: [String]) throws {
        let format = DialogueFormat(
            id: "korea-ca", name: "Korea–Central Asia", partner: .country(.korea))
        let edition = try Edition(
            ordinal: 1, date: "2026", host: .korea, delegations: [Delegation(country: country)],
            guests: [.country(.mongolia)])
        let forum = Self.forum([edition], periods: [], format: "korea-ca")
        #expect(Self.codes(forum, formats: [format]) == expected)
    }

    @Test("An organisation's member states are on its side; a state outside it is not")
    func organizationSide() throws {
        let eu = Institution(
            id: "eu", name: "European Union", kind: .intergovernmentalOrganization,
            country: try Country("BE"), memberStates: [try Country("FR"), try Country("DE")])
        let format = DialogueFormat(
            id: "eu-ca", name: "EU–Central Asia", partner: .organization("eu"))
        let french = try Edition(
            ordinal: 1, date: "2025", host: .uzbekistan,
            delegations: [Delegation(country: try Country("FR")), Delegation(country: .uzbekistan)])
        #expect(
            Self.codes(
                Self.forum([french], periods: [], format: "eu-ca"), formats: [format],
                institutions: [eu]) == [])
        let british = try Edition(
            ordinal: 1, date: "2025", host: .uzbekistan,
            delegations: [Delegation(country: try Country("GB"))])
        #expect(
            Self.codes(
                Self.forum([british], periods: [], format: "eu-ca"), formats: [format],
                institutions: [eu])
                == ["delegation.outside-format forums[track].editions[1].delegations[GB]"])
        // An organisation as pivot hosts through its member states.
        let reciprocal = CharterPeriod(
            charter: Charter(
                cadence: .annual,
                rotation: try .reciprocal(pivot: .organization("eu"), group: Self.group)))
        let hosts = [
            try Edition(ordinal: 1, date: "2024", host: try Country("FR")),
            try Edition(ordinal: 2, date: "2025", host: .uzbekistan),
            try Edition(ordinal: 3, date: "2026", host: try Country("GB")),
        ]
        #expect(
            Self.codes(
                Self.forum(hosts, periods: [reciprocal], format: "eu-ca"), formats: [format],
                institutions: [eu])
                == ["rotation.host-outside-format forums[track].editions[3]"])
    }

    @Test(
        "Formats, organisations, decisions, periods' agreements and adopted agreements must be defined"
    )
    func references() throws {
        var edition = try Edition(
            ordinal: 1, date: "2026", host: .korea, guests: [.organization("gcc")])
        edition.adopted = ["declaration"]
        var period = try Self.parity(.binding)
        period.agreement = "charter-agreement"
        var forum = Self.forum([edition], periods: [period], format: "nowhere")
        forum.membership.events = [
            Membership.Event(
                member: .country(.kyrgyzstan), date: "2018",
                change: .admitted(status: .member, recommendedBy: []),
                decision: .edition(11, of: "track")),
            Membership.Event(
                member: .country(.tajikistan), date: "2019",
                change: .admitted(status: .member, recommendedBy: []),
                decision: .meeting("a-meeting")),
        ]
        let subjects = Dataset(forums: [forum]).validate().violations
            .filter { $0.code == .referenceUnknown }.map(\.subject.path)
        #expect(
            subjects == [
                "forums[track].format",
                "forums[track].charters[0].agreement",
                "forums[track].membership[KG@2018].decision",
                "forums[track].membership[TJ@2019].decision",
                "forums[track].editions[1].adopted",
                "forums[track].editions[1].guests",
            ])
    }

    @Test(
        "States are members too: members(on:) answers with countries, and a decision needs no recommender"
    )
    func stateMembers() throws {
        var forum = Self.forum(
            [],
            periods: [
                CharterPeriod(
                    charter: Charter(cadence: .annual, admission: try .init(minimumRecommenders: 1))
                )
            ])
        forum.membership.events = [
            Membership.Event(member: .country(.korea), date: "2017-07-10", change: .founded),
            Membership.Event(member: .country(.kazakhstan), date: "2017-07-10", change: .founded),
            Membership.Event(
                member: .country(.kyrgyzstan), date: "2018-11",
                change: .admitted(status: .member, recommendedBy: []),
                decision: .meeting("m")),
            Membership.Event(
                member: .country(.turkmenistan), date: "2019",
                change: .admitted(status: .observer, recommendedBy: [])),
        ]
        #expect(forum.members(on: "2018-06") == [.country(.korea), .country(.kazakhstan)])
        #expect(
            forum.members(on: "2019-06") == [
                .country(.korea), .country(.kazakhstan), .country(.kyrgyzstan),
            ])
        #expect(forum.membership.observers(on: "2020") == [.country(.turkmenistan)])
        let codes = Dataset(
            forums: [forum],
            meetings: [
                Meeting(id: "m", title: "A meeting", date: "2018-11", sources: [])
            ]
        ).validate().violations.map(\.code)
        // The observer was admitted with no recommender and no decision; Kyrgyzstan by decision.
        #expect(codes.filter { $0 == .admissionNoRecommendation }.count == 1)
    }
}
