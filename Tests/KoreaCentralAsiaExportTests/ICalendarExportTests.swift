import Foundation
import KoreaCentralAsia
import Testing

@testable import KoreaCentralAsiaExport

/// The content lines of a calendar, unfolded (RFC 5545, 3.1).
func unfoldedLines(_ data: Data) -> [String] {
    var lines: [String] = []
    for line in crlfLines(data) {
        if line.hasPrefix(" "), !lines.isEmpty {
            lines[lines.count - 1] += line.dropFirst()
        } else {
            lines.append(line)
        }
    }
    return lines
}

/// A TEXT value read back: `\n` a line feed, `\,` `\;` `\\` the character.
func unescapedText(_ value: Substring) -> String {
    var text = ""
    var escaping = false
    for character in value {
        if escaping {
            text.append(character == "n" || character == "N" ? "\n" : character)
            escaping = false
        } else if character == "\\" {
            escaping = true
        } else {
            text.append(character)
        }
    }
    return text
}

/// The value of the first property `name` of each event, in order.
func eventValues(_ name: String, _ data: Data) -> [Substring] {
    unfoldedLines(data).compactMap { line in
        line.hasPrefix(name + ":") ? line.dropFirst(name.count + 1) : nil
    }
}

@Suite("iCalendar export")
struct ICalendarExportTests {
    @Test("The catalog gives one event per edition dated to the day; the others are counted")
    func catalog() throws {
        let catalog = try ExportFixtures.catalog
        let calendar = ICalendarExport(catalog)
        let editions = catalog.forums.flatMap(\.editions)
        let dated = editions.filter { $0.date.precision == .day }.count
        #expect(calendar.eventCount == dated)
        #expect(calendar.omittedEditionCount == editions.count - dated)
        #expect(calendar.omittedEditionCount == 3)  // 2012-07, 2025-11 and 2026
        let lines = unfoldedLines(calendar.data)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == dated)
        #expect(
            eventValues("UID", calendar.data).contains(
                "korea-central-asia-think-tank-forum/editions/1"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20240730"))
    }

    @Test("Every physical line is at most 75 octets, ends in CRLF and holds whole UTF-8 characters")
    func folding() throws {
        for dataset in [try ExportFixtures.catalog, try ExportFixtures.hostileDataset] {
            let data = ICalendarExport(dataset).data
            #expect(data.suffix(2) == Data("\r\n".utf8))
            for line in data.split(separator: 0x0A) {
                #expect(line.last == 0x0D)
                #expect(line.count - 1 <= 75)
                // Valid UTF-8 decodes without replacement characters, so it encodes back to the
                // same bytes (`String(validating:as:)` would need macOS 15).
                #expect(Array(String(decoding: line, as: UTF8.self).utf8) == Array(line))
            }
        }
    }

    @Test(
        "Folding breaks before the character that would cross 75 octets, never inside one",
        arguments: [
            String(repeating: "a", count: 200), String(repeating: "한", count: 80),
            String(repeating: "🇰🇿", count: 40), "x" + String(repeating: "é", count: 100),
            String(repeating: "b", count: 75),
        ])
    func foldingText(text: String) {
        var lines = CalendarLines()
        lines.add(text)
        let physical = lines.text.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.first.map { $0.utf8.count > 71 } ?? false)  // full lines, no early breaks
        #expect(
            physical.enumerated().map {
                $0.offset == 0 ? $0.element : String($0.element.dropFirst())
            }.joined() == text)
    }

    @Test(
        "TEXT values escape backslash, semicolon, comma and line breaks",
        arguments: [
            ("plain", "plain"), ("a,b", "a\\,b"), ("a;b", "a\\;b"), ("a\\b", "a\\\\b"),
            ("one\ntwo", "one\\ntwo"), ("one\r\ntwo", "one\\ntwo"), ("one\rtwo", "one\\ntwo"),
            ("tab\there", "tab\there"), ("bell\u{7}", "bell\u{FFFD}"), ("한국, 🇰🇿", "한국\\, 🇰🇿"),
        ])
    func textEscaping(text: String, escaped: String) {
        #expect(ICalendarExport.escaped(text) == escaped)
    }

    @Test("A hostile name reads back as written, line breaks as LF and control characters U+FFFD")
    func hostileSummary() throws {
        let calendar = ICalendarExport(try ExportFixtures.hostileDataset)
        let summaries = eventValues("SUMMARY", calendar.data).map(unescapedText)
        let expected = ExportFixtures.hostile.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")
            .replacingOccurrences(of: "\u{1F}", with: "\u{FFFD}")
        #expect(summaries.first == expected + ", 1st edition")
        #expect(
            eventValues("LOCATION", calendar.data).map(unescapedText).first == expected
                + ", Uzbekistan")
    }

    @Test("Editions dated only to a month or a year are left out and counted")
    func omitted() throws {
        let calendar = ICalendarExport(try ExportFixtures.hostileDataset)
        #expect(calendar.eventCount == 2)
        #expect(calendar.omittedEditionCount == 2)
        #expect(eventValues("UID", calendar.data) == ["forum/editions/1", "forum/editions/4"])
    }

    @Test(
        "Held is CONFIRMED, planned TENTATIVE, cancelled CANCELLED",
        arguments: [
            (Edition.Status.held, "CONFIRMED"), (.planned, "TENTATIVE"), (.cancelled, "CANCELLED"),
        ])
    func status(status: Edition.Status, written: String) throws {
        let dataset = Dataset(forums: [
            Forum(
                id: "f", name: "F", kind: .expert,
                editions: [
                    try Edition(ordinal: 1, date: "2026-09-16", host: .korea, status: status)
                ])
        ])
        #expect(eventValues("STATUS", ICalendarExport(dataset).data) == [Substring(written)])
    }

    @Test("An all-day event ends the day after its last day, across months and years")
    func endDates() throws {
        let dataset = Dataset(forums: [
            Forum(
                id: "f", name: "F", kind: .expert,
                editions: [
                    try Edition(
                        ordinal: 1, date: "2024-07-30", endDate: "2024-07-31", host: .korea),
                    try Edition(ordinal: 2, date: "2025-12-31", host: .korea),
                    try Edition(
                        ordinal: 3, date: "2028-02-28", endDate: "2028-02-29", host: .korea),
                    try Edition(ordinal: 4, date: "2029-03-01", endDate: "2029-03", host: .korea),
                ])
        ])
        let calendar = ICalendarExport(dataset)
        #expect(
            eventValues("DTEND;VALUE=DATE", calendar.data) == [
                "20240801", "20260101", "20280301", "20290302",
            ])
    }

    @Test("DTSTAMP is the record's date, or its latest source's, never the clock")
    func stamp() throws {
        var dataset = try ExportFixtures.hostileDataset
        #expect(eventValues("DTSTAMP", ICalendarExport(dataset).data).first == "20250614T000000Z")
        dataset.asOf = "2026-11-26"
        #expect(eventValues("DTSTAMP", ICalendarExport(dataset).data).first == "20261126T000000Z")
        #expect(
            eventValues("DTSTAMP", ICalendarExport(dataset, asOf: "2026-11").data).first
                == "20261101T000000Z")
        #expect(
            eventValues("DTSTAMP", ICalendarExport(Dataset(sources: []), asOf: nil).data).isEmpty)
        #expect(ICalendarExport(dataset) == ICalendarExport(dataset))
    }
}
