/// A membership history indexed by institution, answering "is this institution a member on
/// that date?" in O(log *n*) after a one-time O(*n* log *n*) build.
///
/// Because dates are partial, the answer can be uncertain: an institution admitted in `"2024"`
/// may or may not be a member on `"2024-03-01"`. Rules use ``Standing/isDefinitely(_:)`` so that
/// they report only what is definitely wrong.
///
/// ```swift
/// let index = MembershipIndex(forum.membership)
/// index.standing(of: "kaziss", on: "2024-07-30")  // .member
/// ```
package struct MembershipIndex: Sendable {
    /// An institution's standing on a date.
    package enum Standing: Sendable, Hashable {
        /// Definitely a member.
        case member
        /// Definitely a participant in meetings only.
        case participant
        /// Definitely an observer.
        case observer
        /// Definitely neither.
        case outsider
        /// Events of dates that may be that date change the standing: it cannot be told.
        case uncertain

        /// Whether the standing is definitely `standing`.
        package func isDefinitely(_ standing: Standing) -> Bool { self == standing }
    }

    /// What the index keeps of an event: its interval of days, the standing it leaves, and its
    /// position in the history (plain values, so that building and searching copy no strings).
    private struct Entry: Sendable {
        var firstDay: Int
        var lastDay: Int
        var status: Membership.Status?
        var position: Int
    }

    /// Every event, grouped by institution, each group in date order: one flat array rather
    /// than an array per institution, so that building the index makes three allocations
    /// whatever the number of institutions, and reads it in order.
    private let entries: [Entry]
    /// Group `g` is `entries[groupStart[g]..<groupStart[g + 1]]`.
    private let groupStart: [Int]
    /// The group of each institution.
    private let groupOf: [Membership.Member: Int]
    /// The group of each event's institution, by the event's position in the history: a rule
    /// that checks every event finds the event's own institution without hashing its
    /// identifier again.
    private let groupOfEvent: [Int]

    /// Builds the index.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events; O(*n*) for a history recorded in
    ///   date order.
    package init(_ membership: Membership) {
        let events = membership.events
        // Room for an institution per four events up front: each growth of the table hashes
        // every key again, and a table sized for one institution per event is sparse enough to
        // miss the cache on large histories (measured with kca-benchmark).
        var groupOf = [Membership.Member: Int](minimumCapacity: events.count / 4)
        var groupOfEvent: [Int] = []
        groupOfEvent.reserveCapacity(events.count)
        var groupStart: [Int] = [0]
        // Fields are read in place, `events[position].date`: a copy of each event would retain
        // and release its arrays, a cache miss each on a large history.
        for position in events.indices {
            let institution = events[position].member
            let group = groupOf[institution, default: groupStart.count - 1]
            if group == groupStart.count - 1 {
                groupOf[institution] = group
                groupStart.append(0)
            }
            groupStart[group + 1] += 1
            groupOfEvent.append(group)
        }
        for group in groupStart.indices.dropFirst() { groupStart[group] += groupStart[group - 1] }
        // Each event in its group's next free place, in recorded order.
        var next = groupStart
        let placeholder = Entry(firstDay: 0, lastDay: 0, status: nil, position: 0)
        var entries = [Entry](repeating: placeholder, count: events.count)
        for position in events.indices {
            let group = groupOfEvent[position]
            let date = events[position].date
            entries[next[group]] = Entry(
                firstDay: date.firstDay, lastDay: date.lastDay,
                status: events[position].change.resultingStatus, position: position)
            next[group] += 1
        }
        // By date as `PartialDate` sorts (first day, then a coarser date first), then position.
        // A history recorded in date order (the usual case) needs no sorting.
        func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
            (lhs.firstDay, rhs.lastDay, lhs.position) < (rhs.firstDay, lhs.lastDay, rhs.position)
        }
        for group in groupStart.indices.dropLast() {
            let range = groupStart[group]..<groupStart[group + 1]
            if !zip(entries[range], entries[range].dropFirst()).allSatisfy({ precedes($0, $1) }) {
                entries[range].sort(by: precedes)
            }
        }
        self.entries = entries
        self.groupStart = groupStart
        self.groupOf = groupOf
        self.groupOfEvent = groupOfEvent
    }

    /// An institution's standing on a date, ignoring the event at `excluding` (a position in the
    /// membership's `events`), so that an admission can be judged against the history before it.
    ///
    /// - Complexity: O(log *n*) in the institution's events.
    package func standing(
        of institution: Membership.Member, on date: PartialDate, excluding: Int? = nil
    ) -> Standing {
        guard let group = groupOf[institution] else { return .outsider }
        return standing(inGroup: group, on: date, excluding: excluding)
    }

    /// The standing, on a date, of the institution of the event at `position` in the history,
    /// ignoring that event: ``standing(of:on:excluding:)`` without looking the institution up.
    func standing(ofEventAt position: Int, on date: PartialDate) -> Standing {
        standing(inGroup: groupOfEvent[position], on: date, excluding: position)
    }

    private func standing(inGroup group: Int, on date: PartialDate, excluding: Int?) -> Standing {
        let start = groupStart[group]
        let end = groupStart[group + 1]
        let firstDay = date.firstDay
        let lastDay = date.lastDay
        // The group's first entry that does not start before the date's first day.
        var low = start
        var high = end
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].firstDay < firstDay {
                low = middle + 1
            } else {
                high = middle
            }
        }
        // The first event met that may fall on the date makes the standing uncertain, whatever
        // the others say: return at once rather than walk every event of a crowded date.
        var settled: Membership.Status?? = nil
        var index = low - 1
        WorkMeter.count()
        while index >= start {
            WorkMeter.count()
            let entry = entries[index]
            index -= 1
            guard entry.position != excluding else { continue }
            if entry.lastDay < firstDay {  // the event definitely precedes the date
                settled = .some(entry.status)
                break
            }
            return .uncertain
        }
        index = low
        while index < end, entries[index].firstDay <= lastDay {  // may be the date
            WorkMeter.count()
            if entries[index].position != excluding { return .uncertain }
            index += 1
        }
        switch settled {
        case .some(.some(.member)): return .member
        case .some(.some(.participant)): return .participant
        case .some(.some(.observer)): return .observer
        default: return .outsider
        }
    }
}
