import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaTesting
import Testing

// The code of the documentation, run and checked, so that it cannot rot.
//
// Every Swift code block of the DocC catalog (Documentation/KoreaCentralAsia.docc) and of the
// README appears here, line for line, followed by checks of the results its comments show;
// `DocumentationExampleTests.Sync` fails when a block of the documentation is not found here
// (or, for the export library's, in ExportDocumentationExampleTests.swift beside this file).
// The examples in the library's own `///` comments that show results are checked in
// `DocumentationExampleTests.DocComments`.

// MARK: - Declarations the articles show at file scope

// The Data Model: a cooperation area of your own.
// swift-format-ignore: NeverForceUnwrap
extension CooperationArea {
    /// Water management.
    static let waterManagement = CooperationArea(rawValue: "waterManagement")!
}

// Writing Your Own Rule: the rule.
// swift-format-ignore: NeverForceUnwrap
struct HostCountryOrganizes: Rule {
    static let code = RuleCode(
        "myorg.host-organizes", severity: .warning,
        summary: "no organiser of a held edition is from its host country")

    var codes: [RuleCode] { [Self.code] }

    func check(_ dataset: Dataset) -> [Violation] {
        var countryOf: [Institution.ID: Country] = [:]
        for institution in dataset.institutions where countryOf[institution.id] == nil {
            countryOf[institution.id] = institution.country
        }
        var violations: [Violation] = []
        for forum in dataset.forums {
            for edition in forum.editions where edition.status == .held {
                let countries = edition.organizers.compactMap { countryOf[$0] }
                guard !countries.isEmpty, !countries.contains(edition.host) else { continue }
                violations.append(
                    Violation(
                        Self.code, "no organiser is from \(edition.host.name), the host",
                        at: .edition(edition.ordinal, of: forum.id)))
            }
        }
        return violations
    }
}

// The doc comment of `CooperationArea`: a value of one's own.
// swift-format-ignore: NeverForceUnwrap
extension CooperationArea {
    /// Water management.
    fileprivate static let water = CooperationArea(rawValue: "water")!
}

// The doc comment of `Edition.Level`.
// swift-format-ignore: NeverForceUnwrap
extension Edition.Level {
    fileprivate static let directorGeneral = Self(rawValue: "directorGeneral")!
}

// The doc comment of `ExternalIdentifier.Scheme`.
// swift-format-ignore: NeverForceUnwrap
extension ExternalIdentifier.Scheme {
    fileprivate static let myRegistry = Self(rawValue: "myRegistry")!
}

// The doc comment of `RuleCode`.
// swift-format-ignore: NeverForceUnwrap
extension RuleCode {
    fileprivate static let hostCity = RuleCode(
        "myorg.host-city", severity: .warning, summary: "an edition names no city")
}

// The doc comment of `Rule`.
// swift-format-ignore: NeverForceUnwrap
private struct CityIsNamedExample: ForumRule {
    static let code = RuleCode(
        "myorg.city-named", severity: .warning, summary: "an edition names no city")
    var codes: [RuleCode] { [Self.code] }

    func check(_ forum: Forum) -> [Violation] {
        forum.editions.filter { $0.city == nil }.map { edition in
            Violation(
                Self.code, "the \(edition.ordinalText) edition names no city",
                at: .edition(edition.ordinal, of: forum.id))
        }
    }
}

/// The documentation's examples: the landing page, the articles, the README and the library's
/// doc comments.
@Suite("Documentation examples")
struct DocumentationExampleTests {}

// MARK: - The landing page and the README

extension DocumentationExampleTests {
    @Suite("The landing page and the README")
    struct LandingPage {
        @Test("The landing page example runs: load, validate, plan, admit")
        func overview() throws {
            let catalog = try Catalog.dataset
            let report = catalog.validate()
            let hasErrors = report.hasErrors  // false
            let acknowledged = report.acknowledged.count  // 4 findings, kept on purpose
            #expect(hasErrors == false)
            #expect(acknowledged == 4)

            var checked = false
            if let forum = catalog.forum(Catalog.thinkTankForumID) {
                let plan = try forum.plan(through: 2033)
                let hosts = plan.map { "\($0.host.code) \($0.year)" }
                // ["KR 2026", "TJ 2027", "KR 2028", "TM 2029", "KR 2030", "KZ 2031", "KR 2032",
                //  "UZ 2033"]
                #expect(
                    hosts == [
                        "KR 2026", "TJ 2027", "KR 2028", "TM 2029", "KR 2030", "KZ 2031",
                        "KR 2032", "UZ 2033",
                    ])

                let decision = forum.evaluateAdmission(
                    candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")
                let admissible = decision.isAdmissible  // true: IICA is a member then
                #expect(admissible)
                checked = true
            }
            #expect(checked)
        }

        @Test("The README usage example runs and prints what its comments say")
        func readme() throws {
            try readmeExample()
        }

        @Test("The README's testing example generates valid datasets, a small and a sized one")
        func readmeTesting() throws {
            var generator = DatasetGenerator(seed: 2023)
            let dataset = try generator.dataset().dataset  // small and varied
            #expect(dataset.validate().violations.isEmpty)
            let big = try DatasetGenerator.dataset(  // one dataset of a given size
                of: .init(forums: 20, institutions: 200, events: 10_000, editions: 1_000), seed: 1)
            #expect(big.forums.count == 20 && big.institutions.count == 200)
            #expect(big.validate().violations.isEmpty)
            var random = SeededRandom(seed: 7)  // replayable random numbers
            var again = SeededRandom(seed: 7)
            #expect(random.next() == again.next())
        }
    }
}

/// The README's usage example, at file scope so that its lines keep the README's length.
private func readmeExample() throws {
    let catalog = try Catalog.dataset  // decoded once, sourced facts
    let report = catalog.validate()  // every rule of the forums' charters
    print(report.hasErrors, report.acknowledged.count)  // false 4: known deviations
    #expect(report.hasErrors == false)
    #expect(report.acknowledged.count == 4)

    var checked = false
    if let forum = catalog.forum(Catalog.thinkTankForumID) {
        let plan = try forum.plan(through: 2029)  // who hosts next, by reciprocity
        print(plan.map { "\($0.host.code) \($0.year)" })  // ["KR 2026", "TJ 2027", …]
        #expect(
            plan.map { "\($0.host.code) \($0.year)" } == [
                "KR 2026", "TJ 2027", "KR 2028", "TM 2029",
            ])
        let decision = forum.evaluateAdmission(
            candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")
        print(decision.isAdmissible)  // true: IICA is a member then
        #expect(decision.isAdmissible)
        checked = true
    }
    #expect(checked)
    let trade = catalog.growth(
        of: .tradeTurnover, between: .country(.korea), and: .centralAsia, from: 1992, to: 2023)
    print(trade?.description ?? "unknown")  // more than 666×
    #expect(trade?.description == "more than 666×")
}

// MARK: - Getting Started

extension DocumentationExampleTests {
    @Suite("Getting Started")
    struct GettingStarted {
        @Test("The Getting Started manifest names the package's two library products")
        func manifest() throws {
            let snippet = """
                dependencies: [
                    .package(url: "https://github.com/…/KoreaCentralAsia", from: "0.1.0"),
                ],
                targets: [
                    .executableTarget(
                        name: "MyTool",
                        dependencies: [
                            .product(name: "KoreaCentralAsia", package: "KoreaCentralAsia"),
                            .product(name: "KoreaCentralAsiaCatalog", package: "KoreaCentralAsia"),
                        ]),
                ]
                """
            let manifest = try String(
                contentsOf: DocumentationFiles.root.appendingPathComponent("Package.swift"),
                encoding: .utf8)
            for product in ["KoreaCentralAsia", "KoreaCentralAsiaCatalog"] {
                #expect(snippet.contains("name: \"\(product)\""))
                #expect(manifest.contains(".library(name: \"\(product)\""))
            }
            #expect(manifest.contains("name: \"KoreaCentralAsia\""))
        }

        @Test("The Getting Started example loads and validates the catalog")
        func loadAndValidate() throws {
            let catalog = try Catalog.dataset
            let report = catalog.validate()
            let hasErrors = report.hasErrors  // false
            let acknowledged = report.acknowledged.map(\.violation.code)
            // [.rotationFirstEdition, .rotationReciprocity, .admissionNoRecommendation,
            //  .sourcePredatesFact]
            let warnings = report.warnings.count  // 48, about gaps and disagreements in the record
            #expect(hasErrors == false)
            #expect(
                acknowledged == [
                    .rotationFirstEdition, .rotationReciprocity, .admissionNoRecommendation,
                    .sourcePredatesFact,
                ])
            #expect(warnings == 48)
        }

