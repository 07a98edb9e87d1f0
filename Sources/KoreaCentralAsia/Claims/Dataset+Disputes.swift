extension Dataset {
    /// Every claim of the dataset beside the value the record prefers, with whether the two are
    /// compatible.
    ///
    /// ```swift
    /// for dispute in dataset.disputes where !dispute.isCompatible {
    ///     print(dispute.entity, dispute.property, dispute.preferred, "or", dispute.claimed)
    /// }
    /// ```
    ///
    /// In the document's order: institutions, partnership stages, formats, forums (each forum's own
    /// claims, then its membership events', then its editions'), agreements, meetings; each
    /// entity's claims in the order recorded. Indicators keep their own claims (one indicator
    /// per claim, ``claims(of:between:and:year:)``).
    ///
    /// - Complexity: O(*n*) in the size of the dataset.
    public var disputes: [Dispute] {
        var disputes: [Dispute] = []
        for institution in institutions where !institution.claims.isEmpty {
            disputes += Dispute.of(institution, at: .institution(institution.id))
        }
        for partnership in partnerships {
            for stage in partnership.stages where !stage.claims.isEmpty {
                disputes += Dispute.of(stage, at: .stage(stage, of: partnership))
            }
        }
        for format in formats where !format.claims.isEmpty {
            disputes += Dispute.of(format, at: .format(format.id))
        }
        for forum in forums {
            disputes += Dispute.of(forum, at: .forum(forum.id))
            for event in forum.membership.events where !event.claims.isEmpty {
                disputes += Dispute.of(event, at: .membershipEvent(event, of: forum.id))
            }
            for edition in forum.editions where !edition.claims.isEmpty {
                disputes += Dispute.of(edition, at: .edition(edition.ordinal, of: forum.id))
            }
        }
        for agreement in agreements where !agreement.claims.isEmpty {
            disputes += Dispute.of(agreement, at: .agreement(agreement.id))
        }
        for meeting in meetings where !meeting.claims.isEmpty {
            disputes += Dispute.of(meeting, at: .meeting(meeting.id))
        }
        return disputes
    }
}
