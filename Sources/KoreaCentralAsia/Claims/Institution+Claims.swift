extension Institution: Claimable {
    /// The properties a claim on an institution may name: `name`, `acronym`, `kind`, `country`,
    /// `affiliation`, `parent` and `established`.
    public static let claimableProperties: [ClaimableProperty<Institution>] = [
        .init("name", \.name), .init("acronym", \.acronym), .init("kind", \.kind),
        .init("country", \.country), .init("affiliation", \.affiliation),
        .init("parent", \.parent), .init("established", \.established),
    ]
}
