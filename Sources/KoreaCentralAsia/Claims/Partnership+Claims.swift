extension Partnership.Stage: Claimable {
    /// The properties a claim on a partnership stage may name: `level` and `since`.
    public static let claimableProperties: [ClaimableProperty<Partnership.Stage>] = [
        .init("level", \.level), .init("since", \.since, isFactDate: true),
    ]
}
