/// One problem a rule found: a stable code, a severity, a message a person understands, and the
/// subject: a path into the document such as
/// `forums[korea-central-asia-think-tank-forum].editions[2]`.
public struct Violation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule's code, for example `rotation.reciprocity`.
    public var code: RuleCode
    /// Whether the problem is an error or a warning.
    public var severity: Severity
    /// What is wrong, in words.
    public var message: String
    /// Where in the document: entities by id, editions by ordinal, membership events by
    /// institution and date, partnerships by their two codes.
    public var subject: Subject

    /// Creates a violation with any severity and subject, as decoding does.
    public init(code: RuleCode, severity: Severity, message: String, subject: Subject) {
        self.code = code
        self.severity = severity
        self.message = message
        self.subject = subject
    }

    /// Creates a violation of a code, with the code's severity.
    ///
    /// ```swift
    /// Violation(.rotationReciprocity, "…", at: .edition(2, of: forum.id))
    /// ```
    public init(_ code: RuleCode, _ message: String, at subject: Subject) {
        self.init(code: code, severity: code.severity, message: message, subject: subject)
    }

    /// "error rotation.reciprocity forums[…].editions[2]: message".
    public var description: String { "\(severity) \(code) \(subject): \(message)" }
}

/// How serious a violation is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
    CustomStringConvertible
{
    /// The record breaks a rule: validation fails.
    case error
    /// The record is suspicious or incomplete: validation passes.
    case warning

    /// `error` or `warning`.
    public var description: String { rawValue }

    /// Orders by gravity: a warning is less grave than an error.
    ///
    /// `.warning < .error`, so `max()` of a report's severities is its worst; sort descending to
    /// list errors first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}
