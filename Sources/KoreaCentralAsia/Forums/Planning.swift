/// One edition a plan proposes: its year, ordinal, side and host.
///
/// Only planning makes one (``Charter/plan(after:through:)``, ``Forum/plan(through:)``), so its
/// year is a year a date holds and its ordinal one a document holds.
public struct PlannedEdition: Sendable, Hashable, Encodable {
    /// The year it is planned for, 1 to 9999.
    public let year: Int
    /// Its ordinal, following the last scheduled edition's.
    public let ordinal: Int
    /// The side whose turn it is.
    public let side: Charter.Side
    /// The host.
    public let host: Country

    /// Creates a planned edition; planning has checked the year and the ordinal.
    package init(year: Int, ordinal: Int, side: Charter.Side, host: Country) {
        self.year = year
        self.ordinal = ordinal
        self.side = side
        self.host = host
    }

    /// The plan as an edition of status planned, dated by its year, to append to a history.
    public var edition: Edition {
        Edition(
            unchecked: ordinal, date: PartialDate(unchecked: year, month: nil, day: nil),
            host: host, status: .planned)
    }
}

/// Why a charter cannot plan editions.
public enum PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The charter has no rotation rule, so no host can be proposed.
    case noRotation
    /// There is no edition to continue from and the charter sets no first edition.
    case noStartingPoint
    /// The plan would run past the year 9999.
    case yearOutOfRange(Int)
    /// The cadence is irregular, so no year can be proposed.
    case irregularCadence
    /// The rotation is a chairmanship, which sets who chairs, not who hosts.
    case chairmanshipRotation
    /// The pivot is an organisation of states, so the library cannot say which member state
    /// hosts on its side.
    case organizationPivot(Institution.ID)
    /// The next edition would have this ordinal, past the highest an edition can have
    /// (1,000,000).
    case ordinalOutOfRange(Int)

    /// A sentence that says what is missing.
    public var description: String {
        switch self {
        case .noRotation: "the charter has no rotation rule, so no host can be planned"
        case .noStartingPoint:
            "there is no edition to plan from and the charter sets no first edition"
        case .yearOutOfRange(let year): "\(year) is past the last year a date can hold (9999)"
        case .irregularCadence:
            "the charter's cadence is irregular, so no year can be planned"
        case .chairmanshipRotation:
            "the charter rotates a chairmanship, which sets who chairs, not who hosts, so no host can be planned"
        case .organizationPivot(let id):
            "the pivot is the organisation \(id), whose member states host on its side; the library cannot say which one will"
        case .ordinalOutOfRange(let ordinal):
            "the next edition would be the \(Edition.ordinalText(ordinal)), past the highest ordinal an edition can have (\(Edition.ordinalRange.upperBound))"
        }
    }
}

/// The turns taken so far, as a plan continues a history: who hosted for the group when, and
/// which side and year came last.
struct PlanningState {
    var lastTurn: [Country: Int] = [:]
    var turn = 0
    var lastGroupHost: Country?
    var lastSide: Charter.Side?
    var lastYear: Int?
    var nextOrdinal = 1

    /// Replays a history (scheduled editions in date order) under a rotation.
    mutating func replay(_ history: [Edition], under rotation: Charter.Rotation) {
        for edition in history {
            guard let side = rotation.side(of: edition.host) else { continue }
            lastSide = side
            if side == .group { record(groupHost: edition.host) }
        }
        lastYear = history.last?.date.year
    }

    mutating func record(groupHost host: Country) {
        turn += 1
        lastTurn[host] = turn
        lastGroupHost = host
    }
}

extension Charter {
    /// Proposes the next editions after a history, through a year, so that the history with the
    /// plan appended passes every rotation and cadence rule.
    ///
    /// Each proposal is in the next year the cadence allows (every year, or every second year
    /// for a biennial charter). Its side is the one opposite the last scheduled edition's for a
    /// reciprocal rotation, or the one the year's parity gives for a parity rotation. On a group
    /// turn the host is the group member that has hosted least recently: members that never
    /// hosted come first, in the rotation's order (as listed, or alphabetical), counting from the
    /// member after the last group host. With no history, the plan starts with the charter's
    /// first edition.
    ///
    /// ```swift
    /// // Held: Tashkent (UZ) 2024, Bishkek (KG) 2025.
    /// let plan = try Charter.thinkTankForum.plan(after: forum.editions, through: 2033)
    /// plan.map(\.host.code)  // ["KR", "TJ", "KR", "TM", "KR", "KZ", "KR", "UZ"]
    /// ```
    ///
    /// - Parameters:
    ///   - editions: The history; held, planned and postponed editions count, cancelled ones do
    ///     not.
    ///   - year: The last year to plan, inclusive.
    /// - Returns: One edition a cadence step from the year after the last scheduled edition;
    ///   empty when `year` is not after it.
    /// - Throws: ``PlanningError`` when the charter has no rotation to plan hosts by, an
    ///   irregular cadence, or nothing to start from.
    /// - Complexity: O(*n* log *n* + (*y* + *n*) × *g*) for *n* editions, *y* planned years and
    ///   a group of *g* members.
    public func plan(after editions: [Edition], through year: Int) throws(PlanningError)
        -> [PlannedEdition]
    {
        try validateForPlanning(through: year)
        let history = editions.filter(\.isScheduled)
            .sorted { ($0.date, $0.ordinal) < ($1.date, $1.ordinal) }
        var state = PlanningState()
        state.nextOrdinal = Self.nextOrdinal(after: editions)
        if let rotation { state.replay(history, under: rotation) }
        var plan: [PlannedEdition] = []
        guard var next = try firstPlannedYear(after: state) else { return [] }
        while next <= year {
            plan.append(
                try step(year: next, state: &state, isFirst: plan.isEmpty && history.isEmpty))
            next += cadence == .biennial ? 2 : 1
        }
        return plan
    }

