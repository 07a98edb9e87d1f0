public import Foundation
public import KoreaCentralAsia

/// A dataset's forum editions as an iCalendar file (RFC 5545), for the calendars of
/// secretariats and delegations.
///
/// Each edition dated to the day becomes an all-day `VEVENT`: `DTSTART;VALUE=DATE`, `DTEND` the
/// day after its last day, `STATUS` `CONFIRMED` (held), `TENTATIVE` (planned) or `CANCELLED`, a
/// `UID` built from the forum's id and the ordinal (stable from one export to the next),
/// `SUMMARY`, `LOCATION` and a `DESCRIPTION` with the host, organisers and sources. Editions
/// dated only to a month or a year have no day to put in a calendar: they are left out and
/// counted in ``omittedEditionCount``.
///
/// `DTSTAMP` comes from the record, never from the clock, so the same dataset gives the same
/// bytes: the date the record is as of (the `asOf` given, else the dataset's own
/// ``KoreaCentralAsia/Dataset/asOf``), otherwise the latest publication date of its sources, at
/// midnight UTC. Text is escaped (`\\`, `\;`, `\,`, `\n`) and lines are folded at 75
/// octets without splitting a UTF-8 character.
///
/// ```swift
/// let calendar = ICalendarExport(dataset)
/// let left = calendar.omittedEditionCount  // editions without a day
/// try calendar.write(to: URL(fileURLWithPath: "forums.ics"))
/// ```
public struct ICalendarExport: Sendable, Hashable {
    /// The whole calendar, lines ending in CRLF.
    public let data: Data
    /// The number of `VEVENT`s: the editions dated to the day.
    public let eventCount: Int
    /// The editions left out because they are dated only to a month or a year.
    public let omittedEditionCount: Int

    /// Writes the editions of a dataset as a calendar.
    ///
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - asOf: The date the record is as of, for `DTSTAMP`, in place of the dataset's own; when
    ///     both are `nil`, the latest publication date of the dataset's sources (or 1970-01-01
    ///     when none is dated).
    /// - Complexity: O(*n*) in the number of editions and sources.
    public init(_ dataset: Dataset, asOf: PartialDate? = nil) {
        let stampDate = asOf ?? dataset.asOf ?? dataset.sources.compactMap(\.published).max()
        let stamp =
            stampDate.map {
                Self.basicDate(year: $0.year, month: $0.month ?? 1, day: $0.day ?? 1) + "T000000Z"
            }
            ?? "19700101T000000Z"
        var names: [Institution.ID: String] = [:]
        for institution in dataset.institutions where names[institution.id] == nil {
            names[institution.id] = institution.shortName
        }
        var lines = CalendarLines()
        lines.add("BEGIN:VCALENDAR")
        lines.add("VERSION:2.0")
        lines.add("PRODID:-//KoreaCentralAsia//KoreaCentralAsiaExport//EN")
        lines.add("CALSCALE:GREGORIAN")
        var events = 0
        var omitted = 0
        for forum in dataset.forums {
            for edition in forum.editions {
                guard let day = edition.date.day, let month = edition.date.month else {
                    omitted += 1
                    continue
                }
                events += 1
                lines.add("BEGIN:VEVENT")
                lines.add("UID:" + Self.escaped("\(forum.id.rawValue)/editions/\(edition.ordinal)"))
                lines.add("DTSTAMP:" + stamp)
                lines.add(
                    "DTSTART;VALUE=DATE:"
                        + Self.basicDate(year: edition.date.year, month: month, day: day))
                let last =
                    edition.endDate.flatMap { end -> (Int, Int, Int)? in
                        guard let endMonth = end.month, let endDay = end.day else { return nil }
                        return (end.year, endMonth, endDay)
                    } ?? (edition.date.year, month, day)
                let after = Self.dayAfter(year: last.0, month: last.1, day: last.2)
                lines.add(
                    "DTEND;VALUE=DATE:"
                        + Self.basicDate(year: after.0, month: after.1, day: after.2))
                lines.add(
                    "SUMMARY:" + Self.escaped("\(forum.name), \(edition.ordinalText) edition"))
                let place = [edition.city, edition.host.name].compactMap { $0 }.joined(
                    separator: ", ")
                lines.add("LOCATION:" + Self.escaped(place))
                lines.add("STATUS:" + Self.status(edition.status))
                var description = ["Host: \(edition.host.name) (\(edition.host.code))."]
                if let level = edition.level { description.append("Level: \(level.rawValue).") }
                if let mode = edition.mode { description.append("Mode: \(mode.rawValue).") }
                if !edition.organizers.isEmpty {
                    let organizers = edition.organizers.map { names[$0] ?? $0.rawValue }
                    description.append("Organisers: \(organizers.joined(separator: ", ")).")
                }
                if !edition.sources.isEmpty {
                    description.append(
                        "Sources: \(edition.sources.map(\.rawValue).joined(separator: ", ")).")
                }
                lines.add("DESCRIPTION:" + Self.escaped(description.joined(separator: "\n")))
                lines.add("END:VEVENT")
            }
        }
        lines.add("END:VCALENDAR")
        data = Data(lines.text.utf8)
        eventCount = events
        omittedEditionCount = omitted
    }

