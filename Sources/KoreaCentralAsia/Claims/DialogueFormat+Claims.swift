extension DialogueFormat: Claimable {
    /// The properties a claim on a format may name: `name`, `partner`, `established`,
    /// `establishedBy` and `secretariat`, as the founding month of the C5+1 that sources give
    /// differently.
    public static let claimableProperties: [ClaimableProperty<DialogueFormat>] = [
        .init("name", \.name), .init("partner", \.partner), .init("established", \.established),
        .init("establishedBy", \.establishedBy), .init("secretariat", \.secretariat),
    ]
}
