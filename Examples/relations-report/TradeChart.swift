// Chart 1: trade turnover over time, one series per pair of parties, on a log scale. The bound
// a source gives is drawn as such: a dashed halo for "about", an arrow up for "more than", an
// arrow down for "less than", a plain dot for an exact figure. When sources disagree on a year,
// every claim is drawn, joined by a range bar whose tooltip names each claim and its sources.
import ExampleSupport
import Foundation
import KoreaCentralAsia

func tradeChart(_ dataset: Dataset) -> Markup {
    let (width, height) = (1160.0, 480.0)
    let plot = (left: 100.0, right: 790.0, top: 70.0, bottom: 400.0)
    // A log scale needs positive amounts of one currency: take the currency most figures use.
    let trade = dataset.indicators.filter { $0.measure == .tradeTurnover && $0.value.amount > 0 }
    let currencies = Dictionary(grouping: trade, by: \.value.currency)
    guard let currency = currencies.max(by: { $0.value.count < $1.value.count })?.key else {
        return chart(
            id: "chart-trade", width: width, height: 120, title: "Trade turnover over time",
            description: "The dataset has no trade figures.",
            [label("No trade figures in the dataset.", x: 20, y: 70)])
    }
    let figures = trade.filter { $0.value.currency == currency }
    // One series per pair of parties, in either order: "Republic of Korea–Central Asia".
    let series = Dictionary(grouping: figures) {
        [$0.first, $0.second].sorted().map(\.description).joined(separator: "-")
    }
    .map { (key: $0.key, figures: $0.value.sorted { $0.year < $1.year }) }
    // The longest history first.
    .sorted { ($0.figures[0].year, $0.key) < ($1.figures[0].year, $1.key) }

    let years = figures.map(\.year)
    let (firstYear, lastYear) = (
        Double((years.min() ?? 2000) - 1), Double((years.max() ?? 2000) + 1)
    )
    // Positive amounts only (a logarithm), and at most 24 powers of ten on the axis: a document
    // may hold amounts from 5e-324 to 1e18, and a grid line per power would be 342 lines.
    let amounts = figures.map(\.value.amount).filter { $0 > 0 }.map(log10)
    let high = max(1, (amounts.max() ?? 7).rounded(.up))
    let low = min(high - 1, max(high - 24, (amounts.min() ?? 6).rounded(.down)))
    func x(_ year: Int) -> Double {
        plot.left + (Double(year) - firstYear) / (lastYear - firstYear) * (plot.right - plot.left)
    }
    func y(_ amount: Double) -> Double {
        plot.bottom - (log10(amount) - low) / (high - low) * (plot.bottom - plot.top)
    }

    var body: [Markup] = []
    // Grid: a labelled line at every power of ten, lighter lines at 2× and 5×.
    for decade in stride(from: low, through: high, by: 1) {
        let value = pow(10, decade)
        body.append(
            .element(
                "line",
                [
                    "class": "grid", "x1": plot.left, "x2": plot.right, "y1": y(value),
                    "y2": y(value), "stroke": "#ccc",
                ]))
        body.append(
            label(
                shortText(amount: value, currency: currency), x: plot.left - 8,
                y: y(value) + 4, anchor: "end", color: "#555"))
        for minor in [2.0, 5.0] where decade < high {
            body.append(
                .element(
                    "line",
                    [
                        "class": "grid minor", "x1": plot.left, "x2": plot.right,
                        "y1": y(value * minor), "y2": y(value * minor), "stroke": "#eee",
                    ]))
        }
    }
    for year in stride(from: Int(firstYear) + 1, through: Int(lastYear), by: 1) where year % 5 == 0
    {
        body.append(
            .element(
                "line",
                [
                    "class": "tick", "x1": x(year), "x2": x(year), "y1": plot.bottom,
                    "y2": plot.bottom + 6, "stroke": "#555",
                ]))
        body.append(
            label(String(year), x: x(year), y: plot.bottom + 22, anchor: "middle", color: "#555"))
    }
    body.append(
        .element(
            "line",
            [
                "class": "axis", "x1": plot.left, "x2": plot.right, "y1": plot.bottom,
                "y2": plot.bottom, "stroke": "#555",
            ]))
    body.append(
        label(
            "Year", x: (plot.left + plot.right) / 2, y: plot.bottom + 48, anchor: "middle",
            weight: 600))
    body.append(
        .element(
            "text",
            [
                "class": "axis-title",
                "transform": "translate(36,\(number((plot.top + plot.bottom) / 2))) rotate(-90)",
                "text-anchor": "middle", "font-weight": 600,
            ],
            text: "Trade turnover, \(currency.code), log scale"))

    var legend: [Markup] = [label("Series (first → last year: growth)", x: 850, y: 80, weight: 600)]
    var labels = LabelPlacer()
    for (index, entry) in series.enumerated() {
        let color = palette[index % palette.count]
        let first = entry.figures[0]
        let name = "\(first.first.name)–\(first.second.name)"
        // One point a year for the line: the geometric mean of that year's claims.
        let byYear = Dictionary(grouping: entry.figures, by: \.year).sorted { $0.key < $1.key }
        if byYear.count > 1 {
            let points = byYear.map { year, claims in
                let mean = exp(
                    claims.map { log($0.value.amount) }.reduce(0, +) / Double(claims.count))
                return "\(number(x(year))),\(number(y(mean)))"
            }
            .joined(separator: " ")
            body.append(
                .element(
                    "polyline",
                    [
                        "class": "series-line", "points": points, "fill": "none", "stroke": color,
                        "stroke-width": 2, "stroke-opacity": 0.6,
                    ]))
        }
        // A year whose claims differ: a bar from the lowest claim to the highest, drawn under the
        // points, with every claim and its sources in the tooltip.
        for (year, claims) in byYear where Set(claims.map(\.value)).count > 1 {
            let amounts = claims.map(\.value.amount)
            let agree = claims.allSatisfy { claim in
                claims.allSatisfy { claim.value.agrees(with: $0.value) }
            }
            let described = claims.map { claim in
                "\(claim.value.text) (\(claim.sources.map(\.rawValue).joined(separator: ", ")))"
            }
            body.append(
                .element(
                    "line",
                    [
                        "class": "claim-range", "data-year": year, "data-series": name,
                        "data-claims": claims.count, "x1": x(year), "x2": x(year),
                        "y1": y(amounts.min() ?? 1), "y2": y(amounts.max() ?? 1), "stroke": color,
                        "stroke-width": 12, "stroke-opacity": 0.35, "stroke-linecap": "round",
                    ],
                    [
                        .element(
                            "title",
                            text:
                                "\(name), \(year): the sources \(agree ? "differ" : "disagree"): "
                                + described.joined(separator: "; "))
                    ]))
        }
        for indicator in entry.figures {
            body.append(
                marker(
                    for: indicator, x: x(indicator.year), y: y(indicator.value.amount),
                    color: color, series: name))
        }
        // Direct labels on the first and the last figure of the series: above the first (below
        // when an arrow points up), right of the last.
        for (position, indicator) in [(0, first), (1, entry.figures[entry.figures.count - 1])]
        where position == 0 || entry.figures.count > 1 {
            let (px, py) = (x(indicator.year), y(indicator.value.amount))
            let text = shortText(indicator.value)
            let box =
                position == 1
                ? labels.place(text, x: px + 14, y: py + 4, step: 14)
                : labels.place(
                    text, x: px - textWidth(text, fontSize: 12) / 2,
                    y: indicator.value.bound == .moreThan ? py + 24 : py - 16,
                    step: indicator.value.bound == .moreThan ? 14 : -14)
            body.append(
                label(
                    text, x: box.x, y: box.y, size: 12, weight: 600, color: color,
                    className: "value-label"))
        }
        // The legend states the growth the library computes, with the bound the sources allow.
        // Over every claim of both years: a range, and a word when the claims disagree.
        var growth = ""
        if let last = entry.figures.last, last.year > first.year,
            let range = dataset.growth(
                of: .tradeTurnover, between: first.first, and: first.second, from: first.year,
                to: last.year)
        {
            growth = "\(first.year) → \(last.year): \(range)"
        }
        let top = 104 + Double(index) * 44
        body.append(
            .element("rect", ["x": 850, "y": top - 10, "width": 14, "height": 14, "fill": color]))
        legend.append(label(name, x: 872, y: top + 2))
        legend.append(label(growth, x: 872, y: top + 19, size: 12, color: "#555"))
    }
    let boundsTop = 120 + Double(series.count) * 44
    legend.append(label("Bounds the sources give", x: 850, y: boundsTop, weight: 600))
    for (index, bound) in [Figure.Bound.exact, .approximately, .moreThan, .lessThan].enumerated() {
        let row = boundsTop + 30 + Double(index) * 34
        legend.append(
            boundMarker(
                bound, x: 857, y: row - 4 + (bound == .moreThan ? 6 : bound == .lessThan ? -6 : 0),
                color: "#555", length: 14, classPrefix: "legend-bound"))
        legend.append(label(bound == .exact ? "exact" : bound.phrase, x: 872, y: row))
    }
    // The range bar of a year whose sources differ.
    let rangeRow = boundsTop + 30 + 4 * 34
    legend.append(
        .element(
            "line",
            [
                "class": "legend-claim-range", "x1": 857, "x2": 857, "y1": rangeRow - 14,
                "y2": rangeRow + 2, "stroke": "#555", "stroke-width": 12, "stroke-opacity": 0.35,
                "stroke-linecap": "round",
            ]))
    legend.append(label("sources differ: every claim", x: 872, y: rangeRow))
    return chart(
        id: "chart-trade", width: width, height: max(height, rangeRow + 30),
        title: "Trade turnover over time",
        description:
            "Trade turnover between the parties of each series, by year, on a logarithmic scale.",
        body + legend)
}

