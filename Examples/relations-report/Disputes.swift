import ExampleSupport
import KoreaCentralAsia

/// The disputed values of any fact, as a list.
///
/// Each claim of `Dataset.disputes` beside the value the record prefers, with its sources linked
/// to the list of sources. Every text is escaped.
func disputeList(_ dataset: Dataset) -> Markup {
    let disputes = dataset.disputes
    guard !disputes.isEmpty else { return .element("p", text: "No fact is disputed.") }
    let items = disputes.map { dispute in
        var parts: [Markup] = [
            .element("code", text: dispute.entity.path),
            .text(
                " \(dispute.property): the record has \(dispute.preferred?.description ?? "none"); "
                    + "a claim says \(dispute.claimed)"
                    + (dispute.isCompatible ? ", which may agree" : ", which disagrees") + " ("),
        ]
        for (position, source) in dispute.sources.enumerated() {
            if position > 0 { parts.append(.text(", ")) }
            parts.append(.element("a", ["href": "#source-\(source)"], text: source.rawValue))
        }
        if dispute.sources.isEmpty { parts.append(.text("no source")) }
        parts.append(.text(")"))
        if let note = dispute.note { parts.append(.text(". \(note)")) }
        return Markup.element(
            "li", ["class": dispute.isCompatible ? "dispute" : "dispute disagree"], parts)
    }
    return .element("ul", ["id": "disputes"], items)
}

/// Each dialogue format with its tracks, as a table per format: the track's kind, its editions
/// (held and planned), the years they span, its other meetings (unnumbered sessions and side
/// events), and the charter periods it has been run under.
func formatTracks(_ dataset: Dataset) -> Markup {
    guard !dataset.formats.isEmpty else { return .element("p", text: "No format is recorded.") }
    let tables = dataset.formats.map { format in
        let since = format.established.map { ", since \($0)" } ?? ""
        let secretariat = format.secretariat.flatMap(dataset.institution).map {
            "; secretariat: \($0.name)"
        }
        let caption = "\(format.name): with \(format.partner.name(in: dataset))\(since)"
        let header = Markup.element(
            "tr", [:],
            ["Track", "Kind", "Editions", "Years", "Other meetings", "Charter periods"].map {
                .element("th", text: $0)
            })
        let rows = dataset.tracks(of: format.id).map { track in
            let held = track.editions.filter { $0.status == .held }.count
            let planned = track.editions.filter { $0.status == .planned }.count
            let editions = "\(held) held" + (planned > 0 ? ", \(planned) planned" : "")
            let years = track.editions.map(\.date.year)
            let span = years.min().map { first in
                let last = years.max() ?? first
                return first == last ? "\(first)" : "\(first)–\(last)"
            }
            let meetings = dataset.meetings.filter { $0.forum == track.id }.count
            let periods = track.charters.map { period in
                "\(period.force.rawValue) \(period.start)"
                    + (period.agreement.map { " (\($0))" } ?? "")
            }
            return Markup.element(
                "tr", [:],
                [
                    track.name, track.kind.words, editions, span ?? "none recorded", "\(meetings)",
                    periods.isEmpty ? "none" : periods.joined(separator: "; "),
                ].map { .element("td", text: $0) })
        }
        return Markup.element(
            "table", ["id": "format-\(format.id)", "class": "tracks"],
            [.element("caption", text: caption + (secretariat ?? "")), header] + rows)
    }
    return .join(tables)
}
