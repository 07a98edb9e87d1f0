import KoreaCentralAsia
import Testing

@Suite("Partial date")
struct PartialDateTests {
    /// Two partial dates and how they relate.
    ///
    /// Does `a` definitely precede `b`, definitely follow it, may they be the same day, and is
    /// every day of `b` a day of `a`?
    struct Pair: Sendable, CustomTestStringConvertible {
        let a: String
        let b: String
        let precedes: Bool
        let follows: Bool
        let overlaps: Bool
        let contains: Bool

        init(_ a: String, _ b: String, _ relation: Relation, contains: Bool = false) {
            self.a = a
            self.b = b
            self.precedes = relation == .before
            self.follows = relation == .after
            self.overlaps = relation == .overlap
            self.contains = contains
        }

        enum Relation { case before, after, overlap }

        var testDescription: String { "\(a) vs \(b)" }
    }

    static let pairs: [Pair] = [
        // Years.
        Pair("2023", "2024", .before),
        Pair("2024", "2024", .overlap, contains: true),
        Pair("2025", "2024", .after),
        // Months, across a year boundary.
        Pair("2023-12", "2024-01", .before),
        Pair("2024-02", "2024-02", .overlap, contains: true),
        Pair("2024-03", "2024-02", .after),
        // Days: leap day, year boundary.
        Pair("2024-02-28", "2024-02-29", .before),
        Pair("2024-02-29", "2024-02-29", .overlap, contains: true),
        Pair("2024-03-01", "2024-02-29", .after),
        Pair("2023-12-31", "2024-01-01", .before),
        // A year and a month.
        Pair("2024", "2024-06", .overlap, contains: true),
        Pair("2024-06", "2024", .overlap),
        Pair("2023", "2024-01", .before),
        Pair("2024-12", "2025", .before),
        Pair("2025", "2024-12", .after),
        Pair("2024-01", "2023", .after),
        // A year and a day.
        Pair("2024", "2024-06-01", .overlap, contains: true),
        Pair("2024", "2024-01-01", .overlap, contains: true),
        Pair("2024", "2024-12-31", .overlap, contains: true),
        Pair("2024", "2025-01-01", .before),
        Pair("2024-01-01", "2024", .overlap),
        Pair("2023-12-31", "2024", .before),
        Pair("2024", "2023-12-31", .after),
        Pair("2024", "2024-02-29", .overlap, contains: true),
        Pair("2000", "2000-02-29", .overlap, contains: true),
        Pair("1999-12-31", "2000", .before),
        // A month and a day: month ends of 28, 29, 30 and 31 days.
        Pair("2024-02", "2024-02-29", .overlap, contains: true),
        Pair("2024-02", "2024-03-01", .before),
        Pair("2023-02", "2023-03-01", .before),
        Pair("1900-02", "1900-03-01", .before),
        Pair("2100-02", "2100-02-28", .overlap, contains: true),
        Pair("2024-04", "2024-04-30", .overlap, contains: true),
        Pair("2024-04", "2024-05-01", .before),
        Pair("2024-05", "2024-05-31", .overlap, contains: true),
        Pair("2024-05-31", "2024-05", .overlap),
        Pair("2024-06-01", "2024-05", .after),
        Pair("2024-01-31", "2024-02", .before),
        Pair("2023-11-20", "2023-11", .overlap),
        Pair("2023-12", "2023-11-30", .after),
        Pair("2023-12", "2023-12-01", .overlap, contains: true),
    ]

    @Test("Partial dates compare as intervals of days", arguments: pairs)
    func intervals(pair: Pair) throws {
        let a = try PartialDate(pair.a)
        let b = try PartialDate(pair.b)
        #expect(a.definitelyPrecedes(b) == pair.precedes)
        #expect(a.definitelyFollows(b) == pair.follows)
        #expect(a.mayOverlap(b) == pair.overlaps)
        #expect(a.contains(b) == pair.contains)
        // The relations seen from the other side.
        #expect(b.definitelyPrecedes(a) == pair.follows)
        #expect(b.definitelyFollows(a) == pair.precedes)
        #expect(b.mayOverlap(a) == pair.overlaps)
    }

    @Test(
        "Possible dates parse at year, month and day precision, and print back as written",
        arguments: [
            "2024", "0001", "9999", "2023-12", "2023-01", "2023-11-20", "2024-02-29", "2000-02-29",
            "2023-02-28", "2023-04-30", "2023-01-31", "2023-12-31", "9999-12-31", "0001-01-01",
        ])
    func parses(text: String) throws {
        let date = try PartialDate(text)
        #expect(date.description == text)
        let expected: PartialDate.Precision = [4: .year, 7: .month, 10: .day][text.count] ?? .day
        #expect(date.precision == expected)
    }

