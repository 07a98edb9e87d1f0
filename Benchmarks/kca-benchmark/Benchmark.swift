import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaExport
import KoreaCentralAsiaTesting

/// The size of a generated dataset and its seed.
struct GeneratorConfig: Sendable, Hashable {
    var forums: Int
    var institutions: Int
    /// Membership events, over all forums.
    var events: Int
    /// Editions, over all forums.
    var editions: Int
    var seed: UInt64

    /// The size, as the library's generator takes it.
    var size: DatasetGenerator.Size {
        DatasetGenerator.Size(
            forums: forums, institutions: institutions, events: events, editions: editions)
    }
}

/// One size the benchmark runs at: the generated dataset's shape and the planning horizon.
struct BenchmarkSize: Sendable {
    var name: String
    var config: GeneratorConfig
    /// Years of rotation to plan, from year 1.
    var planYears: Int
    /// Recorded runs of each heavy workload (decode, validate, encode) unless `--repetitions`.
    var defaultRepetitions: Int

    /// Three sizes spanning 100×, all with 20 forums.
    ///
    /// Each forum's history (the unit the rules index and sort) grows 100× too: 500 to 50,000
    /// events and 50 to 5,000 editions per forum. Planning spans 100 to 9,999 years (years 1 to
    /// 9999, the most a date can hold).
    static let all = [
        BenchmarkSize(
            name: "small",
            config: GeneratorConfig(
                forums: 20, institutions: 200, events: 10_000, editions: 1_000, seed: 1),
            planYears: 100, defaultRepetitions: 9),
        BenchmarkSize(
            name: "medium",
            config: GeneratorConfig(
                forums: 20, institutions: 2_000, events: 100_000, editions: 10_000, seed: 1),
            planYears: 1_000, defaultRepetitions: 7),
        BenchmarkSize(
            name: "large",
            config: GeneratorConfig(
                forums: 20, institutions: 20_000, events: 1_000_000, editions: 100_000, seed: 1),
            planYears: 9_999, defaultRepetitions: 5),
    ]
}

/// One row of the results.
struct ResultRow: Codable, Sendable {
    var size: String
    var workload: String
    var operations: Int
    var unit: String
    var repetitions: Int
    var medianSeconds: Double
    var minimumSeconds: Double
    var nanosecondsPerOperation: Double
    /// The median over the floor's median at the same size (bare `JSONDecoder` decode of the
    /// same bytes).
    var ratioToFloor: Double
}

/// What one size's dataset holds.
struct SizeSummary: Codable, Sendable {
    var size: String
    var bytes: Int
    var records: Int
    var forums: Int
    var institutions: Int
    var events: Int
    var editions: Int
    /// The mean number of members in the answers of the `members(on:)` queries.
    var averageMembers: Double = 0
    /// How many of the admission requests are admissible.
    var admissibleRequests: Int = 0
    var admissionRequests: Int = 0
}

/// The benchmark's workload names, shared by the table, the JSON and the target checks.
enum Name {
    static let floor = "bare JSONDecoder decode (floor)"
    static let decode = "decode"
    static let limits = "  of which DecodingLimits.check"
    static let validate = "validate"
    static let decodeValidate = "decode + validate"
    static let encode = "encode"
    static let indexBuild = "build ForumIndex (all forums)"
    static let membersNaive = "members(on:) via Forum, no index"
    static let membersIndexed = "members(on:) via ForumIndex"
    static let membersOneForum = "  the same, all in one forum"
    static let plan = "plan a rotation"
    static let admissionNaive = "admission via Forum, no index"
    static let admissionIndexed = "admission via ForumIndex"
    static let admissionOneForum = "  the same, all in one forum"
    static let json = "Dataset.json() (export baseline)"
    static let csv = "export CSV tables"
    static let popolo = "export Popolo JSON"
    static let graphML = "export GraphML"
    static let iCalendar = "export iCalendar"
    static let changes = "Dataset.changes(from:), one field changed"
    static let merging = "Dataset.merging(_:), half shared"
    /// The exports, each compared with `Dataset.json()` on the same data.
    static let exports = [csv, popolo, graphML, iCalendar, changes]
}

struct Benchmark {
    var sizes: [BenchmarkSize]
    var repetitions: Int?
    var warmup: Int
    /// Progress lines go to standard error so that `--json` output stays clean.
    var log: (String) -> Void