/// One data point: an element of class `point` with the figure's year, bound and amount, and a
/// tooltip; bounds add a halo or an arrow of their own classes.
func marker(for indicator: Indicator, x: Double, y: Double, color: String, series: String) -> Markup
{
    let sources = indicator.sources.map(\.rawValue).joined(separator: ", ")
    let tooltip = Markup.element(
        "title", text: "\(series), \(indicator.year): \(indicator.value.text) (\(sources))")
    let point = Markup.element(
        "circle",
        [
            "class": "point", "data-year": indicator.year, "data-series": series,
            "data-bound": indicator.value.bound.rawValue,
            "data-amount": String(format: "%.0f", indicator.value.amount), "cx": x, "cy": y, "r": 6,
            "fill": color,
            "fill-opacity": indicator.value.bound == .exact ? 1 : 0.85,
        ],
        [tooltip])
    return .join([
        boundMarker(indicator.value.bound, x: x, y: y, color: color, pointless: true), point,
    ])
}

/// What a bound adds around a point.
///
/// Nothing for exact, a dashed halo for "about", an arrow up for "more than", an arrow down
/// for "less than". With `pointless` false it also draws the dot, for the legend.
func boundMarker(
    _ bound: Figure.Bound, x: Double, y: Double, color: String, pointless: Bool = false,
    length: Double = 30,
    classPrefix: String = "bound"
) -> Markup {
    var parts: [Markup] = []
    switch bound {
    case .exact:
        break
    case .approximately:
        parts.append(
            .element(
                "circle",
                [
                    "class": "\(classPrefix)-about", "cx": x, "cy": y, "r": 11, "fill": "none",
                    "stroke": color, "stroke-dasharray": "3 2",
                ]))
    case .moreThan, .lessThan:
        let direction = bound == .moreThan ? -1.0 : 1.0
        let tip = y + direction * length
        parts.append(
            .element(
                "line",
                [
                    "class": "\(classPrefix)-arrow", "x1": x, "y1": y + direction * 6, "x2": x,
                    "y2": tip, "stroke": color, "stroke-width": 2,
                ]))
        parts.append(
            .element(
                "path",
                [
                    "class": "\(classPrefix)-arrow-head",
                    "d":
                        "M\(number(x - 6)),\(number(tip - direction * 8)) L\(number(x)),\(number(tip)) L\(number(x + 6)),\(number(tip - direction * 8)) Z",
                    "fill": color,
                ]))
    }
    if !pointless {
        parts.append(
            .element("circle", ["class": "legend-dot", "cx": x, "cy": y, "r": 6, "fill": color]))
    }
    return .join(parts)
}

