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
        let isASCII = text.utf8.withContiguousStorageIfAvailable(Self.isAbsoluteASCIIAddress)
        guard isASCII.flatMap({ $0 }) ?? Self.isAbsoluteAddress(text) else {
            throw ValueError(
                .url, input: text,
                message: "\(quoted(text)) is not an absolute http or https address")
        }
        self.text = text
    }

    /// Whether `text` is an absolute http or https address: a scheme in any case, a host, at
    /// most 2,048 bytes, and no white space or control character.
    private static func isAbsoluteAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : (lower.hasPrefix("http://") ? 7 : 0)
        let host = text.dropFirst(scheme).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return scheme > 0 && !host.isEmpty && text.utf8.count <= 2048
            && !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true })
    }

    /// ``isAbsoluteAddress(_:)`` over the bytes of an ASCII text, where each character is one
    /// byte (or a CR-LF pair, white space either way) and the white space and control
    /// characters are the bytes up to 0x20; `nil` for text with a byte over 0x7F.
    private static func isAbsoluteASCIIAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var valid = bytes.count <= 2048
        for byte in bytes {
            if byte > 0x7F { return nil }
            if byte <= 0x20 { valid = false }
        }
        func lowercased(_ byte: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        }
        func hasPrefix(_ prefix: StaticString) -> Bool {
            guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
            for offset in 0..<prefix.utf8CodeUnitCount
            where lowercased(bytes[offset]) != prefix.utf8Start[offset] {
                return false
            }
            return true
        }
        let scheme = hasPrefix("https://") ? 8 : (hasPrefix("http://") ? 7 : 0)
        guard valid, scheme > 0, scheme < bytes.count else { return false }
        let first = bytes[scheme]
        return first != UInt8(ascii: "/") && first != UInt8(ascii: "?")
            && first != UInt8(ascii: "#")
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
