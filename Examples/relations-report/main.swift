// relations-report: one standalone HTML page with inline SVG charts of Korea–Central Asia
// relations: trade over time, each format's tracks, the host timeline of each forum, partnership
// levels, and the membership network of the Think Tank Forum. No scripts, no network: open it in
// any browser.
//
//     swift run relations-report --output report.html
//     swift run relations-report --language ko --output report-ko.html
import ExampleSupport
import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog

let command = Command(
    name: "relations-report",
    summary: "Writes a standalone HTML report with SVG charts of Korea–Central Asia relations.",
    options: [
        .value(
            "--output", "FILE",
            help:
                "write the page to FILE, whole or not at all (default, or -: standard output)"),
        .value(
            "--through", "YEAR", help: "plan forum hosts up to this year (default: this year + 5)"),
        .dataset, .comparators,
        .value(
            "--language", "TAG",
            help:
                "name institutions, forums and persons in this language (BCP 47: ko, ru) where the "
                + "record can"),
    ] + Option.datasetLimits,
    details: [
        """
        Charts, each an <svg> with a stable id: chart-trade (trade turnover, log scale), \
        chart-hosts-FORUM (one per forum with a charter: held, recorded and proposed editions), \
        chart-partnerships (Korea's partnership level with each Central Asian state), \
        chart-membership (the Think Tank Forum's members and who recommended whom), chart-formats \
        (the Central Asia + 1 formats' leaders' and ministers' meetings, a row per partner: the built-in \
        catalog's and comparators' formats, or with --dataset the file's, and the comparators' \
        with --comparators). Tables: format-FORMAT (each format's tracks) and heads-FORUM (who \
        led each country's delegation at each edition, for a forum whose editions name persons).
        """,
        """
        A file is written whole or not at all: to a temporary file in its folder, flushed to disk \
        and renamed over the old one, whose permission bits it keeps (never wider). A symbolic \
        link is followed (its target is replaced); a character device or a FIFO is written to \
        directly, never replaced.
        """,
        "Exit status: 0 success, 2 bad usage, unreadable dataset or unwritable output.",
    ])

command.run { arguments in
    let date = try today()
    let through =
        try arguments.value("--through", as: "a year from 1 to 9999") {
            Int($0).flatMap { (1...9999).contains($0) ? $0 : nil }
        } ?? min(9999, date.year + 5)
    let datasetPath = arguments.value("--dataset")
    let language = try arguments.value("--language", as: "a BCP 47 language tag such as ko") {
        LanguageTag(rawValue: $0)
    }
    let limits = try arguments.decodingLimits()
    let loaded = try loadDataset(from: datasetPath, limits: limits)
    let dataset = language.map { naming(loaded, in: $0) } ?? loaded

    var sections: [Markup] = [
        section(
            "Trade",
            "Trade turnover as the sources state it. Each series links the figures of one pair; "
                + "the scale is logarithmic, so equal steps are equal growth factors.",
            .join([tradeChart(dataset), differingClaims(dataset)]))
    ]
    sections.append(
        section(
            "Formats",
            "Each dialogue format with its tracks: what kind of meeting each is, the editions "
                + "recorded, the years they span and the charter periods each has run under.",
            formatTracks(dataset)))
    // Every forum with a charter gets a host timeline; the plan comes from the library.
    for forum in dataset.forums where forum.charter != nil {
        sections.append(
            section(
                "Hosts: \(forum.name)", hostSummary(forum, through: through),
                hostTimeline(forum, through: through, today: date)))
    }
    sections.append(
        section(
            "Heads of delegation",
            "Who led each country's delegation at each edition, where the record names the "
                + "person: a level other than the table's usual one is given under the name, and "
                + "a head whose recorded term in the post does not include the date is marked.",
            delegationHeads(dataset)))
    sections.append(
        try formatSection(
            dataset, comparators: datasetPath == nil || arguments.flag("--comparators")))
    sections.append(
        section(
            "Partnerships",
            "The level of the Republic of Korea's partnership with each Central Asian state; "
                + "the taller the step, the higher the tier.",
            partnershipChart(dataset, through: date)))
    sections.append(
        section(
            "Disputes",
            "Values of any fact that a source states and the record does not prefer, beside the "
                + "record's own, with their sources.",
            disputeList(dataset)))
    sections.append(
        section(
            "Members of the Think Tank Forum",
            membershipSummary(dataset, forum: Catalog.thinkTankForumID, on: date),
            membershipNetwork(dataset, forum: Catalog.thinkTankForumID, on: date)))

    let page = document(
        title: "Korea–Central Asia relations",
        subtitle:
            "From \(datasetPath.map(inputName) ?? "the built-in catalog") (\(dataset.sources.count) sources), on \(date).",
        sections: sections, sources: dataset.sources)
    let data = Data(page.html.utf8)
    try writeWholeOrNothing(data, to: arguments.value("--output") ?? "-")
    return .success
}

