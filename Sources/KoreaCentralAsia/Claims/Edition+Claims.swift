extension Edition: Claimable {
    /// The properties a claim on an edition may name: `date` (compatible when it may fall
    /// between the date and the end date), `endDate`, `host`, `city`, `status`, `mode`, `level`,
    /// `organizers`, `chairs`, `marginsOf` and `adopted`.
    public static let claimableProperties: [ClaimableProperty<Edition>] = [
        .init("date", \.date, through: \.endDate), .init("endDate", \.endDate),
        .init("host", \.host), .init("city", \.city), .init("status", \.status),
        .init("mode", \.mode), .init("level", \.level), .init("organizers", \.organizers),
        .init("chairs", \.chairs), .init("marginsOf", \.marginsOf), .init("adopted", \.adopted),
    ]
}
