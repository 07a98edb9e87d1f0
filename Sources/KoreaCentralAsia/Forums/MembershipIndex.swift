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

    private struct Entry: Sendable {
        var event: Membership.Event
        var position: Int
    }

    private let entries: [Institution.ID: [Entry]]

    /// Builds the index.
    ///
    /// - Complexity: O(*n* log *n*) in the number of events.
    public init(_ membership: Membership) {
        var entries: [Institution.ID: [Entry]] = [:]
        for (position, event) in membership.events.enumerated() {
            entries[event.institution, default: []].append(Entry(event: event, position: position))
        }
        for key in entries.keys {
            entries[key]?.sort { ($0.event.date, $0.position) < ($1.event.date, $1.position) }
        }
        self.entries = entries
    }

    /// An institution's standing on a date, ignoring the event at `excluding` (a position in the
    /// membership's `events`), so that an admission can be judged against the history before it.
    ///
    /// - Complexity: O(log *n* + *k*), where *k* is the number of the institution's events whose
    ///   dates may be `date`.
    public func standing(
        of institution: Institution.ID, on date: PartialDate, excluding: Int? = nil
    ) -> Standing {
        guard let list = entries[institution] else { return .outsider }
        // The first entry that does not start before the date's first day.
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].event.date.firstDay < date.firstDay {
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
            if entry.event.date.definitelyPrecedes(date) {
                settled = .some(entry.event.change.resultingStatus)
                break
            }
            uncertain = true
        }
        index = low
        while index < list.count, !list[index].event.date.definitelyFollows(date) {
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