        @Test("The Getting Started example asks questions about the record")
        func questions() throws {
            let catalog = try Catalog.dataset
            var checked = false
            if let forum = catalog.forum(Catalog.thinkTankForumID) {
                let founders = forum.members(on: "2023-11-20").count  // 6
                let firstCity = forum.edition(1)?.city  // "Tashkent"
                #expect(founders == 6)
                #expect(firstCity == "Tashkent")
                checked = true
            }
            let uzbekistan = catalog.partnership(between: .korea, and: .uzbekistan)
            let level = uzbekistan?.level(on: "2020")  // .specialStrategicPartnership
            let trade = catalog.growth(
                of: .tradeTurnover, between: .country(.korea), and: .centralAsia,
                from: 1992, to: 2023)
            let growth = trade?.description  // "more than 666×"
            #expect(checked)
            #expect(level == .specialStrategicPartnership)
            #expect(growth == "more than 666×")
        }

        @Test("The Getting Started example plans the Think Tank Forum's next hosts")
        func plan() throws {
            let catalog = try Catalog.dataset
            var checked = false
            if let forum = catalog.forum(Catalog.thinkTankForumID) {
                let plan = try forum.plan(through: 2029)
                let hosts = plan.map { "\($0.host.code) \($0.year)" }
                // ["KR 2026", "TJ 2027", "KR 2028", "TM 2029"]
                let sides = plan.map(\.side)  // [.pivot, .group, .pivot, .group]
                #expect(hosts == ["KR 2026", "TJ 2027", "KR 2028", "TM 2029"])
                #expect(sides == [.pivot, .group, .pivot, .group])
                checked = true
            }
            #expect(checked)
        }

        @Test("The Getting Started example decides admission requests")
        func admission() throws {
            let catalog = try Catalog.dataset
            var checked = false
            if let forum = catalog.forum(Catalog.thinkTankForumID) {
                let accepted = forum.evaluateAdmission(
                    candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")
                let isAdmissible = accepted.isAdmissible  // true
                let members = accepted.admittedForum?.members(on: "2025-02").count  // 7
                #expect(isAdmissible)
                #expect(members == 7)

                let refused = forum.evaluateAdmission(
                    candidate: "isrs", recommendedBy: ["isrs"], on: "2025-01-10")
                let reasons = refused.violations.map(\.code)
                // [.admissionSelfRecommendation, .admissionNoRecommendation]
                #expect(refused.isAdmissible == false)
                #expect(reasons == [.admissionSelfRecommendation, .admissionNoRecommendation])
                checked = true
            }
            #expect(checked)
        }

        @Test("The Getting Started example reads and writes interchange documents")
        func readAndWrite() throws {
            let data = Catalog.json  // or the bytes of a file of your own
            let dataset = try Dataset(json: data)
            let bytes = try dataset.json()  // sorted keys, so that files diff cleanly
            let canonical = bytes == data  // true: the catalog is stored as json() writes it
            #expect(canonical)

            var refusal: DatasetDecodingError?
            do {
                _ = try Dataset(json: Data(#"{"schemaVersion": 4}"#.utf8))
            } catch {
                refusal = error
                let kind = error.kind  // .unsupportedSchemaVersion
                let path = error.path  // "schemaVersion"
                #expect(kind == .unsupportedSchemaVersion)
                #expect(path == "schemaVersion")
            }
            #expect(refusal != nil)
        }
    }
}

// MARK: - The Data Model

extension DocumentationExampleTests {
    @Suite("The Data Model")
    struct DataModel {
        @Test("The Data Model example of countries runs")
        func countries() throws {
            let kazakhstan = try Country("KZ")
            let same = kazakhstan == .kazakhstan  // true
            let alpha3 = kazakhstan.alpha3  // "KAZ"
            let capital = kazakhstan.capital  // "Astana"
            let korean = kazakhstan.localizedName(for: Locale(identifier: "ko"))  // "카자흐스탄"
            let azerbaijan = try Country("AZ")  // any assigned code is a country
            let outside = azerbaijan.profile == nil  // true: not one of the model's seven
            #expect(same)
            #expect(alpha3 == "KAZ")
            #expect(capital == "Astana")
            #expect(korean == "카자흐스탄")
            #expect(outside)

            var refused = false
            do {
                _ = try Country("kz")
            } catch {
                let message = error.message
                // "kz" is not an assigned ISO 3166-1 alpha-2 code (country codes are upper
                // case: "KZ")
                #expect(
                    message
                        == #""kz" is not an assigned ISO 3166-1 alpha-2 code (country codes are upper case: "KZ")"#
                )
                refused = true
            }
            #expect(refused)
        }

        @Test("The Data Model example of partial dates runs")
        func partialDates() throws {
            let year: PartialDate = "2024"
            let day: PartialDate = "2024-07-30"
            let before = year.definitelyPrecedes(day)  // false: 2024 may be that very day
            let overlap = year.mayOverlap(day)  // true
            let inside = year.contains(day)  // true
            let december: PartialDate = "2023-12"
            let earlier = december.definitelyPrecedes(year)  // true
            #expect(before == false)
            #expect(overlap)
            #expect(inside)
            #expect(earlier)
            let text = "2023-02-30"
            #expect(throws: ValueError.self) {
                _ = try PartialDate(text)  // throws: February 2023 has 28 days
            }
        }

        @Test("The Data Model example of typed identifiers runs")
        func identifiers() throws {
            let kaziss: Institution.ID = "kaziss"
            let forumID: Forum.ID = "korea-central-asia-think-tank-forum"
            // kaziss == forumID  // does not compile: an institution's id is not a forum's
            #expect(kaziss.rawValue == "kaziss")
            #expect(forumID.rawValue == "korea-central-asia-think-tank-forum")
            let slug = "KazISS"
            #expect(throws: ValueError.self) {
                _ = try Institution.ID(slug)  // throws: identifiers are lowercase slugs
            }
        }

        @Test("The Data Model example of a partnership runs")
        func partnership() {
            let koreaUzbekistan = Partnership(
                countries: (.korea, .uzbekistan),
                stages: [
                    .init(level: .diplomaticRelations, since: "1992-01-29"),
                    .init(level: .strategicPartnership, since: "2006-03"),
                    .init(level: .specialStrategicPartnership, since: "2019-04-19"),
                ])
            let in2010 = koreaUzbekistan.level(on: "2010")  // .strategicPartnership
            let current = koreaUzbekistan.currentLevel  // .specialStrategicPartnership
            let higher = Partnership.Level.comprehensivePartnership
                .isHigher(than: .mutuallyBeneficialPartnership)  // false: the same tier
            #expect(in2010 == .strategicPartnership)
            #expect(current == .specialStrategicPartnership)
            #expect(higher == false)
        }

        @Test("The Data Model example of a forum runs")
        func forum() throws {
            var forum = Forum(
                id: "korea-central-asia-think-tank-forum",
                name: "Korea–Central Asia Think Tank Forum", kind: .thinkTank,
                established: "2023-11-20", charter: .thinkTankForum,
                membership: Membership(events: [
                    .founded("kaziss", on: "2023-11-20"),
                    .founded("iica", on: "2023-11-20"),
                ]))
            forum.editions.append(
                try Edition(ordinal: 1, date: "2024-07-30", host: .uzbekistan, city: "Tashkent"))
            forum.membership.events.append(
                .admitted("isrs", on: "2025-01-10", recommendedBy: ["iica"]))
            forum.membership.events.append(
                .admitted(
                    "observer-institute", on: "2025-01-10", recommendedBy: ["kaziss"],
                    status: .participant))
            let members = forum.members(on: "2025")  // ["iica", "isrs", "kaziss"]
            let participants = forum.membership.participants(on: "2025")
            // ["observer-institute"]
            let next = try forum.plan(through: 2026).map(\.host)  // [.korea, .kazakhstan]
            #expect(members == ["iica", "isrs", "kaziss"])
            #expect(participants == ["observer-institute"])
            #expect(next == [.korea, .kazakhstan])
        }

        @Test("The Data Model example derives a charter from an agreement")
        func agreement() throws {
            let statement = try Agreement(
                id: "joint-statement-think-tank-forum-2023",
                title: "Joint Statement on Launching the Korea-Central Asia Think Tank Forum",
                kind: .jointStatement, date: "2023-11-20",
                place: Place(city: "Seoul", country: .korea),
                establishes: "korea-central-asia-think-tank-forum",
                provisions: [
                    .cadence(.annual),
                    .reciprocity(pivot: .korea, group: Country.centralAsia),
                    .firstEdition(year: 2024, host: .korea),
                    .admissionByRecommendation(minimumRecommenders: 1),
                ])
            let charter = statement.derivedCharter  // Charter.thinkTankForum
            #expect(charter == Charter.thinkTankForum)
        }

