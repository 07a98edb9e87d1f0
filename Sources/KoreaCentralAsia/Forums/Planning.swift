/// One edition a plan proposes: its year, ordinal, side and host.
public struct PlannedEdition: Sendable, Hashable, Codable {
    /// The year it is planned for.
    public var year: Int
    /// Its ordinal, following the last scheduled edition's.
    public var ordinal: Int
    /// The side whose turn it is.
    public var side: Charter.Side
    /// The host.
    public var host: Country

    /// Creates a planned edition.
    public init(year: Int, ordinal: Int, side: Charter.Side, host: Country) {
        self.year = year
        self.ordinal = ordinal
        self.side = side
        self.host = host
    }

    /// The plan as an edition of status planned, dated by its year, to append to a history.
    public var edition: Edition {
        Edition(
            ordinal: ordinal, date: PartialDate(unchecked: year, month: nil, day: nil), host: host,
            status: .planned)
    }
}

/// Why a charter cannot plan editions.
public enum PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The charter has no rotation rule, so no host can be proposed.
    case noRotation
    /// The rotation's group is empty, so no group turn can be given.
    case emptyGroup
    /// There is no edition to continue from and the charter sets no first edition.
    case noStartingPoint
    /// The plan would run past the year 9999.
    case yearOutOfRange(Int)

    /// A sentence that says what is missing.
    public var description: String {
        switch self {
        case .noRotation: "the charter has no rotation rule, so no host can be planned"
        case .emptyGroup: "the rotation's group has no member, so no group turn can be planned"
        case .noStartingPoint:
            "there is no edition to plan from and the charter sets no first edition"
        case .yearOutOfRange(let year): "\(year) is past the last year a date can hold (9999)"
        }
    }
}

extension Charter {
    /// Proposes the next editions after a history, through a year, so that the history with the
    /// plan appended passes every rotation and cadence rule.
    ///
    /// Each proposal is on the side opposite the last scheduled edition's. On a group turn the
    /// host is the group member that has hosted least recently: members that never hosted come
    /// first, in the charter's order, counting from the member after the last group host. With no
    /// history, the plan starts with the charter's first edition.
    ///
    /// ```swift
    /// // Held: Tashkent (UZ) 2024, Bishkek (KG) 2025.
    /// let plan = try Charter.thinkTankForum.plan(after: forum.editions, through: 2033)
    /// plan.map(\.host.code)  // ["KR", "TJ", "KR", "TM", "KR", "KZ", "KR", "UZ"]
    /// ```
    ///
    /// - Parameters:
    ///   - editions: The history; held and planned editions count, cancelled ones do not.
    ///   - year: The last year to plan, inclusive.
    /// - Returns: One edition a year from the year after the last scheduled edition; empty when
    ///   `year` is not after it.
    /// - Throws: ``PlanningError`` when the charter has no rotation, or there is nothing to start
    ///   from.
    /// - Complexity: O(*n* log *n* + (*y* + *n*) × *g*) for *n* editions, *y* planned years and
    ///   a group of *g* members.
    public func plan(after editions: [Edition], through year: Int) throws(PlanningError)
        -> [PlannedEdition]
    {
        guard let rotation else { throw .noRotation }
        guard !rotation.group.isEmpty else { throw .emptyGroup }
        guard year <= 9999 else { throw .yearOutOfRange(year) }
        let history = editions.filter(\.isScheduled)
            .sorted { ($0.date, $0.ordinal) < ($1.date, $1.ordinal) }
        var lastTurn: [Country: Int] = [:]
        var turn = 0
        var lastGroupHost: Country?
        for edition in history where rotation.side(of: edition.host) == .group {
            turn += 1
            lastTurn[edition.host] = turn
            lastGroupHost = edition.host
        }
        var plan: [PlannedEdition] = []
        var nextYear: Int
        var nextOrdinal: Int
        var nextSide: Side
        if let last = history.last {
            nextYear = last.date.year + 1
            nextOrdinal = (editions.map(\.ordinal).max() ?? last.ordinal) + 1
            // The side opposite the last edition hosted inside the format, as the rotation rule
            // compares: an outside host does not take a side.
            let lastSide = history.lazy.reversed().compactMap { rotation.side(of: $0.host) }.first
            nextSide =
                lastSide?.opposite ?? firstEdition.flatMap { rotation.side(of: $0.host) } ?? .pivot
        } else {
            guard let first = firstEdition else { throw .noStartingPoint }
            nextYear = first.year
            nextOrdinal = (editions.map(\.ordinal).max() ?? 0) + 1
            nextSide = rotation.side(of: first.host) ?? .pivot
        }
        while nextYear <= year {
            let host: Country
            if nextSide == .pivot {
                host = rotation.pivot
            } else if plan.isEmpty && history.isEmpty, let first = firstEdition,
                rotation.side(of: first.host) == .group
            {
                host = first.host
            } else {
                guard
                    let next = Self.nextGroupHost(
                        rotation.group, lastTurn: lastTurn, after: lastGroupHost)
                else { throw .emptyGroup }
                host = next
            }
            if nextSide == .group {
                turn += 1
                lastTurn[host] = turn
                lastGroupHost = host
            }
            plan.append(
                PlannedEdition(year: nextYear, ordinal: nextOrdinal, side: nextSide, host: host))
            nextYear += 1
            nextOrdinal += 1
            nextSide = nextSide.opposite
        }
        return plan
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
    /// The forum's next editions through a year, from its charter and its editions so far.
    ///
    /// - Throws: ``PlanningError`` when the forum has no charter with a rotation.
    public func plan(through year: Int) throws(PlanningError) -> [PlannedEdition] {
        guard let charter else { throw .noRotation }
        return try charter.plan(after: editions, through: year)
    }
}
