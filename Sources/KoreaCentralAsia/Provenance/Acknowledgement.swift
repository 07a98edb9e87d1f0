/// A known, sourced deviation from a forum's rules that a record keeps on purpose.
///
/// A violation whose code and subject match an acknowledgement is reported apart, with the
/// note, and counts neither as an error nor as a warning. An acknowledgement that matches no
/// violation is itself reported, as `acknowledgement.unused`, the way a linter reports a stale
/// suppression.
///
/// ```swift
/// let firstEdition = Acknowledgement(
///     code: .rotationFirstEdition,
///     subject: "forums[korea-central-asia-think-tank-forum].editions[1]",
///     note: "The Joint Statement set Korea in 2024; the forum first met in Tashkent.",
///     sources: ["nca-2024-07-31-think-tank-forum"])
/// ```
public struct Acknowledgement: Sendable, Hashable, Codable {
    /// The code of the violation it acknowledges.
    public var code: RuleCode
    /// The subject path of the violation, for example `forums[…].editions[1]`.
    public var subject: Subject
    /// Why the deviation is kept.
    public var note: String
    /// The sources that document the deviation.
    public var sources: [Source.ID]

    /// Creates an acknowledgement.
    public init(code: RuleCode, subject: Subject, note: String, sources: [Source.ID] = []) {
        self.code = code
        self.subject = subject
        self.note = note
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, subject, note, sources
    }

    /// Decodes an acknowledgement, refusing keys it does not define.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        code = try container.decode(RuleCode.self, forKey: .code)
        subject = try container.decode(Subject.self, forKey: .subject)
        note = try container.decode(String.self, forKey: .note)
        sources = try container.decodeArray(Source.ID.self, forKey: .sources)
    }
}
