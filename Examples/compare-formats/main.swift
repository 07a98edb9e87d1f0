// compare-formats: Korea's format beside the other "Central Asia + 1" formats.
//
//     swift run compare-formats
//     swift run compare-formats --language ko --as-of 2024-01-01
//     swift run compare-formats --dataset mine.json --comparators --json
import ExampleSupport
import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog

let command = Command(
    name: "compare-formats",
    summary:
        "Compares the Central Asia + 1 formats: partner, founding, first meetings, editions, rules, secretariat, last and next edition.",
    options: [
        .value(
            "--dataset", "FILE",
            help:
                "compare the formats of this interchange document (one file; - reads standard input) instead of the built-in catalog and comparators"
        ),
        .comparators,
        .value(
            "--as-of", "DATE",
            help: "compare as of this date or \"today\" (default: the record's date)"),
        .value("--language", "TAG", help: "headings and names in this language (ko) where known"),
        .flag("--json", help: "print the comparison as JSON (see below)"),
    ] + Option.datasetLimits,
    details: [
        """
        Without --dataset, the built-in catalog (Korea's format) merged with the built-in \
        comparators (the nine other formats). --dataset FILE reads one document; to compare \
        your own data with the catalog, add --comparators, or write one merged file with \
        `catalog-tour --comparators --json`. Formats are sorted by founding; * marks Korea's.
        """,
        """
        JSON: [{"format", "name", "partner", "isKorea", "established", "firstMinisterial", \
        "firstLeadersMeeting", "tracks": [{"forum", "name", "kind", "editionsHeld", "cadence", \
        "rotation", "force", "agreement"}], "secretariat": {"institution", "name", "country", \
        "city", "established"}, "lastEdition", "nextEdition"}], editions as {"forum", \
        "ordinal", "date", "host", "city", "status"}; absent values are left out.
        """,
        "Exit status: 0 success, 1 the dataset has no format to compare, 2 bad usage or unreadable input.",
    ])

command.run { arguments in
    let asOf = try arguments.recordDate()
    let language = try arguments.value("--language", as: "a BCP 47 language tag such as ko") {
        try LanguageTag($0)
    }
    let path = arguments.value("--dataset")
    let dataset = try loadDataset(
        from: path, limits: arguments.decodingLimits(),
        comparators: path == nil || arguments.flag("--comparators"))

    // The library compares; the program only lays the rows out.
    let rows = dataset.formatSummaries(asOf: asOf)
    guard !rows.isEmpty else {
        printError("compare-formats: the dataset has no dialogue format to compare")
        return .refused
    }
    if arguments.flag("--json") {
        writeToStandardOutput(try prettyJSON(rows))
        return .success
    }
    let words = Words(language: language ?? .english)
    let date = (asOf ?? dataset.asOf).map { " \(words.asOf) \($0)" } ?? ""
    print(wrap("\(words.title)\(date) (* \(words.korea))"))
    print()
    let headings = ["", words.partner] + words.columns
    // `formatTable` counts characters, and a Hangul syllable takes two columns of a terminal:
    // lay the headings out as placeholders of their width, then put them back.
    let placeholders = headings.map { String(repeating: "#", count: terminalWidth($0)) }
    var table = [placeholders]
    for row in rows {
        func edition(_ reference: FormatSummary.EditionReference?) -> String {
            reference.map { "\($0.date) \($0.host.code)" + ($0.status == .held ? "" : "?") } ?? "–"
        }
        table.append([
            row.isKorea ? "*" : "", partnerLabel(row.partner, in: dataset),
            row.established.map(\.description) ?? "–", edition(row.firstMinisterial),
            edition(row.firstLeadersMeeting), edition(row.lastEdition), edition(row.nextEdition),
            row.tracks.map { String($0.editionsHeld) }.joined(separator: ", "),
        ])
    }
    var lines = formatTable(table, gap: 1).split(separator: "\n", omittingEmptySubsequences: false)
    for (placeholder, heading) in zip(placeholders, headings) where !heading.isEmpty {
        if let range = lines[0].range(of: placeholder) {
            lines[0].replaceSubrange(range, with: heading)
        }
    }
    print(lines.joined(separator: "\n"), terminator: "")
    print(wrap("? " + words.notHeld))
    for row in rows {
        print()
        let name = language.flatMap { dataset.format(row.format)?.name(in: $0) } ?? row.name
        print(wrap("\(row.isKorea ? "* " : "")\(partnerLabel(row.partner, in: dataset))  \(name)"))
        for track in row.tracks {
            let rule = [
                track.cadence.map(words.cadence),
                track.rotation.map {
                    words.rotation($0, pivot: partnerLabel($0.pivot, in: dataset))
                },
                track.force.map(words.force),
            ].compactMap { $0 }
            let detail = rule.isEmpty ? words.noRule : rule.joined(separator: ", ")
            print(
                wrap(
                    "\(track.name) (\(words.held(track.editionsHeld))): \(detail)", indent: "    ",
                    hangingIndent: "      "))
        }
        let seat = row.secretariat.map { secretariat in
            let place = [secretariat.city, secretariat.country.code].compactMap { $0 }
            let since = secretariat.established.map { ", \($0)" } ?? ""
            return "\(secretariat.name) (\(place.joined(separator: ", "))\(since))"
        }
        print(
            wrap(
                "\(words.secretariat): \(seat ?? words.none)", indent: "    ",
                hangingIndent: "      "))
    }
    return .success
}

