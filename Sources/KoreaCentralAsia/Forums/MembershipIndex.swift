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
public struct MembershipIndex: Sendable {
    /// An institution's standing on a date.
    public enum Standing: Sendable, Hashable {
        /// Definitely a member.
        case member
        /// Definitely a participant in meetings only.
        case participant
        /// Definitely neither.
        case outsider
        /// Events of dates that may be that date change the standing: it cannot be told.
        case uncertain

        /// Whether the standing is definitely `standing`.
        public func isDefinitely(_ standing: Standing) -> Bool { self == standing }
    }

    /// What the index keeps of an event: its interval of days, the standing it leaves, and its
    /// position in the history (plain values, so that building and searching copy no strings).
    private struct Entry: Sendable {
        var firstDay: Int
        var lastDay: Int
        var status: Membership.Status?
        var position: Int
    }

    /// Each institution's events, in date order.
    private let lists: [[Entry]]
    /// The position in `lists` of each institution's events.
    private let listOf: [Institution.ID: Int]
    /// The position in `lists` of the events of each event's institution, by the event's
    /// position in the history: a rule that checks every event looks its institution up without
    /// hashing its identifier again.
    private let listOfEvent: [Int]

    /// Builds the index.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events.
    public init(_ membership: Membership) {
        var lists: [[Entry]] = []
        var listOf: [Institution.ID: Int] = [:]
        var listOfEvent: [Int] = []
        listOfEvent.reserveCapacity(membership.events.count)
        for (position, event) in membership.events.enumerated() {
            let list = listOf[event.institution, default: lists.count]
            if list == lists.count {
                listOf[event.institution] = list
                lists.append([])
            }
            lists[list].append(
                Entry(
                    firstDay: event.date.firstDay, lastDay: event.date.lastDay,
                    status: event.change.resultingStatus, position: position))
            listOfEvent.append(list)
        }
        // By date as `PartialDate` sorts (first day, then a coarser date first), then position.
        // A history recorded in date order (the usual case) needs no sorting.
        func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
            (lhs.firstDay, rhs.lastDay, lhs.position) < (rhs.firstDay, lhs.lastDay, rhs.position)
        }
        for list in lists.indices
        where !zip(lists[list], lists[list].dropFirst()).allSatisfy({ precedes($0, $1) }) {
            lists[list].sort(by: precedes)
        }
        self.lists = lists
        self.listOf = listOf
        self.listOfEvent = listOfEvent
    }

    /// An institution's standing on a date, ignoring the event at `excluding` (a position in the
    /// membership's `events`), so that an admission can be judged against the history before it.
    ///
    /// - Complexity: O(log *n* + *k*), where *k* is the number of the institution's events whose
    ///   dates may be `date`.
    public func standing(
        of institution: Institution.ID, on date: PartialDate, excluding: Int? = nil
    ) -> Standing {
        guard let list = listOf[institution] else { return .outsider }
        return standing(in: lists[list], on: date, excluding: excluding)
    }

    /// The standing, on a date, of the institution of the event at `position` in the history,
    /// ignoring that event: ``standing(of:on:excluding:)`` without looking the institution up.
    func standing(ofEventAt position: Int, on date: PartialDate) -> Standing {
        standing(in: lists[listOfEvent[position]], on: date, excluding: position)
    }

    private func standing(in list: [Entry], on date: PartialDate, excluding: Int?) -> Standing {
        let firstDay = date.firstDay
        let lastDay = date.lastDay
        // The first entry that does not start before the date's first day.
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].firstDay < firstDay {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var settled: Membership.Status?? = nil
        var uncertain = false
        var index = low - 1
        while index >= 0 {
            let entry = list[index]
            index -= 1
            guard entry.position != excluding else { continue }
            if entry.lastDay < firstDay {  // the event definitely precedes the date
                settled = .some(entry.status)
                break
            }
            uncertain = true
        }
        index = low
        while index < list.count, list[index].firstDay <= lastDay {  // may be the date
            if list[index].position != excluding { uncertain = true }
            index += 1
        }
        if uncertain { return .uncertain }
        switch settled {
        case .some(.some(.member)): return .member
        case .some(.some(.participant)): return .participant
        default: return .outsider
        }
    }
}