        @Test("The Data Model example of figures and growth runs")
        func figures() throws {
            let trade1992 = try Figure(amount: 15_000_000, currency: .usd, bound: .approximately)
            let trade2023 = try Figure(amount: 10_000_000_000, currency: .usd, bound: .moreThan)
            let growth = trade2023.growth(from: trade1992)
            let text = growth?.description  // "more than 666×"
            let claim600 = growth?.supports(claim: 600)  // true: "increased 600 times"
            let claim700 = growth?.supports(claim: 700)  // false
            #expect(text == "more than 666×")
            #expect(claim600 == true)
            #expect(claim700 == false)
        }

        @Test("The Data Model example of an open set runs")
        func openSet() {
            let topics: [CooperationArea] = [.climateChange, .waterManagement]
            let names = topics.map(\.rawValue)  // ["climateChange", "waterManagement"]
            #expect(names == ["climateChange", "waterManagement"])
        }
    }
}

// MARK: - Forum Rules

extension DocumentationExampleTests {
    @Suite("Forum Rules")
    struct ForumRules {
        /// The forum every example of the article starts from.
        static func makeForum() -> Forum {
            let forum = Forum(
                id: "think-tank-forum", name: "Korea–Central Asia Think Tank Forum",
                kind: .thinkTank, established: "2023-11-20", charter: .thinkTankForum,
                membership: Membership(events: [
                    .founded("kaziss", on: "2023-11-20"),
                    .founded("iica", on: "2023-11-20"),
                ]))
            return forum
        }

        @Test("The Forum Rules example shows how a violation reads")
        func reading() throws {
            let catalog = try Catalog.dataset
            let report = catalog.validate()
            let first = report.warnings.first?.description
            // "warning rotation.parity forums[korea-central-asia-cooperation-forum].editions[18]:
            //  the 18th edition (Uzbekistan, 2026) falls in an even year, which the rotation gives
            //  to the Republic of Korea (a practice rule from the 12th edition)"
            #expect(
                first
                    == "warning rotation.parity forums[korea-central-asia-cooperation-forum].editions[18]: the 18th edition (Uzbekistan, 2026) falls in an even year, which the rotation gives to the Republic of Korea (a practice rule from the 12th edition)"
            )
        }

        @Test("The Forum Rules example of an acknowledgement runs")
        func acknowledgement() throws {
            let forum = Self.makeForum()
            let stale = Dataset(acknowledgements: [
                Acknowledgement(
                    code: .rotationFirstEdition, subject: "forums[think-tank-forum].editions[1]",
                    note: "Held in Tashkent, not in Korea.")
            ])
            let unused = stale.validate().violations.map { "\($0.code) \($0.subject)" }
            // ["acknowledgement.unused acknowledgements[0]"]
            #expect(unused == ["acknowledgement.unused acknowledgements[0]"])

            var record = forum
            record.editions = [try Edition(ordinal: 1, date: "2024-07-30", host: .uzbekistan)]
            let kept = Dataset(forums: [record], acknowledgements: stale.acknowledgements)
            let report = RuleSet([RotationRule()]).validate(kept)
            let counted = report.violations.isEmpty  // true
            let notes = report.acknowledged.map(\.note)  // ["Held in Tashkent, not in Korea."]
            #expect(counted)
            #expect(notes == ["Held in Tashkent, not in Korea."])
        }

