extension Meeting: Claimable {
    /// The properties a claim on a meeting may name: `title`, `date` (compatible when it may
    /// fall between the date and the end date), `endDate`, `place`, `host`, `participants` and
    /// `countries`.
    public static let claimableProperties: [ClaimableProperty<Meeting>] = [
        .init("title", \.title), .init("date", \.date, through: \.endDate),
        .init("endDate", \.endDate), .init("place", \.place), .init("host", \.host),
        .init("participants", \.participants), .init("countries", \.countries),
    ]
}
