import KoreaCentralAsia

/// One stretch of an institution's or a state's membership of a forum: from an event that made it a member
/// or a participant to the next event that changed or ended that standing.
///
/// Popolo memberships and GraphML membership edges are these periods; the CSV `memberships`
/// table keeps the events themselves.
struct MembershipPeriod: Sendable, Hashable {
    /// The institution or state.
    var member: Membership.Member
    /// Member, participant in meetings only, or observer.
    var status: Membership.Status
    /// The date of the event that began the period.
    var start: PartialDate
    /// The date of the event that ended it, or `nil` while it lasts.
    var end: PartialDate?
    /// The sources of the event that began the period.
    var sources: [Source.ID]

    /// The periods of a membership history, in the order their first events come in time (ties
    /// in the order recorded).
    ///
    /// A founding or an admission begins a period (and ends the institution's open one, as when a
    /// participant becomes a member); a withdrawal ends the open one.
    ///
    /// - Complexity: O(*n* log *n*) for *n* events.
    static func periods(of membership: Membership) -> [MembershipPeriod] {
        var periods: [MembershipPeriod] = []
        var open: [Membership.Member: Int] = [:]
        for event in membership.chronologicalEvents {
            if let index = open.removeValue(forKey: event.member) {
                periods[index].end = event.date
            }
            guard let status = event.change.resultingStatus else { continue }
            open[event.member] = periods.count
            periods.append(
                MembershipPeriod(
                    member: event.member, status: status, start: event.date, end: nil,
                    sources: event.sources))
        }
        return periods
    }
}
