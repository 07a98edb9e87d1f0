// forum-schedule: the host rotation of a forum, as held so far and as its charter plans it.
//
//     swift run forum-schedule --through 2033
//     swift run forum-schedule --forum korea-central-asia-think-tank-forum --json
//     swift run forum-schedule --forum china-central-asia-summit --through 2031
import ExampleSupport
import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog

let command = Command(
    name: "forum-schedule",
    summary: "Shows the editions a forum has held and plans its next hosts from its charter.",
    options: [
        .value("--forum", "ID", help: "the forum's id (default: \(Catalog.thinkTankForumID))"),
        .value(
            "--through", "YEAR", help: "plan up to this year, inclusive (default: this year + 5)"),
        .dataset, .comparators,
        .flag("--json", help: "print the schedule as JSON (see below)"),
    ] + Option.datasetLimits,
    details: [
        """
        JSON: [{"year": 2024, "ordinal": 1, "side": "group", "host": "UZ", "held": true}, …], \
        held editions first, then planned ones (recorded in the dataset, then proposed by the \
        charter's rotation). "side" is "pivot" or "group", or null for a host outside the rotation.
        """,
        "Exit status: 0 success, 1 the forum has no rotation to plan with, 2 bad usage or unreadable dataset.",
    ])

/// One line of the schedule, in the JSON shape that `--json` prints.
struct Entry: Encodable {
    var year: Int
    var ordinal: Int
    var side: Charter.Side?
    var host: Country
    var held: Bool
    /// For people only: held, planned (recorded in the dataset) or proposed (by the plan).
    var status: String

    enum CodingKeys: String, CodingKey {
        case year, ordinal, side, host, held
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(ordinal, forKey: .ordinal)
        try container.encode(side, forKey: .side)  // null, not absent, outside the rotation
        try container.encode(host, forKey: .host)
        try container.encode(held, forKey: .held)
    }
}

command.run { arguments in
    let forumID =
        try arguments.value("--forum", as: "a forum id such as \(Catalog.thinkTankForumID)") {
            Forum.ID(rawValue: $0)
        } ?? Catalog.thinkTankForumID
    let through =
        try arguments.value("--through", as: "a year from 1 to 9999") {
            Int($0).flatMap { (1...9999).contains($0) ? $0 : nil }
        } ?? min(9999, try today().year + 5)
    let limits = try arguments.decodingLimits()
    var dataset = try loadDataset(
        from: arguments.value("--dataset"), limits: limits,
        comparators: arguments.flag("--comparators"))
    // The other formats' tracks (China's summits…) are in the built-in comparators.
    if dataset.forum(forumID) == nil, arguments.value("--dataset") == nil {
        dataset = try loadDataset(from: nil, limits: limits, comparators: true)
    }

    guard let forum = dataset.forum(forumID) else {
        let known = dataset.forums.map(\.id.rawValue).joined(separator: ", ")
        throw UsageError("no forum \"\(forumID)\" in the dataset (forums: \(known))")
    }
    guard let rotation = forum.charter?.rotation else {
        printError(
            "forum-schedule: \(forum.name) has no host rotation in its charter, so no host can be planned"
        )
        return .refused
    }

    // The plan continues from every held and planned edition, each year by the charter period
    // in force for it: by reciprocity, by parity or by alphabetical turns.
    let plan: [PlannedEdition]
    do {
        plan = try forum.plan(through: through)
    } catch {
        printError("forum-schedule: \(forum.name): \(error)")
        return .refused
    }

    // Cancelled editions do not count for rotation, so they are left out; held ones come first.
    // Each edition's side is the one of the period in force for it.
    let recorded = forum.scheduledEditions.sorted {
        ($0.status != .held ? 1 : 0, $0.date) < ($1.status != .held ? 1 : 0, $1.date)
    }
    let entries =
        recorded.map { edition in
            Entry(
                year: edition.date.year, ordinal: edition.ordinal,
                side: dataset.side(of: edition, in: forum),
                host: edition.host, held: edition.status == .held, status: edition.status.rawValue)
        }
        + plan.map {
            Entry(
                year: $0.year, ordinal: $0.ordinal, side: $0.side, host: $0.host, held: false,
                status: "proposed")
        }

    if arguments.flag("--json") {
        writeToStandardOutput(try prettyJSON(entries))
        return .success
    }

    print(wrap(forum.name))
    let pivot = rotation.pivot.nameInProse(in: dataset)
    let summary = rotation.summary(pivotName: pivot)
    print(wrap("\(summary.dropLast()); planned through \(through)."))
    print()
    var rows = [["year", "edition", "side", "host", "status"]]
    for entry in entries {
        rows.append([
            String(entry.year), Edition.ordinalText(entry.ordinal),
            entry.side?.rawValue ?? "outside",
            "\(entry.host.code)  \(entry.host.name)", entry.status,
        ])
    }
    print(formatTable(rows), terminator: "")
    return .success
}
