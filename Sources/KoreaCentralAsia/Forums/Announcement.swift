/// One announcement of an edition's date: when it was announced, and the date it gave (none:
/// postponed with no new date).
///
/// An edition's ``Edition/schedule`` lists its announcements oldest first. The Korea–Central
/// Asia Summit was set for 2025, postponed on 2025-06-27, and set for 16–17 September 2026 on
/// 2026-02-12:
///
/// ```swift
/// let schedule = [
///     Announcement(announced: "2024-06-14", date: "2025"),
///     Announcement(announced: "2025-06-27"),
///     Announcement(announced: "2026-02-12", date: "2026-09-16", endDate: "2026-09-17"),
/// ]
/// ```
public struct Announcement: Sendable, Hashable {
    /// When the announcement was made.
    public var announced: PartialDate
    /// The date it gave, or `nil` for a postponement with no new date.
    public var date: PartialDate?
    /// The end date it gave, for a meeting of several days.
    public var endDate: PartialDate?
    /// The sources that report it.
    public var sources: [Source.ID]

    /// Creates an announcement.
    public init(
        announced: PartialDate, date: PartialDate? = nil, endDate: PartialDate? = nil,
        sources: [Source.ID] = []
    ) {
        self.announced = announced
        self.date = date
        self.endDate = endDate
        self.sources = sources
    }

    /// Whether the announcement postponed the edition without a new date.
    public var isPostponement: Bool { date == nil }
}

extension Announcement: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case announced, date, endDate, sources
    }

    /// Decodes an announcement; an end date needs a date and does not precede it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        announced = try container.decode(.announced) { text throws(ValueError) in
            try PartialDate(text)
        }
        date = try container.decodeIfPresent(.date) { text throws(ValueError) in
            try PartialDate(text)
        }
        endDate = try container.decodeIfPresent(.endDate) { text throws(ValueError) in
            try PartialDate(text)
        }
        if let endDate {
            guard let date else {
                throw container.refuse(.endDate, "an announcement with an end date needs a date")
            }
            if endDate.definitelyPrecedes(date) {
                throw container.refuse(
                    .endDate, "the end date \(endDate) is before the date \(date)")
            }
        }
        sources = try container.decodeArray(.sources) { text throws(ValueError) in
            try Source.ID(text)
        }
    }

    /// Encodes the announcement, leaving out absent values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(announced, forKey: .announced)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(endDate, forKey: .endDate)
        try container.encodeUnlessEmpty(sources, forKey: .sources)
    }
}
