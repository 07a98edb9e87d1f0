// catalog-tour: a walk through the built-in catalog (or any dataset): countries, partnerships,
// forums with their members and editions, and economic indicators with computed growth.
//
//     swift run catalog-tour
//     swift run catalog-tour --language ko     # names in Korean where the record has them
//     swift run catalog-tour --json > catalog.json
import ExampleSupport
import Foundation
import KoreaCentralAsia

let command = Command(
    name: "catalog-tour",
    summary: "Tours a dataset: countries, partnerships, forums, indicators and their growth.",
    options: [
        .dataset, .comparators,
        .value(
            "--language", "TAG",
            help: "print names in this language (BCP 47: ko, ru, uz-Latn) where the record has them"
        ),
        .flag("--json", help: "print the whole dataset as an interchange document (sorted keys)"),
    ] + Option.datasetLimits,
    details: ["Exit status: 0 success, 2 bad usage or unreadable dataset."])

command.run { arguments in
    let limits = try arguments.decodingLimits()
    let dataset = try loadDataset(
        from: arguments.value("--dataset"), limits: limits,
        comparators: arguments.flag("--comparators"))
    let language = try arguments.value("--language", as: "a BCP 47 language tag such as ko") {
        LanguageTag(rawValue: $0)
    }

    if arguments.flag("--json") {
        // The interchange document: sorted keys, so that two exports diff cleanly, and
        // encode → decode gives back an equal `Dataset`.
        writeToStandardOutput(try dataset.json())
        return .success
    }

    let source = arguments.value("--dataset").map(inputName) ?? "the built-in catalog"
    print(
        wrap(
            "\(source): \(dataset.sources.count) sources, \(dataset.institutions.count) institutions, "
                + "\(dataset.partnerships.count) partnerships, \(dataset.forums.count) forums, "
                + "\(dataset.agreements.count) agreements, \(dataset.meetings.count) meetings, "
                + "\(dataset.indicators.count) indicators, \(dataset.persons.count) persons, "
                + "\(dataset.posts.count) posts"))
    printCountries(in: language ?? .korean)
    printPartnerships(of: dataset)
    printInstitutions(of: dataset, in: language)
    printFormats(of: dataset, in: language)
    try printForums(of: dataset, in: language)
    printPosts(of: dataset, in: language)
    printIndicators(of: dataset)
    printClaims(of: dataset)
    printDisputes(of: dataset)
    return .success
}

/// The countries the library knows, with the codes other databases use.
func printCountries(in language: LanguageTag) {
    heading("Countries")
    // `localizedName(for:)` asks Foundation's locale data (ICU); it is nil where the platform
    // has none, so the column may be empty.
    let locale = Locale(identifier: language.rawValue)
    var rows = [["code", "alpha-3", "numeric", "name", "capital", "in \(language)"]]
    for country in Country.known {
        rows.append([
            country.code, country.alpha3, country.numericCode, country.name,
            country.capital ?? "", country.localizedName(for: locale) ?? "",
        ])
    }
    print(formatTable(rows).indented, terminator: "")
}

/// Each partnership with the levels it went through, oldest first.
func printPartnerships(of dataset: Dataset) {
    heading("Partnerships")
    // One row per stage: a partnership's levels are kept oldest first.
    let rows = dataset.partnerships.flatMap { partnership in
        partnership.stages.enumerated().map { index, stage in
            [
                index == 0 ? "\(partnership.first.name)–\(partnership.second.name)" : "",
                stage.since.description, stage.level.displayName,
            ]
        }
    }
    printTable(rows)
}

/// Each institution: its name (in `language`, where the record has one), its acronym and
/// country.
func printInstitutions(of dataset: Dataset, in language: LanguageTag?) {
    heading("Institutions")
    // `name(in:)` gives the record's name in that language, or the primary (English) name.
    let rows = dataset.institutions.map { institution in
        [
            institution.country.code, institution.acronym ?? "",
            language.map { institution.name(in: $0) } ?? institution.name,
        ]
    }
    printTable(rows)
}

/// Each post with its holders' terms: who held it when, as precisely as the sources say.
func printPosts(of dataset: Dataset, in language: LanguageTag?) {
    heading("Persons and posts")
    if dataset.posts.isEmpty { print("  (none)") }
    for post in dataset.posts {
        print(wrap(post.title, width: 100, indent: "  "))
        let rows = post.holders.map { term in
            let person = dataset.person(term.person)
            let name =
                person.map { person in language.map { person.name(in: $0) } ?? person.name }
                ?? term.person.rawValue
            let from = term.from.map { "\($0)" } ?? "…"
            let to = term.to.map { "\($0)" } ?? (term.from == nil ? "…" : "")
            return [name, "\(from) – \(to)", term.acting ? "acting" : ""]
        }
        print(formatTable(rows, width: 96).indented(by: 4), terminator: "")
    }
}

