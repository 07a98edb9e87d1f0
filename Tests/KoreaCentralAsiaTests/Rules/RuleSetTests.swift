import Foundation
import KoreaCentralAsia
import Testing

private typealias F = RuleFixtures

/// A rule of a user's own, as the `Rule` documentation shows: every edition names its city.
private struct CityIsNamed: ForumRule {
    static let code = RuleCode(
        "myorg.city-named", severity: .warning, summary: "an edition names no city")

    var codes: [RuleCode] { [Self.code] }

    func check(_ forum: Forum) -> [Violation] {
        let code = Self.code
        return forum.editions.filter { $0.city == nil }.map { edition in
            Violation(
                code, "the \(edition.ordinalText) edition names no city",
                at: .edition(edition.ordinal, of: forum.id))
        }
    }
}

/// Rule sets, single rules, and the report: deterministic, ordered, encodable.
@Suite("Rule sets and validation reports")
struct RuleSetTests {
    /// The codes of the standard rules.
    static let standardCodes = [
        "rotation.first-edition", "rotation.reciprocity", "rotation.out-of-turn",
        "rotation.host-outside-format", "cadence.duplicate-year", "cadence.gap", "edition.ordinal",
        "edition.unrecorded", "admission.no-recommendation", "admission.recommender-not-member",
        "admission.self-recommendation", "admission.already-member", "membership.not-a-member",
        "reference.unknown", "reference.duplicate-id", "chronology.before-establishment",
        "partnership.self", "partnership.chronology", "indicator.amount",
        "agreement.charter-mismatch", "source.missing", "source.unretrieved", "source.unquoted",
        "post.term-order", "post.concurrent-holders",
        "delegation.head-out-of-post",
        "indicator.conflict", "edition.overdue",
        "edition.held-after-record", "source.after-record", "source.undated",
        "source.predates-fact", "charter.period-order", "edition.level-below-charter",
        "rotation.parity", "chairmanship.out-of-turn", "delegation.outside-format",
        "claim.unsourced", "claim.same-as-preferred",
        "acknowledgement.unused",
    ]

    @Test("The standard rule set can report every standard code, and no other")
    func standardCodes() {
        #expect(Set(RuleSet.standard.codes.map(\.rawValue)) == Set(Self.standardCodes))
        #expect(RuleSet.standard.codes.count == Self.standardCodes.count)
    }

    @Test("The table of codes is the standard rule set's codes, each with a one-line summary")
    func codeTable() {
        #expect(RuleCode.standard == RuleSet.standard.codes)
        for code in RuleCode.standard {
            #expect(!code.summary.isEmpty, "\(code) has no summary")
            #expect(!code.summary.contains("\n"), "\(code)'s summary is not one line")
        }
    }

    @Test(
        "A violation built from a code takes the code's severity",
        arguments: [RuleCode.rotationReciprocity, .rotationOutOfTurn, .cadenceGap, .sourceMissing])
    func severityFromCode(code: RuleCode) {
        let violation = Violation(code, "message", at: .forum("forum"))
        #expect(violation.severity == code.severity)
        #expect(violation.subject == "forums[forum]")
    }

    @Test("A standard code read from text keeps its severity; another code is an error")
    func codeFromText() {
        #expect(RuleCode(rawValue: "cadence.gap")?.severity == .warning)
        #expect(RuleCode(rawValue: "cadence.gap")?.summary == RuleCode.cadenceGap.summary)
        #expect(RuleCode(rawValue: "myorg.city-named")?.severity == .error)
        #expect(RuleCode(rawValue: "myorg.city-named") == CityIsNamed.code)
    }

    @Test("Subjects name each kind of entity in one way")
    func subjects() {
        #expect(Subject.source("seed").path == "sources[seed]")
        #expect(Subject.institution("iica").field("parent").path == "institutions[iica].parent")
        #expect(Subject.year(2017, of: "forum").path == "forums[forum].years[2017]")
        #expect(Subject.agreement("joint").path == "agreements[joint]")
        #expect(Subject.meeting("visit").path == "meetings[visit]")
        #expect(Subject.indicator("trade").path == "indicators[trade]")
        #expect(Subject.initiative("new-asia").path == "initiatives[new-asia]")
        #expect(Subject.acknowledgement(3).path == "acknowledgements[3]")
    }

    @Test(
        "A rule code is lower-case dot-separated words",
        arguments: [
            ("myorg.city-named", true), ("rotation.first-edition", true), ("rotation", false),
            ("Rotation.Reciprocity", false), ("a..b", false), ("a.1b", false),
        ])
    func ruleCodeForm(text: String, valid: Bool) {
        #expect((RuleCode(rawValue: text) != nil) == valid)
    }

    @Test("A rule of one's own runs after the standard ones")
    func userDefinedRule() throws {
        var forum = F.thinkTankForum
        forum.editions[1].city = nil
        let dataset = F.dataset(forum, acknowledgements: F.acknowledgements)
        #expect(dataset.validate().violations.isEmpty)
        let rules = RuleSet.standard.adding(CityIsNamed())
        let report = dataset.validate(rules: rules)
        let violation = try #require(report.violations.first)
        #expect(report.codes.map(\.rawValue) == ["myorg.city-named"])
        #expect(violation.subject == F.secondEditionSubject)
        #expect(violation.message == "the 2nd edition names no city")
        #expect(rules.rules.count == RuleSet.standard.rules.count + 1)
        #expect(rules.codes.map(\.rawValue).contains("myorg.city-named"))
    }

