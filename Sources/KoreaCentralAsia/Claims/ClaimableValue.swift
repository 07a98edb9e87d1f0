/// A type whose values a ``Claim`` can state: the type of a property that sources may dispute.
///
/// The library's value types conform: text, whole numbers, partial dates, countries,
/// identifiers, places, the closed sets (edition status and mode, kinds, partnership levels) and
/// the open ones (meeting levels), and lists of any of them. A type of your own conforms by
/// being `Codable`, `Sendable` and `Hashable` and giving its text:
///
/// ```swift
/// extension Rank: ClaimableValue {
///     var claimText: String { rawValue }
/// }
/// ```
public protocol ClaimableValue: Codable, Sendable, Hashable {
    /// The value as the document writes it, for reports and tables: `"2017-07-10"`, `"KR"`,
    /// `"Jeju"`, `"viceMinisterial"`; a list joined with `;`.
    var claimText: String { get }

    /// Whether a claim of this value can hold together with the preferred value: equality by
    /// default; a partial date is compatible when the two intervals may overlap.
    func isCompatible(with preferred: Self) -> Bool
}

extension ClaimableValue {
    /// Equality: two values of a closed or open set, two texts, two numbers agree only when
    /// they are the same.
    public func isCompatible(with preferred: Self) -> Bool { self == preferred }

    /// Whether `preferred` is a value of this type that this one is compatible with.
    func isCompatible(withAny preferred: any ClaimableValue) -> Bool {
        guard let preferred = preferred as? Self else { return false }
        return isCompatible(with: preferred)
    }
}

extension ClaimableValue where Self: RawRepresentable, RawValue == String {
    /// The raw value.
    public var claimText: String { rawValue }
}

extension String: ClaimableValue {
    /// The text itself.
    public var claimText: String { self }
}

extension Int: ClaimableValue {
    /// The number in decimal.
    public var claimText: String { String(self) }
}

extension PartialDate: ClaimableValue {
    /// The ISO 8601 text: `"2017-07"`.
    public var claimText: String { description }

    /// Whether the two dates, as intervals, may overlap: "2018-07" is compatible with
    /// "2018-07-10", "2017-07-10" is not with "2018-07".
    public func isCompatible(with preferred: PartialDate) -> Bool { mayOverlap(preferred) }
}

extension Country: ClaimableValue {
    /// The ISO 3166-1 alpha-2 code: `"KR"`.
    public var claimText: String { code }
}

extension Identifier: ClaimableValue {}

extension OpenName: ClaimableValue {}

extension Place: ClaimableValue {
    /// The city and the country's code, as `"Seoul, KR"`, or the code alone.
    public var claimText: String { city.map { "\($0), \(country.code)" } ?? country.code }
}

extension Array: ClaimableValue where Element: ClaimableValue {
    /// The elements' texts joined with `;`, as the CSV tables join lists.
    public var claimText: String { map(\.claimText).joined(separator: ";") }
}

extension Edition.Status: ClaimableValue {}
extension Edition.Mode: ClaimableValue {}
extension Forum.Kind: ClaimableValue {}
extension Institution.Kind: ClaimableValue {}
extension Partnership.Level: ClaimableValue {}
extension Agreement.Kind: ClaimableValue {}
extension Membership.Status: ClaimableValue {}

/// A claimed or preferred value of any ``ClaimableValue`` type, for lists that mix properties
/// (``Dataset/disputes``): equal when the values are of one type and equal.
public struct AnyClaimValue: Sendable, Hashable, CustomStringConvertible {
    /// The value.
    public let base: any ClaimableValue

    /// Wraps a value.
    public init(_ base: any ClaimableValue) { self.base = base }

    /// The value as the document writes it (``ClaimableValue/claimText``).
    public var description: String { base.claimText }

    /// Whether the two values are of one type and equal.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        AnyHashable(lhs.base) == AnyHashable(rhs.base)
    }

    /// Hashes the value.
    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(base)) }

    /// The value, if it is of type `Value`.
    public func value<Value: ClaimableValue>(as type: Value.Type = Value.self) -> Value? {
        base as? Value
    }
}

extension AnyClaimValue: Encodable {
    /// Encodes the value in its own JSON form.
    public func encode(to encoder: any Encoder) throws { try base.encode(to: encoder) }
}
