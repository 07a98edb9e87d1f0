// The Codable lines that every named, sourced entity shares (institutions, forums, formats,
// initiatives): its `id` and `name` first, its `identifiers`, `sources` and `names` last. One
// definition, so that a new entity does not write them again and every entity refuses the same
// way.

/// The coding keys of an entity with an identifier, a name, sources and other names.
protocol NamedEntityCodingKey: CodingKey {
    /// The entity's identifier.
    static var id: Self { get }
    /// Its primary name.
    static var name: Self { get }
    /// The sources that state it.
    static var sources: Self { get }
    /// Its names in other languages and periods.
    static var names: Self { get }
}

/// The coding keys of a named entity that also has identifiers in other databases.
protocol IdentifiedEntityCodingKey: NamedEntityCodingKey {
    /// Its identifiers in other databases.
    static var identifiers: Self { get }
}

extension KeyedDecodingContainer where Key: NamedEntityCodingKey {
    /// Decodes the entity's `id` and `name`, both required.
    func decodeIdentity<Entity>(of entity: Entity.Type = Entity.self) throws -> (
        Identifier<Entity>, String
    ) {
        (try decode(Identifier<Entity>.self, forKey: .id), try decode(String.self, forKey: .name))
    }

    /// Decodes the entity's `sources` (required) and `names` (absent: none).
    func decodeSourcesAndNames() throws -> ([Source.ID], [LocalizedName]) {
        (
            try decode([Source.ID].self, forKey: .sources),
            try decodeArray(LocalizedName.self, forKey: .names)
        )
    }
}

extension KeyedDecodingContainer where Key: IdentifiedEntityCodingKey {
    /// Decodes the entity's `identifiers` (absent: none), `sources` (required) and `names`
    /// (absent: none).
    func decodeProvenance() throws -> ([ExternalIdentifier], [Source.ID], [LocalizedName]) {
        let identifiers = try decodeArray(ExternalIdentifier.self, forKey: .identifiers)
        let (sources, names) = try decodeSourcesAndNames()
        return (identifiers, sources, names)
    }
}

extension KeyedEncodingContainer where Key: NamedEntityCodingKey {
    /// Encodes the entity's `id` and `name`.
    mutating func encodeIdentity<Entity>(_ id: Identifier<Entity>, name: String) throws {
        try encode(id, forKey: .id)
        try encode(name, forKey: .name)
    }

    /// Encodes the entity's `sources` and, unless there are none, its `names`.
    mutating func encodeSourcesAndNames(_ sources: [Source.ID], _ names: [LocalizedName]) throws {
        try encode(sources, forKey: .sources)
        try encodeUnlessEmpty(names, forKey: .names)
    }
}

extension KeyedEncodingContainer where Key: IdentifiedEntityCodingKey {
    /// Encodes the entity's `identifiers` and `names` unless there are none, and its `sources`.
    mutating func encodeProvenance(
        _ identifiers: [ExternalIdentifier], _ sources: [Source.ID], _ names: [LocalizedName]
    ) throws {
        try encodeUnlessEmpty(identifiers, forKey: .identifiers)
        try encodeSourcesAndNames(sources, names)
    }
}
