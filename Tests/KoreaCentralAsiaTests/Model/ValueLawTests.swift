import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

/// One law for values: what a public initialiser can make, `JSONEncoder` writes and
/// `JSONDecoder` reads back equal, and `Dataset.json()` with `Dataset(json:)` too; what the
/// decoder refuses, no initialiser makes.
@Suite(
    "One law for values: what Swift builds, its JSON reads back equal; what JSON refuses, Swift cannot build"
)
struct ValueLawTests {
    /// `value` through `JSONEncoder` and `JSONDecoder`.
    static func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: try JSONEncoder().encode(value))
    }

    /// Every entity of a dataset through its own JSON, one type at a time.
    static func expectEveryEntityRoundTrips(_ dataset: Dataset) throws {
        func check<Entity: Codable & Equatable>(_ entities: [Entity], _ name: String) throws {
            for (index, entity) in entities.enumerated() {
                #expect(try roundTrip(entity) == entity, "\(name)[\(index)]")
            }
        }
        try check(dataset.sources, "sources")
        try check(dataset.institutions, "institutions")
        try check(dataset.partnerships, "partnerships")
        try check(dataset.forums, "forums")
        try check(dataset.forums.flatMap(\.editions), "editions")
        try check(dataset.forums.flatMap(\.charters), "charters")
        try check(dataset.forums.flatMap(\.membership.events), "membership events")
        try check(dataset.agreements, "agreements")
        try check(dataset.agreements.flatMap(\.provisions), "provisions")
        try check(dataset.meetings, "meetings")
        try check(dataset.indicators, "indicators")
        try check(dataset.initiatives, "initiatives")
        try check(dataset.acknowledgements, "acknowledgements")
        try check(dataset.formats, "formats")
        #expect(try Dataset(json: try dataset.json()) == dataset)
    }

    @Test(
        "Every entity type of a generated dataset round-trips equal through its JSON",
        arguments: 0..<12 as Range<UInt64>)
    func generatedEntities(seed: UInt64) throws {
        var generator = DatasetGenerator(seed: seed)
        try Self.expectEveryEntityRoundTrips(try generator.dataset().dataset)
    }

    /// A table of rotations: each rule with each of its parameters, and the group's edges.
    static let rotations: [Charter.Rotation] = valid {
        try [
            .reciprocal(pivot: .country(.korea), group: Country.centralAsia),
            .reciprocal(pivot: .country(.korea), group: [.kazakhstan], order: .alphabetical),
            .reciprocal(pivot: .organization("eu"), group: Country.centralAsia, order: .free),
            .parity(pivot: .country(.korea), group: Country.centralAsia, pivotYears: .even),
            .parity(pivot: .country(.korea), group: [.uzbekistan], pivotYears: .odd),
            .chairmanship(pivot: .country(.mongolia), group: Country.centralAsia, termYears: 1),
            .chairmanship(pivot: .country(.mongolia), group: [.kazakhstan], termYears: 100),
        ]
    }

    @Test(
        "Each rotation rule with each of its parameters round-trips equal: a parity rotation keeps its order",
        arguments: rotations)
    func rotationRoundTrip(rotation: Charter.Rotation) throws {
        #expect(try Self.roundTrip(rotation) == rotation)
        let charter = Charter(cadence: .annual, rotation: rotation)
        #expect(try Self.roundTrip(charter) == charter)
        var forum = Forum(id: "forum", name: "Forum", kind: .summit, sources: ["s"])
        forum.charters = [CharterPeriod(charter: charter)]
        let dataset = Dataset(forums: [forum])
        #expect(try Dataset(json: try dataset.json()) == dataset)
    }

    @Test("A parity rotation's order is the listed order, built in Swift as decoded from JSON")
    func parityOrder() throws {
        let built = try Charter.Rotation.parity(
            pivot: .country(.korea), group: Country.centralAsia, pivotYears: .even)
        #expect(built.order == .listed)
        #expect(built.kind == .parity)
        #expect(built.pivotYears == .even)
        #expect(built.termYears == nil)
        let decoded = try JSONDecoder().decode(
            Charter.Rotation.self,
            from: Data(
                #"{"rule": "parity", "pivot": "KR", "group": ["KZ"], "pivotYears": "even"}"#.utf8))
        #expect(decoded.order == .listed)
        #expect(decoded.rule == .parity(pivotYears: .even))
    }

    @Test(
        "A rotation's rule carries its parameters, and an order belongs to a reciprocal rotation only",
        arguments: [
            #"{"rule": "parity", "pivot": "KR", "group": ["KZ"]}"#,
            #"{"rule": "chairmanship", "pivot": "KR", "group": ["KZ"]}"#,
            #"{"rule": "reciprocal", "pivot": "KR", "group": ["KZ"], "termYears": 2}"#,
            #"{"rule": "parity", "pivot": "KR", "group": ["KZ"], "pivotYears": "odd", "order": "free"}"#,
            #"{"rule": "chairmanship", "pivot": "KR", "group": ["KZ"], "termYears": 0}"#,
        ])
    func rotationRefusals(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Charter.Rotation.self, from: Data(json.utf8))
        }
    }

    @Test(
        "A chairmanship term outside 1 to 100 years cannot be built, as it cannot be decoded",
        arguments: [0, -1, 101, Int.min, Int.max])
    func chairmanshipTerm(years: Int) {
        #expect(throws: ValueError.self) {
            try Charter.Rotation.chairmanship(
                pivot: .country(.mongolia), group: [.kazakhstan], termYears: years)
        }
    }

    @Test(
        "A first edition's year outside 1 to 9999 cannot be built, as it cannot be decoded",
        arguments: [(0, false), (1, true), (9999, true), (10_000, false), (Int.min, false)])
    func firstEditionYear(year: Int, isValid: Bool) throws {
        let first = try? Charter.FirstEdition(year: year, host: .korea)
        #expect((first != nil) == isValid)
        if let first { #expect(try Self.roundTrip(first) == first) }
    }

    @Test(
        "A provision's first-edition year outside 1 to 9999 cannot be built, as it cannot be decoded",
        arguments: [
            (0, false), (1, true), (2024, true), (9999, true), (10_000, false), (Int.max, false),
        ])
    func provisionFirstEditionYear(year: Int, isValid: Bool) throws {
        let provision = try? Provision.firstEdition(year: year, host: .korea)
        #expect((provision != nil) == isValid)
        if let provision { #expect(try Self.roundTrip(provision) == provision) }
        let json = #"{"provision":"firstEdition","year":\#(year),"host":"KR"}"#
        let decoded = try? JSONDecoder().decode(Provision.self, from: Data(json.utf8))
        #expect(decoded == provision)
    }

    @Test(
        "A provision's minimum of recommenders outside 0 to 1000 cannot be built, as it cannot be decoded",
        arguments: [
            (-1, false), (0, true), (1, true), (1000, true), (1001, false), (Int.min, false),
        ])
    func provisionMinimumRecommenders(minimum: Int, isValid: Bool) throws {
        let provision = try? Provision.admissionByRecommendation(minimumRecommenders: minimum)
        #expect((provision != nil) == isValid)
        if let provision { #expect(try Self.roundTrip(provision) == provision) }
        let json = #"{"provision":"admissionByRecommendation","minimumRecommenders":\#(minimum)}"#
        let decoded = try? JSONDecoder().decode(Provision.self, from: Data(json.utf8))
        #expect(decoded == provision)
    }

    @Test(
        "A figure that is not finite or of magnitude 10^18 or more cannot be built, as it cannot be decoded",
        arguments: [
            (1e19, false), (1e18, false), (-1e18, false), (.nan, false), (.infinity, false),
            (999_999_999_999_999_872, true), (-5, true), (0, true), (.leastNonzeroMagnitude, true),
        ] as [(Double, Bool)])
    func figureAmount(amount: Double, isValid: Bool) throws {
        let figure = try? Figure(amount: amount, currency: .usd, bound: .approximately)
        #expect((figure != nil) == isValid)
        if let figure { #expect(try Self.roundTrip(figure) == figure) }
    }

    @Test("A forum's charter is the last period's; changing rules goes through its periods")
    func charterOfPeriods() throws {
        var forum = Forum(
            id: "forum", name: "Forum", kind: .ministerial, charter: .thinkTankForum,
            sources: ["s"])
        forum.charters.append(
            CharterPeriod(from: .edition(3), charter: Charter(cadence: .biennial)))
        #expect(forum.charter == Charter(cadence: .biennial))
        forum.charters[1].charter.admission = try .init(minimumRecommenders: 2)
        #expect(forum.charters.count == 2)
        #expect(forum.charters[0].charter == .thinkTankForum)
        #expect(forum.charter?.admission?.minimumRecommenders == 2)
    }
}

@Suite("A violation's subject is a Subject, matched and ordered by value, written as its path")
struct SubjectValueTests {
    @Test("A subject is its path in JSON, and equals a literal of that path")
    func subjectJSON() throws {
        let subject = Subject.edition(2, of: "think-tank-forum")
        #expect(subject == "forums[think-tank-forum].editions[2]")
        #expect(subject != "forums[think-tank-forum].editions[3]")
        let json = try JSONEncoder().encode([subject])
        #expect(
            String(decoding: json, as: UTF8.self) == #"["forums[think-tank-forum].editions[2]"]"#)
        #expect(try JSONDecoder().decode([Subject].self, from: json) == [subject])
        #expect([Subject.forum("b"), Subject.forum("a")].sorted() == [.forum("a"), .forum("b")])
    }

    @Test("An acknowledgement matches a violation by its code and subject, not by joined text")
    func matchingByValue() {
        // Joined with a space, "a.b c" + "d" and "a.b" + "c d" were one key.
        let violation = Violation(
            code: .cadenceGap, severity: .warning, message: "m", subject: Subject(path: "x y"))
        struct Fixed: Rule {
            let violation: Violation
            var codes: [RuleCode] { [violation.code] }
            func check(_ dataset: Dataset) -> [Violation] { [violation] }
        }
        let acknowledged = Dataset(acknowledgements: [
            Acknowledgement(code: .cadenceGap, subject: "x y", note: "known")
        ]).validate(rules: RuleSet([Fixed(violation: violation)]))
        #expect(acknowledged.acknowledged.map(\.violation) == [violation])
        let other = Dataset(acknowledgements: [
            Acknowledgement(code: .cadenceGap, subject: "x", note: "another")
        ]).validate(rules: RuleSet([Fixed(violation: violation)]))
        #expect(other.acknowledged.isEmpty)
        #expect(other.violations.map(\.code) == [.cadenceGap, .acknowledgementUnused])
    }
}
