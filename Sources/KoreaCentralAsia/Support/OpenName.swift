/// What an open set of names is about: the words its error messages use for one name.
///
/// Each open set of the model is an ``OpenName`` over a kind of its own, so that names of
/// different sets cannot be mixed up, as ``Identifier`` keeps identifiers apart.
public protocol OpenNameKind: Sendable {
    /// What one name of the set is called in an error message, for example `"topic name"`.
    static var nameDescription: String { get }
}

/// A name from an open set: any lowerCamel identifier of 1 to 64 ASCII letters and digits.
///
/// The model's open sets (``CooperationArea``, ``Edition/Level``,
/// ``ExternalIdentifier/Scheme``) are this one type over different kinds. Known names are
/// static members; a user adds their own in an extension:
///
/// ```swift
/// extension CooperationArea {
///     /// Water management.
///     static let water = CooperationArea(rawValue: "water")!
/// }
/// ```
///
/// In JSON a name is a plain string; decoding refuses one that is not a lowerCamel identifier.
public struct OpenName<Kind: OpenNameKind>: RawRepresentable, Sendable, Hashable, Comparable,
    CustomStringConvertible
{
    /// The lowerCamel name.
    public let rawValue: String

    /// Creates a name, or `nil` when the text is not a lowerCamel identifier.
    public init?(rawValue: String) {
        guard isLowerCamelIdentifier(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// A known name of the library, valid by construction.
    init(known: String) { rawValue = known }

    /// The name.
    public var description: String { rawValue }

    /// Orders names alphabetically.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension OpenName: Codable {
    /// Decodes a name from a single string, refusing text that is not a lowerCamel identifier.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in
            try Self.parseName(text, as: Kind.nameDescription)
        }
    }

    /// Encodes the name as a single string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}
