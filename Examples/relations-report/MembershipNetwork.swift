// Chart 4: the membership network of a forum. Institutions are nodes, grouped in one column
// per country; founders, members, participants and former members are drawn apart; an arrow
// runs from each recommender to the institution it recommended for admission.
import ExampleSupport
import Foundation
import KoreaCentralAsia

func membershipNetwork(_ dataset: Dataset, forum id: Forum.ID, on date: PartialDate) -> Markup {
    guard let forum = dataset.forum(id) else {
        return chart(
            id: "chart-membership", width: 1160, height: 100, title: "Membership network",
            description: "The dataset has no forum \(id).",
            [label("The dataset has no forum \(id).", x: 20, y: 70)])
    }
    // Everyone the history names: the institutions of its events and their recommenders.
    var recommendations: [(from: Institution.ID, to: Institution.ID, date: PartialDate)] = []
    var ids = forum.membership.institutions
    for event in forum.membership.events {
        if case .admitted(_, let recommenders) = event.change, let candidate = event.institution {
            for recommender in recommenders {
                recommendations.append((recommender, candidate, event.date))
                ids.insert(recommender)
            }
        }
    }
    // `standings(on:)` replays the history: member, participant, or absent (withdrawn, never in).
    let standings = forum.membership.standings(on: date)
    let founders = Set(
        forum.membership.events.filter { $0.change == .founded }.compactMap(\.institution))
    func role(_ id: Institution.ID) -> String {
        switch standings[.institution(id)] {
        case .member: founders.contains(id) ? "founder" : "member"
        case .participant: "participant"
        case .observer: "observer"
        case nil: forum.membership.institutions.contains(id) ? "former member" : "not a member"
        }
    }

    // Columns: Korea, the Central Asian states, other countries, then ids the dataset lacks.
    let order = [Country.korea] + Country.centralAsia
    func column(_ id: Institution.ID) -> String { dataset.institution(id)?.country.code ?? "?" }
    let columns = Set(ids.map(column)).sorted { a, b in
        let (ia, ib) = (
            order.firstIndex { $0.code == a } ?? (a == "?" ? 99 : 50),
            order.firstIndex { $0.code == b } ?? (b == "?" ? 99 : 50)
        )
        return (ia, a) < (ib, b)
    }
    // In each column, founders first, then the others, each by id.
    let byColumn = Dictionary(
        grouping: ids.sorted {
            (founders.contains($0) ? 0 : 1, $0) < (founders.contains($1) ? 0 : 1, $1)
        },
        by: column)
    let columnWidth = 1120 / Double(max(1, columns.count))
    let rowHeight = 112.0
    let radius = 16.0
    var position: [Institution.ID: (x: Double, y: Double)] = [:]
    for (index, code) in columns.enumerated() {
        for (row, id) in (byColumn[code] ?? []).enumerated() {
            position[id] = (20 + (Double(index) + 0.5) * columnWidth, 170 + Double(row) * rowHeight)
        }
    }
    let deepest = byColumn.values.map(\.count).max() ?? 1
    let bottom = 170 + Double(deepest - 1) * rowHeight + 70

    var body: [Markup] = [
        .element(
            "defs", [:],
            [
                .element(
                    "marker",
                    [
                        "id": "membership-arrow", "viewBox": "0 0 10 10", "refX": 9, "refY": 5,
                        "markerWidth": 7,
                        "markerHeight": 7, "orient": "auto",
                    ], [.element("path", ["d": "M0,0 L10,5 L0,10 Z", "fill": "#444"])])
            ])
    ]
    for (index, code) in columns.enumerated() {
        let left = 20 + Double(index) * columnWidth
        let name = code == "?" ? "Not in the dataset" : ((try? Country(code))?.name ?? code)
        body.append(
            .element(
                "rect",
                [
                    "class": "country", "x": left + 6, "y": 56, "width": columnWidth - 12,
                    "height": bottom - 56,
                    "rx": 8, "fill": index % 2 == 0 ? "#f3f6fa" : "#f9f9f9", "stroke": "#dde3ea",
                ]))
        body.append(
            label(
                name, x: left + columnWidth / 2, y: 82, anchor: "middle", size: 14, weight: 700,
                className: "country-label"))
    }
    // Edges first, so that nodes and labels are drawn over them.
    for edge in recommendations {
        guard let from = position[edge.from], let to = position[edge.to] else { continue }
        let (dx, dy) = (to.x - from.x, to.y - from.y)
        let distance = max(1, (dx * dx + dy * dy).squareRoot())
        var d: String
        if edge.from == edge.to {  // a self-recommendation: a loop
            d =
                "M\(number(from.x + 12)),\(number(from.y - 12)) C\(number(from.x + 70)),\(number(from.y - 60)) "
                + "\(number(from.x + 70)),\(number(from.y + 30)) \(number(from.x + radius + 3)),\(number(from.y + 4))"
        } else {
            // A curve bent to the left of its direction, ending at the node's rim.
            let bend = min(140, distance * 0.3)
            let control = (
                (from.x + to.x) / 2 + dy / distance * bend,
                (from.y + to.y) / 2 - dx / distance * bend
            )
            let (ex, ey) = (to.x - control.0, to.y - control.1)
            let length = max(1, (ex * ex + ey * ey).squareRoot())
            let end = (to.x - ex / length * (radius + 3), to.y - ey / length * (radius + 3))
            d =
                "M\(number(from.x)),\(number(from.y)) Q\(number(control.0)),\(number(control.1)) \(number(end.0)),\(number(end.1))"
        }
        body.append(
            .element(
                "path",
                [
                    "class": "edge", "data-from": edge.from.rawValue, "data-to": edge.to.rawValue,
                    "data-date": edge.date.description, "d": d, "fill": "none", "stroke": "#444",
                    "stroke-width": 1.6, "marker-end": "url(#membership-arrow)",
                ],
                [
                    .element(
                        "title",
                        text:
                            "\(shortName(edge.from, in: dataset)) recommended \(shortName(edge.to, in: dataset)) (\(edge.date))"
                    )
                ]))
    }
    let styles: [String: (fill: String, stroke: String, dash: String)] = [
        "founder": (palette[0], "#023858", "none"), "member": ("#56B4E9", palette[0], "none"),
        "participant": ("#fff", palette[0], "4 3"), "former member": ("#ccc", "#888", "none"),
        "not a member": ("#fff", "#888", "none"),
    ]
    for id in ids.sorted() {
        guard let point = position[id], let style = styles[role(id)] else { continue }
        let name = shortName(id, in: dataset)
        body.append(
            .element(
                "circle",
                [
                    "class": "node", "data-institution": id.rawValue, "data-country": column(id),
                    "data-role": role(id),
                    "cx": point.x, "cy": point.y, "r": radius, "fill": style.fill,
                    "stroke": style.stroke,
                    "stroke-width": role(id) == "founder" ? 4 : 2, "stroke-dasharray": style.dash,
                ],
                [
                    .element(
                        "title",
                        text: "\(dataset.institution(id)?.name ?? id.rawValue): \(role(id))")
                ]))
        let perLine = Int((columnWidth - 16) / textWidth("m", fontSize: 13))
        for (line, text) in wrapLines(name, width: perLine, limit: 3).enumerated() {
            body.append(haloLabel(text, x: point.x, y: point.y + radius + 18 + Double(line) * 15))
        }
    }
    let legendY = bottom + 34
    for (index, entry) in ["founder", "member", "participant", "former member", "not a member"]
        .enumerated()
    {
        guard let style = styles[entry] else { continue }
        let swatch: Markup = .element(
            "circle",
            [
                "cx": 8, "cy": 0, "r": 8, "fill": style.fill, "stroke": style.stroke,
                "stroke-width": entry == "founder" ? 3 : 2, "stroke-dasharray": style.dash,
            ])
        body.append(legendEntry(entry, x: 30 + Double(index) * 170, y: legendY, swatch: swatch))
    }
    body.append(
        legendEntry(
            "recommended", x: 880, y: legendY,
            swatch: .element(
                "path",
                [
                    "d": "M0,0 L16,0", "stroke": "#444", "stroke-width": 1.6,
                    "marker-end": "url(#membership-arrow)",
                ])))
    return chart(
        id: "chart-membership", width: 1160, height: legendY + 26,
        title: "Members of the \(forum.name) on \(date)",
        description:
            "Institutions grouped by country; arrows run from a recommender to the institution it recommended.",
        body)
}