    /// Queries answered per run through an index, and without one (each of those replays or
    /// re-indexes the whole history, so a few suffice).
    static let indexedQueries = 10_000
    static let naiveQueries = 20

    func run() throws -> (rows: [ResultRow], summaries: [SizeSummary]) {
        var rows: [ResultRow] = []
        var summaries: [SizeSummary] = []
        for size in sizes {
            let (sizeRows, summary) = try run(size)
            rows += sizeRows
            summaries.append(summary)
        }
        return (rows, summaries)
    }

    private func run(_ size: BenchmarkSize) throws -> ([ResultRow], SizeSummary) {
        let clock = ContinuousClock()
        let start = clock.now
        log(
            "[\(size.name)] generating \(Format.count(size.config.events)) events, \(Format.count(size.config.editions)) editions"
        )
        let bytes: Data
        let limits: DecodingLimits
        let dataset: Dataset
        do {
            // The generated value is dropped once compared: it would hold 0.5 GB at the large
            // size through every measurement.
            let generated = try DatasetGenerator.dataset(
                of: size.config.size, seed: size.config.seed)
            bytes = try generated.json(prettyPrinted: false)
            // The standard limits refuse documents over 64 MiB; the large size is about 140 MB.
            limits = DecodingLimits(
                maximumBytes: max(DecodingLimits.standard.maximumBytes, bytes.count))
            dataset = try Dataset(json: bytes, limits: limits)
            guard dataset == generated else { throw BenchmarkError.roundTrip(size.name) }
        }
        let report = dataset.validate()
        guard report.violations.isEmpty else {
            throw BenchmarkError.invalid(size.name, report.violations.prefix(5).map(\.description))
        }
        var summary = SizeSummary(
            size: size.name, bytes: bytes.count, records: Self.records(dataset),
            forums: dataset.forums.count, institutions: dataset.institutions.count,
            events: dataset.forums.reduce(0) { $0 + $1.membership.events.count },
            editions: dataset.forums.reduce(0) { $0 + $1.editions.count })
        log(
            "[\(size.name)] \(Format.count(summary.bytes)) bytes, \(Format.count(summary.records)) records; timing"
        )

        let repetitions = repetitions ?? size.defaultRepetitions
        let records = summary.records
        let heavy = [
            Workload(name: Name.floor, operations: records, unit: "records") {
                blackHole(try JSONDecoder().decode(Mirror.Dataset.self, from: bytes))
            },
            Workload(name: Name.decode, operations: records, unit: "records") {
                blackHole(try Dataset(json: bytes, limits: limits))
            },
            Workload(name: Name.limits, operations: records, unit: "records") {
                try limits.check(bytes)
            },
            Workload(name: Name.validate, operations: records, unit: "records") {
                blackHole(dataset.validate())
            },
            Workload(name: Name.decodeValidate, operations: records, unit: "records") {
                blackHole(try Dataset(json: bytes, limits: limits).validate())
            },
            Workload(name: Name.encode, operations: records, unit: "records") {
                blackHole(try dataset.json(prettyPrinted: false))
            },
        ]
        let heavyTimings = try Harness.measure(heavy, warmup: warmup, repetitions: repetitions)
        let floor = heavyTimings[0].median

        var changed = dataset
        if let forum = changed.forums.indices.first, !changed.forums[forum].editions.isEmpty {
            changed.forums[forum].editions[0].city = "Samarkand"
        }
        // Half of every kind of entity (every other one) merged with the whole: the half is
        // shared, entity by entity compared, and the rest added.
        var half = dataset
        func everyOther<Element>(_ values: [Element]) -> [Element] {
            values.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        }
        half.sources = everyOther(half.sources)
        half.institutions = everyOther(half.institutions)
        half.forums = everyOther(half.forums)
        half.agreements = everyOther(half.agreements)
        half.meetings = everyOther(half.meetings)
        half.indicators = everyOther(half.indicators)
        // The exports, against the interchange document's own encoding (pretty-printed, as
        // `json()` writes by default and as the Popolo document is written).
        let exports = [
            Workload(name: Name.json, operations: records, unit: "records") {
                blackHole(try dataset.json())
            },
            Workload(name: Name.csv, operations: records, unit: "records") {
                blackHole(CSVExport(dataset))
            },
            Workload(name: Name.popolo, operations: records, unit: "records") {
                blackHole(PopoloExport(dataset))
            },
            Workload(name: Name.graphML, operations: records, unit: "records") {
                blackHole(GraphMLExport(dataset))
            },
            Workload(name: Name.iCalendar, operations: records, unit: "records") {
                blackHole(ICalendarExport(dataset))
            },
            // A release with one edition moved to another city: both versions are read whole.
            Workload(name: Name.changes, operations: records, unit: "records") {
                blackHole(changed.changes(from: dataset))
            },
            Workload(name: Name.merging, operations: records, unit: "records") {
                blackHole(try half.merging(dataset))
            },
        ]
        let exportTimings = try Harness.measure(exports, warmup: warmup, repetitions: repetitions)

        let queries = try makeQueries(dataset, seed: size.config.seed)
        let oneForum = try makeQueries(dataset, seed: size.config.seed, onlyForum: 0)
        let index = dataset.forums.map { ForumIndex($0) }
        try checkIndex(index, against: dataset, queries)
        let answers = queries.members.reduce(0) { $0 + index[$1.forum].members(on: $1.date).count }
        let admissible = queries.admissions.filter { request in
            index[request.forum].evaluateAdmission(
                candidate: request.candidate, recommendedBy: request.recommenders,
                on: request.date, status: request.status
            ).isAdmissible
        }.count
        summary.averageMembers = Double(answers) / Double(max(1, queries.members.count))
        summary.admissibleRequests = admissible
        summary.admissionRequests = queries.admissions.count
        let charter = Charter(
            cadence: .annual,
            rotation: try Charter.Rotation(pivot: .korea, group: Country.centralAsia),
            firstEdition: try Charter.FirstEdition(year: 1, host: .korea))
        let light = [
            Workload(name: Name.indexBuild, operations: summary.events, unit: "events") {
                blackHole(dataset.forums.map { ForumIndex($0) })
            },
            Workload(name: Name.membersNaive, operations: Self.naiveQueries, unit: "queries") {
                for query in queries.members.prefix(Self.naiveQueries) {
                    blackHole(dataset.forums[query.forum].members(on: query.date))
                }
            },
            Workload(name: Name.membersIndexed, operations: queries.members.count, unit: "queries")
            {
                for query in queries.members {
                    blackHole(index[query.forum].members(on: query.date))
                }
            },
            Workload(
                name: Name.membersOneForum, operations: oneForum.members.count, unit: "queries"
            ) {
                for query in oneForum.members {
                    blackHole(index[query.forum].members(on: query.date))
                }
            },
            Workload(name: Name.plan, operations: size.planYears, unit: "years") {
                blackHole(try charter.plan(after: [], through: size.planYears))
            },
            Workload(name: Name.admissionNaive, operations: Self.naiveQueries, unit: "decisions") {
                for request in queries.admissions.prefix(Self.naiveQueries) {
                    blackHole(
                        dataset.forums[request.forum].evaluateAdmission(
                            candidate: request.candidate, recommendedBy: request.recommenders,
                            on: request.date, status: request.status))
                }
            },
            Workload(
                name: Name.admissionIndexed, operations: queries.admissions.count, unit: "decisions"
            ) {
                for request in queries.admissions {
                    blackHole(
                        index[request.forum].evaluateAdmission(
                            candidate: request.candidate, recommendedBy: request.recommenders,
                            on: request.date, status: request.status))
                }
            },
            Workload(
                name: Name.admissionOneForum, operations: oneForum.admissions.count,
                unit: "decisions"
            ) {
                for request in oneForum.admissions {
                    blackHole(
                        index[request.forum].evaluateAdmission(
                            candidate: request.candidate, recommendedBy: request.recommenders,
                            on: request.date, status: request.status))
                }
            },
        ]
        let lightTimings = try Harness.measure(light, warmup: warmup, repetitions: repetitions)

        var rows: [ResultRow] = []
        for (workload, timing) in zip(
            heavy + exports + light, heavyTimings + exportTimings + lightTimings)
        {
            rows.append(
                ResultRow(
                    size: size.name, workload: workload.name, operations: workload.operations,
                    unit: workload.unit, repetitions: timing.samples.count,
                    medianSeconds: timing.median, minimumSeconds: timing.minimum,
                    nanosecondsPerOperation: timing.median / Double(max(1, workload.operations))
                        * 1e9,
                    ratioToFloor: floor > 0 ? timing.median / floor : 0))
        }
        log("[\(size.name)] done in \(Format.duration(Harness.seconds(clock.now - start)))")
        return (rows, summary)
    }

