/// A period of a forum's rules: a ``Charter`` in force from a date or an edition until the next
/// period starts, with the agreement that set it and how binding it is.
///
/// Rules change by agreement. The Cooperation Forum met at vice-ministerial level from 2007; the
/// Seoul Declaration of 2015 proposed a ministerial forum from the 10th edition and, after it,
/// Central Asia hosting in odd years and Korea in even years. Each edition is judged against the
/// period in force for it (``Forum/charter(for:)``):
///
/// ```swift
/// let periods = [
///     CharterPeriod(charter: Charter(cadence: .annual, level: .viceMinisterial), force: .practice),
///     CharterPeriod(
///         from: .edition(10), charter: Charter(cadence: .annual, level: .ministerial),
///         force: .proposed, agreement: "seoul-declaration-2015"),
/// ]
/// ```
///
/// A breach of a ``Force/binding`` period is reported at its code's own severity; of a
/// ``Force/proposed`` or ``Force/practice`` period, as a warning that names the period and its
/// agreement.
public struct CharterPeriod: Sendable, Hashable {
    /// Where the period starts.
    public var start: Start
    /// The rules in force during the period.
    public var charter: Charter
    /// How binding the rules are.
    public var force: Force
    /// The agreement that set the rules, when one did.
    public var agreement: Agreement.ID?
    /// The sources that state the rules.
    public var sources: [Source.ID]
    /// A note on the period: how the rule was read, or what is uncertain.
    public var note: String?

    /// Creates a period.
    public init(
        from start: Start = .beginning, charter: Charter, force: Force = .binding,
        agreement: Agreement.ID? = nil, sources: [Source.ID] = [], note: String? = nil
    ) {
        self.start = start
        self.charter = charter
        self.force = force
        self.agreement = agreement
        self.sources = sources
        self.note = note
    }

    /// Where a period starts: at the forum's beginning, on a date, or at an edition.
    public enum Start: Sendable, Hashable, CustomStringConvertible {
        /// From the forum's first edition.
        case beginning
        /// From a date on: editions that do not definitely precede it.
        case date(PartialDate)
        /// From the edition with this ordinal on.
        case edition(Int)

        /// "from the start", "from 2015-10-05", "from the 10th edition".
        public var description: String {
            switch self {
            case .beginning: "from the start"
            case .date(let date): "from \(date)"
            case .edition(let ordinal): "from the \(Edition.ordinalText(ordinal)) edition"
            }
        }
    }

    /// How binding a period's rules are.
    ///
    /// A closed set.
    public enum Force: String, Sendable, Hashable, Codable, CaseIterable, WireEnum {
        /// Agreed: a breach is reported at its code's severity.
        case binding
        /// Agreed to be considered ("agreed to consider"): a breach is a warning.
        case proposed
        /// Observed, with no written rule: a breach is a warning.
        case practice

        static let wireName = "charter force"

        /// Decodes a force, refusing unknown values.
        public init(from decoder: any Decoder) throws { self = try Self.decodeWire(from: decoder) }
    }

    /// Whether the period is in force for an edition: the edition does not come before the
    /// period's start.
    ///
    /// A period that starts at an edition covers that edition and every later ordinal; one that
    /// starts on a date covers every edition whose date does not definitely precede it.
    public func covers(_ edition: Edition) -> Bool {
        switch start {
        case .beginning: true
        case .date(let date): !edition.date.definitelyPrecedes(date)
        case .edition(let ordinal): edition.ordinal >= ordinal
        }
    }

    /// The severity of a breach of this period under `code`: the code's own for a binding
    /// period, a warning otherwise.
    public func severity(of code: RuleCode) -> Severity {
        force == .binding ? code.severity : .warning
    }

    /// The words a violation message adds for a period that is not binding: " (a proposed rule
    /// from the 11th edition, agreement seoul-declaration-2015)"; empty for a binding period.
    public var qualification: String {
        guard force != .binding else { return "" }
        let agreement = agreement.map { ", agreement \($0)" } ?? ""
        return " (a \(force.rawValue) rule \(start)\(agreement))"
    }
}

extension CharterPeriod: Codable {
    enum CodingKeys: String, CharterCodingKey, CaseIterable {
        case from, force, agreement, sources, note
        case cadence, rotation, firstEdition, admission, level
    }

    private enum StartKeys: String, CodingKey, CaseIterable {
        case date, edition
    }

    /// Decodes a period: its own keys (`from`, `force`, `agreement`, `sources`, `note`) beside
    /// the charter's (`cadence`, `rotation`, `level`, `admission`, `firstEdition`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        if try !container.contains(.from) || container.decodeNil(forKey: .from) {
            start = .beginning
        } else {
            let from = try container.superDecoder(forKey: .from).strictContainer(
                keyedBy: StartKeys.self)
            switch (from.contains(.date), from.contains(.edition)) {
            case (true, false):
                start = .date(try from.decode(PartialDate.self, forKey: .date))
            case (false, true):
                start = .edition(
                    try from.decodeInteger(forKey: .edition, in: 1...1_000_000) {
                        "\($0) is not an edition ordinal (1 or more)"
                    })
            default:
                throw container.refuse(
                    .from,
                    "a period starts from a date ({\"date\": \"2015-10-05\"}) or an edition ({\"edition\": 11}), one of the two"
                )
            }
        }
        force = try container.decodeWireIfPresent(Force.self, forKey: .force) ?? .binding
        agreement = try container.decodeIfPresent(Agreement.ID.self, forKey: .agreement)
        sources = try container.decodeArray(.sources) { text throws(ValueError) in
            try Source.ID(text)
        }
        note = try container.decodeIfPresent(String.self, forKey: .note)
        charter = try Charter(rulesIn: container)
    }

    /// Encodes the period, leaving out a start at the beginning, binding force and absent
    /// values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch start {
        case .beginning: break
        case .date(let date):
            var from = container.nestedContainer(keyedBy: StartKeys.self, forKey: .from)
            try from.encode(date, forKey: .date)
        case .edition(let ordinal):
            var from = container.nestedContainer(keyedBy: StartKeys.self, forKey: .from)
            try from.encode(ordinal, forKey: .edition)
        }
        if force != .binding { try container.encode(force, forKey: .force) }
        try container.encodeIfPresent(agreement, forKey: .agreement)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        try container.encodeIfPresent(note, forKey: .note)
        try charter.encodeRules(into: &container)
    }
}

extension CharterPeriod {
    /// A violation of this period's rules: at the code's severity for a binding period, as a
    /// warning naming the period and its agreement otherwise.
    func violation(_ code: RuleCode, _ message: String, at subject: Subject) -> Violation {
        Violation(
            code: code, severity: severity(of: code), message: message + qualification,
            subject: subject)
    }
}

extension Forum {
    /// The scheduled editions in date order, cut into runs under one period each; editions no
    /// period covers are left out.
    ///
    /// - Complexity: O(*n* log *n* + *n* × *p*) for *n* editions and *p* periods.
    var periodSegments: [(period: CharterPeriod, editions: [Edition])] {
        var segments: [(period: CharterPeriod, editions: [Edition])] = []
        var current: Int?
        for edition in scheduledEditions {
            guard let index = charters.lastIndex(where: { $0.covers(edition) }) else {
                current = nil
                continue
            }
            if index == current, !segments.isEmpty {
                segments[segments.count - 1].editions.append(edition)
            } else {
                segments.append((charters[index], [edition]))
                current = index
            }
        }
        return segments
    }
}
