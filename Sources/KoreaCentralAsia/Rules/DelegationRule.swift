/// The delegations of a format's tracks come from the format's two sides.
///
/// Code `delegation.outside-format` (error): a delegation of a country that is neither on the
/// partner's side (the partner country, or an organisation's member states) nor in the format's
/// group. Guests are listed apart, in ``Edition/guests``, not as delegations. Names the edition's
/// delegations: `forums[id].editions[3].delegations[MN]`. Forums that are no format's track are
/// not checked.
///
/// - Complexity: O(*n*) in the number of delegations, with hash sets of each format's states.
public struct DelegationRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] { [.delegationOutsideFormat] }

    /// Checks every delegation of every track.
    public func check(_ dataset: Dataset) -> [Violation] {
        let institutions = Dictionary(
            dataset.institutions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let formats = Dictionary(
            dataset.formats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var violations: [Violation] = []
        for forum in dataset.forums {
            guard let id = forum.format, let format = formats[id] else { continue }
            let states = format.partner.states(institutions: institutions).union(format.group)
            for edition in forum.editions {
                for delegation in edition.delegations where !states.contains(delegation.country) {
                    violations.append(
                        Violation(
                            .delegationOutsideFormat,
                            "\(delegation.country.nameInProse) sent a delegation to the \(edition.ordinalText) edition, but is neither on \(format.partner.nameInProse(institutions: institutions))'s side nor in the group of \(quoted(format.name)); list it among the guests",
                            at: .edition(edition.ordinal, of: forum.id).field(
                                "delegations[\(delegation.country.code)]")))
                }
            }
        }
        return violations
    }
}

extension RuleCode {
    /// A delegation of a country that is neither on the partner's side nor in the group.
    public static let delegationOutsideFormat = RuleCode(
        known: "delegation.outside-format", severity: .error,
        summary:
            "a delegation of a country that is neither on the partner's side nor in the group")
}
