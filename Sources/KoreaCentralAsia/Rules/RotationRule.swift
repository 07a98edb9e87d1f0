/// The host rotation of a forum whose charter is reciprocal: the Joint Statement's "the forum
/// will convene on an annual basis, based on the principle of reciprocity" and "the first forum
/// will take place in the Republic of Korea in 2024".
///
/// Codes:
/// - `rotation.first-edition` (error): the earliest edition's year or host differs from the
///   charter's first edition. Names the earliest edition.
/// - `rotation.reciprocity` (error): two consecutive editions are hosted on the same side
///   (pivot, or group). Names the later one. Editions with an unrecorded ordinal between them
///   are not consecutive: the record cannot tell who hosted in between.
/// - `rotation.out-of-turn` (warning): a group member hosts again before every other group
///   member has hosted since its last turn.
/// - `rotation.host-outside-format` (error): the host is neither the pivot nor a group member.
///
/// Only held and planned editions count; cancelled ones are skipped. Editions are taken in
/// date order (ordinal breaks ties).
///
/// - Complexity: O(*n* log *n* + *n* × *g*) for *n* editions and a group of *g* members.
public struct RotationRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [
            .rotationFirstEdition, .rotationReciprocity, .rotationOutOfTurn,
            .rotationHostOutsideFormat,
        ]
    }

    /// Checks every forum whose charter has a first edition or a rotation.
    public func check(_ dataset: Dataset) -> [Violation] {
        dataset.forums.flatMap(check(_:))
    }

    /// Checks one forum.
    public func check(_ forum: Forum) -> [Violation] {
        guard let charter = forum.charter else { return [] }
        let editions = forum.scheduledEditions
        var violations: [Violation] = []
        if let required = charter.firstEdition, let first = editions.first,
            first.date.year != required.year || first.host != required.host
        {
            violations.append(
                Violation(
                    code: .rotationFirstEdition, severity: .error,
                    message:
                        "the \(first.ordinalText) edition \(first.status == .planned ? "is planned to be hosted" : "was hosted") by \(first.host.nameInProse) in \(first.date.year); the charter set \(required.host.nameInProse) in \(required.year)",
                    subject: Subject.edition(first.ordinal, of: forum.id)))
        }
        guard let rotation = charter.rotation else { return violations }
        let recorded = Set(forum.editions.map(\.ordinal))
        var previous: (edition: Edition, side: Charter.Side)?
        var lastTurn: [Country: Int] = [:]
        var groupTurn = 0
        for edition in editions {
            let subject = Subject.edition(edition.ordinal, of: forum.id)
            guard let side = rotation.side(of: edition.host) else {
                violations.append(
                    Violation(
                        code: .rotationHostOutsideFormat, severity: .error,
                        message:
                            "the \(edition.ordinalText) edition (\(edition.date)) is hosted by \(edition.host.nameInProse), which is neither \(rotation.pivot.nameInProse) nor a member of the group (\(rotation.group.map(\.code).joined(separator: ", ")))",
                        subject: subject))
                continue
            }
            if let (earlier, earlierSide) = previous, earlierSide == side,
                Self.areConsecutive(earlier.ordinal, edition.ordinal, recorded: recorded)
            {
                let sideName = side == .pivot ? rotation.pivot.nameInProse : "the group"
                violations.append(
                    Violation(
                        code: .rotationReciprocity, severity: .error,
                        message:
                            "the \(edition.ordinalText) edition (\(edition.host.nameInProse), \(edition.date.year)) and the \(earlier.ordinalText) (\(earlier.host.nameInProse), \(earlier.date.year)) are both hosted by \(sideName); reciprocity alternates \(rotation.pivot.nameInProse) and the group",
                        subject: subject))
            }
            if side == .group {
                groupTurn += 1
                if let last = lastTurn[edition.host] {
                    let waiting = rotation.group.filter { other in
                        other != edition.host && (lastTurn[other] ?? 0) < last
                    }
                    if !waiting.isEmpty {
                        violations.append(
                            Violation(
                                code: .rotationOutOfTurn, severity: .warning,
                                message:
                                    "\(edition.host.nameInProse) hosts the \(edition.ordinalText) edition (\(edition.date.year)) before \(waiting.map(\.nameInProse).joined(separator: ", ")) had a turn since its last",
                                subject: subject))
                    }
                }
                lastTurn[edition.host] = groupTurn
            }
            previous = (edition, side)
        }
        return violations
    }

    /// Whether no unrecorded ordinal lies between two editions.
    static func areConsecutive(_ earlier: Int, _ later: Int, recorded: Set<Int>) -> Bool {
        let (low, high) = (min(earlier, later), max(earlier, later))
        guard high - low > 1 else { return true }
        guard high - low <= recorded.count else { return false }
        return (low + 1..<high).allSatisfy(recorded.contains)
    }
}