/// The columns a text takes on a terminal: two for a Hangul syllable or jamo, one otherwise.
func terminalWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        let wide =
            (0x1100...0x115F).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
            || (0x3130...0x318F).contains(scalar.value)
        return width + (wide ? 2 : 1)
    }
}

/// A partner as the table names it: a country code, or an organisation's acronym.
func partnerLabel(_ party: Party, in dataset: Dataset) -> String {
    switch party {
    case .country(let country): country.code
    case .organization(let id): dataset.institution(id)?.acronym ?? id.rawValue
    }
}

/// The program's words in English or Korean.
struct Words {
    var korean: Bool
    init(language: LanguageTag) { korean = language.language == "ko" }

    var title: String { korean ? "중앙아시아+1 협의체 비교" : "The Central Asia + 1 formats" }
    var asOf: String { korean ? "기준일" : "as of" }
    var korea: String { korean ? "한국" : "Korea's" }
    var partner: String { korean ? "상대" : "partner" }
    var columns: [String] {
        korean
            ? ["출범", "첫 장관회의", "첫 정상회의", "최근 회의", "다음 회의", "트랙별 개최"]
            : ["founded", "1st ministerial", "1st leaders'", "last", "next", "held, by track"]
    }
    var notHeld: String {
        korean ? "표시: 개최되지 않은 회의(예정 또는 연기)" : "marks an edition not held (planned or postponed)"
    }
    func held(_ count: Int) -> String { korean ? "\(count)회 개최" : "\(count) held" }
    var secretariat: String { korean ? "사무국" : "secretariat" }
    var none: String { korean ? "기록 없음" : "none recorded" }
    var noRule: String { korean ? "기록된 규칙 없음" : "no rule recorded" }

    func cadence(_ cadence: Charter.Cadence) -> String {
        guard korean else { return cadence.rawValue }
        return switch cadence {
        case .annual: "매년"
        case .biennial: "격년"
        case .irregular: "비정기"
        }
    }

    func force(_ force: CharterPeriod.Force) -> String {
        guard korean else { return force == .binding ? "binding" : "\(force.rawValue) only" }
        return switch force {
        case .binding: "합의된 규칙"
        case .proposed: "제안"
        case .practice: "관행"
        }
    }

    func rotation(_ rotation: Charter.Rotation, pivot: String) -> String {
        let group = rotation.groupInOrder.map(\.code).joined(separator: " ")
        switch (rotation.kind, korean) {
        case (.reciprocal, false):
            let order = rotation.order == .alphabetical ? "alphabetical" : rotation.order.rawValue
            return "\(pivot) and \(group) in turn (\(order))"
        case (.reciprocal, true):
            let order = rotation.order == .alphabetical ? "알파벳순" : rotation.order.rawValue
            return "\(pivot)와 \(group) 교대 개최(\(order))"
        case (.parity, false):
            return "\(pivot) in \(rotation.pivotYears?.rawValue ?? "even") years"
        case (.parity, true):
            return "\(pivot) \(rotation.pivotYears == .odd ? "홀수" : "짝수") 해 개최"
        case (.chairmanship, false):
            return "chairs \(group) in turn, \(rotation.termYears ?? 1)-year terms"
        case (.chairmanship, true):
            return "의장국 \(group) 순환, 임기 \(rotation.termYears ?? 1)년"
        }
    }
}
