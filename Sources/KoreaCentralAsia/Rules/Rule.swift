/// A check of a dataset that reports violations.
///
/// A rule reads a dataset and returns every violation it finds; it never throws and never
/// stops at the first problem. It must be deterministic: the same dataset gives the same
/// violations in the same order. A rule declares its codes (``RuleCode``, each with its
/// severity and summary) beside itself; a rule that looks at one forum at a time is a
/// ``ForumRule``. Write your own and add it to the standard set:
///
/// ```swift
/// struct CityIsNamed: ForumRule {
///     static let code = RuleCode(
///         "myorg.city-named", severity: .warning, summary: "an edition names no city")
///     var codes: [RuleCode] { [Self.code] }
///
///     func check(_ forum: Forum) -> [Violation] {
///         forum.editions.filter { $0.city == nil }.map { edition in
///             Violation(
///                 Self.code, "edition \(edition.ordinal) names no city",
///                 at: .edition(edition.ordinal, of: forum.id))
///         }
///     }
/// }
///
/// let report = dataset.validate(rules: .standard.adding(CityIsNamed()))
/// ```
public protocol Rule: Sendable {
    /// The codes of the violations this rule can report.
    var codes: [RuleCode] { get }

    /// Every violation of the rule in the dataset, in a deterministic order.
    func check(_ dataset: Dataset) -> [Violation]
}

/// An ordered list of rules that validates datasets.
public struct RuleSet: Sendable {
    /// The rules, run in this order.
    public var rules: [any Rule]

    /// Creates a rule set.
    public init(_ rules: [any Rule]) { self.rules = rules }

    /// Every standard rule.
    ///
    /// Rotation, cadence, editions, membership and admission, references, chronology,
    /// partnerships, indicators, agreements, sources, the record's date, the evidence of
    /// sources, charter periods, delegations and claims. Its ``codes`` are the table of codes
    /// (``RuleCode/standard``).
    public static let standard = RuleSet([
        RotationRule(), CadenceRule(), EditionRule(), MembershipRule(), ReferenceRule(),
        ChronologyRule(), PartnershipRule(), IndicatorRule(), AgreementRule(), SourceRule(),
        RecordDateRule(), EvidenceRule(), CharterRule(), DelegationRule(), ClaimRule(),
        PostRule(),
    ])

    /// This set with more rules after the existing ones.
    public func adding(_ rules: any Rule...) -> RuleSet { RuleSet(self.rules + rules) }

    /// Every code the set's rules can report, plus `acknowledgement.unused`.
    public var codes: [RuleCode] { rules.flatMap(\.codes) + [.acknowledgementUnused] }

    /// Runs every rule and sorts the violations into those that count and those the dataset
    /// acknowledges.
    ///
    /// An acknowledgement that matches nothing is reported as
    /// `acknowledgement.unused`, a warning.
    ///
    /// - Complexity: The sum of the rules' costs; the standard rules are each O(*n* log *n*) in
    ///   the size of the dataset.
    public func validate(_ dataset: Dataset) -> ValidationReport {
        let found = rules.flatMap { $0.check(dataset) }
        /// A code and a subject, matched by value.
        struct Key: Hashable {
            let code: RuleCode
            let subject: Subject
        }
        var notes: [Key: (note: String, index: Int)] = [:]
        for (index, acknowledgement) in dataset.acknowledgements.enumerated() {
            let key = Key(code: acknowledgement.code, subject: acknowledgement.subject)
            if notes[key] == nil { notes[key] = (acknowledgement.note, index) }
        }
        var report = ValidationReport()
        var used = Set<Int>()
        for violation in found {
            if let match = notes[Key(code: violation.code, subject: violation.subject)] {
                used.insert(match.index)
                report.acknowledged.append(
                    AcknowledgedViolation(violation: violation, note: match.note))
            } else {
                report.violations.append(violation)
            }
        }
        for (index, acknowledgement) in dataset.acknowledgements.enumerated()
        where !used.contains(index) {
            let duplicate =
                notes[Key(code: acknowledgement.code, subject: acknowledgement.subject)]?.index
                != index
            // The subject is text from the document: escaped, so that the message stays one line.
            let subject = escapingControlCharacters(acknowledgement.subject.path)
            report.violations.append(
                Violation(
                    .acknowledgementUnused,
                    duplicate
                        ? "the acknowledgement repeats an earlier one for \(acknowledgement.code) at \(subject)"
                        : "no violation matches the acknowledgement of \(acknowledgement.code) at \(subject); remove it if the record was corrected",
                    at: .acknowledgement(index)))
        }
        return report
    }
}

extension Dataset {
    /// Validates the dataset against a rule set, the standard one by default.
    ///
    /// ```swift
    /// let report = dataset.validate()
    /// if report.hasErrors { print(report.errors) }
    /// ```
    public func validate(rules: RuleSet = .standard) -> ValidationReport {
        rules.validate(self)
    }

    /// Validates the dataset as of a date instead of its own ``asOf``: the time rules judge the
    /// record as checked on that date.
    ///
    /// ```swift
    /// let report = catalog.validate(asOf: "2026-11-26")
    /// report.codes.contains(.editionOverdue)  // a planned edition whose date has passed
    /// ```
    public func validate(asOf date: PartialDate, rules: RuleSet = .standard) -> ValidationReport {
        var dated = self
        dated.asOf = date
        return rules.validate(dated)
    }

    /// Validates the dataset without the time rules, whatever its ``asOf``: nothing is judged
    /// overdue, after the record or undated.
    ///
    /// ```swift
    /// let timeless = catalog.validateWithoutTimeRules()
    /// timeless.codes.contains(.editionOverdue)  // false
    /// ```
    public func validateWithoutTimeRules(rules: RuleSet = .standard) -> ValidationReport {
        var undated = self
        undated.asOf = nil
        return rules.validate(undated)
    }
}

extension RuleCode {
    /// An acknowledgement that matches no violation (stale).
    public static let acknowledgementUnused = RuleCode(
        known: "acknowledgement.unused", severity: .warning,
        summary: "an acknowledgement that matches no violation (stale)")
}
