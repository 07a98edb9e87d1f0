// Chart 5: the "Central Asia + 1" formats side by side. One row per partner, sorted by founding
// (the library's `formatSummaries`), Korea's row marked; each leaders' meeting is a circle and
// each foreign ministers' meeting a square, at its date. Held meetings are filled; planned and
// postponed ones are outlined.
import ExampleSupport
import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog

/// The section of the formats' timeline: the dataset merged with the built-in comparators when
/// `comparators` is `true`.
///
/// - Throws: ``UsageError`` when the dataset's ids collide with the comparators'.
func formatSection(_ dataset: Dataset, comparators: Bool) throws -> Markup {
    var all = dataset
    if comparators {
        do {
            all = try dataset.merging(Catalog.comparators)
        } catch {
            throw UsageError("the dataset cannot take the built-in comparators: \(error)")
        }
    }
    let korea =
        all.formats.contains { $0.partner == .country(.korea) }
        ? "Korea's row is marked with ★"
        : "the dataset records no format of Korea's to mark"
    return section(
        "Central Asia + 1 formats",
        "Every format's leaders' meetings (circles) and foreign ministers' meetings (squares), "
            + "one row per partner, oldest format first; \(korea). Outlined marks are planned or "
            + "postponed.",
        // On a phone the chart keeps a readable size and scrolls sideways.
        .element(
            "div", ["class": "scroll", "style": "overflow-x: auto"],
            [
                Markup(raw: "<style>#chart-formats { min-width: 760px; }</style>"),
                formatTimeline(all),
            ]))
}

/// One meeting on the timeline.
private struct TimelineMark {
    var when: Double
    var summit: Bool
    var held: Bool
    var tooltip: String
}

/// A partner as a row names it: the country's English name, or the organisation's acronym.
private func partnerName(_ party: Party, in dataset: Dataset) -> String {
    switch party {
    case .country(let country):
        country.name
    case .organization(let id):
        dataset.institution(id).map { $0.acronym ?? $0.name } ?? id.rawValue
    }
}

/// The year of a date as a number, with months and days as fractions, so that meetings of one
/// year do not cover one another.
private func position(_ date: PartialDate) -> Double {
    Double(date.year) + Double((date.month ?? 7) - 1) / 12 + Double((date.day ?? 15) - 1) / 372
}

func formatTimeline(_ dataset: Dataset) -> Markup {
    let id = "chart-formats"
    let title = "Central Asia + 1 formats: leaders' and ministers' meetings"
    let rows = dataset.formatSummaries().map { summary in
        let meetings = dataset.tracks(of: summary.format).filter {
            $0.kind == .summit || $0.kind == .ministerial
        }.flatMap { track in
            track.editions.filter(\.isScheduled).map { edition in
                TimelineMark(
                    when: position(edition.date), summit: track.kind == .summit,
                    held: edition.status == .held,
                    tooltip: "\(track.name): \(edition.ordinalText), \(edition.date), "
                        + [edition.city, edition.host.code].compactMap { $0 }.joined(
                            separator: ", ") + " (\(edition.status.rawValue))")
            }
        }
        return (summary: summary, meetings: meetings)
    }
    let times = rows.flatMap { $0.meetings.map(\.when) }
    guard let earliest = times.min(), let latest = times.max() else {
        return chart(
            id: id, width: 1160, height: 100, title: title,
            description: "No format with leaders' or ministers' meetings is recorded.",
            [label("No format with leaders' or ministers' meetings is recorded.", x: 20, y: 70)])
    }
    let firstYear = Int(earliest.rounded(.down))
    let lastYear = Int(latest.rounded(.down)) + 1
    let plot = (left: 250.0, right: 1130.0, top: 96.0)
    let rowHeight = 44.0
    let bottom = plot.top + Double(rows.count) * rowHeight
    func x(_ when: Double) -> Double {
        plot.left + (when - Double(firstYear)) / Double(lastYear - firstYear)
            * (plot.right - plot.left)
    }

    var body: [Markup] = [
        legendEntry(
            "leaders' meeting", x: 20, y: 56,
            swatch: .element("circle", ["cx": 6, "cy": 0, "r": 6, "fill": palette[0]])),
        legendEntry(
            "foreign ministers' meeting", x: 180, y: 56,
            swatch: .element(
                "rect", ["x": 0, "y": -5, "width": 10, "height": 10, "fill": palette[1]])),
        legendEntry(
            "planned or postponed", x: 400, y: 56,
            swatch: .element(
                "circle",
                ["cx": 6, "cy": 0, "r": 5, "fill": "#fff", "stroke": palette[0], "stroke-width": 2])
        ),
        legendEntry(
            "★ Korea's format", x: 590, y: 56,
            swatch: .element(
                "rect", ["x": 0, "y": -7, "width": 14, "height": 14, "fill": "#fff1c7"])),
    ]
    for year in firstYear...lastYear {
        let lineX = x(Double(year))
        body.append(
            .element(
                "line",
                [
                    "x1": lineX, "x2": lineX, "y1": plot.top, "y2": bottom, "stroke": "#e6e6e6",
                ]))
        if (year - firstYear) % 2 == 0 {
            body.append(
                label(String(year), x: lineX, y: bottom + 20, anchor: "middle", color: "#555"))
        }
    }
    for (index, row) in rows.enumerated() {
        let top = plot.top + Double(index) * rowHeight
        let korea = row.summary.isKorea
        body.append(
            .element(
                "rect",
                [
                    "class": korea ? "row korea" : "row", "x": 12, "y": top,
                    "width": plot.right - 12, "height": rowHeight,
                    "fill": korea ? "#fff1c7" : (index % 2 == 0 ? "#f6f8fa" : "#fff"),
                ]))
        let name = partnerName(row.summary.partner, in: dataset)
        body.append(
            label(
                (korea ? "★ " : "") + name, x: 24, y: top + 19, weight: korea ? 700 : 600))
        let since = row.summary.established.map { "since \($0.year)" } ?? "founding not recorded"
        body.append(label(since, x: 24, y: top + 35, size: 11, color: "#555"))
        for meeting in row.meetings {
            let colour = meeting.summit ? palette[0] : palette[1]
            let centre = (x: x(meeting.when), y: top + (meeting.summit ? 15 : 30))
            let fill = meeting.held ? colour : "#fff"
            let shape: Markup =
                meeting.summit
                ? .element(
                    "circle",
                    [
                        "cx": centre.x, "cy": centre.y, "r": meeting.held ? 6 : 5, "fill": fill,
                        "stroke": colour, "stroke-width": meeting.held ? 1 : 2,
                    ])
                : .element(
                    "rect",
                    [
                        "x": centre.x - 5, "y": centre.y - 5, "width": 10, "height": 10,
                        "fill": fill, "stroke": colour, "stroke-width": meeting.held ? 1 : 2,
                    ])
            body.append(
                .element(
                    "g", ["class": meeting.summit ? "summit" : "ministerial"],
                    [.element("title", text: meeting.tooltip), shape]))
        }
    }
    body.append(
        label(
            "Year", x: (plot.left + plot.right) / 2, y: bottom + 44, anchor: "middle", weight: 600))
    let formats = rows.map { partnerName($0.summary.partner, in: dataset) }
    return chart(
        id: id, width: 1160, height: bottom + 60, title: title,
        description: "Meetings of \(rows.count) formats, \(firstYear) to \(lastYear): "
            + formats.joined(separator: ", ") + ".",
        body)
}