/// The dataset with every institution, forum and person called by its name in `language`, where
/// the record has one (`name(in:)` falls back to the primary name): every chart then shows it.
func naming(_ dataset: Dataset, in language: LanguageTag) -> Dataset {
    var named = dataset
    for index in named.institutions.indices {
        named.institutions[index].name = named.institutions[index].name(in: language)
    }
    for index in named.forums.indices {
        named.forums[index].name = named.forums[index].name(in: language)
    }
    for index in named.persons.indices {
        named.persons[index].name = named.persons[index].name(in: language)
    }
    return named
}

/// A section: a heading, a sentence that says what the chart shows, and the chart.
func section(_ heading: String, _ summary: String, _ chart: Markup) -> Markup {
    .element(
        "section", [:],
        [
            .element("h2", text: heading), .element("p", text: summary),
            .element("figure", [:], [chart]),
        ])
}

/// The page: styles inline, no script, no external resource.
func document(title: String, subtitle: String, sections: [Markup], sources: [Source]) -> Markup {
    let items = sources.sorted {
        ($0.published?.description ?? "", $0.id) < ($1.published?.description ?? "", $1.id)
    }.map { source in
        var parts: [Markup] = [.text("\(source.title). \(source.publisher)")]
        if let published = source.published { parts.append(.text(", \(published)")) }
        if let url = source.url {
            parts.append(.text(". "))
            parts.append(.element("a", ["href": url.text, "rel": "noreferrer"], text: url.text))
        }
        return Markup.element("li", ["id": "source-\(source.id)"], parts)
    }
    return .join([
        Markup(raw: "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"),
        Markup(raw: "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"),
        .element("title", text: title),
        Markup(
            raw: """
                <style>
                body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
                       max-width: 1180px; margin: 24px auto; padding: 0 16px; line-height: 1.45; }
                h1 { margin-bottom: 4px; } h2 { margin: 36px 0 4px; font-size: 20px; }
                p { margin: 4px 0 12px; color: #444; } figure { margin: 0; }
                svg { display: block; max-width: 100%; height: auto; background: #fff;
                      border: 1px solid #e4e4e4; border-radius: 6px; }
                footer { margin-top: 40px; font-size: 13px; color: #555; } footer li { margin: 2px 0; }
                a { color: #0060a0; overflow-wrap: anywhere; }
                table.tracks, table.heads { border-collapse: collapse; width: 100%; font-size: 14px; }
                table.tracks caption, table.heads caption { text-align: left; font-weight: 600;
                      padding: 4px 0; }
                table.tracks th, table.tracks td, table.heads th, table.heads td { text-align: left;
                      vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #e4e4e4; }
                table.heads { min-width: 760px; } table.heads th[scope] { white-space: nowrap; }
                table.heads .level, table.heads .out-of-post { display: block; font-size: 12px;
                      color: #666; } table.heads .out-of-post { color: #b00020; }
                table.tracks td:last-child { overflow-wrap: anywhere; }
                @media (max-width: 600px) {
                  table.tracks, table.tracks tr, table.tracks td { display: block; }
                  table.tracks tr:first-child { display: none; }
                  table.tracks tr { border-bottom: 1px solid #e4e4e4; padding: 6px 0; }
                  table.tracks td { border: none; padding: 1px 0; }
                  table.tracks td:first-child { font-weight: 600; }
                  table.tracks td:nth-child(2)::before { content: "Kind: "; color: #666; }
                  table.tracks td:nth-child(3)::before { content: "Editions: "; color: #666; }
                  table.tracks td:nth-child(4)::before { content: "Years: "; color: #666; }
                  table.tracks td:nth-child(5)::before { content: "Other meetings: "; color: #666; }
                  table.tracks td:nth-child(6)::before { content: "Charter periods: "; color: #666; }
                }
                </style>
                </head>
                <body>

                """),
        .element("h1", text: title), .element("p", ["class": "subtitle"], text: subtitle),
        .join(sections),
        .element("footer", [:], [.element("h2", text: "Sources"), .element("ol", [:], items)]),
        Markup(raw: "\n</body>\n</html>\n"),
    ])
}