/// A figure in a few characters: "~$15M", ">$10B", "<$1B", "$6B".
func shortText(_ figure: Figure) -> String {
    shortText(amount: figure.amount, currency: figure.currency, bound: figure.bound)
}

/// An amount in a few characters, with its bound: "~$15M", ">$10B", "<$1B", "$6B", "$1000T".
func shortText(amount: Double, currency: Currency, bound: Figure.Bound = .exact) -> String {
    let prefix =
        [Figure.Bound.exact: "", .approximately: "~", .moreThan: ">", .lessThan: "<"][bound]
        ?? ""
    let scales: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
    let (divisor, suffix) = scales.first { amount >= $0.0 } ?? (1, "")
    let scaled = (amount / divisor * 10).rounded() / 10
    let number = Int64(exactly: scaled).map(String.init) ?? String(scaled)
    return prefix + (currency == .usd ? "$" : currency.code + " ") + number + suffix
}

/// Places labels so that they do not overlap: a label that would overlap one already placed
/// moves by `step` pixels until it is clear.
struct LabelPlacer {
    private var boxes: [(x: Double, y: Double, width: Double)] = []

    mutating func place(_ text: String, x: Double, y: Double, step: Double) -> (
        x: Double, y: Double
    ) {
        let width = textWidth(text, fontSize: 12)
        var y = y
        for _ in 0..<8
        where boxes.contains(where: {
            abs($0.y - y) < 14 && $0.x < x + width && x < $0.x + $0.width
        }) {
            y += step
        }
        boxes.append((x, y, width))
        return (x, y)
    }
}

