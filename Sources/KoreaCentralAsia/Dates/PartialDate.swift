/// A calendar date known to a year, a month or a day, as ISO 8601 text: `"2024"`, `"2023-12"`,
/// `"2023-11-20"`.
///
/// Sources give dates at all three precisions ("in 2024", "in December 2023", "on 20 November
/// 2023"), so a partial date stands for an interval of days: `"2024"` is every day of 2024. Two
/// partial dates can therefore be definitely ordered, or overlap without a known order:
///
/// ```swift
/// let year: PartialDate = "2024"
/// let day: PartialDate = "2024-06-01"
/// year.definitelyPrecedes(day)   // false: the year may be that very day
/// year.mayOverlap(day)           // true
/// year.contains(day)             // true
/// let text = "2023-02-30"
/// try PartialDate(text)          // throws: February 2023 has 28 days
/// ```
///
/// A partial date has no time and no time zone: it is never a `Foundation.Date`. Years run from
/// 1 to 9999 in the proleptic Gregorian calendar.
public struct PartialDate: Sendable, Hashable {
    // Stored in 8 bytes, not the 40 of an `Int` and two `Int?`: a large history holds a date
    // for every membership event. A month or day of 0 is one not known.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// The year, 1 to 9999.
    public var year: Int { Int(storedYear) }
    /// The month, 1 to 12, when known.
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    /// The day of the month, when known (only with a month).
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    /// How precisely a partial date is known.
    public enum Precision: Int, Sendable, Hashable, Comparable, Codable, CaseIterable {
        /// Known to the year.
        case year
        /// Known to the month.
        case month
        /// Known to the day.
        case day

        /// Orders precisions from coarse to fine.
        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    /// Creates a partial date from its parts, validating them.
    ///
    /// - Parameters:
    ///   - year: The year, 1 to 9999.
    ///   - month: The month, 1 to 12, or `nil`.
    ///   - day: The day of the month, or `nil`; needs a month.
    /// - Throws: ``ValueError`` with kind ``ValueError/Kind/date`` for an impossible date.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ValueError) {
        func refuse(_ why: String) -> ValueError {
            // Formatted only on failure: decoding a large document makes millions of dates.
            let text = Self.format(year: year, month: month, day: day)
            return ValueError(
                .date, input: text, message: "\(quoted(text)) is not a valid date: \(why)")
        }
        guard (1...9999).contains(year) else { throw refuse("the year must be 1 to 9999") }
        if let month {
            guard (1...12).contains(month) else { throw refuse("there is no month \(month)") }
            if let day {
                let length = Self.daysInMonth(year: year, month: month)
                guard (1...length).contains(day) else {
                    throw refuse("\(Self.monthNames[month - 1]) \(year) has \(length) days")
                }
            }
        } else if day != nil {
            throw refuse("a day needs a month")
        }
        self.init(unchecked: year, month: month, day: day)
    }