/// Each forum: its charter, its members on the record's date (or today), its editions.
func printForums(of dataset: Dataset, in language: LanguageTag?) throws {
    let date = try dataset.asOf ?? today()
    for forum in dataset.forums {
        heading(language.map { forum.name(in: $0) } ?? forum.name)
        var facts = [forum.kind.words + " forum"]
        if let established = forum.established { facts.append("established \(established)") }
        print(wrap(facts.joined(separator: ", "), width: 100, indent: "  "))
        // Each period of the forum's rules, with its start, force and agreement.
        for period in forum.charters {
            let force = period.force == .binding ? "" : " (\(period.force.rawValue))"
            let start = forum.charters.count > 1 ? " \(period.start)" : ""
            print(
                wrap(
                    "charter\(start)\(force): " + describe(period.charter, in: dataset),
                    indent: "  ", hangingIndent: "    "))
        }

        // `memberInstitutions(of:on:)` replays the membership history up to the date; institutions
        // admitted only to participate in meetings are not members.
        let members = dataset.memberInstitutions(of: forum.id, on: date)
        let states = forum.members(on: date).compactMap(\.country).sorted()
        if !members.isEmpty || !states.isEmpty {
            let names =
                members.map { member in
                    let name = language.map { member.name(in: $0) } ?? member.shortName
                    return "\(name) (\(member.country.code))"
                } + states.map(\.name)
            print(
                wrap(
                    "members on \(date): " + names.joined(separator: ", "), indent: "  ",
                    hangingIndent: "    "))
        }
        guard !forum.editions.isEmpty else { continue }
        let rows = forum.editions.sorted { $0.date < $1.date }.map { edition in
            [
                edition.ordinalText, edition.date.description,
                [edition.city, edition.host.name].compactMap { $0 }.joined(separator: ", "),
                edition.status.rawValue, edition.level?.words ?? "",
            ]
        }
        print(formatTable(rows, width: 96).indented(by: 4), terminator: "")
        // A re-dated edition shows the dates announced over time.
        for edition in forum.editions where edition.schedule.count > 1 {
            let history = edition.schedule.map { announcement in
                "\(announcement.announced): \(announcement.date.map { "set for \($0)" } ?? "postponed")"
            }
            print(
                wrap(
                    "the \(edition.ordinalText) edition's schedule: "
                        + history.joined(separator: "; "), indent: "  ", hangingIndent: "    "))
        }
    }
}

/// The dialogue formats, each with its partner and its tracks.
func printFormats(of dataset: Dataset, in language: LanguageTag?) {
    guard !dataset.formats.isEmpty else { return }
    heading("Formats")
    for format in dataset.formats {
        let name = language.map { format.name(in: $0) } ?? format.name
        let since = format.established.map { ", since \($0)" } ?? ""
        print(wrap("\(name): with \(format.partner.name(in: dataset))\(since)", indent: "  "))
        // `tracks(of:)` gives the forums whose `format` names the format.
        let tracks = dataset.tracks(of: format.id).map { track in
            "\(language.map { track.name(in: $0) } ?? track.name) (\(track.kind.words))"
        }
        if !tracks.isEmpty {
            print(
                wrap(
                    "tracks: " + tracks.joined(separator: "; "), indent: "    ",
                    hangingIndent: "      "))
        }
    }
}

/// The charter in one sentence.
func describe(_ charter: Charter, in dataset: Dataset) -> String {
    var parts = ["meets: \(charter.cadence.rawValue)"]
    if let rotation = charter.rotation {
        // The rule's sentence, without its full stop, inside this one.
        let summary = rotation.summary(pivotName: rotation.pivot.nameInProse(in: dataset))
            .dropLast()
        let opening = summary.hasPrefix("Hosts") || summary.hasPrefix("The ")
        parts.append(
            opening ? summary.prefix(1).lowercased() + summary.dropFirst() : String(summary))
    }
    if let level = charter.level { parts.append("level: \(level.words)") }
    if let first = charter.firstEdition {
        parts.append("first edition: \(first.year) in \(first.host.code)")
    }
    if let admission = charter.admission {
        let count = admission.minimumRecommenders
        parts.append("admission: on the recommendation of \(count) member\(count == 1 ? "" : "s")")
    }
    return parts.joined(separator: "; ")
}