    /// Checks, before timing, that the index answers as the forum does: the unindexed
    /// queries' sample, members and admission decisions alike.
    private func checkIndex(
        _ index: [ForumIndex], against dataset: Dataset,
        _ queries: (members: [MembersQuery], admissions: [AdmissionRequest])
    ) throws {
        for query in queries.members.prefix(Self.naiveQueries)
        where index[query.forum].members(on: query.date)
            != dataset.forums[query.forum].members(on: query.date)
        {
            throw BenchmarkError.indexMismatch("members(on: \(query.date))")
        }
        for request in queries.admissions.prefix(Self.naiveQueries) {
            let indexed = index[request.forum].evaluateAdmission(
                candidate: request.candidate, recommendedBy: request.recommenders,
                on: request.date, status: request.status)
            let direct = dataset.forums[request.forum].evaluateAdmission(
                candidate: request.candidate, recommendedBy: request.recommenders,
                on: request.date, status: request.status)
            guard indexed == direct else {
                throw BenchmarkError.indexMismatch("admission of \(request.candidate)")
            }
        }
    }

    /// Every record of the document: sources, institutions, partnership stages, forums,
    /// membership events, editions, agreements, meetings, indicators, initiatives.
    static func records(_ dataset: Dataset) -> Int {
        var count = dataset.sources.count + dataset.institutions.count + dataset.forums.count
        count += dataset.partnerships.reduce(0) { $0 + $1.stages.count }
        count += dataset.forums.reduce(0) { $0 + $1.membership.events.count + $1.editions.count }
        count += dataset.agreements.count + dataset.meetings.count + dataset.indicators.count
        count += dataset.initiatives.count + dataset.acknowledgements.count
        return count
    }

