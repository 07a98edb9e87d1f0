/// A value of one of an entity's properties that a source states and the record does not
/// prefer: the 8th forum's city given as Jeju, when the record says Seoul.
///
/// The entity's own field holds the preferred value; its `claims` keep the others, each with its
/// sources and a note. In the document:
///
/// ```json
/// "claims": [{"property": "city", "value": "Jeju", "sources": ["asiae-2014-04-15"], "note": "…"}]
/// ```
///
/// The `value` has the property's own type: a partial date for `date`, a country for `host`, a
/// level for `level`. Decoding refuses a property the entity does not let claims name, and a
/// value of the wrong type, at its path (`forums[0].editions[7].claims[0].value`). In Swift, a
/// claim is built from the property's key path, so the value's type is checked by the compiler:
///
/// ```swift
/// let jeju = try Claim(\Edition.city, "Jeju", sources: ["asiae-2014-04-15"])
/// ```
public struct Claim<Entity: Claimable>: Sendable, Hashable {
    /// The name of the property the claim disputes, as in the document: `"city"`.
    public let property: String
    /// The value the sources state, of the property's type.
    public let value: AnyClaimValue
    /// The sources that state it; a claim without one is reported (`claim.unsourced`).
    public var sources: [Source.ID]
    /// Why the record keeps it, or what the sources say.
    public var note: String?

    /// A claim of a property's value.
    ///
    /// - Throws: ``ValueError`` when `Entity` does not let claims name the property.
    public init<V: ClaimableValue>(
        _ property: KeyPath<Entity, V>, _ value: V, sources: [Source.ID] = [],
        note: String? = nil
    ) throws(ValueError) {
        try self.init(at: property, value, sources: sources, note: note)
    }

    /// A claim of the value of a property that may be absent.
    ///
    /// - Throws: ``ValueError`` when `Entity` does not let claims name the property.
    public init<V: ClaimableValue>(
        _ property: KeyPath<Entity, V?>, _ value: V, sources: [Source.ID] = [],
        note: String? = nil
    ) throws(ValueError) {
        try self.init(at: property, value, sources: sources, note: note)
    }

    /// A claim of the property named `property`, as the document names it.
    ///
    /// - Throws: ``ValueError`` when `Entity` does not let claims name the property, or when
    ///   `value` is not of the property's type.
    public init(
        property: String, value: any ClaimableValue, sources: [Source.ID] = [],
        note: String? = nil
    ) throws(ValueError) {
        guard let known = Entity.claimableProperty(named: property) else {
            throw ValueError(.name, input: property, message: Self.unknownProperty(property))
        }
        guard type(of: value) == known.valueType else {
            throw ValueError(
                .name, input: claimText(value),
                message:
                    "a claim of \(quoted(property)) has a value of type \(known.valueType), not \(type(of: value))"
            )
        }
        self.property = property
        self.value = AnyClaimValue(value)
        self.sources = sources
        self.note = note
    }

    private init(
        at keyPath: AnyKeyPath, _ value: any ClaimableValue, sources: [Source.ID], note: String?
    ) throws(ValueError) {
        guard let known = Entity.claimableProperty(at: keyPath) else {
            throw ValueError(
                .name, input: "\(keyPath)",
                message:
                    "\(keyPath) is not a property that claims may name (the properties are \(Self.propertyNames))"
            )
        }
        try self.init(property: known.name, value: value, sources: sources, note: note)
    }

    static var propertyNames: String {
        Entity.claimableProperties.map(\.name).joined(separator: ", ")
    }

    static func unknownProperty(_ name: String) -> String {
        "\(quoted(name)) is not a property that claims may name here (the properties are \(propertyNames))"
    }
}

/// The keys of a claim in the document.
enum ClaimCodingKeys: String, CodingKey, CaseIterable {
    case property, value, sources, note
}

extension Claim: Codable {
    /// Decodes a claim; its value decodes with the property's own type.
    ///
    /// - Throws: A `dataCorrupted` error at `property` for a property that claims may not name
    ///   on this entity; the value's own refusal (wrong type, impossible date, unknown code) at
    ///   `value`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: ClaimCodingKeys.self)
        let name = try container.decode(String.self, forKey: .property)
        guard let known = Entity.claimableProperty(named: name) else {
            throw container.refuse(.property, Self.unknownProperty(name))
        }
        property = name
        value = AnyClaimValue(try known.decode(container))
        sources = try container.decodeArray(.sources) { text throws(ValueError) in
            try Source.ID(text)
        }
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Encodes the claim, leaving out an empty list of sources and an absent note.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: ClaimCodingKeys.self)
        try container.encode(property, forKey: .property)
        try container.encode(value, forKey: .value)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
