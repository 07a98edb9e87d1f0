// admission-check: may an institution join a forum on the recommendation of others?
//
//     swift run admission-check --forum korea-central-asia-think-tank-forum \
//         --candidate isrs --recommended-by iica --on 2025-01-10
import ExampleSupport
import KoreaCentralAsia

let command = Command(
    name: "admission-check",
    summary: "Decides whether a forum may admit an institution on the recommendation of members.",
    options: [
        .value("--forum", "ID", required: true, help: "the forum's id"),
        .value("--candidate", "ID", required: true, help: "the institution to admit"),
        .value(
            "--recommended-by", "ID[,ID…]", required: true, help: "the recommending institutions"),
        .value(
            "--on", "DATE",
            help: "the date of admission: YYYY, YYYY-MM or YYYY-MM-DD (default: today)"),
        .flag("--participant", help: "admit to participate in meetings only, not as a member"),
        .dataset,
        .flag(
            "--json",
            help:
                "print {\"admissible\": Bool, \"violations\": [{code, severity, message, subject}]}"
        ),
    ] + Option.datasetLimits,
    details: ["Exit status: 0 admissible, 1 not admissible, 2 bad usage or unreadable dataset."])

/// The decision in the JSON shape that `--json` prints.
struct Answer: Encodable {
    var admissible: Bool
    var violations: [Violation]
}

command.run { arguments in
    // Identifiers from the command line go through the validating initialiser, so a typo such
    // as an upper-case letter is a usage error, not a crash.
    let forumID = try arguments.value("--forum", as: "a forum id") { try Forum.ID($0) }
    let candidate = try arguments.value("--candidate", as: "an institution id") {
        try Institution.ID($0)
    }
    let recommenders = try arguments.value(
        "--recommended-by", as: "institution ids separated by commas"
    ) {
        try $0.split(separator: ",", omittingEmptySubsequences: false).map {
            try Institution.ID(String($0))
        }
    }
    let date =
        try arguments.value("--on", as: "a date: YYYY, YYYY-MM or YYYY-MM-DD") {
            try PartialDate($0)
        }
        ?? today()
    let status: Membership.Status = arguments.flag("--participant") ? .participant : .member
    let limits = try arguments.decodingLimits()
    let dataset = try loadDataset(from: arguments.value("--dataset"), limits: limits)

    guard let forumID, let candidate, let recommenders else {
        throw UsageError("missing a required option")
    }

    // The dataset judges the request: the forum's charter and its membership on that date
    // ("at the recommendation of an existing member institution"), and whether the candidate
    // and the recommenders are institutions the dataset defines (`reference.unknown`).
    guard
        let decision = dataset.evaluateAdmission(
            forum: forumID, candidate: candidate, recommendedBy: recommenders, on: date,
            status: status)
    else {
        let known = dataset.forums.map(\.id.rawValue).joined(separator: ", ")
        throw UsageError("no forum \"\(forumID)\" in the dataset (forums: \(known))")
    }
    let admissible = decision.isAdmissible
    let violations = decision.violations

    if arguments.flag("--json") {
        writeToStandardOutput(
            try prettyJSON(Answer(admissible: admissible, violations: violations)))
        return admissible ? .success : .refused
    }

    func name(_ id: Institution.ID) -> String {
        dataset.institution(id).map { "\($0.shortName) (\($0.country.code))" } ?? "\(id) (unknown)"
    }
    print(wrap(dataset.forum(forumID)?.name ?? forumID.rawValue))
    print(
        wrap(
            "Request: admit \(name(candidate)) as a \(status.rawValue) on \(date), recommended by "
                + (recommenders.isEmpty ? "no one" : recommenders.map(name).joined(separator: ", "))
                + "."))
    print("Decision: \(admissible ? "admissible" : "not admissible")")
    if !violations.isEmpty {
        print()
        let rows = violations.map { [$0.severity.rawValue, $0.code.rawValue, $0.message] }
        print(formatTable(rows), terminator: "")
    }
    if admissible, let admitted = decision.admittedForum {
        // The decision carries the forum with the admission recorded: ask it who belongs now.
        let members = admitted.members(on: date).sorted().map { member in
            member.institution.map(name) ?? member.description
        }
        print()
        print(
            wrap(
                "Members on \(date) after admission (\(members.count)): "
                    + members.joined(separator: ", ")))
    }
    return admissible ? .success : .refused
}
