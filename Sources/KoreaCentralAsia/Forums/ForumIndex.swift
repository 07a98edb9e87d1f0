/// A forum with its membership history indexed once, so that "who belongs on this date?",
/// "what is this institution's standing then?" and "is this admission admissible?" are answered
/// in logarithmic time instead of replaying the whole history each time.
///
/// Build it once, then ask as often as needed; the answers are exactly those of
/// ``Forum/members(on:)`` and ``Forum/evaluateAdmission(candidate:recommendedBy:on:status:)``.
///
/// ```swift
/// let index = ForumIndex(forum)                     // O(n log n), once
/// index.members(on: "2025-02")                       // O(log n + m)
/// let decision = index.evaluateAdmission(
///     candidate: "isrs", recommendedBy: ["iica"], on: "2025-01-10")  // O(r log n)
/// ```
///
/// The index is a value: it keeps the forum as it was when built. Build a new one after
/// changing the forum (for example after recording an admission).
package struct ForumIndex: Sendable {
    /// The forum the index was built from.
    package let forum: Forum
    /// The history indexed by institution, for standings on a date.
    package let membership: MembershipIndex
    /// When each charter period starts, for the admission policy in force on a date.
    let charters: CharterTimeline

    /// A span of chronological positions `start..<end` during which an institution is a
    /// member: from one of its events to its next (or to the end of the history).
    private struct Span: Sendable {
        var start: Int
        var end: Int
        var institution: Membership.Member
    }

    /// The first day of each event, in chronological order (nondecreasing).
    private let firstDays: [Int]
    /// A centred interval tree over the positions `0..<firstDays.count`, flattened: the node
    /// whose centre is position `p` holds the spans that contain `p` and no centre above it,
    /// at `nodeStart[p]..<nodeStart[p + 1]`, ascending by start in `byStart` and descending by
    /// end in `byEnd`.
    private let nodeStart: [Int]
    private let byStart: [Span]
    private let byEnd: [Span]

    /// Indexes a forum's membership history.
    ///
    /// - Complexity: O(*n* log *n*) time and O(*n*) memory for *n* membership events.
    package init(_ forum: Forum) {
        self.forum = forum
        membership = MembershipIndex(forum.membership)
        charters = CharterTimeline(forum)
        let events = forum.membership.events
        let count = events.count
        // Chronological order, as `Membership.chronologicalEvents`: by date (first day, then a
        // coarser date first), then recorded order.
        let keys = events.map { ($0.date.firstDay, -$0.date.lastDay) }
        let order = events.indices.sorted {
            (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1)
        }
        firstDays = order.map { keys[$0].0 }

        var spans: [Span] = []
        var open: [Membership.Member: (start: Int, isMember: Bool)] = [:]
        for (position, eventIndex) in order.enumerated() {
            let event = events[eventIndex]
            if let previous = open[event.member], previous.isMember {
                spans.append(
                    Span(start: previous.start, end: position, institution: event.member))
            }
            open[event.member] = (position, event.change.resultingStatus == .member)
        }
        for (institution, last) in open where last.isMember {
            spans.append(Span(start: last.start, end: count, institution: institution))
        }

        // The node of each span: the first centre, going down from the root, inside it.
        var node = [Int](repeating: 0, count: spans.count)
        var sizes = [Int](repeating: 0, count: count + 1)
        for (index, span) in spans.enumerated() {
            var low = 0
            var high = count
            var centre = (low + high) / 2
            while span.end <= centre || span.start > centre {
                if span.end <= centre { high = centre } else { low = centre + 1 }
                centre = (low + high) / 2
            }
            node[index] = centre
            sizes[centre + 1] += 1
        }
        for position in 0..<count { sizes[position + 1] += sizes[position] }
        nodeStart = sizes
        var next = sizes
        var byStart = spans
        for (index, span) in spans.enumerated() {
            byStart[next[node[index]]] = span
            next[node[index]] += 1
        }
        var byEnd = byStart
        for centre in 0..<count where sizes[centre + 1] - sizes[centre] > 1 {
            let range = sizes[centre]..<sizes[centre + 1]
            byStart[range].sort { $0.start < $1.start }
            byEnd[range].sort { $0.end > $1.end }
        }
        self.byStart = byStart
        self.byEnd = byEnd
    }

    /// The institutions that are members on a date; participants are not members.
    ///
    /// The same answer as ``Forum/members(on:)``: every event that does not definitely follow
    /// the date counts.
    ///
    /// - Complexity: O(log *n* + *m*) for *n* events and *m* members on the date.
    package func members(on date: PartialDate) -> Set<Membership.Member> {
        // The events that count are a prefix of the chronological order: those whose first day
        // is not after the date's last day.
        let lastDay = date.lastDay
        var low = 0
        var high = firstDays.count
        while low < high {
            let middle = (low + high) / 2
            if firstDays[middle] <= lastDay { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return [] }
        let point = low - 1  // the last event that counts
        var members = Set<Membership.Member>()
        low = 0
        high = firstDays.count
        while low < high {
            let centre = (low + high) / 2
            let range = nodeStart[centre]..<nodeStart[centre + 1]
            if point < centre {
                for span in byStart[range] {
                    guard span.start <= point else { break }
                    members.insert(span.institution)
                }
                high = centre
            } else {
                for span in byEnd[range] {
                    guard span.end > point else { break }
                    members.insert(span.institution)
                }
                if point == centre { break }
                low = centre + 1
            }
        }
        return members
    }

    /// An institution's standing on a date.
    ///
    /// - Complexity: O(log *n*).
    package func standing(of institution: Membership.Member, on date: PartialDate)
        -> MembershipIndex.Standing
    {
        membership.standing(of: institution, on: date)
    }

    /// Evaluates a request to admit an institution, with the same decision as
    /// ``Forum/evaluateAdmission(candidate:recommendedBy:on:status:)`` but without indexing the
    /// history again.
    ///
    /// - Parameters:
    ///   - candidate: The institution to admit.
    ///   - recommenders: The institutions that recommend it.
    ///   - date: The date of admission.
    ///   - status: Member (the default), or participant in meetings only.
    /// - Returns: The decision. Its ``AdmissionDecision/admittedForum`` copies the forum's
    ///   history when read, in O(*n*).
    /// - Complexity: O(*r* log *n*) for *r* recommenders.
    package func evaluateAdmission(
        candidate: Institution.ID, recommendedBy recommenders: [Institution.ID],
        on date: PartialDate, status: Membership.Status = .member
    ) -> AdmissionDecision {
        // The history is indexed already: the request is judged against it as it stands.
        let request = Membership.Event.admitted(
            candidate, on: date, recommendedBy: recommenders, status: status)
        return AdmissionDecision(
            evaluating: request, for: forum, index: membership, charters: charters)
    }
}
