import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

/// Documents that decode, are small, and would make validation take time or memory out of all
/// proportion to their size if a rule compared every pair of something.
@Suite(
    "Amplification: validation work and report size grow with the document, not its square",
    .enabled(if: WorkMeter.isCounting, "only debug builds count work"))
struct AmplificationTests {
    /// The steps that validating `dataset` counts (index entries walked, provisions compared,
    /// recommender lists checked): work, counted, not timed.
    static func steps(_ dataset: Dataset) -> Int {
        WorkMeter.measure { _ = dataset.validate() }
    }

    /// Whether validating `large` (four times `small`) counts less than ten times the steps: a
    /// linear or n log n rule counts about four times, a quadratic one sixteen.
    static func scales(_ small: Dataset, _ large: Dataset) -> (Bool, String) {
        let smallSteps = steps(small)
        let largeSteps = steps(large)
        return (
            smallSteps > 0 && largeSteps < 10 * smallSteps,
            "\(smallSteps) steps, then \(largeSteps)"
        )
    }

    static func forum(_ events: [Membership.Event]) throws -> Forum {
        Forum(
            id: "forum", name: "Forum", kind: .expert,
            charter: Charter(cadence: .annual, admission: try .init(minimumRecommenders: 1)),
            membership: Membership(events: events), sources: ["source"])
    }

    static func recommenders(_ count: Int) throws -> Dataset {
        let names = try (0..<count).map { try Institution.ID("recommender-\($0)") }
        return Dataset(forums: [
            try forum([.admitted("candidate", on: "2024", recommendedBy: names)])
        ])
    }

    @Test("An admission with thousands of recommenders validates in linear work")
    func manyRecommenders() throws {
        let (ok, times) = Self.scales(try Self.recommenders(1000), try Self.recommenders(4000))
        #expect(ok, "\(times)")
        let report = try Self.recommenders(4000).validate()
        #expect(
            report.violations.filter { $0.code == .admissionRecommenderNotMember }.count == 4000)
    }

    @Test(
        "Many forums established by one agreement with many provisions: at most 21 violations a forum"
    )
    func agreementProvisions() throws {
        let provisions = try (0..<300).map {
            try Provision.firstEdition(year: 1000 + $0, host: .korea)
        }
        let agreement = Agreement(
            id: "agreement", title: "Agreement", kind: .treaty, date: "2020",
            provisions: provisions + provisions, sources: ["source"])
        let forums = try (0..<300).map {
            Forum(
                id: try Forum.ID("forum-\($0)"), name: "Forum", kind: .expert,
                establishedBy: "agreement", sources: ["source"])
        }
        let report = Dataset(forums: forums, agreements: [agreement]).validate()
        let mismatches = report.violations.filter { $0.code == .agreementCharterMismatch }
        #expect(mismatches.count == 300 * 21, "20 differences and a closing line a forum")
        #expect(mismatches.last?.message.contains("in more ways than the 20 listed") == true)
    }

    @Test("Provisions that agree with the charter, repeated and reordered, cost nothing to report")
    func agreeingProvisions() throws {
        let charter = Charter.thinkTankForum
        let rotation = try #require(charter.rotation)
        var random = SeededRandom(seed: 2023)
        let provisions = (0..<2000).map { index -> Provision in
            index.isMultiple(of: 2)
                ? .reciprocity(pivot: .korea, group: rotation.group.shuffled(using: &random))
                : .text("Text \(index)")
        }
        let agreement = Agreement(
            id: "agreement", title: "Agreement", kind: .treaty, date: "2020",
            provisions: provisions, sources: ["source"])
        let forums = try (0..<500).map {
            Forum(
                id: try Forum.ID("forum-\($0)"), name: "Forum", kind: .expert,
                establishedBy: "agreement", charter: charter, sources: ["source"])
        }
        let dataset = Dataset(forums: forums, agreements: [agreement])
        #expect(dataset.validate().violations.filter { $0.code == .agreementCharterMismatch } == [])
        // Each forum compares the agreement's one distinct provision, not its 2,000.
        #expect(Self.steps(dataset) <= 2 * forums.count)
    }

    static func sameDayEvents(_ count: Int) throws -> Dataset {
        Dataset(
            forums: [
                try forum(
                    [.founded("member", on: "2024")]
                        + Array(repeating: .withdrew("member", on: "2024"), count: count))
            ])
    }

    @Test("Thousands of membership events of one institution on one date validate in n log n")
    func sameDayMembershipEvents() throws {
        // MembershipIndex.standing used to walk every entry of the institution that may fall on
        // the date, for every event: quadratic (fixed in 0094ba9, returning at the first one).
        let (ok, times) = Self.scales(try Self.sameDayEvents(1000), try Self.sameDayEvents(4000))
        #expect(ok, "\(times)")
    }
}

@Suite(
    "The work meter counts the steps of validation, and only inside a measurement",
    .enabled(if: WorkMeter.isCounting, "only debug builds count work"))
struct WorkMeterTests {
    @Test(
        "A quadratic shape is told from a linear one: sixteen times the steps for four times the input"
    )
    func quadraticIsCaught() {
        // A workload whose steps are the square of its size: what `scales` must refuse.
        func quadratic(_ size: Int) -> Int {
            WorkMeter.measure { for _ in 0..<size { WorkMeter.count(size) } }
        }
        #expect(quadratic(1000) == 1_000_000)
        #expect(quadratic(4000) >= 10 * quadratic(1000))
    }

    @Test("Validation counts steps inside a measurement and none are kept outside one")
    func countsInsideOnly() throws {
        let dataset = try AmplificationTests.recommenders(10)
        WorkMeter.count(1_000)  // outside any measurement: dropped
        let steps = WorkMeter.measure { _ = dataset.validate() }
        #expect(steps > 0)
        #expect(steps < 1_000)
        #expect(WorkMeter.measure {} == 0)
    }
}
