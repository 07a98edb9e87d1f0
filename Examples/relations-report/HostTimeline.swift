// Chart 2: the host timeline of a forum. One row per side of its rotation (the pivot, the
// group), or one row per host country when the charter has no rotation. Held editions are
// filled, editions the record plans are outlined, editions the library proposes are dashed.
import ExampleSupport
import KoreaCentralAsia

/// One mark on the timeline.
private struct Mark {
    var year: Int
    var ordinal: Int
    var host: Country
    var status: String  // held, planned or proposed
    var tooltip: String
}

func hostTimeline(_ forum: Forum, through: Int, today: PartialDate) -> Markup {
    let id = "chart-hosts-\(forum.id)"
    var marks = forum.scheduledEditions.map { edition in
        Mark(
            year: edition.date.year, ordinal: edition.ordinal, host: edition.host,
            status: edition.status.rawValue,
            tooltip: "\(edition.ordinalText) edition, \(edition.date), "
                + [edition.city, edition.host.name].compactMap { $0 }.joined(separator: ", ")
                + " (\(edition.status.rawValue))")
    }
    // `plan(through:)` continues the rotation from the editions so far; a forum whose charter
    // has no rotation cannot be planned, and shows its record only.
    let rotation = forum.charter?.rotation
    let plan = (try? forum.plan(through: through)) ?? []
    marks += plan.map { planned in
        Mark(
            year: planned.year, ordinal: planned.ordinal, host: planned.host, status: "proposed",
            tooltip:
                "\(Edition.ordinalText(planned.ordinal)) edition, \(planned.year), \(planned.host.name) "
                + "(proposed by the rotation: the \(planned.side.rawValue)'s turn)")
    }
    guard let firstYear = marks.map(\.year).min(), let lastYear = marks.map(\.year).max() else {
        return chart(
            id: id, width: 1160, height: 100, title: "Hosts of the \(forum.name)",
            description: "No editions are recorded.",
            [label("No editions are recorded.", x: 20, y: 70)])
    }

    // Rows: pivot and group, plus "outside the rotation" if a host is neither; without a
    // rotation, the host countries in the order they first hosted.
    var rows: [(name: String, hosts: Set<Country>)]
    if let rotation {
        rows = [
            (
                "\(rotation.pivot.country?.name ?? rotation.pivot.description) (pivot)",
                Set(rotation.pivot.country.map { [$0] } ?? [])
            ),
            ("Group: " + rotation.group.map(\.code).joined(separator: " "), Set(rotation.group)),
        ]
        let outside = Set(marks.map(\.host)).filter { rotation.side(of: $0) == nil }
        if !outside.isEmpty { rows.append(("Outside the rotation", outside)) }
    } else {
        var seen: [Country] = []
        for mark in marks.sorted(by: { $0.year < $1.year }) where !seen.contains(mark.host) {
            seen.append(mark.host)
        }
        rows = seen.map { ($0.name, [$0]) }
    }

    let plot = (left: 220.0, right: 1120.0, top: 70.0)
    let rowHeight = 64.0
    let bottom = plot.top + Double(rows.count) * rowHeight
    let span = Double(max(1, lastYear - firstYear))
    let radius = min(17, (plot.right - plot.left) / span / 2 - 2)
    func x(_ year: Int) -> Double {
        plot.left + 24 + Double(year - firstYear) / span * (plot.right - plot.left - 48)
    }
    func y(_ host: Country) -> Double {
        plot.top + (Double(rows.firstIndex { $0.hosts.contains(host) } ?? 0) + 0.5) * rowHeight
    }

    var body: [Markup] = []
    for (index, row) in rows.enumerated() {
        let top = plot.top + Double(index) * rowHeight
        body.append(
            .element(
                "rect",
                [
                    "class": "row", "x": plot.left, "y": top, "width": plot.right - plot.left,
                    "height": rowHeight,
                    "fill": index % 2 == 0 ? "#f6f8fa" : "#fff",
                ]))
        body.append(
            label(
                row.name, x: plot.left - 12, y: top + rowHeight / 2 + 5, anchor: "end", weight: 600)
        )
    }
    let step = max(1, Int((48 / ((plot.right - plot.left) / span)).rounded(.up)))
    for year in firstYear...lastYear where (year - firstYear) % step == 0 {
        body.append(
            label(String(year), x: x(year), y: bottom + 20, anchor: "middle", color: "#555"))
    }
    body.append(
        label(
            "Year", x: (plot.left + plot.right) / 2, y: bottom + 44, anchor: "middle", weight: 600))
    // A line at today's date separates the record from the plan.
    let now = Double(today.year) + Double((today.month ?? 7) - 1) / 12
    if (Double(firstYear)...Double(lastYear)).contains(now) {
        let nowX = plot.left + 24 + (now - Double(firstYear)) / span * (plot.right - plot.left - 48)
        body.append(
            .element(
                "line",
                [
                    "class": "today", "x1": nowX, "x2": nowX, "y1": plot.top - 8, "y2": bottom,
                    "stroke": "#b00", "stroke-dasharray": "4 3",
                ]))
        body.append(
            label("today", x: nowX, y: plot.top - 12, anchor: "middle", size: 12, color: "#b00"))
    }
    // The order of hosts, as a thin line from edition to edition.
    let ordered = marks.sorted { ($0.year, $0.ordinal) < ($1.year, $1.ordinal) }
    let path = ordered.map { "\(number(x($0.year))),\(number(y($0.host)))" }.joined(separator: " ")
    body.append(
        .element(
            "polyline",
            [
                "class": "sequence", "points": path, "fill": "none", "stroke": "#bbb",
                "stroke-width": 1.5,
            ]))

    for mark in ordered {
        let color =
            rotation.map { $0.side(of: mark.host) == .pivot ? palette[0] : palette[1] }
            ?? palette[0]
        // Held: filled; planned in the record: outlined; proposed by the plan: dashed outline.
        let fill = mark.status == "held" ? color : "#fff"
        let dash = mark.status == "proposed" ? "4 3" : "none"
        let (cx, cy) = (x(mark.year), y(mark.host))
        body.append(
            .element(
                "circle",
                [
                    "class": "mark \(mark.status)", "data-year": mark.year,
                    "data-ordinal": mark.ordinal, "data-host": mark.host.code,
                    "data-status": mark.status, "cx": cx, "cy": cy, "r": radius, "fill": fill,
                    "stroke": color, "stroke-width": 2.5, "stroke-dasharray": dash,
                ],
                [.element("title", text: mark.tooltip)]))
        body.append(
            label(
                mark.host.code, x: cx, y: cy + 4.5, anchor: "middle", size: radius > 13 ? 12 : 10,
                weight: 700,
                color: mark.status == "held" ? "#fff" : color, className: "mark-label"))
    }

    let legendY = bottom + 70
    let legend = [
        ("held", "held"), ("planned", "planned in the record"),
        ("proposed", "proposed by the rotation rule"),
    ]
    for (index, entry) in legend.enumerated() {
        let swatch: Markup = .element(
            "circle",
            [
                "cx": 8, "cy": 0, "r": 8, "fill": entry.0 == "held" ? palette[0] : "#fff",
                "stroke": palette[0],
                "stroke-width": 2.5, "stroke-dasharray": entry.0 == "proposed" ? "4 3" : "none",
            ])
        body.append(
            legendEntry(entry.1, x: plot.left + Double(index) * 230, y: legendY, swatch: swatch))
    }
    if rotation != nil {
        body.append(
            legendEntry(
                "pivot side", x: plot.left + 690, y: legendY,
                swatch: .element(
                    "rect", ["x": 0, "y": -7, "width": 14, "height": 14, "fill": palette[0]])))
        body.append(
            legendEntry(
                "group side", x: plot.left + 800, y: legendY,
                swatch: .element(
                    "rect", ["x": 0, "y": -7, "width": 14, "height": 14, "fill": palette[1]])))
    }
    return chart(
        id: id, width: 1160, height: legendY + 30, title: "Hosts of the \(forum.name)",
        description:
            "Each edition by year and host: held editions filled, planned ones outlined, proposed ones dashed.",
        body)
}

/// A sentence about the forum's rotation for the section's introduction.
func hostSummary(_ forum: Forum, through: Int) -> String {
    guard let rotation = forum.charter?.rotation else {
        return
            "The charter sets no rotation, so no host can be planned: one row per host country, as recorded."
    }
    let group = rotation.group.map(\.name).joined(separator: ", ")
    let pivot = rotation.pivot.country?.nameInProse ?? rotation.pivot.description
    return "Hosts alternate between \(pivot) and, in turn, \(group). "
        + "Editions after the record are the library's plan through \(through)."
}