/// The years whose trade claims differ, each claim with its sources (linked to the list of
/// sources), under the chart: the record keeps every claim and chooses none.
func differingClaims(_ dataset: Dataset) -> Markup {
    let trade = dataset.indicators.filter { $0.measure == .tradeTurnover }
    var seen = Set<String>()
    var items: [Markup] = []
    for indicator in trade.sorted(by: { ($0.year, $0.id) < ($1.year, $1.id) }) {
        let key = "\([indicator.first, indicator.second].sorted()) \(indicator.year)"
        guard seen.insert(key).inserted else { continue }
        let claims = dataset.claims(
            of: .tradeTurnover, between: indicator.first, and: indicator.second,
            year: indicator.year)
        guard Set(claims.map(\.value)).count > 1 else { continue }
        let agree = claims.allSatisfy { claim in
            claims.allSatisfy { claim.value.agrees(with: $0.value) }
        }
        var parts: [Markup] = [
            .text(
                "\(indicator.year), \(indicator.first.name)–\(indicator.second.name): "
                    + (agree
                        ? "the sources differ, within their bounds: " : "the sources disagree: "))
        ]
        for (index, claim) in claims.enumerated() {
            if index > 0 { parts.append(.text("; ")) }
            parts.append(.text("\(claim.value.text) ("))
            for (position, source) in claim.sources.enumerated() {
                if position > 0 { parts.append(.text(", ")) }
                parts.append(.element("a", ["href": "#source-\(source)"], text: source.rawValue))
            }
            parts.append(.text(")"))
        }
        items.append(.element("li", ["class": agree ? "claims" : "claims disagree"], parts))
    }
    guard !items.isEmpty else { return .join([]) }
    return .element(
        "div", ["class": "differing-claims"],
        [.element("p", text: "Where the sources differ:"), .element("ul", [:], items)])
}
