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
    public var subject: String

    /// Creates a violation.
    public init(code: RuleCode, severity: Severity, message: String, subject: String) {
        self.code = code
        self.severity = severity
        self.message = message
        self.subject = subject
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

    /// Orders errors before warnings.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// Builders for the subject paths of violations.
public enum Subject {
    /// `forums[id]`.
    public static func forum(_ id: Forum.ID) -> String { "forums[\(id)]" }

    /// `forums[id].editions[ordinal]`.
    public static func edition(_ ordinal: Int, of forum: Forum.ID) -> String {
        "forums[\(forum)].editions[\(ordinal)]"
    }

    /// `forums[id].membership[institution@date]`.
    public static func membershipEvent(_ event: Membership.Event, of forum: Forum.ID) -> String {
        "forums[\(forum)].membership[\(event.key)]"
    }

    /// `partnerships[KR-UZ]`.
    public static func partnership(_ partnership: Partnership) -> String {
        "partnerships[\(partnership.key)]"
    }
}
