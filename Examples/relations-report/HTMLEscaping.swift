extension String {
    /// The text escaped for an HTML or SVG text node: `&`, `<` and `>` become entities.
    ///
    /// Characters that XML 1.0 forbids (control characters other than tab, line feed and
    /// carriage return, U+FFFE, U+FFFF) become U+FFFD, so that inline SVG stays well-formed XML.
    ///
    /// ```swift
    /// "R&D <Centre>".escapedForHTML  // "R&amp;D &lt;Centre&gt;"
    /// ```
    var escapedForHTML: String { escaped(quotes: false) }

    /// The text escaped for an attribute value in double or single quotes: `&`, `<`, `>`, `"`
    /// and `'` become entities (and forbidden characters U+FFFD).
    ///
    /// ```swift
    /// "\"quoted\" & 'single'".escapedForHTMLAttribute
    /// // "&quot;quoted&quot; &amp; &#39;single&#39;"
    /// ```
    var escapedForHTMLAttribute: String { escaped(quotes: true) }

    private func escaped(quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