        @Test("The Forum Rules example of rotation.first-edition runs")
        func rotationFirstEdition() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [try Edition(ordinal: 1, date: "2024-07-30", host: .uzbekistan)]
            let violations = RotationRule().check(record)
            let codes = violations.map(\.code)  // [.rotationFirstEdition]
            let subject = violations.first?.subject  // "forums[think-tank-forum].editions[1]"
            let message = violations.first?.message
            // "the 1st edition was hosted by Uzbekistan in 2024; the charter set the Republic
            //  of Korea in 2024"
            #expect(codes == [.rotationFirstEdition])
            #expect(subject == "forums[think-tank-forum].editions[1]")
            #expect(
                message
                    == "the 1st edition was hosted by Uzbekistan in 2024; the charter set the Republic of Korea in 2024"
            )

            record.editions = [try Edition(ordinal: 1, date: "2024-09", host: .korea)]
            let none = RotationRule().check(record).isEmpty  // true: Korea, in 2024
            #expect(none)
        }

        @Test("The Forum Rules example of rotation.reciprocity runs")
        func rotationReciprocity() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 1, date: "2024", host: .korea),
                try Edition(ordinal: 2, date: "2025", host: .uzbekistan),
                try Edition(ordinal: 3, date: "2026", host: .kyrgyzstan),
            ]
            let found = RotationRule().check(record).map { "\($0.code) \($0.subject)" }
            // ["rotation.reciprocity forums[think-tank-forum].editions[3]"]
            #expect(found == ["rotation.reciprocity forums[think-tank-forum].editions[3]"])

            record.editions[2].host = .korea
            let alternating = RotationRule().check(record).isEmpty  // true
            #expect(alternating)
        }

        @Test("The Forum Rules example of rotation.out-of-turn runs")
        func rotationOutOfTurn() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 1, date: "2024", host: .korea),
                try Edition(ordinal: 2, date: "2025", host: .uzbekistan),
                try Edition(ordinal: 3, date: "2026", host: .korea),
                try Edition(ordinal: 4, date: "2027", host: .uzbekistan),
            ]
            let warning = RotationRule().check(record).first
            let code = warning?.code  // .rotationOutOfTurn
            let severity = warning?.severity  // .warning
            let subject = warning?.subject  // "forums[think-tank-forum].editions[4]"
            #expect(code == .rotationOutOfTurn)
            #expect(severity == .warning)
            #expect(subject == "forums[think-tank-forum].editions[4]")

            record.editions[3].host = .kazakhstan
            let inTurn = RotationRule().check(record).isEmpty  // true
            #expect(inTurn)
        }

        @Test("The Forum Rules example of rotation.host-outside-format runs")
        func rotationHostOutsideFormat() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 1, date: "2024", host: .korea),
                try Edition(ordinal: 2, date: "2025", host: .mongolia),
            ]
            let found = RotationRule().check(record).map { "\($0.code) \($0.subject)" }
            // ["rotation.host-outside-format forums[think-tank-forum].editions[2]"]
            #expect(
                found == ["rotation.host-outside-format forums[think-tank-forum].editions[2]"])
        }

        @Test("The Forum Rules example of cadence.duplicate-year runs")
        func cadenceDuplicateYear() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 1, date: "2024-03", host: .korea),
                try Edition(ordinal: 2, date: "2024-11", host: .uzbekistan),
            ]
            let found = CadenceRule().check(record).map { "\($0.code) \($0.subject)" }
            // ["cadence.duplicate-year forums[think-tank-forum].editions[2]"]
            #expect(found == ["cadence.duplicate-year forums[think-tank-forum].editions[2]"])

            record.editions[0].status = .cancelled
            let afterCancelling = CadenceRule().check(record).isEmpty  // true
            #expect(afterCancelling)
        }

        @Test("The Forum Rules example of cadence.gap runs")
        func cadenceGap() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 1, date: "2024", host: .korea),
                try Edition(ordinal: 2, date: "2026", host: .uzbekistan),
            ]
            let found = CadenceRule().check(record).map { "\($0.severity) \($0.subject)" }
            // ["warning forums[think-tank-forum].years[2025]"]
            #expect(found == ["warning forums[think-tank-forum].years[2025]"])
        }

        @Test("The Forum Rules example of edition.ordinal runs")
        func editionOrdinal() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 2, date: "2024-07-30", host: .uzbekistan),
                try Edition(ordinal: 1, date: "2025-06-13", host: .kyrgyzstan),
            ]
            let violation = EditionRule().check(record).first
            let subject = violation?.subject  // "forums[think-tank-forum].editions[1]"
            let message = violation?.message
            // "the 1st edition (2025-06-13) comes after the 2nd (2024-07-30); ordinals must
            //  increase with the date"
            #expect(subject == "forums[think-tank-forum].editions[1]")
            #expect(
                message
                    == "the 1st edition (2025-06-13) comes after the 2nd (2024-07-30); ordinals must increase with the date"
            )

            try record.editions[1].reschedule(to: "2024", endDate: nil)
            let undecided = EditionRule().check(record).isEmpty  // true: 2024 may be either
            #expect(undecided)
        }

        @Test("The Forum Rules example of edition.unrecorded runs")
        func editionUnrecorded() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [
                try Edition(ordinal: 1, date: "2024", host: .korea),
                try Edition(ordinal: 3, date: "2026", host: .korea),
            ]
            let found = EditionRule().check(record).map { "\($0.code) \($0.subject)" }
            // ["edition.unrecorded forums[think-tank-forum].editions[2]"]
            let reciprocity = RotationRule().check(record).isEmpty
            // true: the record cannot tell who hosted the 2nd
            #expect(found == ["edition.unrecorded forums[think-tank-forum].editions[2]"])
            #expect(reciprocity)
        }

        @Test("The Forum Rules example of admission.no-recommendation runs")
        func admissionNoRecommendation() {
            let forum = Self.makeForum()
            let decision = forum.evaluateAdmission(
                candidate: "isrs", recommendedBy: [], on: "2025-01-10")
            let admissible = decision.isAdmissible  // false
            let codes = decision.violations.map(\.code)  // [.admissionNoRecommendation]
            #expect(admissible == false)
            #expect(codes == [.admissionNoRecommendation])
        }

        @Test("The Forum Rules example of admission.recommender-not-member runs")
        func admissionRecommenderNotMember() {
            let forum = Self.makeForum()
            let byStranger = forum.evaluateAdmission(
                candidate: "isrs", recommendedBy: ["nisi"], on: "2025-01-10")
            let codes = byStranger.violations.map(\.code)  // [.admissionRecommenderNotMember]
            #expect(codes == [.admissionRecommenderNotMember])

            var record = forum
            record.membership.events.append(
                .admitted("nisi", on: "2024-05", recommendedBy: ["kaziss"], status: .participant))
            let byParticipant = record.evaluateAdmission(
                candidate: "isrs", recommendedBy: ["nisi"], on: "2025-01-10")
            let refused = !byParticipant.isAdmissible  // true: only members recommend
            #expect(refused)

            record.membership.events.append(
                .admitted("cser", on: "2025", recommendedBy: ["kaziss"]))
            let uncertain = record.evaluateAdmission(
                candidate: "isrs", recommendedBy: ["cser"], on: "2025-01-10")
            let accepted = uncertain.isAdmissible  // true: "2025" may be before 10 January
            #expect(accepted)
        }

        @Test("The Forum Rules example of admission.self-recommendation runs")
        func admissionSelfRecommendation() {
            let forum = Self.makeForum()
            let alone = forum.evaluateAdmission(
                candidate: "isrs", recommendedBy: ["isrs"], on: "2025-01-10")
            let codes = alone.violations.map(\.code)
            // [.admissionSelfRecommendation, .admissionNoRecommendation]
            let withMember = forum.evaluateAdmission(
                candidate: "isrs", recommendedBy: ["isrs", "iica"], on: "2025-01-10")
            let remaining = withMember.violations.map(\.code)  // [.admissionSelfRecommendation]
            #expect(codes == [.admissionSelfRecommendation, .admissionNoRecommendation])
            #expect(remaining == [.admissionSelfRecommendation])
        }

        @Test("The Forum Rules example of admission.already-member runs")
        func admissionAlreadyMember() {
            let forum = Self.makeForum()
            let again = forum.evaluateAdmission(
                candidate: "kaziss", recommendedBy: ["iica"], on: "2025-01-10")
            let codes = again.violations.map(\.code)  // [.admissionAlreadyMember]
            #expect(codes == [.admissionAlreadyMember])

            var record = forum
            record.membership.events.append(
                .admitted("nisi", on: "2024-05", recommendedBy: ["kaziss"], status: .participant))
            let promoted = record.evaluateAdmission(
                candidate: "nisi", recommendedBy: ["iica"], on: "2025-01-10")
            let isAdmissible = promoted.isAdmissible  // true: from participant to member
            #expect(isAdmissible)
        }

        @Test("The Forum Rules example of membership.not-a-member runs")
        func membershipNotAMember() {
            let forum = Self.makeForum()
            var record = forum
            record.membership.events.append(.withdrew("isrs", on: "2025-03"))
            let found = MembershipRule().check(record).map { "\($0.code) \($0.subject)" }
            // ["membership.not-a-member forums[think-tank-forum].membership[isrs@2025-03]"]
            #expect(
                found == [
                    "membership.not-a-member forums[think-tank-forum].membership[isrs@2025-03]"
                ])

            record.membership.events[2] = .withdrew("iica", on: "2025-03")
            let member = MembershipRule().check(record).isEmpty  // true
            #expect(member)
        }

        @Test("The Forum Rules example of reference.unknown runs")
        func referenceUnknown() {
            let forum = Self.makeForum()
            let dataset = Dataset(forums: [forum])
            let subjects = ReferenceRule().check(dataset).map(\.subject.path)
            // ["forums[think-tank-forum].membership[kaziss@2023-11-20]",
            //  "forums[think-tank-forum].membership[iica@2023-11-20]"]
            #expect(
                subjects == [
                    "forums[think-tank-forum].membership[kaziss@2023-11-20]",
                    "forums[think-tank-forum].membership[iica@2023-11-20]",
                ])
        }

        @Test("The Forum Rules example of reference.duplicate-id runs")
        func referenceDuplicateID() {
            let source = Source(
                id: "nca-2023-11-21", title: "Think tanks launch a forum", publisher: "nCa")
            let twice = Dataset(sources: [source, source])
            let found = ReferenceRule().check(twice).map { "\($0.code) \($0.subject)" }
            // ["reference.duplicate-id sources[nca-2023-11-21]"]
            #expect(found == ["reference.duplicate-id sources[nca-2023-11-21]"])
        }

        @Test("The Forum Rules example of chronology.before-establishment runs")
        func chronologyBeforeEstablishment() throws {
            let forum = Self.makeForum()
            var record = forum
            record.editions = [try Edition(ordinal: 1, date: "2023-06", host: .korea)]
            let codes = ChronologyRule().check(record).map(\.code)
            // [.chronologyBeforeEstablishment]
            #expect(codes == [.chronologyBeforeEstablishment])

            record.editions = [try Edition(ordinal: 1, date: "2023-11", host: .korea)]
            let mayBeSameDay = ChronologyRule().check(record).isEmpty  // true
            #expect(mayBeSameDay)
        }

        @Test("The Forum Rules example of partnership.self runs")
        func partnershipSelf() {
            let odd = Partnership(countries: (.korea, .korea), stages: [])
            let found = PartnershipRule().check(Dataset(partnerships: [odd]))
                .map { "\($0.code) \($0.subject)" }
            // ["partnership.self partnerships[KR-KR]"]
            #expect(found == ["partnership.self partnerships[KR-KR]"])
        }

        @Test("The Forum Rules example of partnership.chronology runs")
        func partnershipChronology() {
            let reversed = Partnership(
                countries: (.korea, .uzbekistan),
                stages: [
                    .init(level: .specialStrategicPartnership, since: "2019-04-19"),
                    .init(level: .strategicPartnership, since: "2006-03"),
                ])
            let found = PartnershipRule().check(Dataset(partnerships: [reversed]))
                .map { "\($0.code) \($0.subject)" }
            // ["partnership.chronology partnerships[KR-UZ]"]
            #expect(found == ["partnership.chronology partnerships[KR-UZ]"])
        }

        @Test("The Forum Rules example of indicator.amount runs")
        func indicatorAmount() throws {
            let negative = Indicator(
                id: "kr-uz-trade-turnover-2023", measure: .tradeTurnover,
                between: .country(.korea), and: .country(.uzbekistan), year: 2023,
                value: try Figure(amount: -2_500_000_000, currency: .usd, bound: .approximately))
            let found = IndicatorRule().check(Dataset(indicators: [negative]))
                .map { "\($0.code) \($0.subject)" }
            // ["indicator.amount indicators[kr-uz-trade-turnover-2023]"]
            #expect(found == ["indicator.amount indicators[kr-uz-trade-turnover-2023]"])
        }

        @Test("The Forum Rules example of agreement.charter-mismatch runs")
        func agreementCharterMismatch() throws {
            let forum = Self.makeForum()
            let statement = try Agreement(
                id: "joint-statement", title: "Joint Statement", kind: .jointStatement,
                date: "2023-11-20", establishes: "think-tank-forum",
                provisions: [.cadence(.annual), .firstEdition(year: 2024, host: .korea)])
            var record = forum
            record.establishedBy = "joint-statement"
            record.charters[0].charter.firstEdition = try Charter.FirstEdition(
                year: 2025, host: .uzbekistan)
            let mismatches = AgreementRule().check(
                Dataset(forums: [record], agreements: [statement]))
            let subjects = mismatches.map(\.subject.path)  // ["forums[think-tank-forum].charter"]
            let message = mismatches.first?.message
            // "the agreement sets the first edition in KR in 2024; the charter sets UZ in 2025,
            //  against "joint-statement""
            #expect(subjects == ["forums[think-tank-forum].charter"])
            #expect(
                message
                    == #"the agreement sets the first edition in KR in 2024; the charter sets UZ in 2025, against "joint-statement""#
            )
        }

        @Test("The Forum Rules example of source.missing runs")
        func sourceMissing() {
            let isrs = Institution(
                id: "isrs", name: "Institute for Strategic and Regional Studies", kind: .thinkTank,
                country: .uzbekistan)
            let found = SourceRule().check(Dataset(institutions: [isrs]))
                .map { "\($0.severity) \($0.code) \($0.subject)" }
            // ["warning source.missing institutions[isrs]"]
            #expect(found == ["warning source.missing institutions[isrs]"])
        }

        @Test("The Forum Rules example of source.unquoted runs")
        func sourceUnquoted() throws {
            let page = Source(
                id: "nca-2023-11-21", title: "Think tanks meet", publisher: "nCa",
                published: "2023-11-21", retrieved: "2026-12-05")
            let forum = Forum(
                id: "forum", name: "Forum", kind: .thinkTank, sources: ["nca-2023-11-21"])
            let unquoted = SourceRule().check(Dataset(sources: [page], forums: [forum]))
                .map { "\($0.code) \($0.subject)" }
            // ["source.unquoted sources[nca-2023-11-21]"]
            #expect(unquoted == ["source.unquoted sources[nca-2023-11-21]"])
            var quoted = page
            quoted.quotes = [try Source.Quote("Think tanks met.")]
            #expect(SourceRule().check(Dataset(sources: [quoted], forums: [forum])).isEmpty)
            quoted.retrieved = nil
            #expect(
                SourceRule().check(Dataset(sources: [quoted], forums: [forum])).map(\.code)
                    == [.sourceUnretrieved])
            #expect(SourceRule().check(Dataset(sources: [page])).isEmpty)
        }
    }
}

