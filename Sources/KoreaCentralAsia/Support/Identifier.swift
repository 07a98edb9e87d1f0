/// A typed identifier: a stable slug that names one entity of one kind.
///
/// The generic parameter keeps identifiers of different kinds apart, so an institution's
/// identifier can never be passed where a forum's is expected:
///
/// ```swift
/// let kaziss: Institution.ID = "kaziss"
/// let forum: Forum.ID = "korea-central-asia-think-tank-forum"
/// // forum == kaziss  // does not compile
/// ```
///
/// A slug is 1 to 128 characters: lowercase ASCII letters, digits, `-`, `_` and `.`, starting
/// with a letter or a digit.
public struct Identifier<Entity>: RawRepresentable, Sendable, Hashable, Comparable,
    CustomStringConvertible
{
    /// The slug.
    public let rawValue: String

    /// Creates an identifier from a slug, validating it.
    ///
    /// - Parameter rawValue: The slug, for example `"kaziss"`.
    /// - Throws: ``ValueError`` with kind ``ValueError/Kind/identifier`` when the text is not a slug.
    public init(_ rawValue: String) throws(ValueError) {
        guard Self.isSlug(rawValue) else {
            throw ValueError(
                .identifier, input: rawValue,
                message:
                    "\(quoted(rawValue)) is not an identifier (1 to 128 lowercase letters, digits, '-', '_' or '.', starting with a letter or digit)"
            )
        }
        self.rawValue = rawValue
    }

    /// Creates an identifier from a slug, or `nil` when the text is not a slug.
    public init?(rawValue: String) {
        guard Self.isSlug(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// An identifier from text that ``isSlug(_:)`` has accepted.
    init(validatedSlug rawValue: String) { self.rawValue = rawValue }

    /// The slug.
    public var description: String { rawValue }

    /// Orders identifiers by their slugs.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    static func isSlug(_ text: String) -> Bool {
        // Over the string's own buffer when it has one (native strings do): no per-byte
        // bookkeeping of `String.UTF8View`.
        text.utf8.withContiguousStorageIfAvailable(isSlug) ?? isSlug(text.utf8)
    }

    static func isSlug(_ bytes: some Collection<UInt8>) -> Bool {
        guard (1...128).contains(bytes.count), let first = bytes.first else { return false }
        func isAlnum(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard isAlnum(first) else { return false }
        return bytes.allSatisfy {
            isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: ".")
        }
    }
}

extension Identifier: ExpressibleByStringLiteral {
    /// Creates an identifier from a string literal in source code.
    ///
    /// A literal is written by a programmer, not read from outside input, so an invalid literal
    /// is a programming error and stops the program. Use ``init(_:)`` for text from elsewhere.
    public init(stringLiteral value: String) {
        guard Self.isSlug(value) else {
            preconditionFailure("\(quoted(value)) is not a valid identifier literal")
        }
        self.rawValue = value
    }
}

extension Identifier: Codable {
    /// Decodes a slug from a single string, refusing text that is not a slug.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in try Self(text) }
    }

    /// Encodes the slug as a single string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(rawValue)
    }
}
