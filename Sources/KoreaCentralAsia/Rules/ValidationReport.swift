/// What validation found: the violations that count, and those the dataset acknowledges.
///
/// Encodes as `{"violations": [{"code", "severity", "message", "subject"}], "acknowledged":
/// [{"code", "severity", "message", "subject", "note"}]}`.
public struct ValidationReport: Sendable, Hashable, Codable {
    /// The violations that count, in a stable order: by rule, then in document order.
    public var violations: [Violation]
    /// The violations that match an acknowledgement; they count neither as errors nor as
    /// warnings.
    public var acknowledged: [AcknowledgedViolation]

    /// Creates a report.
    public init(violations: [Violation] = [], acknowledged: [AcknowledgedViolation] = []) {
        self.violations = violations
        self.acknowledged = acknowledged
    }

    /// The violations of severity error.
    public var errors: [Violation] { violations.filter { $0.severity == .error } }
    /// The violations of severity warning.
    public var warnings: [Violation] { violations.filter { $0.severity == .warning } }
    /// Whether any error is not acknowledged.
    public var hasErrors: Bool { violations.contains { $0.severity == .error } }
    /// The codes of the violations that count, in order, for quick checks.
    public var codes: [RuleCode] { violations.map(\.code) }
}

/// A violation that matches an acknowledgement of the dataset, with the acknowledgement's note.
public struct AcknowledgedViolation: Sendable, Hashable, Codable {
    /// The violation.
    public var violation: Violation
    /// Why the record keeps it.
    public var note: String

    /// Creates an acknowledged violation.
    public init(violation: Violation, note: String) {
        self.violation = violation
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case code, severity, message, subject, note
    }

    /// Decodes the flat form `{"code", "severity", "message", "subject", "note"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        violation = Violation(
            code: try container.decode(RuleCode.self, forKey: .code),
            severity: try container.decode(Severity.self, forKey: .severity),
            message: try container.decode(String.self, forKey: .message),
            subject: try container.decode(Subject.self, forKey: .subject))
        note = try container.decode(String.self, forKey: .note)
    }

    /// Encodes the flat form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(violation.code, forKey: .code)
        try container.encode(violation.severity, forKey: .severity)
        try container.encode(violation.message, forKey: .message)
        try container.encode(violation.subject, forKey: .subject)
        try container.encode(note, forKey: .note)
    }
}