// MARK: - The Interchange Document

extension DocumentationExampleTests {
    @Suite("The Interchange Document")
    struct InterchangeDocument {
        @Test("The Interchange Document example decodes the smallest document")
        func smallest() throws {
            let text = """
                {
                  "schemaVersion": 1,
                  "sources": [], "institutions": [], "partnerships": [], "forums": [],
                  "agreements": [], "meetings": [], "indicators": []
                }
                """
            let empty = try Dataset(json: Data(text.utf8))
            let same = empty == Dataset()  // true
            #expect(same)
        }

        @Test("The Interchange Document example names the path of a refused value")
        func refusal() {
            let text = """
                {
                  "schemaVersion": 1,
                  "sources": [], "institutions": [], "forums": [], "agreements": [],
                  "meetings": [], "indicators": [],
                  "partnerships": [{"countries": ["KR", "kz"], "stages": []}]
                }
                """
            var refused: DatasetDecodingError?
            do {
                _ = try Dataset(json: Data(text.utf8))
            } catch {
                refused = error
                let kind = error.kind  // .invalidValue
                let path = error.path  // "partnerships[0].countries[1]"
                let reason = error.reason
                // "kz" is not an assigned ISO 3166-1 alpha-2 code (country codes are upper
                // case: "KZ")
                #expect(kind == .invalidValue)
                #expect(path == "partnerships[0].countries[1]")
                #expect(
                    reason
                        == #""kz" is not an assigned ISO 3166-1 alpha-2 code (country codes are upper case: "KZ")"#
                )
            }
            #expect(refused != nil)
        }

        @Test("The Interchange Document's JSON example decodes and validates as it says")
        func jsonExample() throws {
            let article = try String(
                contentsOf: DocumentationFiles.catalog.appendingPathComponent(
                    "Articles/TheInterchangeDocument.md"),
                encoding: .utf8)
            let examples = DocumentationFiles.codeBlocks(in: article, language: "json")
            #expect(examples.count == 1)
            for example in examples {
                let dataset = try Dataset(json: Data(example.utf8))
                let report = dataset.validate()
                #expect(report.violations.isEmpty, "\(report.violations)")
                #expect(
                    report.acknowledged.map(\.violation.subject) == [
                        "forums[korea-central-asia-think-tank-forum].editions[1]"
                    ])
                let catalog = try Catalog.dataset
                let forum = try #require(dataset.forum(Catalog.thinkTankForumID))
                #expect(forum.charter == catalog.forum(Catalog.thinkTankForumID)?.charter)
            }
        }

        @Test("The Interchange Document example round-trips a dataset")
        func roundTrip() throws {
            let catalog = try Catalog.dataset
            let compact = try catalog.json(prettyPrinted: false)
            let decoded = try Dataset(json: compact)
            let equal = decoded == catalog  // true
            let sorted = try catalog.json() == catalog.json()  // true: the same bytes every time
            #expect(equal)
            #expect(sorted)
        }
    }
}

// MARK: - The Catalog and Its Sources

extension DocumentationExampleTests {
    @Suite("The Catalog and Its Sources")
    struct CatalogAndSources {
        @Test("The Catalog article example lists the forums")
        func forums() throws {
            let catalog = try Catalog.dataset
            let forums = catalog.forums.map(\.id.rawValue)
            // ["korea-central-asia-business-council", "korea-central-asia-business-forum",
            //  "korea-central-asia-cooperation-expert-forum", "korea-central-asia-cooperation-forum",
            //  "korea-central-asia-parliamentary-speakers-meeting",
            //  "korea-central-asia-secretariat-executive-committee",
            //  "korea-central-asia-senior-officials-meeting", "korea-central-asia-summit",
            //  "korea-central-asia-think-tank-forum", "korea-central-asia-vice-ministers-meeting"]
            #expect(
                forums == [
                    "korea-central-asia-business-council", "korea-central-asia-business-forum",
                    "korea-central-asia-cooperation-expert-forum",
                    "korea-central-asia-cooperation-forum",
                    "korea-central-asia-parliamentary-speakers-meeting",
                    "korea-central-asia-secretariat-executive-committee",
                    "korea-central-asia-senior-officials-meeting", "korea-central-asia-summit",
                    "korea-central-asia-think-tank-forum",
                    "korea-central-asia-vice-ministers-meeting",
                ])
            #expect(
                Set(catalog.forums.map(\.id)).isSuperset(of: [
                    Catalog.cooperationForumID, Catalog.thinkTankForumID, Catalog.summitID,
                    Catalog.expertForumID,
                ]))
        }

        @Test("The Catalog article example traces a fact to its source")
        func provenance() throws {
            let catalog = try Catalog.dataset
            var checked = false
            if let statement = catalog.agreement("joint-statement-think-tank-forum-2023"),
                let id = statement.sources.first, let source = catalog.source(id)
            {
                let publisher = source.publisher  // "nCa (News Central Asia)"
                let published = source.published  // 2023-11-21
                #expect(publisher == "nCa (News Central Asia)")
                #expect(published == "2023-11-21")
                checked = true
            }
            #expect(checked)
        }

        @Test("The Catalog article example lists the acknowledged deviations and the warnings")
        func knownFindings() throws {
            let catalog = try Catalog.dataset
            let report = catalog.validate()
            let acknowledged = report.acknowledged.map(\.violation.subject)
            // ["forums[korea-central-asia-think-tank-forum].editions[1]",
            //  "forums[korea-central-asia-think-tank-forum].editions[2]",
            //  "forums[korea-central-asia-think-tank-forum].membership[tm-iir-strategic-centre@2024-07-30]",
            //  "forums[korea-central-asia-cooperation-forum].editions[10].claims[0]"]
            let warnings = report.warnings.map { "\($0.code) \($0.subject)" }
            // rotation.parity for the 18th edition; cadence.gap for 2008, 2010, 2011 and 2025;
            // edition.unrecorded for the 2nd, 4th and 5th editions of the Cooperation Forum and the
            // 2nd to 15th meetings of the Secretariat's executive committee; indicator.conflict for
            // Korea–Kazakhstan trade in 2020; source.unretrieved and source.unquoted for 7 sources;
            // edition.overdue for the Summit; source.undated for 9 sources;
            // edition.level-below-charter for the 10th edition
            #expect(
                acknowledged == [
                    "forums[korea-central-asia-think-tank-forum].editions[1]",
                    "forums[korea-central-asia-think-tank-forum].editions[2]",
                    "forums[korea-central-asia-think-tank-forum].membership[tm-iir-strategic-centre@2024-07-30]",
                    "forums[korea-central-asia-cooperation-forum].editions[10].claims[0]",
                ])
            #expect(warnings == CatalogTests.warnings)
        }

        @Test("The Catalog article example reads the raw document")
        func rawDocument() throws {
            let bytes = Catalog.json  // the interchange document, byte for byte as shipped
            let catalog = try Dataset(json: bytes)
            #expect(catalog == (try Catalog.dataset))
        }
    }
}