    /// The ordinal after the highest of `editions`, or 1 for none.
    ///
    /// An edition's ordinal is at most 1,000,000, so this cannot overflow; ``step(year:state:isFirst:)`` refuses to number an
    /// edition past that.
    static func nextOrdinal(after editions: [Edition]) -> Int {
        (editions.map(\.ordinal).max() ?? 0) + 1
    }

    /// Refuses a charter that cannot plan: no rotation, an irregular cadence, a
    /// chairmanship, an organisation as pivot, or a year past 9999.
    func validateForPlanning(through year: Int) throws(PlanningError) {
        guard let rotation else { throw .noRotation }
        guard rotation.kind != .chairmanship else { throw .chairmanshipRotation }
        if let organization = rotation.pivot.organization {
            throw .organizationPivot(organization)
        }
        guard cadence != .irregular else { throw .irregularCadence }
        guard year <= 9999 else { throw .yearOutOfRange(year) }
    }

    /// The first year to plan: a cadence step after the last scheduled edition, or the first
    /// edition's year.
    func firstPlannedYear(after state: PlanningState) throws(PlanningError) -> Int? {
        if let last = state.lastYear { return last + (cadence == .biennial ? 2 : 1) }
        guard let first = firstEdition else { throw .noStartingPoint }
        return first.year
    }

    /// Plans the edition of one year and records its turn.
    func step(year: Int, state: inout PlanningState, isFirst: Bool) throws(PlanningError)
        -> PlannedEdition
    {
        guard let rotation, let pivot = rotation.pivot.country else { throw .noRotation }
        let side: Side
        if let parity = rotation.parityHost(in: year) {
            side = parity
        } else if isFirst, let first = firstEdition {
            side = rotation.side(of: first.host) ?? .pivot
        } else {
            side =
                state.lastSide?.opposite ?? firstEdition.flatMap { rotation.side(of: $0.host) }
                ?? .pivot
        }
        let host: Country
        if side == .pivot {
            host = pivot
        } else if isFirst, let first = firstEdition, rotation.side(of: first.host) == .group {
            host = first.host
        } else {
            guard
                let next = Self.nextGroupHost(
                    rotation.groupInOrder, lastTurn: state.lastTurn, after: state.lastGroupHost)
            else { throw .noRotation }  // a rotation's group is never empty
            host = next
        }
        if side == .group { state.record(groupHost: host) }
        state.lastSide = side
        state.lastYear = year
        guard Edition.ordinalRange.contains(state.nextOrdinal) else {
            throw .ordinalOutOfRange(state.nextOrdinal)
        }
        defer { state.nextOrdinal += 1 }
        return PlannedEdition(year: year, ordinal: state.nextOrdinal, side: side, host: host)
    }

    /// The group member whose turn it is, or `nil` for an empty group.
    ///
    /// Members that never hosted come first, in charter order counting from the member after
    /// `lastHost`; otherwise the least recent host.
    static func nextGroupHost(
        _ group: [Country], lastTurn: [Country: Int], after lastHost: Country?
    ) -> Country? {
        let start = lastHost.flatMap { group.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let order = (0..<group.count).map { group[(start + $0) % group.count] }
        if let fresh = order.first(where: { lastTurn[$0] == nil }) { return fresh }
        return order.min { (lastTurn[$0] ?? 0) < (lastTurn[$1] ?? 0) }
    }
}

extension Forum {
    /// The forum's next editions through a year, from its charter periods and its editions so
    /// far.
    ///
    /// Each planned year is planned by the period in force for it: a period that starts at a
    /// later edition or date takes over when the plan reaches it. With parity (Korea in even
    /// years) after Korea 2024: Central Asia 2025, Korea 2026; with China's alphabetical order
    /// after Xi'an 2023 and Astana 2025: China 2027, Kyrgyzstan 2029.
    ///
    /// - Throws: ``PlanningError`` when no period in force has a rotation to plan hosts by.
    /// - Complexity: O(*n* log *n* + (*y* + *n*) × (*g* + *p*)) for *n* editions, *y* planned
    ///   years, a group of *g* members and *p* periods.
    public func plan(through year: Int) throws(PlanningError) -> [PlannedEdition] {
        let history = scheduledEditions
        let nextOrdinal = Charter.nextOrdinal(after: editions)
        // The period in force for the next edition, dated to the year after the last one.
        func period(ordinal: Int, year: Int) -> CharterPeriod? {
            charter(
                for: Edition(
                    unchecked: ordinal, date: PartialDate(unchecked: year, month: nil, day: nil),
                    host: .korea, status: .planned))
        }
        // A history that ends in 9999 leaves no year to plan: 10000 is no date.
        let startYear = Swift.min((history.last?.date.year).map { $0 + 1 } ?? 1, 9999)
        guard
            let first = period(ordinal: nextOrdinal, year: startYear)?.charter
                ?? charter
        else { throw .noRotation }
        try first.validateForPlanning(through: year)
        var state = PlanningState()
        state.nextOrdinal = nextOrdinal
        if let rotation = first.rotation { state.replay(history, under: rotation) }
        guard var next = try first.firstPlannedYear(after: state) else { return [] }
        var plan: [PlannedEdition] = []
        while next <= year {
            let charter = period(ordinal: state.nextOrdinal, year: next)?.charter ?? first
            try charter.validateForPlanning(through: year)
            plan.append(
                try charter.step(
                    year: next, state: &state, isFirst: plan.isEmpty && history.isEmpty))
            next += charter.cadence == .biennial ? 2 : 1
        }
        return plan
    }
}
