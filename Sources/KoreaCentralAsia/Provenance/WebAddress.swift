/// An absolute `http` or `https` address of a publication, kept exactly as written.
///
/// The model keeps the text rather than a `Foundation.URL`, so that it round-trips byte for byte
/// and needs no Foundation; `URL(string: address.text)` gives a `URL` where one is wanted.
public struct WebAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The address, for example `https://www.koreaherald.com/view.php?ud=20190419000624`.
    public let text: String

    /// Creates an address, validating that it is an absolute `http` or `https` URL with a host
    /// and no spaces.
    ///
    /// - Throws: ``ValueError`` with kind ``ValueError/Kind/url``.
    public init(_ text: String) throws(ValueError) {
        let lower = text.lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : (lower.hasPrefix("http://") ? 7 : 0)
        let host = text.dropFirst(scheme).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard scheme > 0, !host.isEmpty, text.utf8.count <= 2048,
            !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true })
        else {
            throw ValueError(
                .url, input: text,
                message: "\(quoted(text)) is not an absolute http or https address")
        }
        self.text = text
    }

    /// The address.
    public var description: String { text }

    /// Orders addresses by their text.
    public static func < (lhs: WebAddress, rhs: WebAddress) -> Bool { lhs.text < rhs.text }
}

extension WebAddress: Codable {
    /// Decodes an address from a string, refusing anything but absolute http(s) URLs.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in try Self(text) }
    }

    /// Encodes the address as a string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(text)
    }
}
