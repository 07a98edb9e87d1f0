/// One claim of a dataset, beside the value the record prefers: what ``Dataset/disputes`` lists.
public struct Dispute: Sendable, Hashable {
    /// Where the claim lies: `forums[cooperation-forum].editions[8].claims[0]`.
    public let subject: Subject
    /// The entity whose property the claim disputes: `forums[cooperation-forum].editions[8]`.
    public let entity: Subject
    /// The property's name in the document: `"city"`.
    public let property: String
    /// The record's own value, or `nil` when it has none.
    public let preferred: AnyClaimValue?
    /// The value the claim's sources state.
    public let claimed: AnyClaimValue
    /// The claim's sources.
    public let sources: [Source.ID]
    /// The claim's note.
    public let note: String?
    /// Whether the claim can hold together with the preferred value: equal values; for dates,
    /// intervals that may overlap (a date with an end date spans both); `true` when the record
    /// has no value of its own.
    public let isCompatible: Bool

    /// Creates a dispute.
    public init(
        subject: Subject, entity: Subject, property: String, preferred: AnyClaimValue?,
        claimed: AnyClaimValue, sources: [Source.ID], note: String?, isCompatible: Bool
    ) {
        self.subject = subject
        self.entity = entity
        self.property = property
        self.preferred = preferred
        self.claimed = claimed
        self.sources = sources
        self.note = note
        self.isCompatible = isCompatible
    }

    /// Whether the claim states the very value the record prefers (`claim.same-as-preferred`).
    public var isSameAsPreferred: Bool { preferred == claimed }

    /// The disputes of one entity's claims, in their order.
    static func of<Entity: Claimable>(_ entity: Entity, at subject: Subject) -> [Dispute] {
        entity.claims.enumerated().map { index, claim in
            Dispute(
                subject: subject.claim(index), entity: subject, property: claim.property,
                preferred: entity.preferredValue(of: claim), claimed: claim.value,
                sources: claim.sources, note: claim.note, isCompatible: entity.isCompatible(claim))
        }
    }
}

extension Subject {
    /// `….claims[index]`: a claim of the subject, named by its position.
    public func claim(_ index: Int) -> Subject { field("claims[\(index)]") }

    /// `partnerships[KR-UZ].stages[2019-04-19]`: a stage of a partnership, named by its date.
    public static func stage(_ stage: Partnership.Stage, of partnership: Partnership) -> Subject {
        Subject.partnership(partnership).field("stages[\(stage.since)]")
    }
}
