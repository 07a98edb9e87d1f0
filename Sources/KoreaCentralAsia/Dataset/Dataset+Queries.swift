extension Dataset {
    /// The source with an identifier.
    ///
    /// - Complexity: O(*n*) in the number of sources.
    public func source(_ id: Source.ID) -> Source? { sources.first { $0.id == id } }

    /// The institution with an identifier.
    ///
    /// - Complexity: O(*n*) in the number of institutions.
    public func institution(_ id: Institution.ID) -> Institution? {
        institutions.first { $0.id == id }
    }

    /// The forum with an identifier.
    public func forum(_ id: Forum.ID) -> Forum? { forums.first { $0.id == id } }

    /// The dialogue format with an identifier, if the dataset defines it.
    public func format(_ id: DialogueFormat.ID) -> DialogueFormat? {
        formats.first { $0.id == id }
    }

    /// The tracks of a format: the forums whose ``Forum/format`` is its identifier, in document
    /// order.
    ///
    /// - Complexity: O(*n*) in the number of forums.
    public func tracks(of format: DialogueFormat.ID) -> [Forum] {
        forums.filter { $0.format == format }
    }

    /// The agreement with an identifier.
    public func agreement(_ id: Agreement.ID) -> Agreement? { agreements.first { $0.id == id } }

    /// The partnership of two countries, in either order.
    public func partnership(between first: Country, and second: Country) -> Partnership? {
        partnerships.first {
            ($0.first == first && $0.second == second) || ($0.first == second && $0.second == first)
        }
    }

    /// The forums a country takes part in: it hosts an edition, belongs to the rotation, has
    /// been a member itself, or one of its institutions has been a member.
    ///
    /// - Complexity: O(*n*) in the size of the dataset.
    public func forums(of country: Country) -> [Forum] {
        let institutionsOfCountry = Set(institutions.filter { $0.country == country }.map(\.id))
        return forums.filter { forum in
            forum.editions.contains { $0.host == country }
                || forum.charter?.rotation?.side(of: country) != nil
                || forum.membership.events.contains {
                    $0.member.country == country
                        || $0.institution.map(institutionsOfCountry.contains) ?? false
                }
        }
    }

    /// The editions a country hosted or is to host, with their forums, in date order.
    public func editions(hostedBy country: Country) -> [HostedEdition] {
        forums.flatMap { forum in
            forum.editions.filter { $0.host == country }.map {
                HostedEdition(forum: forum, edition: $0)
            }
        }
        .sorted { ($0.edition.date, $0.forum.id) < ($1.edition.date, $1.forum.id) }
    }

    /// The members of a forum on a date, as institutions where the dataset defines them, sorted
    /// by identifier.
    package func memberInstitutions(of forum: Forum.ID, on date: PartialDate) -> [Institution] {
        guard let forum = self.forum(forum) else { return [] }
        let ids = forum.members(on: date)
        return institutions.filter { ids.contains(.institution($0.id)) }.sorted { $0.id < $1.id }
    }

    /// The indicators between two parties (in either order), optionally of one measure, sorted by
    /// year.
    public func indicators(
        between first: Indicator.Economy, and second: Indicator.Economy,
        measure: Indicator.Measure? = nil
    ) -> [Indicator] {
        indicators
            .filter { $0.isBetween(first, second) && (measure == nil || $0.measure == measure) }
            .sorted { ($0.year, $0.id) < ($1.year, $1.id) }
    }
}

extension Dataset {
    /// The institutions that any name, acronym or identifier matches, case-insensitively: exact
    /// matches first, then names that contain the query, each in document order.
    ///
    /// ```swift
    /// catalog.institutions(matching: "한국국제교류재단").map(\.id)  // ["korea-foundation"]
    /// catalog.institutions(matching: "kaziss").map(\.id)          // ["kaziss"]
    /// ```
    ///
    /// - Complexity: O(*n*) in the number of institutions and their names.
    public func institutions(matching query: String) -> [Institution] {
        ranked(institutions, matching: query) { [$0.id.rawValue] + ($0.acronym.map { [$0] } ?? []) }
    }

    /// The forums that any name or identifier matches, case-insensitively: exact matches first,
    /// then names that contain the query, each in document order.
    ///
    /// - Complexity: O(*n*) in the number of forums and their names.
    public func forums(matching query: String) -> [Forum] {
        ranked(forums, matching: query) { [$0.id.rawValue] }
    }

    func ranked<Entity: Named>(
        _ entities: [Entity], matching query: String, labels: (Entity) -> [String]
    ) -> [Entity] {
        let matches = entities.enumerated().compactMap { position, entity in
            entity.matchRank(query, also: labels(entity)).map {
                (rank: $0, position: position, entity: entity)
            }
        }
        return matches.sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }.map(\.entity)
    }

    /// Every claim of a measure between two parties for a year, sorted by identifier.
    ///
    /// A trade turnover is between the two parties in either order; exports, imports and
    /// investment are from the first to the second. Sources may disagree: every claim is kept,
    /// and none is chosen.
    ///
    /// ```swift
    /// catalog.claims(of: .tradeTurnover, between: .country(.korea),
    ///                and: .country(.kazakhstan), year: 2020).count  // 2
    /// ```
    ///
    /// - Complexity: O(*n* log *n*) in the number of indicators.
    public func claims(
        of measure: Indicator.Measure, between first: Indicator.Economy,
        and second: Indicator.Economy, year: Int
    ) -> [Indicator] {
        indicators.filter {
            $0.measure == measure && $0.year == year && $0.isClaim(between: first, and: second)
        }
        .sorted { $0.id < $1.id }
    }
}

extension Dataset {
    /// The side an edition of a forum is hosted on.
    ///
    /// The rotation is the one of the charter period in force for the edition (or the forum's
    /// last one); the side is the pivot's, the group's, or `nil` for a host outside the format
    /// or a forum without a rotation. An organisation's side is its member states', as this
    /// dataset records them.
    ///
    /// ```swift
    /// catalog.side(of: tashkent, in: thinkTankForum)  // .group
    /// ```
    public func side(of edition: Edition, in forum: Forum) -> Charter.Side? {
        guard
            let rotation = forum.charter(for: edition)?.charter.rotation ?? forum.charter?.rotation
        else { return nil }
        let pivotStates = rotation.pivot.organization.map { _ in
            rotation.pivot.states(
                institutions: Dictionary(
                    institutions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        return rotation.side(of: edition.host, pivotStates: pivotStates)
    }
}

/// An edition with the forum it belongs to, as ``Dataset/editions(hostedBy:)`` lists them.
public struct HostedEdition: Sendable, Hashable {
    /// The forum.
    public let forum: Forum
    /// The edition, one of the forum's.
    public let edition: Edition
}
