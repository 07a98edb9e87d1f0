extension Dataset {
    /// The person with an identifier, if the dataset has one.
    public func person(_ id: Person.ID) -> Person? { persons.first { $0.id == id } }

    /// The post with an identifier, if the dataset has one.
    public func post(_ id: Post.ID) -> Post? { posts.first { $0.id == id } }

    /// The persons that any name (in any language) or identifier matches, case-insensitively:
    /// exact matches first, then names that contain the query, each in the record's order.
    ///
    /// ```swift
    /// let found = catalog.persons(matching: "Нуртлеу").map(\.id)  // ["murat-nurtleu"]
    /// ```
    ///
    /// - Complexity: O(*n*) in the number of persons and their names.
    public func persons(matching query: String) -> [Person] {
        ranked(persons, matching: query) { [$0.id.rawValue] }
    }

    /// Who held a post on a date: the terms that may include it, with their persons.
    ///
    /// With partial dates a term may or may not include a date (a term ending in 2025-09 and a
    /// date of 2025-09-10): such a term is listed, and ``Post/Term/definitelyIncludes(_:)``
    /// tells which are certain. A handover day lists both holders.
    ///
    /// ```swift
    /// let holders = catalog.holders(of: "kz-foreign-minister", on: "2024-11-04")
    ///     .map(\.person.id)  // ["murat-nurtleu"]
    /// ```
    public func holders(of post: Post.ID, on date: PartialDate) -> [PostHolding] {
        guard let found = self.post(post) else { return [] }
        return found.holders(on: date).compactMap { term in
            person(term.person).map { PostHolding(person: $0, post: found, term: term) }
        }
    }

    /// The posts a person held on a date, or at any time when `date` is `nil`, in the record's
    /// order of posts and terms.
    public func posts(of person: Person.ID, on date: PartialDate? = nil) -> [PostHolding] {
        guard let found = self.person(person) else { return [] }
        return posts.flatMap { post in
            post.holders.filter { $0.person == person && (date.map($0.mayInclude) ?? true) }
                .map { PostHolding(person: found, post: post, term: $0) }
        }
    }

    /// The delegations a person led, with their forums and editions, in date order.
    public func delegations(ledBy person: Person.ID) -> [LedDelegation] {
        forums.flatMap { forum in
            forum.editions.flatMap { edition in
                edition.delegations.filter { $0.person == person }.map {
                    LedDelegation(forum: forum.id, edition: edition, delegation: $0)
                }
            }
        }
        .sorted { ($0.edition.date, $0.forum.rawValue) < ($1.edition.date, $1.forum.rawValue) }
    }
}

/// A person's term in a post: the answer to "who held POST on DATE" and "what did PERSON hold".
public struct PostHolding: Sendable, Hashable {
    /// The person.
    public let person: Person
    /// The post.
    public let post: Post
    /// The term, with its dates and sources.
    public let term: Post.Term
}

/// A delegation a person led: the forum, the edition and the delegation.
public struct LedDelegation: Sendable, Hashable {
    /// The forum.
    public let forum: Forum.ID
    /// The edition.
    public let edition: Edition
    /// The delegation.
    public let delegation: Delegation
}
