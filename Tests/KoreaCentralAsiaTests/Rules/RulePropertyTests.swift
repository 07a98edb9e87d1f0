import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

private typealias F = RuleFixtures

/// Properties checked on 1,000 random forum histories each.
///
/// Every case has its own generator, `SeededRandom(seed: RulePropertyTests.seed &+ case)`, so a
/// failure names the seed and the case and replays exactly.
@Suite("Properties of random forum histories (seed 20231120)")
struct RulePropertyTests {
    /// The seed of every property below; change it to explore other histories.
    static let seed: UInt64 = 20_231_120
    static let cases = 0..<1_000

    @Test(
        "Seed 20231120: a plan appended to a valid history breaks no rotation, cadence or edition rule"
    )
    func planValidates() throws {
        for index in Self.cases {
            var rng = SeededRandom(seed: Self.seed &+ UInt64(index))
            let sample = try RandomForum(using: &rng)
            let plan = try sample.charter.plan(
                after: sample.forum.editions, through: sample.planThrough)
            var forum = sample.forum
            forum.editions += plan.map(\.edition)
            let found = Dataset(forums: [forum]).validate().violations.filter {
                ["rotation", "cadence", "edition"].contains($0.code.rawValue.prefix { $0 != "." })
            }
            let context = "seed \(Self.seed) case \(index)"
            #expect(found.isEmpty, "\(context): \(found)")
            let start = sample.heldYears.last.map { $0 + 1 } ?? sample.charter.firstEdition?.year
            #expect(plan.first?.year == start, "\(context)")
            #expect(plan.map(\.year) == plan.indices.map { (start ?? 0) + $0 }, "\(context)")
            let firstOrdinal = sample.forum.editions.map(\.ordinal).max().map { $0 + 1 } ?? 1
            #expect(plan.map(\.ordinal) == plan.indices.map { firstOrdinal + $0 }, "\(context)")
            #expect(
                plan.allSatisfy { sample.charter.rotation?.side(of: $0.host) == $0.side },
                "\(context)")
            if found.isEmpty == false { return }
        }
    }

    @Test("Seed 20231120: validating the same history twice gives the same report")
    func deterministic() throws {
        for index in Self.cases {
            var rng = SeededRandom(seed: Self.seed &+ UInt64(index))
            let sample = try RandomForum(using: &rng)
            let dataset = Dataset(forums: [sample.forum])
            let first = dataset.validate()
            #expect(first == dataset.validate(), "seed \(Self.seed) case \(index)")
        }
    }

    @Test("Seed 20231120: a candidate recommended by members after the founding becomes a member")
    func admissionYieldsMember() throws {
        var checked = 0
        var returned = 0
        for index in Self.cases {
            var rng = SeededRandom(seed: Self.seed &+ UInt64(index))
            let sample = try RandomForum(using: &rng)
            let forum = sample.forum
            let date = try RandomForum.date(
                in: sample.foundingYear + Int.random(in: 1...14, using: &rng), using: &rng)
            let members = forum.members(on: date).compactMap(\.institution).sorted()
            let minimum = sample.charter.admission?.minimumRecommenders ?? 0
            guard members.count >= minimum else { continue }
            let recommenders = Array(members.shuffled(using: &rng).prefix(max(minimum, 1)))
            // A newcomer, or now and then one who withdrew or only participates, all of whose
            // events definitely precede the date.
            let standings = forum.membership.standings(on: date)
            let returning = forum.membership.institutions.sorted().filter { id in
                standings[.institution(id)] != .member
                    && forum.membership.events.allSatisfy {
                        $0.institution != id || $0.date.definitelyPrecedes(date)
                    }
            }
            let isReturning = Bool.random(using: &rng) && !returning.isEmpty
            let candidate =
                isReturning
                ? returning[Int.random(in: returning.indices, using: &rng)]
                : try Institution.ID("candidate-\(index)")
            returned += isReturning ? 1 : 0
            let decision = forum.evaluateAdmission(
                candidate: candidate, recommendedBy: recommenders, on: date)
            let context = "seed \(Self.seed) case \(index): \(recommenders) on \(date)"
            #expect(decision.isAdmissible, "\(context): \(decision.violations)")
            #expect(
                decision.admittedForum?.members(on: date).contains(.institution(candidate)) == true,
                "\(context)")
            checked += 1
        }
        #expect(checked >= 900, "most random histories have enough members to recommend")
        #expect(returned >= 100, "some candidates withdrew or only participated before")
    }
}

extension RulePropertyTests {
    /// A random forum: pivot Korea, a group of 2 to 6 countries, a random first edition, 0 to 12
    /// held editions that follow the rules (built by the planner, or by random valid turns, with
    /// the odd cancelled edition), and a membership of 2 to 6 founders with random admissions and
    /// withdrawals, some of them invalid.
    struct RandomForum {
        static let pool: [Country] =
            Country.centralAsia + [.mongolia]
            + ["AZ", "AF"].compactMap {
                try? Country($0)
            }

        var charter: Charter
        var forum: Forum
        var heldYears: [Int]
        var planThrough: Int
        var foundingYear: Int

