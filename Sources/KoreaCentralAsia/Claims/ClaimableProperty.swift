/// One property of an entity that a ``Claim`` may dispute: its name in the document, its key
/// path, and how its values decode and compare.
///
/// A ``Claimable`` type lists its properties once, in ``Claimable/claimableProperties``:
///
/// ```swift
/// static let claimableProperties: [ClaimableProperty<Edition>] = [
///     .init("date", \.date, through: \.endDate), .init("city", \.city), .init("host", \.host),
/// ]
/// ```
public struct ClaimableProperty<Entity>: Sendable {
    /// The property's key in the document, the claim's `property`: `"city"`.
    public let name: String
    /// The property's key path, to find it from Swift (`\Edition.city`).
    public let keyPath: PartialKeyPath<Entity> & Sendable
    /// The type of the property's values (for an optional property, the wrapped type).
    public let valueType: any ClaimableValue.Type
    /// Whether the property is the date of the fact the entity records, which its sources must
    /// not predate (``EvidenceRule``): a claim of another date moves the fact.
    public let isFactDate: Bool
    let decode: @Sendable (KeyedDecodingContainer<ClaimCodingKeys>) throws -> any ClaimableValue
    let preferred: @Sendable (Entity) -> (any ClaimableValue)?
    var compatible: @Sendable (any ClaimableValue, Entity) -> Bool

    /// A property that always has a value.
    ///
    /// - Parameters:
    ///   - name: The property's key in the document.
    ///   - keyPath: Its key path.
    ///   - isFactDate: Whether it is the date of the fact the entity records.
    public init<Value: ClaimableValue>(
        _ name: String, _ keyPath: KeyPath<Entity, Value> & Sendable, isFactDate: Bool = false
    ) {
        self.init(name, keyPath, Value.self, isFactDate: isFactDate) { $0[keyPath: keyPath] }
    }

    /// A property that may be absent.
    ///
    /// - Parameters:
    ///   - name: The property's key in the document.
    ///   - keyPath: Its key path.
    public init<Value: ClaimableValue>(
        _ name: String, _ keyPath: KeyPath<Entity, Value?> & Sendable
    ) {
        self.init(name, keyPath, Value.self, isFactDate: false) { $0[keyPath: keyPath] }
    }

    /// The date of a fact that may last several days: a claimed date is compatible when it may
    /// fall between the date and the end date (2019-10-16 against 2019-10-15 to 16).
    ///
    /// - Parameters:
    ///   - name: The property's key in the document.
    ///   - keyPath: The date's key path.
    ///   - end: The end date's key path.
    public init(
        _ name: String, _ keyPath: KeyPath<Entity, PartialDate> & Sendable,
        through end: KeyPath<Entity, PartialDate?> & Sendable
    ) {
        self.init(name, keyPath, isFactDate: true)
        compatible = { claimed, entity in
            guard let claimed = claimed as? PartialDate else { return false }
            let start = entity[keyPath: keyPath]
            return !claimed.definitelyPrecedes(start)
                && !claimed.definitelyFollows(entity[keyPath: end] ?? start)
        }
    }

    private init<Value: ClaimableValue>(
        _ name: String, _ keyPath: PartialKeyPath<Entity> & Sendable, _ type: Value.Type,
        isFactDate: Bool, preferred: @escaping @Sendable (Entity) -> Value?
    ) {
        self.name = name
        self.keyPath = keyPath
        self.valueType = type
        self.isFactDate = isFactDate
        self.decode = { container in try container.decode(Value.self, forKey: .value) }
        self.preferred = preferred
        self.compatible = { claimed, entity in
            guard let claimed = claimed as? Value, let value = preferred(entity) else {
                return true
            }
            return claimCompatible(claimed, with: value)
        }
    }
}

/// An entity whose properties sources may dispute: it keeps the values it does not prefer as
/// ``Claim``s, each with its sources.
///
/// Editions, forums, institutions, membership events, partnership stages, agreements and
/// meetings are claimable. A type becomes claimable with a stored `claims` property (decoded
/// with the type's other keys) and a table of the properties a claim may name:
///
/// ```swift
/// extension Meeting: Claimable {
///     public static let claimableProperties: [ClaimableProperty<Meeting>] = [
///         .init("title", \.title), .init("date", \.date, through: \.endDate),
///     ]
/// }
/// ```
///
/// Read the claims of a property back in the property's own type with `claims(of:)`:
///
/// ```swift
/// edition.claims(of: \.city)  // [Claimed<String>]: "Jeju", with its sources
/// ```
public protocol Claimable {
    /// The properties a claim may name, each with its key path and type.
    static var claimableProperties: [ClaimableProperty<Self>] { get }
    /// The values of its properties that sources state and the record does not prefer.
    var claims: [Claim<Self>] { get set }
}

extension Claimable {
    /// The property a claim may name under `name`, or `nil`.
    package static func claimableProperty(named name: String) -> ClaimableProperty<Self>? {
        claimableProperties.first { $0.name == name }
    }

    /// The property whose key path is `keyPath`, or `nil`.
    static func claimableProperty(at keyPath: AnyKeyPath) -> ClaimableProperty<Self>? {
        claimableProperties.first { $0.keyPath == keyPath }
    }

    /// The claims of a property, in the property's own type, in the order recorded.
    ///
    /// ```swift
    /// forum.claims(of: \.established)  // [Claimed<PartialDate>]
    /// ```
    ///
    /// Empty when the property has no claims, or is not one that claims may name.
    public func claims<V: ClaimableValue>(of keyPath: KeyPath<Self, V>) -> [Claimed<V>] {
        claimed(at: keyPath)
    }

    /// The claims of a property that may be absent, in the type it has when present.
    ///
    /// ```swift
    /// edition.claims(of: \.city)  // [Claimed<String>]
    /// ```
    public func claims<V: ClaimableValue>(of keyPath: KeyPath<Self, V?>) -> [Claimed<V>] {
        claimed(at: keyPath)
    }

    private func claimed<V: ClaimableValue>(at keyPath: AnyKeyPath) -> [Claimed<V>] {
        guard let property = Self.claimableProperty(at: keyPath) else { return [] }
        return claims.compactMap { claim in
            guard claim.property == property.name, let value = claim.value.base as? V else {
                return nil
            }
            return Claimed(value: value, sources: claim.sources, note: claim.note)
        }
    }

    /// The record's own value of the property a claim names, or `nil` when it has none.
    package func preferredValue(of claim: Claim<Self>) -> AnyClaimValue? {
        Self.claimableProperty(named: claim.property)?.preferred(self).map(AnyClaimValue.init)
    }

    /// Whether a claim can hold together with the record's own value: equal values, dates that
    /// may overlap (a date with an end date spans both); `true` when the record has no value.
    package func isCompatible(_ claim: Claim<Self>) -> Bool {
        guard let property = Self.claimableProperty(named: claim.property) else { return false }
        return property.compatible(claim.value.base, self)
    }
}

/// A claimed value of one property, in the property's own type, with its sources and note.
public struct Claimed<Value: ClaimableValue>: Sendable, Hashable {
    /// The value the sources state.
    public var value: Value
    /// The sources that state it.
    public var sources: [Source.ID]
    /// Why it is kept, or what the sources say.
    public var note: String?

    /// Creates a claimed value.
    public init(value: Value, sources: [Source.ID], note: String? = nil) {
        self.value = value
        self.sources = sources
        self.note = note
    }
}
