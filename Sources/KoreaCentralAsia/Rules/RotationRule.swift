/// The host rotation of a forum, judged edition by edition against the charter period in force
/// for it: the Joint Statement's "the forum will convene on an annual basis, based on the
/// principle of reciprocity" and "the first forum will take place in the Republic of Korea in
/// 2024"; the Seoul Declaration's Central Asia in odd years and Korea in even years; a
/// chairmanship that passes from member to member.
///
/// Codes:
/// - `rotation.first-edition` (error): the earliest edition's year or host differs from the
///   first edition its period sets. Names the earliest edition. A record whose earliest edition
///   has an ordinal above 1 does not hold the first edition, so it is not compared.
/// - `rotation.reciprocity` (error): under a reciprocal rotation, two consecutive editions are
///   hosted on the same side (pivot, or group). Names the later one. Editions with an
///   unrecorded ordinal between them are not consecutive: the record cannot tell who hosted in
///   between. An edition hosted outside the format breaks the chain.
/// - `rotation.out-of-turn` (warning): under a reciprocal rotation in a set order, a group member
///   hosts again before every other group member has hosted since its last turn. Not reported
///   when an ordinal since the host's last turn is unrecorded.
/// - `rotation.host-outside-format` (error): the host is neither on the pivot's side nor a
///   group member.
/// - `rotation.parity` (error): under a parity rotation, an edition is hosted on the side that
///   the year's parity gives to the other side.
/// - `chairmanship.out-of-turn` (warning): under a chairmanship rotation, a group member chairs
///   a term again before every other member has chaired since its last term. A term is a run of
///   editions with the same chair.
///
/// Each edition is judged by the period in force for it (``Forum/charter(for:)``); editions
/// under different periods are not compared with each other. A breach of a `proposed` or
/// `practice` period is a warning whose message names the period and its agreement. An
/// organisation as pivot hosts through its member states, as the dataset's institutions list
/// them. Held, planned and postponed editions count; cancelled ones are skipped. Editions are
/// taken in date order (ordinal breaks ties).
///
/// - Complexity: O(*n* log *n* + *n* × (*g* + *p*)) for *n* editions, a group of *g* members
///   and *p* periods.
public struct RotationRule: ForumRule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [
            .rotationFirstEdition, .rotationReciprocity, .rotationOutOfTurn,
            .rotationHostOutsideFormat, .rotationParity, .chairmanshipOutOfTurn,
        ]
    }

    /// Checks every forum, resolving organisations' member states from the dataset.
    public func check(_ dataset: Dataset) -> [Violation] {
        let organizations = Dictionary(
            dataset.institutions.lazy.filter { !$0.memberStates.isEmpty }.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        return dataset.forums.flatMap { check($0, organizations: organizations) }
    }

    /// Checks one forum; an organisation as pivot has no member states here.
    public func check(_ forum: Forum) -> [Violation] { check(forum, organizations: [:]) }

    /// Checks one forum, with the organisations whose member states host on a pivot's side.
    func check(_ forum: Forum, organizations: [Institution.ID: Institution]) -> [Violation] {
        guard !forum.charters.isEmpty else { return [] }
        let record = OrdinalRecord(forum.editions.map(\.ordinal))
        var violations: [Violation] = []
        for (index, segment) in forum.periodSegments.enumerated() {
            let period = segment.period
            let charter = period.charter
            if index == 0, let required = charter.firstEdition, let first = segment.editions.first,
                first.ordinal <= 1, first.date.year != required.year || first.host != required.host
            {
                let verb = first.status == .planned ? "is planned to be hosted" : "was hosted"
                violations.append(
                    violation(
                        .rotationFirstEdition, period,
                        "the \(first.ordinalText) edition \(verb) by \(first.host.nameInProse) in \(first.date.year); the charter set \(required.host.nameInProse) in \(required.year)",
                        at: .edition(first.ordinal, of: forum.id)))
            }
            guard let rotation = charter.rotation else { continue }
            let pivotStates =
                rotation.pivot.organization.map { _ in
                    rotation.pivot.states(institutions: organizations)
                }
            let context = Context(
                forum: forum.id, period: period, rotation: rotation, pivotStates: pivotStates,
                record: record, organizations: organizations)
            switch rotation.kind {
            case .reciprocal: violations += reciprocity(segment.editions, context)
            case .parity: violations += parity(segment.editions, context)
            case .chairmanship: violations += chairmanship(segment.editions, context)
            }
        }
        return violations
    }

    /// What every check of one segment needs.
    private struct Context {
        let forum: Forum.ID
        let period: CharterPeriod
        let rotation: Charter.Rotation
        let pivotStates: Set<Country>?
        let record: OrdinalRecord
        let organizations: [Institution.ID: Institution]

        func side(of country: Country) -> Charter.Side? {
            rotation.side(of: country, pivotStates: pivotStates)
        }

        var pivotName: String { rotation.pivot.nameInProse(institutions: organizations) }
    }

    private func violation(
        _ code: RuleCode, _ period: CharterPeriod, _ message: String, at subject: Subject
    ) -> Violation {
        period.violation(code, message, at: subject)
    }

    private func outside(_ edition: Edition, _ context: Context) -> Violation {
        let group = context.rotation.group.map(\.code).joined(separator: ", ")
        return violation(
            .rotationHostOutsideFormat, context.period,
            "the \(edition.ordinalText) edition (\(edition.date)) is hosted by \(edition.host.nameInProse), which is neither \(context.pivotName) nor a member of the group (\(group))",
            at: .edition(edition.ordinal, of: context.forum))
    }

    private func reciprocity(_ editions: [Edition], _ context: Context) -> [Violation] {
        let rotation = context.rotation
        var violations: [Violation] = []
        var previous: (edition: Edition, side: Charter.Side)?
        var lastTurn: [Country: (turn: Int, ordinal: Int)] = [:]
        var groupTurn = 0
        for edition in editions {
            // Formatted only for a violation, not for every edition.
            func subject() -> Subject { Subject.edition(edition.ordinal, of: context.forum) }
            guard let side = context.side(of: edition.host) else {
                violations.append(outside(edition, context))
                previous = nil  // the chain of sides starts again after an outside host
                continue
            }
            if let (earlier, earlierSide) = previous, earlierSide == side,
                context.record.isComplete(between: earlier.ordinal, and: edition.ordinal)
            {
                let sideName = side == .pivot ? context.pivotName : "the group"
                violations.append(
                    violation(
                        .rotationReciprocity, context.period,
                        "the \(edition.ordinalText) edition (\(edition.host.nameInProse), \(edition.date.year)) and the \(earlier.ordinalText) (\(earlier.host.nameInProse), \(earlier.date.year)) are both hosted by \(sideName); reciprocity alternates \(context.pivotName) and the group",
                        at: subject()))
            }
            if side == .group {
                groupTurn += 1
                if rotation.order != .free, let last = lastTurn[edition.host],
                    context.record.isComplete(between: last.ordinal, and: edition.ordinal)
                {
                    let waiting = rotation.group.filter { other in
                        other != edition.host && (lastTurn[other]?.turn ?? 0) < last.turn
                    }
                    if !waiting.isEmpty {
                        let names = waiting.map(\.nameInProse).joined(separator: ", ")
                        violations.append(
                            violation(
                                .rotationOutOfTurn, context.period,
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

    private func parity(_ editions: [Edition], _ context: Context) -> [Violation] {
        editions.compactMap { edition in
            guard let side = context.side(of: edition.host) else {
                return outside(edition, context)
            }
            let year = edition.date.year
            guard let due = context.rotation.parityHost(in: year), due != side else { return nil }
            let dueName = due == .pivot ? context.pivotName : "the group"
            let kind = year % 2 == 0 ? "even" : "odd"
            return violation(
                .rotationParity, context.period,
                "the \(edition.ordinalText) edition (\(edition.host.nameInProse), \(year)) falls in an \(kind) year, which the rotation gives to \(dueName)",
                at: .edition(edition.ordinal, of: context.forum))
        }
    }

    private func chairmanship(_ editions: [Edition], _ context: Context) -> [Violation] {
        let group = context.rotation.group
        var violations: [Violation] = []
        var lastTerm: [Country: Int] = [:]
        var term = 0
        var currentChair: Country?
        for edition in editions {
            guard let chair = edition.chairs.first(where: group.contains) else { continue }
            guard chair != currentChair else { continue }  // the same term goes on
            term += 1
            if let last = lastTerm[chair] {
                let waiting = group.filter { other in
                    other != chair && (lastTerm[other] ?? 0) < last
                }
                if !waiting.isEmpty {
                    let names = waiting.map(\.nameInProse).joined(separator: ", ")
                    violations.append(
                        violation(
                            .chairmanshipOutOfTurn, context.period,
                            "\(chair.nameInProse) chairs again from the \(edition.ordinalText) edition (\(edition.date.year)) before \(names) chaired since its last term",
                            at: .edition(edition.ordinal, of: context.forum)))
                }
            }
            lastTerm[chair] = term
            currentChair = chair
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
    /// An edition hosted on the side that the period's parity gives to the other side that year.
    public static let rotationParity = RuleCode(
        known: "rotation.parity", severity: .error,
        summary:
            "an edition hosted on the side that the period's parity gives to the other side that year"
    )
    /// A group member chairs a term again before every other member has chaired since its last
    /// term.
    public static let chairmanshipOutOfTurn = RuleCode(
        known: "chairmanship.out-of-turn", severity: .warning,
        summary:
            "a group member chairs a term again before every other member has chaired since its last term"
    )
}
