/// A forum's charter agrees with the agreement that established it.
///
/// Code `agreement.charter-mismatch` (error): the charter of a forum contradicts a typed
/// provision of the agreement named by its `establishedBy`: another cadence, no rotation where
/// the agreement sets reciprocity (or another pivot or group), another first edition, another
/// minimum of recommenders. Names `forums[id].charter`. Provisions the agreement does not make
/// are not compared.
///
/// - Complexity: O(*f* + *a*) for *f* forums and *a* agreements.
public struct AgreementRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.agreementCharterMismatch] }

    /// Checks every forum established by an agreement of the dataset.
    public func check(_ dataset: Dataset) -> [Violation] {
        // Each agreement's provisions once, without repeats or text, and at most `reportLimit`
        // differences a forum: many forums naming one agreement with many provisions then cost
        // their sum, not their product, in time and in the size of the report.
        var agreements: [Agreement.ID: Agreement] = [:]
        for agreement in dataset.agreements where agreements[agreement.id] == nil {
            var distinct = agreement
            distinct.provisions = Self.distinctProvisions(agreement.provisions)
            agreements[agreement.id] = distinct
        }
        return dataset.forums.flatMap { forum -> [Violation] in
            guard let id = forum.establishedBy, let agreement = agreements[id] else { return [] }
            // The period the agreement set, else the first: the founding rules.
            let founding =
                forum.charters.first { $0.agreement == agreement.id } ?? forum.charters.first
            let problems = Self.mismatches(
                founding?.charter, agreement, limit: Self.reportLimit + 1)
            var messages = problems.prefix(Self.reportLimit).map {
                "\($0), against \(quoted(agreement.id.rawValue))"
            }
            if problems.count > Self.reportLimit {
                messages.append(
                    "the charter contradicts \(quoted(agreement.id.rawValue)) in more ways than the \(Self.reportLimit) listed"
                )
            }
            return messages.map { message in
                Violation(
                    .agreementCharterMismatch, message,
                    at: .forum(forum.id).field("charter"))
            }
        }
    }

    /// The most differences reported for one forum; one more violation says there are more.
    static let reportLimit = 20

    /// The provisions that can contradict a charter, each once: no text, and a reciprocity
    /// provision once for its pivot and the set of its group, whatever the order.
    static func distinctProvisions(_ provisions: [Provision]) -> [Provision] {
        enum Key: Hashable {
            case reciprocity(Country?, Set<Country>)
            case other(Provision)
        }
        var seen = Set<Key>()
        return provisions.filter { provision in
            switch provision {
            case .text: false
            case .reciprocity(let pivot, let group):
                seen.insert(.reciprocity(pivot, Set(group))).inserted
            default: seen.insert(.other(provision)).inserted
            }
        }
    }

    /// The ways a charter contradicts an agreement's provisions, in words.
    public static func mismatches(_ charter: Charter?, _ agreement: Agreement) -> [String] {
        mismatches(charter, agreement, limit: .max)
    }

    /// The ways a charter contradicts an agreement's provisions, stopping once `limit` are found.
    static func mismatches(_ charter: Charter?, _ agreement: Agreement, limit: Int) -> [String] {
        var problems: [String] = []
        for provision in agreement.provisions {
            guard problems.count < limit else { break }
            WorkMeter.count()
            switch provision {
            case .cadence(let cadence) where charter?.cadence != cadence:
                let set = charter.map { "sets \(Self.phrase($0.cadence))" } ?? "is missing"
                problems.append("the agreement sets \(Self.phrase(cadence)); the charter \(set)")
            case .reciprocity(let pivot, let group):
                guard let rotation = charter?.rotation else {
                    problems.append("the agreement sets reciprocity; the charter has no rotation")
                    continue
                }
                if let pivot, Party.country(pivot) != rotation.pivot {
                    problems.append(
                        "the agreement's pivot is \(pivot.code); the charter's is \(rotation.pivot)"
                    )
                }
                if !group.isEmpty, Set(group) != Set(rotation.group) {
                    problems.append(
                        "the agreement's group is \(group.map(\.code).joined(separator: ", ")); the charter's is \(rotation.group.map(\.code).joined(separator: ", "))"
                    )
                }
            case .firstEdition(let first) where charter?.firstEdition != first:
                let (year, host) = (first.year, first.host)
                let set = charter?.firstEdition.map { "\($0.host.code) in \($0.year)" } ?? "none"
                problems.append(
                    "the agreement sets the first edition in \(host.code) in \(year); the charter sets \(set)"
                )
            case .admissionByRecommendation(let policy)
            where charter?.admission?.minimumRecommenders != policy.minimumRecommenders:
                let minimum = policy.minimumRecommenders
                let set =
                    charter?.admission.map { "\($0.minimumRecommenders)" } ?? "no admission rule"
                problems.append(
                    "the agreement asks for \(minimum) recommender\(minimum == 1 ? "" : "s"); the charter sets \(set)"
                )
            default:
                break
            }
        }
        return problems
    }

    /// A cadence in words, with its article: "an annual cadence".
    static func phrase(_ cadence: Charter.Cadence) -> String {
        switch cadence {
        case .annual: "an annual cadence"
        case .biennial: "a biennial cadence"
        case .irregular: "an irregular cadence"
        }
    }
}

extension RuleCode {
    /// A forum's charter contradicts the provisions of the agreement that established it.
    public static let agreementCharterMismatch = RuleCode(
        known: "agreement.charter-mismatch", severity: .error,
        summary: "a forum's charter contradicts the provisions of the agreement that established it"
    )
}