// MARK: - Writing Your Own Rule

extension DocumentationExampleTests {
    @Suite("Writing Your Own Rule")
    struct WritingYourOwnRule {
        @Test("The Writing Your Own Rule example finds nothing in the catalog")
        func onCatalog() throws {
            let catalog = try Catalog.dataset
            let report = catalog.validate(rules: .standard.adding(HostCountryOrganizes()))
            let mine = report.violations.filter { $0.code == HostCountryOrganizes.code }
            let none = mine.isEmpty  // true: every edition has an organiser from its host
            #expect(none)
            #expect(
                RuleSet.standard.adding(HostCountryOrganizes()).codes.contains(
                    HostCountryOrganizes.code))
        }

        @Test("An edition that no institution of its host country organised is reported")
        func hostCountryOrganizes() throws {
            let dataset = Dataset(
                institutions: [
                    Institution(
                        id: "kaziss", name: "KazISS", kind: .thinkTank, country: .kazakhstan)
                ],
                forums: [
                    Forum(
                        id: "think-tank-forum", name: "Think Tank Forum", kind: .thinkTank,
                        editions: [
                            try Edition(
                                ordinal: 1, date: "2024-07-30", host: .uzbekistan,
                                organizers: ["kaziss"])
                        ])
                ])
            let violations = RuleSet([HostCountryOrganizes()]).validate(dataset).violations
            #expect(violations.map(\.subject.path) == ["forums[think-tank-forum].editions[1]"])
            #expect(violations.first?.message == "no organiser is from Uzbekistan, the host")
        }

        @Test("The Writing Your Own Rule example acknowledges a violation of one's own code")
        func acknowledgingOwnCode() throws {
            var dataset = Dataset(
                institutions: [
                    Institution(
                        id: "kaziss", name: "KazISS", kind: .thinkTank, country: .kazakhstan)
                ],
                forums: [
                    Forum(
                        id: "think-tank-forum", name: "Think Tank Forum", kind: .thinkTank,
                        editions: [
                            try Edition(
                                ordinal: 1, date: "2024-07-30", host: .uzbekistan,
                                organizers: ["kaziss"])
                        ])
                ])
            dataset.acknowledgements.append(
                Acknowledgement(
                    code: HostCountryOrganizes.code,
                    subject: "forums[think-tank-forum].editions[1]",
                    note: "Organised from Astana on purpose."))
            let report = RuleSet([HostCountryOrganizes()]).validate(dataset)
            let clean = report.violations.isEmpty  // true
            let kept = report.acknowledged.count  // 1
            #expect(clean)
            #expect(kept == 1)
        }
    }
}

// MARK: - The examples of the library's doc comments

extension DocumentationExampleTests {
    @Suite("The results shown in the library's doc comments")
    struct DocComments {
        @Test("ValueError's example: an unassigned country code")
        func valueError() {
            #expect(throws: ValueError.self) { _ = try Country("XX") }
            do {
                _ = try Country("XX")
            } catch {
                #expect("\(error)" == #""XX" is not an assigned ISO 3166-1 alpha-2 code"#)
                #expect(error.kind == .countryCode)
            }
        }

        @Test("Country's examples: codes, profiles, the Central Asian five, localised names")
        func country() throws {
            let kazakhstan = try Country("KZ")
            #expect(kazakhstan == .kazakhstan)
            #expect(Country.kazakhstan.alpha3 == "KAZ")
            #expect(Country.kazakhstan.numericCode == "398")
            #expect(Country.kazakhstan.capital == "Astana")
            #expect(Country.centralAsia.count == 5)
            #expect(Country.korea.nameInProse == "the Republic of Korea")
            #expect(Country.uzbekistan.nameInProse == "Uzbekistan")
            #expect(Country.kazakhstan.localizedName(for: Locale(identifier: "ko")) == "카자흐스탄")
            #expect(Country.known.count == 7)
        }

        @Test("PartialDate's examples: intervals, containment, truncation and sort order")
        func partialDate() throws {
            let year: PartialDate = "2024"
            let day: PartialDate = "2024-06-01"
            #expect(year.definitelyPrecedes(day) == false)
            #expect(year.mayOverlap(day))
            #expect(year.contains(day))
            let text = "2023-02-30"
            #expect(throws: ValueError.self) { _ = try PartialDate(text) }
            for impossible in ["2023-02-30", "2023-13"] {
                #expect(throws: ValueError.self) { _ = try PartialDate(impossible) }
            }
            #expect(PartialDate("2023-12").definitelyPrecedes("2024"))
            #expect(PartialDate("2024").contains("2024-02-29"))
            #expect(PartialDate("2023-11-20").truncated(to: .month) == "2023-11")
            let sorted: [PartialDate] = ["2024-02", "2024-01-02", "2024-01-01", "2024-01", "2024"]
            #expect(sorted.sorted() == ["2024", "2024-01", "2024-01-01", "2024-01-02", "2024-02"])
            #expect(PartialDate("2024").dayCount == 366)
            #expect(PartialDate("2023-12").description == "2023-12")
        }

        @Test("Charter's example is the Think Tank Forum's charter")
        func charter() throws {
            let charter = Charter(
                cadence: .annual,
                rotation: try .init(pivot: .korea, group: Country.centralAsia),
                firstEdition: try .init(year: 2024, host: .korea),
                admission: try .init(minimumRecommenders: 1))
            #expect(charter == .thinkTankForum)
        }

        @Test("Charter.plan's example: KR, TJ, KR, TM, KR, KZ, KR, UZ through 2033")
        func charterPlan() throws {
            let forum = try #require(try Catalog.dataset.forum(Catalog.thinkTankForumID))
            let plan = try Charter.thinkTankForum.plan(after: forum.editions, through: 2033)
            #expect(plan.map(\.host.code) == ["KR", "TJ", "KR", "TM", "KR", "KZ", "KR", "UZ"])
            #expect(plan.map(\.year) == Array(2026...2033))
            #expect(plan.first?.ordinal == 3)
        }

        @Test("Forum.evaluateAdmission's example admits ISRS on IICA's recommendation")
        func admission() throws {
            let forum = try #require(try Catalog.dataset.forum(Catalog.thinkTankForumID))
            let decision = forum.evaluateAdmission(
                candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")
            let admitted = try #require(decision.admittedForum)
            #expect(admitted.members(on: "2025-02").contains("isrs"))
        }

        @Test("Forum's and Membership's examples: who is a member on a date")
        func membership() {
            let forum = Forum(
                id: "korea-central-asia-think-tank-forum",
                name: "Korea–Central Asia Think Tank Forum", kind: .thinkTank,
                established: "2023-11-20", charter: .thinkTankForum,
                membership: Membership(events: [.founded("kaziss", on: "2023-11-20")]))
            #expect(forum.members(on: "2024") == ["kaziss"])

            var membership = Membership(events: [
                .founded("kaziss", on: "2023-11-20"),
                .founded("iica", on: "2023-11-20"),
            ])
            membership.events.append(.admitted("isrs", on: "2025-01-10", recommendedBy: ["iica"]))
            #expect(Set(membership.standings(on: "2025").keys) == ["iica", "isrs", "kaziss"])
            #expect(membership.standings(on: "2025").values.allSatisfy { $0 == .member })

            // standings(on:): an event of "2024-06-01" counts for "2024"; one of "2024" counts
            // for "2024-01-01".
            let dated = Membership(events: [
                .founded("a", on: "2024-06-01"), .founded("b", on: "2024"),
            ])
            #expect(dated.members(on: "2024") == ["a", "b"])
            #expect(dated.members(on: "2024-01-01") == ["b"])
            #expect(Membership.Event.founded("kaziss", on: "2023-11-20").key == "kaziss@2023-11-20")
        }

        @Test("MembershipIndex's example: KazISS is a member on 30 July 2024")
        func membershipIndex() throws {
            let forum = try #require(try Catalog.dataset.forum(Catalog.thinkTankForumID))
            let index = MembershipIndex(forum.membership)
            #expect(index.standing(of: "kaziss", on: "2024-07-30") == .member)
            #expect(index.standing(of: "isrs", on: "2024-07-30") == .outsider)
        }

        @Test("Edition.ordinalText's examples: 1st, 2nd, 3rd, 11th, 22nd")
        func ordinalText() {
            #expect(
                [1, 2, 3, 11, 22].map(Edition.ordinalText) == ["1st", "2nd", "3rd", "11th", "22nd"])
        }

