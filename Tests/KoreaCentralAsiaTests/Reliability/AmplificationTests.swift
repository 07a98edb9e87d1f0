import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

/// Documents that decode, are small, and would make validation take time or memory out of all
/// proportion to their size if a rule compared every pair of something.
@Suite("Amplification: validation time and report size grow with the document, not its square")
struct AmplificationTests {
    /// The seconds `body` takes, the best of two runs.
    static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        return (0..<2).map { _ in
            let start = clock.now
            body()
            let elapsed = clock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds)
                / 1e18
        }.min() ?? 0
    }

    /// Whether validating `large` (four times `small`) takes less than ten times as long: a
    /// linear or n log n rule takes about four times, a quadratic one sixteen.
    static func scales(_ small: Dataset, _ large: Dataset) -> (Bool, String) {
        let smallTime = seconds { _ = small.validate() }
        let largeTime = seconds { _ = large.validate() }
        return (largeTime < 10 * max(smallTime, 0.02), "\(smallTime) s, then \(largeTime) s")
    }

    static func forum(_ events: [Membership.Event]) -> Forum {
        Forum(
            id: "forum", name: "Forum", kind: .expert,
            charter: Charter(cadence: .annual, admission: .init(minimumRecommenders: 1)),
            membership: Membership(events: events), sources: ["source"])
    }

    static func recommenders(_ count: Int) throws -> Dataset {
        let names = try (0..<count).map { try Institution.ID("recommender-\($0)") }
        return Dataset(forums: [forum([.admitted("candidate", on: "2024", recommendedBy: names)])])
    }

    @Test("An admission with thousands of recommenders validates in linear time")
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
        let provisions = (0..<300).map { Provision.firstEdition(year: 1000 + $0, host: .korea) }
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
        #expect(Self.seconds { _ = dataset.validate() } < 5)
    }

    static func sameDayEvents(_ count: Int) -> Dataset {
        Dataset(
            forums: [
                forum(
                    [.founded("member", on: "2024")]
                        + Array(repeating: .withdrew("member", on: "2024"), count: count))
            ])
    }

    @Test("Thousands of membership events of one institution on one date validate in n log n")
    func sameDayMembershipEvents() throws {
        // MembershipIndex.standing used to walk every entry of the institution that may fall on
        // the date, for every event: quadratic (fixed in 0094ba9, returning at the first one).
        let (ok, times) = Self.scales(Self.sameDayEvents(1000), Self.sameDayEvents(4000))
        #expect(ok, "\(times)")
    }
}