        init(using rng: inout SeededRandom) throws {
            let group = Array(
                Self.pool.shuffled(using: &rng).prefix(Int.random(in: 2...6, using: &rng)))
            let firstYear = Int.random(in: 2000...2040, using: &rng)
            let firstHost =
                Bool.random(using: &rng)
                ? Country.korea : group.randomElement(using: &rng) ?? .korea
            charter = Charter(
                cadence: .annual, rotation: try .init(pivot: .korea, group: group),
                firstEdition: try .init(year: firstYear, host: firstHost),
                admission: try .init(minimumRecommenders: Int.random(in: 1...2, using: &rng)))
            let held = Int.random(in: 0...12, using: &rng)
            let hosts: [Country]
            if Bool.random(using: &rng) {
                hosts = try charter.plan(after: [], through: firstYear + held - 1).map(\.host)
            } else {
                hosts = Self.validTurns(
                    count: held, first: firstHost, pivot: .korea, group: group, using: &rng)
            }
            heldYears = hosts.indices.map { firstYear + $0 }
            var editions: [Edition] = []
            for (year, host) in zip(heldYears, hosts) {
                let cancelledBefore = Int.random(in: 0..<7, using: &rng) == 0
                if cancelledBefore {
                    let other = Self.pool.randomElement(using: &rng) ?? .korea
                    editions.append(
                        try Edition(
                            ordinal: editions.count + 1,
                            date: try PartialDate(year: year, month: 1),
                            host: other, status: .cancelled))
                }
                editions.append(
                    try Edition(
                        ordinal: editions.count + 1,
                        date: try Self.date(in: year, months: 2...12, using: &rng),
                        host: host))
            }
            planThrough = (heldYears.last ?? firstYear - 1) + Int.random(in: 1...12, using: &rng)
            foundingYear = firstYear - 1
            let established = try Self.date(in: foundingYear, using: &rng)
            forum = Forum(
                id: "random-forum", name: "Random Forum", kind: .thinkTank,
                established: established,
                charter: charter,
                membership: try Self.membership(founded: established, using: &rng),
                editions: editions)
        }

        /// Hosts that alternate sides from `first`, each group turn going to a member that may host
        /// without being out of turn (never hosted, else the least recent).
        static func validTurns(
            count: Int, first: Country, pivot: Country, group: [Country],
            using rng: inout SeededRandom
        ) -> [Country] {
            var hosts: [Country] = []
            var lastTurn: [Country: Int] = [:]
            var side: Charter.Side = first == pivot ? .pivot : .group
            while hosts.count < count {
                var host = pivot
                if side == .group {
                    let fresh = group.filter { lastTurn[$0] == nil }
                    let leastRecent =
                        group.min { (lastTurn[$0] ?? 0) < (lastTurn[$1] ?? 0) } ?? pivot
                    host = hosts.isEmpty ? first : (fresh.randomElement(using: &rng) ?? leastRecent)
                    lastTurn[host] = hosts.count + 1
                }
                hosts.append(host)
                side = side.opposite
            }
            return hosts
        }

        /// Founders on the establishment date, then one event a year: admissions (by members, or
        /// now and then by anyone), participants, withdrawals.
        static func membership(founded: PartialDate, using rng: inout SeededRandom)
            throws -> Membership
        {
            var members: [Institution.ID] = []
            var events: [Membership.Event] = []
            var next = 0
            func fresh() throws -> Institution.ID {
                next += 1
                return try Institution.ID("institute-\(next)")
            }
            for _ in 0..<Int.random(in: 2...6, using: &rng) {
                let id = try fresh()
                members.append(id)
                events.append(.founded(id, on: founded))
            }
            for offset in 1...Int.random(in: 1...12, using: &rng) {
                let date = try Self.date(in: founded.year + offset, using: &rng)
                switch Int.random(in: 0..<10, using: &rng) {
                case 0..<5:
                    let id = try fresh()
                    let recommender = members.randomElement(using: &rng) ?? id
                    events.append(.admitted(id, on: date, recommendedBy: [recommender]))
                    members.append(id)
                case 5..<7:
                    let id = try fresh()
                    let recommender = members.randomElement(using: &rng) ?? id
                    events.append(
                        .admitted(id, on: date, recommendedBy: [recommender], status: .participant))
                case 7..<9 where members.count > 2:
                    let leaving = members.remove(at: Int.random(in: 0..<members.count, using: &rng))
                    events.append(.withdrew(leaving, on: date))
                default:
                    let id = try fresh()
                    events.append(.admitted(id, on: date, recommendedBy: [id, try fresh()]))
                }
            }
            return Membership(events: events)
        }

        /// A random date in a year, at year, month or day precision.
        static func date(
            in year: Int, months: ClosedRange<Int> = 1...12,
            using rng: inout SeededRandom
        )
            throws -> PartialDate
        {
            let month = Int.random(in: months, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return try PartialDate(year: year)
            case 1: return try PartialDate(year: year, month: month)
            default:
                return try PartialDate(
                    year: year, month: month, day: .random(in: 1...28, using: &rng))
            }
        }
    }
}