        @Test("Partnership's examples: the level on a date, and the subject key")
        func partnership() {
            let uzbekistan = Partnership(
                countries: (.korea, .uzbekistan),
                stages: [
                    .init(level: .diplomaticRelations, since: "1992-01-29"),
                    .init(level: .strategicPartnership, since: "2006-03"),
                    .init(level: .specialStrategicPartnership, since: "2019-04-19"),
                ])
            #expect(uzbekistan.level(on: "2010") == .strategicPartnership)
            #expect(uzbekistan.level(on: "2019") == .specialStrategicPartnership)
            #expect(uzbekistan.key == "KR-UZ")
            #expect(Subject.partnership(uzbekistan).path == "partnerships[KR-UZ]")
        }

        @Test("Figure's and Growth's examples: more than 666×, and the other bounds")
        func growth() throws {
            let trade2023 = try Figure(amount: 10_000_000_000, currency: .usd, bound: .moreThan)
            let trade1992 = try Figure(amount: 15_000_000, currency: .usd, bound: .approximately)
            let growth = trade2023.growth(from: trade1992)
            #expect(growth?.description == "more than 666×")
            #expect(growth?.supports(claim: 600) == true)
            #expect(growth?.supports(claim: 700) == false)
            #expect(Growth(factor: 1.5, bound: .approximately).description == "about 1.5×")
            #expect(Growth(factor: 1.5, bound: .approximately).percentChange == 50)
            #expect(Growth(factor: 2, bound: .lessThan).description == "less than 2×")
            #expect(Growth(factor: 3, bound: .exact).description == "3×")
        }

        @Test("Dataset.growth's example: Korea–Central Asia trade from 1992 to 2023")
        func datasetGrowth() throws {
            let catalog = try Catalog.dataset
            let growth = catalog.growth(
                of: .tradeTurnover, between: .country(.korea), and: .centralAsia, from: 1992,
                to: 2023)
            #expect(growth?.description == "more than 666×")
        }

        @Test("Dataset's examples: decode, validate, encode")
        func dataset() throws {
            let data = Catalog.json
            let dataset = try Dataset(json: data)
            let report = dataset.validate()
            let bytes = try dataset.json()
            #expect(report.hasErrors == false)
            #expect(report.errors.isEmpty)
            #expect(try Dataset(json: bytes) == dataset)
        }

        @Test("DatasetDecodingError's example: forums[0].editions[3].host")
        func decodingError() throws {
            let forum = Forum(
                id: "think-tank-forum", name: "Think Tank Forum", kind: .thinkTank,
                editions: [
                    try Edition(ordinal: 1, date: "2024", host: .korea),
                    try Edition(ordinal: 2, date: "2025", host: .uzbekistan),
                    try Edition(ordinal: 3, date: "2026", host: .korea),
                    try Edition(ordinal: 4, date: "2027", host: .tajikistan),
                ])
            let valid = try String(decoding: Dataset(forums: [forum]).json(), as: UTF8.self)
            let text = valid.replacingOccurrences(of: #""TJ""#, with: #""XX""#)
            do {
                _ = try Dataset(json: Data(text.utf8))
                Issue.record("the document decoded")
            } catch {
                #expect(error.path == "forums[0].editions[3].host")
                #expect(
                    "\(error)"
                        == #"forums[0].editions[3].host: "XX" is not an assigned ISO 3166-1 alpha-2 code"#
                )
            }
        }

        @Test("Currency's example, Place's and Violation's descriptions, Subject's paths")
        func smallValues() throws {
            #expect(try Currency("USD") == .usd)
            #expect(
                Place(city: "Tashkent", country: .uzbekistan).description == "Tashkent, Uzbekistan")
            #expect(Place(country: .uzbekistan).description == "Uzbekistan")
            let violation = Violation(
                .rotationReciprocity, "both hosted by the group",
                at: .edition(2, of: "think-tank-forum"))
            #expect(
                violation.description
                    == "error rotation.reciprocity forums[think-tank-forum].editions[2]: both hosted by the group"
            )
            #expect(Subject.forum("think-tank-forum").path == "forums[think-tank-forum]")
            #expect(
                Subject.membershipEvent(
                    .founded("kaziss", on: "2023-11-20"), of: "think-tank-forum"
                ).path == "forums[think-tank-forum].membership[kaziss@2023-11-20]")
            #expect(Indicator.Economy.country(.uzbekistan).name == "Uzbekistan")
            #expect(Indicator.Economy.centralAsia.name == "Central Asia")
            #expect(Indicator.Economy.centralAsia.description == "centralAsia")
        }

        @Test("The open sets' examples: values of one's own are valid")
        func openSets() {
            #expect(CooperationArea.water.rawValue == "water")
            #expect(Edition.Level.directorGeneral.rawValue == "directorGeneral")
            #expect(ExternalIdentifier.Scheme.myRegistry.rawValue == "myRegistry")
            #expect(RuleCode.hostCity.rawValue == "myorg.host-city")
            #expect(CooperationArea(rawValue: "Water") == nil)
            #expect(RuleCode(rawValue: "hostcity") == nil)
        }

        @Test("Rule's example: a rule of one's own joins the standard set")
        func rule() throws {
            let catalog = try Catalog.dataset
            let report = catalog.validate(rules: .standard.adding(CityIsNamedExample()))
            let mine = report.violations.filter { $0.code == CityIsNamedExample.code }
            let expected = catalog.forums.flatMap { forum in
                forum.editions.filter { $0.city == nil }.map {
                    Subject.edition($0.ordinal, of: forum.id).path
                }
            }
            #expect(!expected.isEmpty)
            #expect(mine.map(\.subject.path) == expected)
            #expect(mine.allSatisfy { $0.severity == .warning })
        }

        @Test("Acknowledgement's example matches the catalog's first acknowledged deviation")
        func acknowledgement() throws {
            let firstEdition = Acknowledgement(
                code: .rotationFirstEdition,
                subject: "forums[korea-central-asia-think-tank-forum].editions[1]",
                note: "The Joint Statement set Korea in 2024; the forum first met in Tashkent.",
                sources: ["nca-2024-07-31-think-tank-forum"])
            let acknowledged = try Catalog.dataset.validate().acknowledged.map(\.violation)
            #expect(
                acknowledged.contains {
                    $0.code == firstEdition.code && $0.subject == firstEdition.subject
                })
        }

        @Test("Catalog's example: the Think Tank Forum is there")
        func catalog() throws {
            let catalog = try Catalog.dataset
            let forum = catalog.forum(Catalog.thinkTankForumID)
            let name = forum?.name  // "Korea–Central Asia Think Tank Forum"
            #expect(name == "Korea–Central Asia Think Tank Forum")
        }
    }
}

// MARK: - Time, Evidence and Claims

extension DocumentationExampleTests {
    @Suite("Time, Evidence and Claims")
    struct TimeEvidenceAndClaims {
        @Test(
            "The record as of a date: overdue as of November, not as of September, not without a date"
        )
        func recordDate() throws {
            let summit = Forum(
                id: "summit", name: "Korea–Central Asia Summit", kind: .summit,
                editions: [
                    try Edition(
                        ordinal: 1, date: "2026-09-16", endDate: "2026-09-17", host: .korea,
                        status: .planned)
                ])
            let record = Dataset(asOf: "2026-11-26", forums: [summit])
            let overdue = record.validate().violations.map(\.code)  // [edition.overdue]
            let before = record.validate(asOf: "2026-09").violations  // []: it may still be ahead
            let undated = record.validateWithoutTimeRules().violations  // []: no date, no time rule
            #expect(overdue.contains(.editionOverdue))
            #expect(!before.map(\.code).contains(.editionOverdue))
            #expect(!undated.map(\.code).contains(.editionOverdue))
        }

