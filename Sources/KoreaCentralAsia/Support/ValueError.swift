/// The reason a value of the model could not be built from the text or numbers it was given.
///
/// Validating initialisers such as ``Country/init(_:)`` and ``PartialDate/init(_:)`` throw it;
/// decoding wraps it in a `DecodingError` that carries the JSON path, and
/// ``DatasetDecodingError`` reports both.
///
/// ```swift
/// do {
///     _ = try Country("XX")
/// } catch {
///     print(error)  // "XX" is not an assigned ISO 3166-1 alpha-2 code
/// }
/// ```
public struct ValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of value that was refused, as a machine-readable code.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A country code that is not an assigned ISO 3166-1 alpha-2 code.
        case countryCode
        /// A partial date that is malformed or impossible.
        case date
        /// An identifier that is not a slug.
        case identifier
        /// A currency code that is not an ISO 4217 code.
        case currencyCode
        /// A number that is out of range or not finite.
        case number
        /// An open-set value (cooperation area, meeting level) that is not a lowerCamel identifier.
        case name
        /// A URL that is not an absolute `http` or `https` URL.
        case url
    }

    /// What kind of value was refused.
    public let kind: Kind
    /// The refused input, as given.
    public let input: String
    /// A sentence a person can act on, quoting the input.
    public let message: String

    /// Creates an error for a refused input.
    ///
    /// - Parameters:
    ///   - kind: What kind of value was refused.
    ///   - input: The refused input, as given.
    ///   - message: A sentence that quotes the input and says what is wrong.
    public init(_ kind: Kind, input: String, message: String) {
        self.kind = kind
        self.input = input
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Quotes a user-provided string for an error message, shortening very long input.
func quoted(_ text: String) -> String {
    let limit = 80
    var shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
    shown = shown.replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(shown)\""
}

extension String {
    /// Replaces every occurrence of `target` (a tiny stand-in so that the model needs no Foundation).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