/// The acronym or name of an institution, or its id when the dataset lacks it.
func shortName(_ id: Institution.ID, in dataset: Dataset) -> String {
    dataset.institution(id)?.shortName ?? id.rawValue
}

/// A node's label: centred, with a white outline so that it stays readable over the arrows.
func haloLabel(_ text: String, x: Double, y: Double) -> Markup {
    .element(
        "text",
        [
            "class": "node-label", "x": x, "y": y, "text-anchor": "middle", "font-weight": 600,
            "fill": "#222", "stroke": "#fff", "stroke-width": 4, "paint-order": "stroke",
            "stroke-linejoin": "round",
        ],
        text: text)
}

/// Splits text into at most `limit` lines of about `width` characters, the last cut with "…".
func wrapLines(_ text: String, width: Int, limit: Int) -> [String] {
    var lines = wrap(text, width: width).split(separator: "\n").map(String.init)
    if lines.count > limit {
        lines = Array(lines.prefix(limit))
        lines[limit - 1] = String(lines[limit - 1].prefix(width - 1)) + "…"
    }
    return lines.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
}

/// The section's introduction: members, founders and admissions, in words.
func membershipSummary(_ dataset: Dataset, forum id: Forum.ID, on date: PartialDate) -> String {
    guard let forum = dataset.forum(id) else { return "The dataset has no forum \(id)." }
    let members = forum.members(on: date).count
    let admissions = forum.membership.events.filter {
        if case .admitted = $0.change { true } else { false }
    }.count
    return "On \(date) the forum has \(members) member\(members == 1 ? "" : "s"); "
        + (admissions == 0
            ? "no admission on recommendation is recorded yet, so there are no arrows."
            : "\(admissions) admission\(admissions == 1 ? "" : "s") on recommendation \(admissions == 1 ? "is" : "are") recorded.")
}
