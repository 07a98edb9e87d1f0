/// The stable, machine-readable code of a rule's violations, such as `rotation.reciprocity`.
///
/// An open set: the standard rules' codes are static members, and a rule of your own uses a
/// code of its own. A code is dot-separated lower-case words with hyphens: `family.name`.
///
/// ```swift
/// extension RuleCode {
///     static let hostCity = RuleCode(rawValue: "myorg.host-city")!
/// }
/// ```
public struct RuleCode: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code, for example `rotation.reciprocity`.
    public let rawValue: String

    /// Creates a code, or `nil` when the text is not of the form `family.name`.
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, rawValue.utf8.count <= 100,
            parts.allSatisfy({ part in
                guard let first = part.utf8.first, (97...122).contains(first) else { return false }
                return part.utf8.allSatisfy {
                    (97...122).contains($0) || (48...57).contains($0) || $0 == 45
                }
            })
        else { return nil }
        self.rawValue = rawValue
    }

    init(known: String) { rawValue = known }

    /// The code.
    public var description: String { rawValue }

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

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}

extension RuleCode {
    /// The earliest edition's year or host differs from the charter's first edition.
    public static let rotationFirstEdition = RuleCode(known: "rotation.first-edition")
    /// Two consecutive editions are hosted on the same side.
    public static let rotationReciprocity = RuleCode(known: "rotation.reciprocity")
    /// A group member hosts again before every other member has hosted since its last turn.
    public static let rotationOutOfTurn = RuleCode(known: "rotation.out-of-turn")
    /// The host is neither the pivot nor a group member.
    public static let rotationHostOutsideFormat = RuleCode(known: "rotation.host-outside-format")
    /// Two editions of an annual forum fall in the same year.
    public static let cadenceDuplicateYear = RuleCode(known: "cadence.duplicate-year")
    /// A year between the first and the last edition has no edition.
    public static let cadenceGap = RuleCode(known: "cadence.gap")
    /// Two editions share an ordinal, or ordinals do not increase in date order.
    public static let editionOrdinal = RuleCode(known: "edition.ordinal")
    /// An ordinal between the first and the last recorded edition is missing.
    public static let editionUnrecorded = RuleCode(known: "edition.unrecorded")
    /// Fewer recommenders than the charter asks for.
    public static let admissionNoRecommendation = RuleCode(known: "admission.no-recommendation")
    /// A recommender is not a member on the admission date.
    public static let admissionRecommenderNotMember = RuleCode(
        known: "admission.recommender-not-member")
    /// A candidate recommends itself.
    public static let admissionSelfRecommendation = RuleCode(known: "admission.self-recommendation")
    /// The candidate is already a member on that date.
    public static let admissionAlreadyMember = RuleCode(known: "admission.already-member")
    /// A withdrawal of an institution that is not a member then.
    public static let membershipNotAMember = RuleCode(known: "membership.not-a-member")
    /// An identifier that the document does not define.
    public static let referenceUnknown = RuleCode(known: "reference.unknown")
    /// Two entities of one kind share an identifier.
    public static let referenceDuplicateID = RuleCode(known: "reference.duplicate-id")
    /// An edition or membership event definitely before the forum was established.
    public static let chronologyBeforeEstablishment = RuleCode(
        known: "chronology.before-establishment")
    /// A partnership of a country with itself.
    public static let partnershipSelf = RuleCode(known: "partnership.self")
    /// Partnership stages out of date order.
    public static let partnershipChronology = RuleCode(known: "partnership.chronology")
    /// A negative amount.
    public static let indicatorAmount = RuleCode(known: "indicator.amount")
    /// A forum's charter contradicts the agreement that established it.
    public static let agreementCharterMismatch = RuleCode(known: "agreement.charter-mismatch")
    /// A fact that names no source.
    public static let sourceMissing = RuleCode(known: "source.missing")
    /// An acknowledgement that matches no violation.
    public static let acknowledgementUnused = RuleCode(known: "acknowledgement.unused")
}
