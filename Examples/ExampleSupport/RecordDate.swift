public import KoreaCentralAsia

extension Arguments {
    /// The date of `--as-of DATE|today`, or `nil` when the option was not given: a partial date
    /// (`2026-11-26`, `2026-11`, `2026`), or `today`, the program's date in UTC.
    ///
    /// The library never reads the clock; a program may, and says so with `today`.
    ///
    /// ```swift
    /// let asOf = try arguments.recordDate()
    /// let report = asOf.map { dataset.validate(asOf: $0) } ?? dataset.validate()
    /// ```
    ///
    /// - Throws: ``UsageError`` for anything else: `--as-of needs a date such as 2026-11-26 or
    ///   "today", not "yesterday"`.
    public func recordDate(option: String = "--as-of") throws(UsageError) -> PartialDate? {
        if value(option) == "today" { return try today() }
        return try value(option, as: "a date such as 2026-11-26 or \"today\"") {
            try? PartialDate($0)
        }
    }
}