    @Test("A user's violation can be acknowledged like any other")
    func acknowledgeUserRule() throws {
        var forum = F.thinkTankForum
        forum.editions[1].city = nil
        let code = CityIsNamed.code
        let acknowledgement = Acknowledgement(
            code: code, subject: F.secondEditionSubject, note: "The sources name no city.")
        let dataset = F.dataset(forum, acknowledgements: F.acknowledgements + [acknowledgement])
        let report = dataset.validate(rules: .standard.adding(CityIsNamed()))
        #expect(report.violations.isEmpty)
        #expect(report.acknowledged.count == 3)
    }

    @Test("A rule set of one rule checks only that rule")
    func singleRuleSet() {
        let report = F.thinkTankDataset.validate(rules: RuleSet([CadenceRule()]))
        #expect(report.violations.isEmpty)
        let rotation = F.thinkTankDataset.validate(rules: RuleSet([RotationRule()]))
        #expect(rotation.codes == [.rotationFirstEdition, .rotationReciprocity])
    }

    @Test("A single rule runs on one forum")
    func singleRuleOnForum() {
        let violations = RotationRule().check(F.thinkTankForum)
        #expect(violations.map(\.code) == [.rotationFirstEdition, .rotationReciprocity])
        #expect(RotationRule().check(F.thinkTankDataset) == violations)
    }

    @Test("Validating the same dataset twice gives the same report")
    func deterministic() {
        let dataset = Self.messyDataset
        let first = dataset.validate()
        #expect(first == dataset.validate())
        #expect(first.violations.count > 5)
    }

    @Test("Violations come by rule, in the standard set's order, then in document order")
    func order() {
        let report = Self.messyDataset.validate()
        let rules = RuleSet.standard.rules
        let ranks = report.codes.map { code in
            rules.firstIndex { $0.codes.contains(code) } ?? rules.count
        }
        #expect(ranks == ranks.sorted())
        #expect(report.codes.first == .rotationFirstEdition)
        #expect(report.codes.last == .acknowledgementUnused)
        let rotation = report.violations.filter { $0.code.rawValue.hasPrefix("rotation.") }
        // The outside host (Mongolia) breaks the chain of sides, and the unrecorded 3rd and 4th
        // editions leave the 5th unjudged.
        #expect(
            rotation.map(\.code) == [
                .rotationFirstEdition, .rotationHostOutsideFormat, .rotationOutOfTurn,
            ])
        #expect(rotation.map(\.subject.path) == [1, 2, 2].map(F.editionSubject))
    }

    @Test("The report encodes as violations and flat acknowledged entries")
    func jsonShape() throws {
        let violation = Violation(
            code: .cadenceGap, severity: .warning, message: "no edition in 2025",
            subject: "forums[f].years[2025]")
        let acknowledged = AcknowledgedViolation(
            violation: Violation(
                code: .rotationFirstEdition, severity: .error, message: "hosted by Uzbekistan",
                subject: "forums[f].editions[1]"),
            note: "kept as it happened")
        let report = ValidationReport(violations: [violation], acknowledged: [acknowledged])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        #expect(
            json == """
                {"acknowledged":[{"code":"rotation.first-edition","message":"hosted by Uzbekistan",\
                "note":"kept as it happened","severity":"error","subject":"forums[f].editions[1]"}],\
                "violations":[{"code":"cadence.gap","message":"no edition in 2025",\
                "severity":"warning","subject":"forums[f].years[2025]"}]}
                """)
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: Data(json.utf8))
        #expect(decoded == report)
    }

    @Test("The real record's report encodes the same way every time")
    func realReportJSON() throws {
        let dataset = F.dataset(F.thinkTankForum, acknowledgements: F.acknowledgements)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(dataset.validate())
        #expect(first == (try encoder.encode(dataset.validate())))
        let object = try JSONSerialization.jsonObject(with: first) as? [String: Any]
        let acknowledged = try #require(object?["acknowledged"] as? [[String: Any]])
        #expect(object?["violations"] as? [Any] != nil)
        #expect(acknowledged.count == 2)
        #expect(
            acknowledged.map { Set($0.keys) }.allSatisfy {
                $0 == ["code", "severity", "message", "subject", "note"]
            })
        #expect(
            acknowledged.first?["note"] as? String
                == "The first forum met in Tashkent, not in Korea.")
    }

    /// A dataset that breaks many rules at once.
    static var messyDataset: Dataset {
        var forum = F.forum(
            editions: [
                F.edition(1, "2024", .uzbekistan), F.edition(2, "2024-10", .mongolia),
                F.edition(2, "2026", .uzbekistan), F.edition(5, "2028", .uzbekistan),
            ],
            membership: F.foundingEvents + [
                .admitted("isrs", on: "2024", recommendedBy: []),
                .withdrew("hufs", on: "2024-05"),
            ])
        forum.editions[0].organizers = ["ghost"]
        var dataset = F.dataset(forum)
        dataset.partnerships = [Partnership(countries: (.korea, .korea), stages: [])]
        dataset.indicators = [
            Indicator(
                id: "negative", measure: .exports, between: .country(.korea),
                and: .country(.uzbekistan), year: 2020,
                value: valid { try Figure(amount: -5, currency: .usd) })
        ]
        dataset.acknowledgements = [
            Acknowledgement(code: .cadenceGap, subject: "nowhere", note: "stale")
        ]
        return dataset
    }
}