    /// The `STATUS` of an edition's status.
    static func status(_ status: Edition.Status) -> String {
        switch status {
        case .held: "CONFIRMED"
        case .planned, .postponed: "TENTATIVE"
        case .cancelled: "CANCELLED"
        }
    }

    /// A date in the basic format: `20240730`.
    static func basicDate(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + padded(month, 2) + padded(day, 2)
    }

    /// The day after a date (31 December 9999 gives 1 January 10000, which RFC 5545 cannot
    /// write; it stays within four digits as 9999-12-31).
    static func dayAfter(year: Int, month: Int, day: Int) -> (Int, Int, Int) {
        if day < PartialDate.daysInMonth(year: year, month: month) { return (year, month, day + 1) }
        if month < 12 { return (year, month + 1, 1) }
        return year < 9999 ? (year + 1, 1, 1) : (year, month, day)
    }

    /// Text escaped as an RFC 5545 TEXT value (section 3.3.11): `\` `;` `,` with a backslash,
    /// a line break as `\n`; other control characters, which TEXT cannot hold, as U+FFFD.
    static func escaped(_ text: String) -> String {
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: ";")
                && byte != UInt8(ascii: ",")
        }
        if plain { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The content lines of a calendar, each folded at 75 octets and ended with CRLF.
struct CalendarLines {
    /// The calendar so far.
    private(set) var text = ""

    /// The longest a physical line may be, in octets, without its CRLF (RFC 5545, 3.1).
    static let width = 75

    /// Appends a content line, folded: a line longer than 75 octets is broken before the
    /// Unicode scalar that would cross the limit, and continued after CRLF and one space (which
    /// counts toward the next line's 75).
    mutating func add(_ line: String) {
        if line.utf8.count <= Self.width {
            text += line
            text += "\r\n"
            return
        }
        // Pieces of the line are appended whole: appending scalar by scalar through
        // `text.unicodeScalars` would copy the whole calendar each time.
        let scalars = line.unicodeScalars
        var start = scalars.startIndex
        var used = 0
        var index = start
        while index < scalars.endIndex {
            let size = UTF8.width(scalars[index])
            if used + size > Self.width {
                text += Substring(scalars[start..<index])
                text += "\r\n "
                start = index
                used = 1
            }
            used += size
            index = scalars.index(after: index)
        }
        text += Substring(scalars[start...])
        text += "\r\n"
    }
}

extension ICalendarExport: DatasetExport {
    /// One file.
    public var layout: ExportLayout { .file }
    /// The calendar, as `editions.ics`.
    public var files: [ExportFile] { [ExportFile(name: "editions.ics", data: data)] }
    /// The editions dated only to a month or a year, which a calendar cannot place.
    public var omissions: [ExportOmission] {
        omittedEditionCount == 0
            ? []
            : [
                ExportOmission(
                    count: omittedEditionCount,
                    what: "editions dated only to a month or a year, which a calendar cannot place")
            ]
    }
    /// "12 events".
    public var summary: String { "\(eventCount) event\(eventCount == 1 ? "" : "s")" }
}
