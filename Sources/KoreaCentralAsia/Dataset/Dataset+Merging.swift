extension Dataset {
    /// One dataset of two: this one's entities, then those of `other` that this one does not
    /// hold.
    ///
    /// Users add their own data to the built-in catalog this way, and the catalog's two parts
    /// (Korea's format and the comparators) become one record:
    ///
    /// ```swift
    /// let mine = try Dataset(json: data)
    /// let all = try Catalog.dataset.merging(Catalog.comparators).merging(mine)
    /// ```
    ///
    /// - An entity of `other` whose id (for a partnership, its two countries) is not in this
    ///   dataset is added after this dataset's entities of its kind, in `other`'s order.
    /// - An entity equal to one of this dataset, such as a source both documents cite, is
    ///   shared: it appears once.
    /// - Two different entities with one id collide, and the merge is refused with every
    ///   collision, each naming the entity's path in both documents.
    /// - Acknowledgements are joined, an identical one kept once.
    /// - The merged record is as of the earlier of the two dates that are known
    ///   (``asOf``): each part was checked at least that far; a part without a date sets none.
    ///
    /// - Parameter other: The dataset to add.
    /// - Returns: The merged dataset.
    /// - Throws: ``DatasetMergeError`` listing every id that names different entities in the two
    ///   datasets.
    public func merging(_ other: Dataset) throws(DatasetMergeError) -> Dataset {
        var merged = self
        var collisions: [DatasetMergeError.Collision] = []
        func merge<Entity: Hashable>(
            _ path: WritableKeyPath<Dataset, [Entity]>, _ kind: String,
            key: (Entity) -> String
        ) {
            var positions: [String: Int] = [:]
            for (index, entity) in self[keyPath: path].enumerated() {
                positions[key(entity)] = positions[key(entity)] ?? index
            }
            for (index, entity) in other[keyPath: path].enumerated() {
                let id = key(entity)
                guard let position = positions[id] else {
                    positions[id] = merged[keyPath: path].count
                    merged[keyPath: path].append(entity)
                    continue
                }
                if merged[keyPath: path][position] != entity {
                    collisions.append(
                        .init(
                            subject: "\(kind)[\(id)]", first: "\(kind)[\(position)]",
                            second: "\(kind)[\(index)]"))
                }
            }
        }
        merge(\.sources, "sources") { $0.id.rawValue }
        merge(\.institutions, "institutions") { $0.id.rawValue }
        merge(\.partnerships, "partnerships") {
            [$0.first.code, $0.second.code].sorted().joined(separator: "-")
        }
        merge(\.formats, "formats") { $0.id.rawValue }
        merge(\.forums, "forums") { $0.id.rawValue }
        merge(\.agreements, "agreements") { $0.id.rawValue }
        merge(\.meetings, "meetings") { $0.id.rawValue }
        merge(\.indicators, "indicators") { $0.id.rawValue }
        merge(\.initiatives, "initiatives") { $0.id.rawValue }
        merge(\.persons, "persons") { $0.id.rawValue }
        merge(\.posts, "posts") { $0.id.rawValue }
        let known = Set(acknowledgements)
        merged.acknowledgements += other.acknowledgements.filter { !known.contains($0) }
        switch (asOf, other.asOf) {
        case (let mine?, let theirs?): merged.asOf = theirs.definitelyPrecedes(mine) ? theirs : mine
        case (nil, let theirs): merged.asOf = theirs
        case (let mine, nil): merged.asOf = mine
        }
        guard collisions.isEmpty else { throw DatasetMergeError(collisions: collisions) }
        return merged
    }
}

/// Why two datasets cannot be merged: ids that name different entities in each.
///
/// ```swift
/// do {
///     _ = try catalog.merging(mine)
/// } catch {
///     print(error)
///     // sources[mofa-2007-11]: sources[3] of the first dataset and sources[0] of the second
///     // have this id and differ
/// }
/// ```
public struct DatasetMergeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One id that names different entities in the two datasets.
    public struct Collision: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The entity by its id, as violations name it: `sources[mofa-2007-11]`.
        public var subject: String
        /// Its JSON path in the first dataset: `sources[3]`.
        public var first: String
        /// Its JSON path in the second dataset: `sources[0]`.
        public var second: String

        /// Creates a collision.
        public init(subject: String, first: String, second: String) {
            self.subject = subject
            self.first = first
            self.second = second
        }

        /// "sources[mofa-2007-11]: sources[3] of the first dataset and sources[0] of the second
        /// have this id and differ".
        public var description: String {
            "\(subject): \(first) of the first dataset and \(second) of the second have this id "
                + "and differ"
        }
    }

    /// Every collision, by kind of entity (sources first) and then in the second dataset's
    /// order.
    public var collisions: [Collision]

    /// Creates an error.
    public init(collisions: [Collision]) { self.collisions = collisions }

    /// The collisions, one a line.
    public var description: String { collisions.map(\.description).joined(separator: "\n") }
}
