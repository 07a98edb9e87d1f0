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
        /// A language tag that is not a BCP 47 tag of a language, an optional script and an
        /// optional region.
        case language
        /// A text that is empty or holds control characters.
        case text
        /// A rotation whose group is empty, lists a country twice or holds the pivot, or whose
        /// chairmanship term is outside 1 to 100 years.
        case rotation
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
///
/// The message stays one line that is safe to print on a terminal: at most 80 Unicode scalars
/// of the input are shown (counted in scalars, not characters, so that one character with a
/// million combining marks stays short), and control characters are escaped (see
/// ``escapingControlCharacters(_:)``).
func quoted(_ text: String) -> String {
    let limit = 80
    let scalars = text.unicodeScalars
    var shown =
        scalars.dropFirst(limit).isEmpty
        ? text : String(String.UnicodeScalarView(scalars.prefix(limit))) + "…"
    shown = escapingControlCharacters(shown.replacingOccurrences(of: "\"", with: "\\\""))
    return "\"\(shown)\""
}

/// The text with every scalar that could break a line or drive a terminal written as `\u{…}`,
/// for printing text that comes from a file or an argument.
///
/// Escaped: C0 and C1 control characters (NUL, newline, ESC…), DEL, the line and paragraph
/// separators, and every bidirectional formatting character (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069), so that a name cannot reorder or hide the rest of its line.
/// Other text, any script, emoji and combining marks, is kept as it is. The library's own error
/// messages and violations escape their text this way.
///
/// ```swift
/// print(terminalSafe(forum.name))
/// terminalSafe("Forum\u{1B}[2J\u{202E}")  // "Forum\\u{1B}[2J\\u{202E}"
/// ```
///
/// - Parameter text: Any text.
/// - Returns: The text, safe to print on one line of a terminal.
public func terminalSafe(_ text: String) -> String { escapingControlCharacters(text) }

/// The text with every scalar that could break a one-line message or play tricks on a terminal
/// written as `\u{…}`: C0 and C1 control characters (NUL, newline, ESC…), DEL, the line and
/// paragraph separators, and the bidirectional formatting characters.
func escapingControlCharacters(_ text: String) -> String {
    func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
            true
        default: false
        }
    }
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if needsEscape(scalar) {
            escaped.append(
                contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                    .unicodeScalars)
        } else {
            escaped.append(scalar)
        }
    }
    return String(escaped)
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