        @Test("What a source can attest: the 14th edition cites only a source of 2019")
        func evidence() throws {
            let ministry = Source(
                id: "mofa-320762", title: "Outcome of 12th ROK-Central Asia Cooperation Forum",
                publisher: "Ministry of Foreign Affairs of Korea", published: "2019-10-17")
            let forum = Forum(
                id: "cooperation-forum", name: "Korea–Central Asia Cooperation Forum",
                kind: .ministerial,
                editions: [
                    try Edition(
                        ordinal: 14, date: "2021-11-30", host: .tajikistan, sources: ["mofa-320762"]
                    )
                ],
                sources: ["mofa-320762"])
            let cited = Dataset(asOf: "2026-11-26", sources: [ministry], forums: [forum])
            let message = cited.validate().errors.first?.message
            #expect(
                message
                    == "the 14th edition (2021-11-30) cites only mofa-320762, published 2019-10-17; a text cannot attest what had not happened when it was written"
            )
        }

        @Test("Claims that disagree are all kept, and reported as a conflict")
        func claims() throws {
            let herald = Indicator(
                id: "trade-kr-kz-2020-herald", measure: .tradeTurnover,
                between: .country(.korea), and: .country(.kazakhstan), year: 2020,
                value: try Figure(amount: 3_080_000_000, currency: .usd, bound: .exact))
            let astana = Indicator(
                id: "trade-kr-kz-2020-astana", measure: .tradeTurnover,
                between: .country(.kazakhstan), and: .country(.korea), year: 2020,
                value: try Figure(amount: 5_900_000_000, currency: .usd, bound: .approximately))
            let trade = Dataset(indicators: [herald, astana])
            let claims = trade.claims(
                of: .tradeTurnover, between: .country(.korea), and: .country(.kazakhstan),
                year: 2020)
            let ids = claims.map(\.id)  // ["trade-kr-kz-2020-astana", "trade-kr-kz-2020-herald"]
            let conflict = IndicatorRule().check(trade).map(\.code)  // [indicator.conflict]
            let agree = try Figure(amount: 10_000_000_000, currency: .usd, bound: .moreThan)
                .agrees(with: try Figure(amount: 10_300_000_000, currency: .usd))  // true
            #expect(ids == ["trade-kr-kz-2020-astana", "trade-kr-kz-2020-herald"])
            #expect(conflict == [.indicatorConflict])
            #expect(agree)
        }

        @Test("Names in every language: by tag, with a fallback, and found by any name")
        func names() throws {
            let foundation = Institution(
                id: "korea-foundation", name: "Korea Foundation", acronym: "KF", kind: .foundation,
                country: .korea,
                names: [try LocalizedName("한국국제교류재단", language: .korean)])
            let korean = foundation.name(in: .korean)  // "한국국제교류재단"
            let tajik = foundation.name(in: "tg")  // "Korea Foundation"
            let found = Dataset(institutions: [foundation]).institutions(matching: "한국국제교류재단")
                .map(\.id)  // ["korea-foundation"]
            #expect(korean == "한국국제교류재단")
            #expect(tajik == "Korea Foundation")
            #expect(found == ["korea-foundation"])
        }
    }
}

// MARK: - The documentation and these tests agree

extension DocumentationExampleTests {
    @Suite("The documentation's code is the tested code")
    struct Sync {
        @Test("Every Swift code block of the DocC catalog and the README appears in these tests")
        func everyBlockIsTested() throws {
            // This file and the other tests of its folder (ExportDocumentationExampleTests).
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".swift") }.sorted()
            let testLines = try files.flatMap { name in
                try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .compactMap(DocumentationFiles.normalized)
            }
            var blocks = 0
            for file in try DocumentationFiles.markdownFiles() {
                let text = try String(contentsOf: file, encoding: .utf8)
                for block in DocumentationFiles.swiftBlocks(in: text) {
                    blocks += 1
                    let tested = DocumentationFiles.appears(block.lines, in: testLines)
                    #expect(
                        tested,
                        """
                        The Swift code block at \(file.lastPathComponent):\(block.line) is not \
                        in DocumentationExampleTests.swift; copy it into a test that checks \
                        its results.
                        """)
                }
            }
            #expect(blocks >= 30, "only \(blocks) Swift code blocks were found")
        }

        @Test("The DocC catalog has the landing page and every article")
        func articles() throws {
            let catalog = DocumentationFiles.catalog
            let expected = [
                "KoreaCentralAsia.md": "# ``KoreaCentralAsia``",
                "Articles/GettingStarted.md": "# Getting Started",
                "Articles/TheDataModel.md": "# The Data Model",
                "Articles/ForumRules.md": "# Forum Rules",
                "Articles/TimeEvidenceAndClaims.md": "# Time, Evidence and Claims",
                "Articles/TheInterchangeDocument.md": "# The Interchange Document",
                "Articles/TheCatalogAndItsSources.md": "# The Catalog and Its Sources",
                "Articles/WritingYourOwnRule.md": "# Writing Your Own Rule",
            ]
            for (path, title) in expected.sorted(by: { $0.key < $1.key }) {
                let text = try String(
                    contentsOf: catalog.appendingPathComponent(path), encoding: .utf8)
                #expect(text.hasPrefix(title + "\n"), "\(path) does not start with \(title)")
            }
        }

        @Test("The Forum Rules article documents every code of the standard rule set")
        func everyRuleCode() throws {
            let text = try String(
                contentsOf: DocumentationFiles.catalog.appendingPathComponent(
                    "Articles/ForumRules.md"),
                encoding: .utf8)
            for code in RuleSet.standard.codes {
                #expect(text.contains("### `\(code)`"), "no section for \(code)")
                #expect(
                    text.contains("| `\(code)` | \(code.severity) |"),
                    "the table of codes does not give \(code) its severity, \(code.severity)")
            }
        }
    }
}

/// The documentation's files, read from the source tree.
enum DocumentationFiles {
    /// The repository's root: this file is Tests/KoreaCentralAsiaTests/Documentation/….
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The DocC catalog.
    static var catalog: URL { root.appendingPathComponent("Documentation/KoreaCentralAsia.docc") }

    /// Every Markdown file of the DocC catalog, sorted, and the README.
    static func markdownFiles() throws -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        let enumerator = FileManager.default.enumerator(
            at: catalog, includingPropertiesForKeys: keys)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "md" { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        let readme = root.appendingPathComponent("README.md")
        if FileManager.default.fileExists(atPath: readme.path) { files.append(readme) }
        return files
    }

    /// The Swift code blocks of a Markdown text: the line of each opening fence, and the block's
    /// normalised lines.
    static func swiftBlocks(in text: String) -> [(line: Int, lines: [String])] {
        var blocks: [(line: Int, lines: [String])] = []
        var current: (line: Int, lines: [String])?
        var inOtherBlock = false
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var block = current {
                if line == "```" {
                    blocks.append(block)
                    current = nil
                } else {
                    if let normalized = normalized(raw) { block.lines.append(normalized) }
                    current = block
                }
            } else if inOtherBlock {
                if line == "```" { inOtherBlock = false }
            } else if line == "```swift" {
                current = (number + 1, [])
            } else if line.hasPrefix("```") {
                inOtherBlock = true
            }
        }
        return blocks
    }

    /// The raw text of the code blocks of one language in a Markdown text.
    static func codeBlocks(in text: String, language: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let lines = current {
                if trimmed == "```" {
                    blocks.append(lines.joined(separator: "\n"))
                    current = nil
                } else {
                    current = lines + [line]
                }
            } else if trimmed == "```" + language {
                current = []
            }
        }
        return blocks
    }

    /// A line without its comment and indentation, or `nil` for a line with no code or an
    /// import.
    static func normalized(_ line: Substring) -> String? {
        var text = String(line)
        if let comment = text.range(of: #"(^|\s)//.*$"#, options: .regularExpression) {
            text.removeSubrange(comment)
        }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.hasPrefix("import ") { return nil }
        return text
    }

    /// Whether the lines of a block appear in order in `lines`, each within `maximumGap` lines of
    /// the one before (room for the checks a test adds between them).
    static func appears(_ block: [String], in lines: [String], maximumGap: Int = 16) -> Bool {
        guard let first = block.first else { return true }
        for start in lines.indices where lines[start] == first {
            var position = start
            var found = true
            for line in block.dropFirst() {
                let window = (position + 1)..<min(lines.count, position + 1 + maximumGap)
                guard let next = window.first(where: { lines[$0] == line }) else {
                    found = false
                    break
                }
                position = next
            }
            if found { return true }
        }
        return false
    }
}
