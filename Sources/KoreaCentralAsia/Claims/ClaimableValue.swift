/// A type whose values a ``Claim`` can state: the type of a property that sources may dispute.
///
/// The library's value types conform: text, whole numbers, partial dates, countries,
/// identifiers, places, the closed sets (edition status and mode, kinds, partnership levels) and
/// the open ones (meeting levels), and lists of any of them. A type of your own conforms by
/// being `Codable`, `Sendable` and `Hashable`; its text in reports is its description:
///
/// ```swift
/// extension Rank: ClaimableValue {}
/// ```
///
/// Two values are compatible (``Dispute/isCompatible``) when they are equal, and two partial
/// dates when their intervals may overlap ("2018-07" and "2018-07-10", not "2017-07-10").
public protocol ClaimableValue: Codable, Sendable, Hashable {}

extension String: ClaimableValue {}
extension Int: ClaimableValue {}
extension PartialDate: ClaimableValue {}
extension Country: ClaimableValue {}
extension Identifier: ClaimableValue {}
extension OpenName: ClaimableValue {}
extension Place: ClaimableValue {}
extension Array: ClaimableValue where Element: ClaimableValue {}
extension Edition.Status: ClaimableValue {}
extension Edition.Mode: ClaimableValue {}
extension Forum.Kind: ClaimableValue {}
extension Institution.Kind: ClaimableValue {}
extension Partnership.Level: ClaimableValue {}
extension Agreement.Kind: ClaimableValue {}
extension Membership.Status: ClaimableValue {}
extension Party: ClaimableValue {}
extension Delegation.Level: ClaimableValue {}

/// Whether a claimed value can hold together with the preferred one: partial dates whose
/// intervals may overlap, any other values when equal.
func claimCompatible<Value: ClaimableValue>(_ claimed: Value, with preferred: Value) -> Bool {
    if let claimed = claimed as? PartialDate, let preferred = preferred as? PartialDate {
        return claimed.mayOverlap(preferred)
    }
    return claimed == preferred
}

/// A value as the document writes it, for reports and tables: `"2017-07-10"`, `"KR"`, `"Jeju"`,
/// `"viceMinisterial"`; a place as `"Seoul, KR"`, a list joined with `;`.
func claimText(_ value: any ClaimableValue) -> String {
    switch value {
    case let text as String: text
    case let place as Place: place.city.map { "\($0), \(place.country.code)" } ?? place.country.code
    case let list as [any ClaimableValue]: list.map(claimText).joined(separator: ";")
    default: String(describing: value)
    }
}

/// A claimed or preferred value of any ``ClaimableValue`` type, for lists that mix properties
/// (``Dataset/disputes``): equal when the values are of one type and equal.
public struct AnyClaimValue: Sendable, Hashable, CustomStringConvertible {
    /// The value.
    public let base: any ClaimableValue

    /// Wraps a value.
    public init(_ base: any ClaimableValue) { self.base = base }

    /// The value as the document writes it: `"2017-07-10"`, `"KR"`, `"Jeju"`; a place as
    /// `"Seoul, KR"`, a list joined with `;`.
    public var description: String { claimText(base) }

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
