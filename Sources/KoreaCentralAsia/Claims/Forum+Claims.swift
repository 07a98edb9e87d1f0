extension Forum: Claimable {
    /// The properties a claim on a forum may name: `name`, `kind`, `established`,
    /// `establishedBy`, `secretariat` and `format`.
    public static let claimableProperties: [ClaimableProperty<Forum>] = [
        .init("name", \.name), .init("kind", \.kind), .init("established", \.established),
        .init("establishedBy", \.establishedBy), .init("secretariat", \.secretariat),
        .init("format", \.format),
    ]
}