    /// Parses ISO 8601 text at year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// - Parameter text: The text, for example `"2023-11-20"`.
    /// - Throws: ``ValueError`` with kind ``ValueError/Kind/date`` when the text is not of that
    ///   form or names an impossible date (`"2023-02-30"`, `"2023-13"`).
    public init(_ text: String) throws(ValueError) {
        // One pass over the bytes, without allocating, over the string's own buffer when it has
        // one (native strings do).
        guard
            let numbers = text.utf8.withContiguousStorageIfAvailable(Self.parseNumbers)
                ?? Self.parseNumbers(text.utf8)
        else {
            throw ValueError(
                .date, input: text,
                message: "\(quoted(text)) is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        try self.init(year: numbers.year, month: numbers.month, day: numbers.day)
    }

    /// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, that is 4, 7 or 10 bytes with a `-` at
    /// offsets 4 and 7 and ASCII digits everywhere else; `nil` for any other text.
    static func parseNumbers(_ bytes: some Collection<UInt8>) -> (
        year: Int, month: Int?, day: Int?
    )? {
        let count = bytes.count
        guard count == 4 || count == 7 || count == 10 else { return nil }
        var numbers = (year: 0, month: 0, day: 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (48...57).contains(byte) else { return nil }
            let digit = Int(byte - 48)
            switch offset {
            case ..<4: numbers.year = numbers.year * 10 + digit
            case ..<7: numbers.month = numbers.month * 10 + digit
            default: numbers.day = numbers.day * 10 + digit
            }
        }
        return (numbers.year, count > 4 ? numbers.month : nil, count > 7 ? numbers.day : nil)
    }

    /// How precisely the date is known.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The first day of the interval, as a count of days from 1970-01-01.
    public var firstDay: Int { Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day of the interval, as a count of days from 1970-01-01.
    public var lastDay: Int {
        let lastMonth = month ?? 12
        return Self.dayNumber(
            year: year, month: lastMonth,
            day: day ?? Self.daysInMonth(year: year, month: lastMonth))
    }

    /// The number of days the date spans: 1 for a day, 28 to 31 for a month, 365 or 366 for a year.
    public var dayCount: Int { lastDay - firstDay + 1 }

    /// Whether every day of this date is before every day of `other`.
    ///
    /// `"2023-12"` definitely precedes `"2024"`; `"2024"` does not definitely precede `"2024-06-01"`.
    public func definitelyPrecedes(_ other: PartialDate) -> Bool { lastDay < other.firstDay }

    /// Whether every day of this date is after every day of `other`.
    public func definitelyFollows(_ other: PartialDate) -> Bool { firstDay > other.lastDay }

    /// Whether the two dates may be the same day: their intervals share at least one day.
    public func mayOverlap(_ other: PartialDate) -> Bool {
        firstDay <= other.lastDay && other.firstDay <= lastDay
    }

    /// Whether every day of `other` is a day of this date: `"2024"` contains `"2024-02-29"`.
    public func contains(_ other: PartialDate) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay
    }

    /// The date at a coarser precision: `"2023-11-20"` truncated to `.month` is `"2023-11"`.
    ///
    /// A precision finer than the date's own returns the date unchanged.
    public func truncated(to precision: Precision) -> PartialDate {
        guard precision < self.precision else { return self }
        return PartialDate(
            unchecked: year, month: precision >= .month ? month : nil, day: nil)
    }

    /// A date from parts already checked: a year of 1 to 9999 (planning's years are), a month
    /// of 1 to 12 and a day of its month.
    init(unchecked year: Int, month: Int?, day: Int?) {
        storedYear = Int32(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month ?? 0)
        storedDay = UInt8(truncatingIfNeeded: day ?? 0)
    }

    /// Whether `year` is a leap year in the proleptic Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's `days_from_civil`).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func format(year: Int, month: Int?, day: Int?) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return value < 0
                ? digits : String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        // A day without a month (refused) is shown as "2024-??-03" in the error message.
        if let day { text += (month == nil ? "-??-" : "-") + pad(day, 2) }
        return text
    }
}

extension PartialDate: Comparable {
    /// Sorts dates by their first day, and a coarser date before a finer one that starts with it:
    /// `"2024" < "2024-01" < "2024-01-01" < "2024-01-02" < "2024-02"`.
    ///
    /// This is an order for sorting, not for deciding rules: use ``definitelyPrecedes(_:)``
    /// to know that one date is before another.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let (left, right) = (lhs.firstDay, rhs.firstDay)
        if left != right { return left < right }
        return lhs.lastDay > rhs.lastDay
    }
}

extension PartialDate: CustomStringConvertible {
    /// The ISO 8601 text, for example `2023-12`.
    public var description: String { Self.format(year: year, month: month, day: day) }
}

extension PartialDate: ExpressibleByStringLiteral {
    /// Creates a date from a literal in source code, such as `"2023-11-20"`.
    ///
    /// A literal is written by a programmer, not read from outside input, so an invalid literal
    /// is a programming error and stops the program. Use ``init(_:)`` for text from elsewhere.
    public init(stringLiteral value: String) {
        do {
            try self.init(value)
        } catch {
            preconditionFailure(error.message)
        }
    }
}

extension PartialDate: Codable {
    /// Decodes ISO 8601 text at year, month or day precision, refusing impossible dates.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { text throws(ValueError) in try Self(text) }
    }

    /// Encodes the ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeText(description)
    }
}