/// Every figure, then the growth of each series from its first year to its last.
func printIndicators(of dataset: Dataset) {
    heading("Indicators")
    let sorted = dataset.indicators.sorted {
        ($0.measure.rawValue, $0.year) < ($1.measure.rawValue, $1.year)
    }
    let rows = sorted.map { indicator in
        [
            String(indicator.year), indicator.measure.words,
            "\(indicator.first.name)–\(indicator.second.name)", indicator.value.text,
        ]
    }
    printTable(rows)

    heading("Growth")
    // One series per measure and pair of parties; `growth(of:between:and:from:to:)` divides the
    // two figures and keeps what the bounds allow: "about $15 million" then "more than
    // $10 billion" is "more than 666×".
    var seen = Set<String>()
    var growthRows: [[String]] = []
    for indicator in sorted {
        let key = "\(indicator.measure) \(indicator.first) \(indicator.second)"
        guard seen.insert(key).inserted else { continue }
        let years = dataset.indicators(
            between: indicator.first, and: indicator.second, measure: indicator.measure
        )
        .map(\.year)
        guard let first = years.first, let last = years.last, first < last else { continue }
        let growth = dataset.growth(
            of: indicator.measure, between: indicator.first, and: indicator.second, from: first,
            to: last)
        growthRows.append([
            indicator.measure.words, "\(indicator.first.name)–\(indicator.second.name)",
            "\(first) → \(last)",
            growth?.description ?? "open (the bounds allow any factor)",
        ])
    }
    printTable(growthRows)
}

/// The figures that several sources state, each claim beside the others with its sources:
/// the record keeps them all and chooses none.
func printClaims(of dataset: Dataset) {
    heading("Claims of one figure")
    var seen = Set<String>()
    var rows: [[String]] = []
    for indicator in dataset.indicators {
        let key = "\(indicator.measure) \(indicator.first) \(indicator.second) \(indicator.year)"
        guard seen.insert(key).inserted else { continue }
        // Every claim of the measure between the two sides that year, in identifier order.
        let claims = dataset.claims(
            of: indicator.measure, between: indicator.first, and: indicator.second,
            year: indicator.year)
        guard claims.count > 1 else { continue }
        let agree = claims.allSatisfy { claim in
            claims.allSatisfy { claim.value.agrees(with: $0.value) }
        }
        // The figure and the verdict, then the two sides, in the first column, so that the
        // sources, last, have room and can wrap.
        let verdict = agree ? "may all be true" : "disagree"
        for (index, claim) in claims.enumerated() {
            let label =
                switch index {
                case 0: "\(claim.year) \(claim.measure.words) (\(verdict))"
                case 1: "  \(claim.first.name)–\(claim.second.name)"
                default: ""
                }
            rows.append([
                label, claim.value.text, claim.sources.map(\.rawValue).joined(separator: ", "),
            ])
        }
    }
    printTable(rows)
}

/// The disputed values of any fact: under each entity, each claim beside the value the record
/// prefers, with its sources (`Dataset.disputes`).
func printDisputes(of dataset: Dataset) {
    heading("Disputes")
    let disputes = dataset.disputes
    if disputes.isEmpty { print("  (none)") }
    var start = disputes.startIndex
    while start < disputes.endIndex {
        let entity = disputes[start].entity
        let end = disputes[start...].firstIndex { $0.entity != entity } ?? disputes.endIndex
        print("  " + terminalSafe(entity.path))
        let rows = disputes[start..<end].map { dispute in
            let preferred = dispute.preferred?.description ?? ""
            return [
                dispute.property, "record: " + (preferred.isEmpty ? "(none)" : preferred),
                "claim: \(dispute.claimed)" + (dispute.isCompatible ? " (compatible)" : ""),
                dispute.sources.map(\.rawValue).joined(separator: ", "),
            ]
        }
        print(formatTable(rows, width: 96, maximumCell: 30).indented(by: 4), terminator: "")
        start = end
    }
}

/// Rows as an aligned table indented by two spaces, or "(none)".
func printTable(_ rows: [[String]]) {
    print(
        rows.isEmpty ? "  (none)" : formatTable(rows, width: 98).indented,
        terminator: rows.isEmpty ? "\n" : "")
}

/// A section heading.
func heading(_ title: String) {
    print("\n" + terminalSafe(title))
    print(String(repeating: "─", count: min(title.count, 100)))
}

extension String {
    /// The lines of the text, indented by two spaces (or more).
    var indented: String { indented(by: 2) }

    func indented(by count: Int) -> String {
        let pad = String(repeating: " ", count: count)
        return split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
