extension Dataset {
    /// The sources that some fact of the dataset cites: an entity, a partnership stage, a charter
    /// period, a membership event, an edition with its schedule and delegations, a claim or an
    /// acknowledgement.
    ///
    /// - Complexity: O(*n*) in the size of the dataset.
    package var citedSources: Set<Source.ID> {
        var cited = Set<Source.ID>()
        func cite(_ sources: [Source.ID]) { cited.formUnion(sources) }
        for format in formats { cite(format.sources) }
        for institution in institutions { cite(institution.sources) }
        for partnership in partnerships { for stage in partnership.stages { cite(stage.sources) } }
        for forum in forums {
            cite(forum.sources)
            for period in forum.charters { cite(period.sources) }
            for event in forum.membership.events { cite(event.sources) }
            for edition in forum.editions {
                cite(edition.sources)
                for announcement in edition.schedule { cite(announcement.sources) }
                for delegation in edition.delegations { cite(delegation.sources) }
            }
        }
        for agreement in agreements { cite(agreement.sources) }
        for meeting in meetings { cite(meeting.sources) }
        for indicator in indicators { cite(indicator.sources) }
        for initiative in initiatives { cite(initiative.sources) }
        for acknowledgement in acknowledgements { cite(acknowledgement.sources) }
        for dispute in disputes { cite(dispute.sources) }
        for person in persons { cite(person.sources) }
        for post in posts {
            cite(post.sources)
            for term in post.holders { cite(term.sources) }
        }
        return cited
    }
}