    struct MembersQuery {
        var forum: Int
        var date: PartialDate
    }

    struct AdmissionRequest {
        var forum: Int
        var candidate: Institution.ID
        var recommenders: [Institution.ID]
        var date: PartialDate
        var status: Membership.Status
    }

    /// Random queries, made before timing: dates over each forum's history at day, month and
    /// year precision; admission requests that copy the recommenders and date of a recorded
    /// admission (so most recommenders are members then) for a random candidate.
    private func makeQueries(_ dataset: Dataset, seed: UInt64, onlyForum: Int? = nil) throws -> (
        members: [MembersQuery], admissions: [AdmissionRequest]
    ) {
        var random = SeededRandom(seed: seed &+ 1)
        var members: [MembersQuery] = []
        var admissions: [AdmissionRequest] = []
        let institutions = dataset.institutions.map(\.id)
        let forums = dataset.forums.indices.filter {
            !dataset.forums[$0].membership.events.isEmpty && (onlyForum == nil || onlyForum == $0)
        }
        guard !forums.isEmpty, !institutions.isEmpty else { return ([], []) }
        for _ in 0..<Self.indexedQueries {
            let forum = random.pick(forums)
            let events = dataset.forums[forum].membership.events
            let event = events[random.below(events.count)]
            let date: PartialDate
            switch random.below(4) {
            case 0: date = try PartialDate(year: event.date.year)
            case 1: date = try PartialDate(year: event.date.year, month: event.date.month ?? 1)
            default: date = event.date
            }
            members.append(MembersQuery(forum: forum, date: date))
            var recommenders: [Institution.ID] = [random.pick(institutions)]
            var recorded = event
            for _ in 0..<8 where !recorded.isAdmission {
                recorded = events[random.below(events.count)]
            }
            if case .admitted(_, let recommendedBy) = recorded.change {
                recommenders = recommendedBy
            }
            admissions.append(
                AdmissionRequest(
                    forum: forum, candidate: random.pick(institutions), recommenders: recommenders,
                    date: recorded.date, status: random.chance(percent: 85) ? .member : .participant
                ))
        }
        return (members, admissions)
    }
}

extension Membership.Event {
    fileprivate var isAdmission: Bool {
        if case .admitted = change { return true }
        return false
    }
}

enum BenchmarkError: Error, CustomStringConvertible {
    case roundTrip(String)
    case invalid(String, [String])
    case indexMismatch(String)

    var description: String {
        switch self {
        case .roundTrip(let size):
            "the \(size) dataset does not decode to the value that was encoded"
        case .indexMismatch(let what):
            "ForumIndex and Forum disagree on \(what)"
        case .invalid(let size, let errors):
            "the generated \(size) dataset breaks rules: " + errors.joined(separator: "; ")
        }
    }
}
