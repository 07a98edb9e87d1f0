/// The host rotation of a forum whose charter is reciprocal: the Joint Statement's "the forum
/// will convene on an annual basis, based on the principle of reciprocity" and "the first forum
/// will take place in the Republic of Korea in 2024".
///
/// Codes:
/// - `rotation.first-edition` (error): the earliest edition's year or host differs from the
///   charter's first edition. Names the earliest edition. A record whose earliest edition has
///   an ordinal above 1 does not hold the first edition, so it is not compared.
/// - `rotation.reciprocity` (error): two consecutive editions are hosted on the same side
///   (pivot, or group). Names the later one. Editions with an unrecorded ordinal between them
///   are not consecutive: the record cannot tell who hosted in between. An edition hosted
///   outside the format breaks the chain: the editions on either side of it are not compared.
/// - `rotation.out-of-turn` (warning): a group member hosts again before every other group
///   member has hosted since its last turn. Not reported when an ordinal since the host's last
///   turn is unrecorded: the missing edition may have been another member's turn.
/// - `rotation.host-outside-format` (error): the host is neither the pivot nor a group member.
///
/// Only held and planned editions count; cancelled ones are skipped. Editions are taken in
/// date order (ordinal breaks ties).
///
/// - Complexity: O(*n* log *n* + *n* × *g*) for *n* editions and a group of *g* members.
public struct RotationRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [
            .rotationFirstEdition, .rotationReciprocity, .rotationOutOfTurn,
            .rotationHostOutsideFormat,
        ]
    }

    /// Checks one forum whose charter has a first edition or a rotation.
    public func check(_ forum: Forum) -> [Violation] {
        guard let charter = forum.charter else { return [] }
        let editions = forum.scheduledEditions
        var violations: [Violation] = []
        if let required = charter.firstEdition, let first = editions.first, first.ordinal <= 1,
            first.date.year != required.year || first.host != required.host
        {
            let verb = first.status == .planned ? "is planned to be hosted" : "was hosted"
            violations.append(
                Violation(
                    .rotationFirstEdition,
                    "the \(first.ordinalText) edition \(verb) by \(first.host.nameInProse) in \(first.date.year); the charter set \(required.host.nameInProse) in \(required.year)",
                    at: .edition(first.ordinal, of: forum.id)))
        }
        guard let rotation = charter.rotation else { return violations }
        let record = OrdinalRecord(forum.editions.map(\.ordinal))
        var previous: (edition: Edition, side: Charter.Side)?
        var lastTurn: [Country: (turn: Int, ordinal: Int)] = [:]
        var groupTurn = 0
        for edition in editions {
            // Formatted only for a violation, not for every edition.
            func subject() -> Subject { Subject.edition(edition.ordinal, of: forum.id) }
            guard let side = rotation.side(of: edition.host) else {
                let group = rotation.group.map(\.code).joined(separator: ", ")
                violations.append(
                    Violation(
                        .rotationHostOutsideFormat,
                        "the \(edition.ordinalText) edition (\(edition.date)) is hosted by \(edition.host.nameInProse), which is neither \(rotation.pivot.nameInProse) nor a member of the group (\(group))",
                        at: subject()))
                previous = nil  // the chain of sides starts again after an outside host
                continue
            }
            if let (earlier, earlierSide) = previous, earlierSide == side,
                record.isComplete(between: earlier.ordinal, and: edition.ordinal)
            {
                let sideName = side == .pivot ? rotation.pivot.nameInProse : "the group"
                violations.append(
                    Violation(
                        .rotationReciprocity,
                        "the \(edition.ordinalText) edition (\(edition.host.nameInProse), \(edition.date.year)) and the \(earlier.ordinalText) (\(earlier.host.nameInProse), \(earlier.date.year)) are both hosted by \(sideName); reciprocity alternates \(rotation.pivot.nameInProse) and the group",
                        at: subject()))
            }
            if side == .group {
                groupTurn += 1
                if let last = lastTurn[edition.host],
                    record.isComplete(between: last.ordinal, and: edition.ordinal)
                {
                    let waiting = rotation.group.filter { other in
                        other != edition.host && (lastTurn[other]?.turn ?? 0) < last.turn
                    }
                    if !waiting.isEmpty {
                        let names = waiting.map(\.nameInProse).joined(separator: ", ")
                        violations.append(
                            Violation(
                                .rotationOutOfTurn,
                                "\(edition.host.nameInProse) hosts the \(edition.ordinalText) edition (\(edition.date.year)) before \(names) had a turn since its last",
                                at: subject()))
                    }
                }
                lastTurn[edition.host] = (groupTurn, edition.ordinal)
            }
            previous = (edition, side)
        }
        return violations
    }
}

/// The ordinals a forum's record holds, answering whether any ordinal between two is missing.
struct OrdinalRecord {
    private let ordinals: [Int]

    /// Indexes the recorded ordinals.
    ///
    /// - Complexity: O(*n* log *n*).
    init(_ ordinals: [Int]) {
        // Ordinals recorded in increasing order (the usual case) are kept as they are: no set,
        // no sort.
        let increasing = zip(ordinals, ordinals.dropFirst()).allSatisfy { $0 < $1 }
        self.ordinals = increasing ? ordinals : Array(Set(ordinals)).sorted()
    }

    /// Whether every ordinal strictly between `first` and `second` is recorded.
    ///
    /// - Complexity: O(log *n*).
    func isComplete(between first: Int, and second: Int) -> Bool {
        let (low, high) = (min(first, second), max(first, second))
        guard high - low > 1 else { return true }
        return count(below: high) - count(below: low + 1) == high - low - 1
    }

    /// How many recorded ordinals are below `value`.
    private func count(below value: Int) -> Int {
        var low = 0
        var high = ordinals.count
        while low < high {
            let middle = (low + high) / 2
            if ordinals[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension RuleCode {
    /// The earliest edition's year or host differs from the charter's first edition.
    public static let rotationFirstEdition = RuleCode(
        known: "rotation.first-edition", severity: .error,
        summary: "the earliest edition's year or host differs from the charter's first edition")
    /// Two consecutive editions are hosted on the same side (pivot, or group).
    public static let rotationReciprocity = RuleCode(
        known: "rotation.reciprocity", severity: .error,
        summary: "two consecutive editions are hosted on the same side (pivot, or group)")
    /// A group member hosts again before every other group member has hosted since its last turn.
    public static let rotationOutOfTurn = RuleCode(
        known: "rotation.out-of-turn", severity: .warning,
        summary:
            "a group member hosts again before every other group member has hosted since its last turn"
    )
    /// The host is neither the pivot nor a group member.
    public static let rotationHostOutsideFormat = RuleCode(
        known: "rotation.host-outside-format", severity: .error,
        summary: "the host is neither the pivot nor a group member")
}
