extension Agreement: Claimable {
    /// The properties a claim on an agreement may name: `title`, `kind`, `date`, `place`,
    /// `signatories`, `countries` and `establishes`.
    public static let claimableProperties: [ClaimableProperty<Agreement>] = [
        .init("title", \.title), .init("kind", \.kind), .init("date", \.date, isFactDate: true),
        .init("place", \.place), .init("signatories", \.signatories),
        .init("countries", \.countries), .init("establishes", \.establishes),
    ]
}
