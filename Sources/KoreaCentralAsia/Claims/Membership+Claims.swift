extension Membership.Event: Claimable {
    /// The properties a claim on a membership event may name: `date` and `institution`.
    public static let claimableProperties: [ClaimableProperty<Membership.Event>] = [
        .init("date", \.date, isFactDate: true), .init("institution", \.institution),
    ]
}