    @Test(
        "Impossible and malformed dates are refused",
        arguments: [
            "2023-02-29", "1900-02-29", "2100-02-29", "2023-02-30", "2024-02-30", "2023-04-31",
            "2023-06-31", "2023-13", "2023-00", "2023-01-00", "2023-01-32", "0000", "2023-1-5",
            "2023-1", "23", "20230", "2023-", "2023-01-", "+2023", "-2023", "2023/01/01",
            "2023-01-01T00:00", " 2023", "2023 ", "", "２０２３", "twenty",
        ])
    func refused(text: String) {
        #expect {
            try PartialDate(text)
        } throws: { error in
            guard let error = error as? ValueError else { return false }
            return error.kind == .date && error.input == text
                && error.message.hasPrefix("\"\(text)\" is not a")
        }
    }

    @Test("A refusal says what is wrong with the date")
    func refusalMessages() {
        let expected = [
            "2023-02-29": #""2023-02-29" is not a valid date: February 2023 has 28 days"#,
            "1900-02-29": #""1900-02-29" is not a valid date: February 1900 has 28 days"#,
            "2023-04-31": #""2023-04-31" is not a valid date: April 2023 has 30 days"#,
            "2023-13": #""2023-13" is not a valid date: there is no month 13"#,
            "0000": #""0000" is not a valid date: the year must be 1 to 9999"#,
            "2023-1-5": #""2023-1-5" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"#,
        ]
        for (text, message) in expected {
            #expect(throws: ValueError(.date, input: text, message: message)) {
                try PartialDate(text)
            }
        }
    }

    @Test("Building from parts validates them; a day needs a month")
    func fromParts() throws {
        #expect(try PartialDate(year: 2024, month: 2, day: 29) == "2024-02-29")
        #expect(try PartialDate(year: 2024, month: 2) == "2024-02")
        #expect(try PartialDate(year: 5) == "0005")
        #expect(throws: ValueError.self) { try PartialDate(year: 2023, month: 2, day: 29) }
        #expect(throws: ValueError.self) { try PartialDate(year: 10_000) }
        #expect(throws: ValueError.self) { try PartialDate(year: -1) }
        #expect {
            try PartialDate(year: 2024, day: 3)
        } throws: { error in
            (error as? ValueError)?.message
                == #""2024-??-03" is not a valid date: a day needs a month"#
        }
    }

    @Test("Dates sort by first day, a coarser date before a finer one that starts with it")
    func sorting() {
        let dates: [PartialDate] = [
            "2024-02", "2024-01-02", "2024-01-01", "2024", "2024-01", "2023-12-31",
        ]
        #expect(
            dates.sorted() == [
                "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02", "2024-02",
            ])
        #expect(PartialDate("2024") < PartialDate("2024-01"))
        #expect(PartialDate("2024-01") < PartialDate("2024-01-01"))
        #expect(!(PartialDate("2024-01-01") < PartialDate("2024-01-01")))
        #expect(PartialDate("2023-12") < PartialDate("2024"))
    }

    @Test("Truncating gives the coarser date that contains it; a finer precision changes nothing")
    func truncation() {
        let day: PartialDate = "2023-11-20"
        #expect(day.truncated(to: .month) == "2023-11")
        #expect(day.truncated(to: .year) == "2023")
        #expect(day.truncated(to: .day) == day)
        #expect(PartialDate("2023-11").truncated(to: .year) == "2023")
        #expect(PartialDate("2023").truncated(to: .day) == "2023")
        #expect(day.truncated(to: .month).contains(day))
    }

    @Test(
        "A date spans the days of its year, month or day",
        arguments: [
            ("2024", 366), ("2023", 365), ("1900", 365), ("2000", 366), ("2024-02", 29),
            ("2023-02", 28),
            ("1900-02", 28), ("2000-02", 29), ("2024-04", 30), ("2024-01", 31), ("2024-02-29", 1),
        ])
    func dayCount(text: String, days: Int) throws {
        #expect(try PartialDate(text).dayCount == days)
    }

    @Test("Day numbers count from 1970-01-01")
    func dayNumbers() {
        #expect(PartialDate("1970-01-01").firstDay == 0)
        #expect(PartialDate("1970").lastDay == 364)
        #expect(PartialDate("2000-03-01").firstDay == 11_017)
        #expect(PartialDate("1969-12-31").firstDay == -1)
    }

    @Test("Leap years follow the Gregorian rule")
    func leapYears() {
        #expect(PartialDate.isLeapYear(2024))
        #expect(PartialDate.isLeapYear(2000))
        #expect(!PartialDate.isLeapYear(1900))
        #expect(!PartialDate.isLeapYear(2023))
        #expect(!PartialDate.isLeapYear(2100))
    }
}
