// A tiny HTML/SVG builder whose only way to put text from the data into the page escapes it:
// `Markup.text` escapes for a text node, and every attribute value is escaped for its quotes.
// Raw markup can only come from string literals in this program (`Markup(raw:)`).
import ExampleSupport
import Foundation

/// A piece of HTML or SVG markup, safe to concatenate.
struct Markup {
    private(set) var html: String

    /// Markup written in this program, never text from the data.
    init(raw: StaticString) { html = "\(raw)" }

    private init(escaped: String) { html = escaped }

    /// A text node: `&`, `<` and `>` escaped.
    static func text(_ text: String) -> Markup { Markup(escaped: text.escapedForHTML) }

    /// An element with attributes (each value escaped) and children.
    ///
    /// Elements without children are written self-closed (`<circle …/>`), as XML wants and HTML accepts for SVG.
    static func element(
        _ name: StaticString,
        _ attributes: KeyValuePairs<String, any CustomStringConvertible> = [:],
        _ children: [Markup] = []
    ) -> Markup {
        var html = "<\(name)"
        for (key, value) in attributes {
            let text = (value as? Double).map(number) ?? value.description
            html += " \(key)=\"\(text.escapedForHTMLAttribute)\""
        }
        if children.isEmpty, Self.isSVG("\(name)") {
            return Markup(escaped: html + "/>")
        }
        return Markup(escaped: html + ">" + children.map(\.html).joined() + "</\(name)>")
    }

    /// An element whose only child is a text node.
    static func element(
        _ name: StaticString,
        _ attributes: KeyValuePairs<String, any CustomStringConvertible> = [:],
        text: String
    ) -> Markup {
        element(name, attributes, [.text(text)])
    }

    /// Markup pieces one after the other.
    static func join(_ parts: [Markup]) -> Markup { Markup(escaped: parts.map(\.html).joined()) }

    private static func isSVG(_ name: String) -> Bool {
        ["circle", "line", "path", "rect", "polyline", "polygon", "stop"].contains(name)
    }
}

/// A coordinate with at most one decimal, for compact SVG; 0 for a value that is not finite (a
/// logarithmic axis maps an amount of 0 to minus infinity).
func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 10).rounded() / 10
    return Int64(exactly: rounded).map(String.init) ?? String(format: "%.1f", rounded)
}

/// The colours of series and sides: the Okabe–Ito palette, readable by colour-blind readers.
let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999"]

/// An estimate of a text's width in pixels, for laying out labels without a browser: wide
/// sans-serif fonts such as DejaVu Sans average about 0.63 em per character.
func textWidth(_ text: String, fontSize: Double = 13) -> Double {
    Double(text.count) * fontSize * 0.63
}

/// The opening of a chart: an `<svg>` with a stable id, its title (for screen readers and as a
/// heading inside the picture) and a description.
func chart(
    id: String, width: Double, height: Double, title: String, description: String, _ body: [Markup]
)
    -> Markup
{
    .element(
        "svg",
        [
            "id": id, "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": "0 0 \(number(width)) \(number(height))",
            "width": width, "height": height, "role": "img",
            "aria-labelledby": "\(id)-title \(id)-desc",
            "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            "font-size": 13,
        ],
        [
            .element("title", ["id": "\(id)-title"], text: title),
            .element("desc", ["id": "\(id)-desc"], text: description),
            .element(
                "text",
                ["class": "chart-title", "x": 20, "y": 28, "font-size": 18, "font-weight": 600],
                text: title),
        ] + body)
}

/// A text label.
func label(
    _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 13,
    weight: Int = 400,
    color: String = "#222", className: String = "label"
) -> Markup {
    .element(
        "text",
        [
            "class": className, "x": x, "y": y, "text-anchor": anchor, "font-size": size,
            "font-weight": weight, "fill": color,
        ],
        text: text)
}

/// A legend entry: a swatch drawn by `swatch` at (x, y), then its text.
func legendEntry(_ text: String, x: Double, y: Double, swatch: Markup) -> Markup {
    .element(
        "g", ["class": "legend-entry", "transform": "translate(\(number(x)),\(number(y)))"],
        [swatch, label(text, x: 22, y: 5)])
}
