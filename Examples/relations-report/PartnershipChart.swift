// Chart 3: the level of Korea's partnership with each Central Asian state over time, as a step
// per stage. Levels come in tiers; the step's height is the tier.
import ExampleSupport
import KoreaCentralAsia

func partnershipChart(_ dataset: Dataset, through today: PartialDate) -> Markup {
    let plot = (left: 150.0, right: 1120.0, top: 70.0)
    let laneHeight = 78.0
    let countries = Country.centralAsia
    // Partnerships are found in either order of the two countries.
    let partnerships = countries.map { dataset.partnership(between: .korea, and: $0) }
    let stageYears = partnerships.compactMap { $0 }.flatMap(\.stages).map(\.since.year)
    let firstYear = Double(min(stageYears.min() ?? 1990, 1992) - 2)
    let lastYear = Double(max(stageYears.max() ?? today.year, today.year) + 1)
    func x(year: Double) -> Double {
        plot.left + (year - firstYear) / (lastYear - firstYear) * (plot.right - plot.left)
    }
    func x(_ date: PartialDate) -> Double {
        x(
            year: Double(date.year) + Double((date.month ?? 1) - 1) / 12 + Double(
                (date.day ?? 1) - 1) / 365)
    }
    let tierColors = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"]
    let tierHeight = 13.0

    var body: [Markup] = []
    for (index, country) in countries.enumerated() {
        let baseline = plot.top + Double(index + 1) * laneHeight - 10
        body.append(
            label(country.name, x: plot.left - 12, y: baseline - 8, anchor: "end", weight: 600))
        body.append(
            .element(
                "line",
                [
                    "class": "baseline", "x1": plot.left, "x2": plot.right, "y1": baseline,
                    "y2": baseline, "stroke": "#999",
                ]))
        guard let partnership = partnerships[index], !partnership.stages.isEmpty else {
            body.append(
                label("no partnership recorded", x: plot.left + 8, y: baseline - 8, color: "#777"))
            continue
        }
        var previousLabelEnd = -Double.infinity
        for (position, stage) in partnership.stages.enumerated() {
            let start = x(stage.since)
            let end =
                position + 1 < partnership.stages.count
                ? x(partnership.stages[position + 1].since) : plot.right
            let height = Double(stage.level.tier.rawValue + 1) * tierHeight
            let name = "Korea–\(country.name): \(stage.level.displayName) since \(stage.since)"
            body.append(
                .element(
                    "rect",
                    [
                        "class": "step", "x": start, "y": baseline - height,
                        "width": max(1, end - start),
                        "height": height, "fill": tierColors[stage.level.tier.rawValue],
                    ],
                    [.element("title", text: name)]))
            body.append(
                .element(
                    "circle",
                    [
                        "class": "point stage", "data-country": country.code,
                        "data-level": stage.level.rawValue,
                        "data-since": stage.since.description, "cx": start, "cy": baseline - height,
                        "r": 4,
                        "fill": "#222",
                    ], [.element("title", text: name)]))
            // The level's name above its step: right of its dot if there is room, else without
            // the year, else left of the dot; never over the previous label.
            let (full, short) = (
                "\(stage.level.displayName) (\(stage.since.year))", stage.level.displayName
            )
            let candidates =
                [(full, start + 4), (short, start + 4)]
                + [full, short].map { ($0, start - 8 - textWidth($0, fontSize: 12)) }
            let (text, textX) =
                candidates.first { text, x in
                    x >= previousLabelEnd + 8 && x + textWidth(text, fontSize: 12) <= 1150
                } ?? (short, 1150 - textWidth(short, fontSize: 12))
            let width = textWidth(text, fontSize: 12)
            body.append(
                label(text, x: textX, y: baseline - height - 6, size: 12, className: "level-label"))
            previousLabelEnd = textX + width
        }
    }
    let bottom = plot.top + Double(countries.count) * laneHeight
    for year in stride(from: Int(firstYear.rounded(.up)), through: Int(lastYear), by: 1)
    where year % 5 == 0 {
        let tick = x(year: Double(year))
        body.append(
            .element(
                "line",
                [
                    "class": "grid", "x1": tick, "x2": tick, "y1": plot.top, "y2": bottom,
                    "stroke": "#eee",
                ]))
        body.append(label(String(year), x: tick, y: bottom + 18, anchor: "middle", color: "#555"))
    }
    body.append(
        label(
            "Year", x: (plot.left + plot.right) / 2, y: bottom + 42, anchor: "middle", weight: 600))

    let tiers = [
        "diplomatic relations", "named partnership", "strategic partnership",
        "special strategic partnership",
    ]
    for (index, tier) in tiers.enumerated() {
        let swatch: Markup = .element(
            "rect", ["x": 0, "y": -7, "width": 14, "height": 14, "fill": tierColors[index]])
        body.append(
            legendEntry(tier, x: plot.left + Double(index) * 235, y: bottom + 72, swatch: swatch))
    }
    return chart(
        id: "chart-partnerships", width: 1160, height: bottom + 100,
        title: "Partnership levels of the Republic of Korea with the Central Asian states",
        description:
            "For each state, the level of its partnership with Korea from stage to stage; taller is a higher tier.",
        body)
}
