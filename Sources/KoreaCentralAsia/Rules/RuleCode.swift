/// The stable, machine-readable code of a rule's violations, such as `rotation.reciprocity`,
/// with its severity and a one-line summary of when it is reported.
///
/// An open set: each standard rule declares its codes as static members beside the rule, and a
/// rule of your own declares codes of its own. A code is dot-separated lower-case words with
/// hyphens: `family.name`. Codes are equal when their text is.
///
/// ```swift
/// extension RuleCode {
///     static let hostCity = RuleCode(
///         "myorg.host-city", severity: .warning, summary: "an edition names no city")
/// }
/// ```
public struct RuleCode: Sendable, CustomStringConvertible {
    /// The code, for example `rotation.reciprocity`.
    public let rawValue: String
    /// The severity of the violations reported under this code.
    public let severity: Severity
    /// When the code is reported, in one line: "two consecutive editions are hosted on the same
    /// side (pivot, or group)".
    public let summary: String

    /// Creates a code from a literal in source code, with its severity and summary.
    ///
    /// A literal is written by a programmer, not read from outside input, so one that is not of
    /// the form `family.name` is a programming error and stops the program, as an invalid
    /// identifier literal does. Use ``init(validating:severity:summary:)`` for text from
    /// elsewhere.
    public init(_ literal: StaticString, severity: Severity, summary: String) {
        let text = literal.description
        // Unreachable from outside input: a `StaticString` is made only from a literal in the
        // source, as `URL(string:)!` of a literal is.
        guard Self.isWellFormed(text) else {
            preconditionFailure("\(quoted(text)) is not a rule code literal (family.name)")
        }
        self.init(known: text, severity: severity, summary: summary)
    }

    /// Creates a code from text, with its severity and summary.
    ///
    /// - Throws: ``ValueError`` of kind ``ValueError/Kind/name`` when the text is not of the
    ///   form `family.name`: lower-case words of letters, digits and hyphens.
    public init(validating text: String, severity: Severity, summary: String) throws(ValueError) {
        guard Self.isWellFormed(text) else {
            throw ValueError(
                .name, input: text,
                message: "\(quoted(text)) is not a rule code (lower-case words, family.name)")
        }
        self.init(known: text, severity: severity, summary: summary)
    }

    init(known rawValue: String, severity: Severity, summary: String) {
        self.rawValue = rawValue
        self.severity = severity
        self.summary = summary
    }

    /// Whether `text` has the form of a code: at most 100 bytes, two or more dot-separated
    /// words of lower-case letters, digits and hyphens, each starting with a letter.
    static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && text.utf8.count <= 100
            && parts.allSatisfy { part in
                guard let first = part.utf8.first, (97...122).contains(first) else { return false }
                return part.utf8.allSatisfy {
                    (97...122).contains($0) || (48...57).contains($0) || $0 == 45
                }
            }
    }

    /// The code.
    public var description: String { rawValue }

    /// Every code of the standard rules, in the order of ``RuleSet/standard``, then
    /// `acknowledgement.unused`: the table of codes.
    public static var standard: [RuleCode] { RuleSet.standard.codes }
}

extension RuleCode: RawRepresentable {
    /// The code with this text: a standard code with its severity and summary, any other
    /// well-formed code as an error without a summary; `nil` when the text is not of the form
    /// `family.name`.
    public init?(rawValue: String) {
        if let known = Self.standardByText[rawValue] {
            self = known
        } else if Self.isWellFormed(rawValue) {
            self.init(known: rawValue, severity: .error, summary: "")
        } else {
            return nil
        }
    }

    private static let standardByText: [String: RuleCode] = Dictionary(
        standard.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
}

extension RuleCode: Hashable, Comparable {
    /// Whether two codes have the same text.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the code's text.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Orders codes by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension RuleCode: Codable {
    /// Decodes a code, refusing text that is not of the form `family.name`.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in
            guard let code = Self(rawValue: text) else {
                throw ValueError(
                    .name, input: text,
                    message: "\(quoted(text)) is not a rule code (lower-case words, family.name)")
            }
            return code
        }
    }

    /// Encodes the code as its text.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}
