/// When each of a forum's charter periods starts, worked out once, so that the period in force
/// on a date is found in O(*p*) for *p* periods rather than in O(*p* × *n*) over the *n* editions
/// (``Forum/charter(on:)``), which checking every membership event would make quadratic.
///
/// A period from an edition has started on a date when an edition of that ordinal or later does
/// not definitely follow the date: when the earliest first day among those editions is no later
/// than the date's last day. That earliest day is kept for each period.
struct CharterTimeline: Sendable {
    /// Each period with the first day (``PartialDate/firstDay``) from which it may have started:
    /// `Int.min` from the beginning, `nil` when no recorded edition starts it.
    private let periods: [(period: CharterPeriod, startDay: Int?)]

    /// Works out the start of each period of `forum`.
    ///
    /// - Complexity: O(*n* log *n* + *p* log *n*) for *n* editions and *p* periods.
    init(_ forum: Forum) {
        // The editions by ordinal, with the earliest first day from each one to the last.
        let byOrdinal = forum.editions.map { ($0.ordinal, $0.date.firstDay) }.sorted { $0.0 < $1.0 }
        var earliestFrom = byOrdinal.map(\.1)
        for index in earliestFrom.indices.reversed().dropFirst() {
            earliestFrom[index] = min(earliestFrom[index], earliestFrom[index + 1])
        }
        periods = forum.charters.map { period in
            switch period.start {
            case .beginning:
                return (period, Int.min)
            case .date(let start):
                return (period, start.firstDay)
            case .edition(let ordinal):
                // The first edition numbered `ordinal` or later.
                var low = 0
                var high = byOrdinal.count
                while low < high {
                    let middle = (low + high) / 2
                    if byOrdinal[middle].0 < ordinal { low = middle + 1 } else { high = middle }
                }
                return (period, low < byOrdinal.count ? earliestFrom[low] : nil)
            }
        }
    }

    /// The period in force on `date`, as ``Forum/charter(on:)`` gives it.
    func period(on date: PartialDate) -> CharterPeriod? {
        let lastDay = date.lastDay
        return periods.last { $0.startDay.map { $0 <= lastDay } ?? false }?.period
    }
}
