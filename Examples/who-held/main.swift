// who-held: who held a post on a date; what posts a person held, and the delegations they led.
//
//     swift run who-held --post kz-foreign-minister --on 2025-09-26
//     swift run who-held --person murat-nurtleu
//     swift run who-held --person Нуртлеу --json
import ExampleSupport
import KoreaCentralAsia

let command = Command(
    name: "who-held",
    summary:
        "Tells who held a post on a date, or what a person held and which delegations they led.",
    options: [
        .value(
            "--post", "ID|TITLE", help: "the post: its id, or its title or a part of it (any case)"),
        .value(
            "--person", "ID|NAME",
            help: "the person: their id, or any of their names or a part of one"),
        .value(
            "--on", "DATE",
            help:
                "the date: YYYY, YYYY-MM or YYYY-MM-DD (needed with --post; with --person, only what "
                + "may include it)"),
        .dataset, .comparators,
        .flag("--json", help: "print the answer as a JSON object (see below)"),
    ] + Option.datasetLimits,
    details: [
        """
        Give --post with --on, or --person. The holders of a post on a date are the terms that may \
        include it: where dates are known only to the month or the year, a term may or may not \
        include the date, and "certainly" marks the terms that do. On a handover day both the \
        outgoing and the incoming holder are listed.
        """,
        """
        JSON with --post: {"post": {"id", "title", "country" or "institution"}, "on": DATE, \
        "holders": [{"person", "name", "from", "to", "acting", "definitelyIncludes"}]}. With \
        --person: {"person": {"id", "name", "names"}, "on": DATE or null, "posts": [{"post", \
        "title", "from", "to", "acting", "definitelyIncludes"}], "delegations": [{"forum", \
        "ordinal", "date", "country", "post", "title"}]}, a delegation's title as its source gives \
        it. A date the record does not give is null, and so is definitelyIncludes without --on.
        """,
        """
        Exit status: 0 answered, 1 nothing recorded (no holder on that date; no post and no \
        delegation of the person), 2 bad usage, a post or person not in the dataset (the closest \
        ids are named) or an unreadable dataset.
        """,
    ])

// MARK: - The answers, in the JSON shapes that `--json` prints

/// A post, as the answer names it.
struct PostSummary: Encodable {
    var post: Post

    enum CodingKeys: String, CodingKey {
        case id, title, country, institution
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(post.id, forKey: .id)
        try container.encode(post.title, forKey: .title)
        switch post.owner {
        case .country(let country): try container.encode(country, forKey: .country)
        case .institution(let institution): try container.encode(institution, forKey: .institution)
        }
    }
}

/// One term: whose, in which post, its dates, and whether it certainly includes the date asked.
struct TermAnswer: Encodable {
    var holding: PostHolding
    /// `nil` without a date to ask about.
    var definitelyIncludes: Bool?
    /// Which side of the term the answer shows: the person (for --post) or the post (--person).
    var showsPerson: Bool

    enum CodingKeys: String, CodingKey {
        case person, name, post, title, from, to, acting, definitelyIncludes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if showsPerson {
            try container.encode(holding.person.id, forKey: .person)
            try container.encode(holding.person.name, forKey: .name)
        } else {
            try container.encode(holding.post.id, forKey: .post)
            try container.encode(holding.post.title, forKey: .title)
        }
        // null, not absent, when the record gives no date.
        try container.encode(holding.term.from, forKey: .from)
        try container.encode(holding.term.to, forKey: .to)
        try container.encode(holding.term.acting, forKey: .acting)
        try container.encode(definitelyIncludes, forKey: .definitelyIncludes)
    }
}

/// The answer to "who held POST on DATE".
struct PostAnswer: Encodable {
    var post: PostSummary
    var on: PartialDate
    var holders: [TermAnswer]
}

/// A person, as the answer names them.
struct PersonSummary: Encodable {
    var id: Person.ID
    var name: String
    var names: [LocalizedName]
}

/// A delegation the person led.
struct DelegationAnswer: Encodable {
    var forum: Forum.ID
    var ordinal: Int
    var date: PartialDate
    var country: Country
    var post: Post.ID?
    var title: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(forum, forKey: .forum)
        try container.encode(ordinal, forKey: .ordinal)
        try container.encode(date, forKey: .date)
        try container.encode(country, forKey: .country)
        try container.encode(post, forKey: .post)  // null, not absent
        try container.encode(title, forKey: .title)
    }

    enum CodingKeys: String, CodingKey {
        case forum, ordinal, date, country, post, title
    }
}

/// The answer to "what did PERSON hold".
struct PersonAnswer: Encodable {
    var person: PersonSummary
    var on: PartialDate?
    var posts: [TermAnswer]
    var delegations: [DelegationAnswer]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encode(on, forKey: .on)  // null without --on
        try container.encode(posts, forKey: .posts)
        try container.encode(delegations, forKey: .delegations)
    }

    enum CodingKeys: String, CodingKey {
        case person, on, posts, delegations
    }
}

// MARK: - The program

command.run { arguments in
    let postQuery = arguments.value("--post")
    let personQuery = arguments.value("--person")
    let date = try arguments.value("--on", as: "a date: YYYY, YYYY-MM or YYYY-MM-DD") {
        try PartialDate($0)
    }
    switch (postQuery, personQuery) {
    case (nil, nil):
        throw UsageError(
            "give --post ID|TITLE with --on DATE, or --person ID|NAME (see who-held --help)")
    case (.some, .some):
        throw UsageError("give --post or --person, not both")
    case (.some, nil) where date == nil:
        throw UsageError("missing --on DATE: --post asks who held the post on a date")
    default:
        break
    }
    let dataset = try loadDataset(
        from: arguments.value("--dataset"), limits: arguments.decodingLimits(),
        comparators: arguments.flag("--comparators"))
    let json = arguments.flag("--json")

    if let postQuery, let date {
        let post = try findPost(postQuery, in: dataset)
        // The library answers: every term that may include the date, with its person.
        let holders = dataset.holders(of: post.id, on: date).map {
            TermAnswer(
                holding: $0, definitelyIncludes: $0.term.definitelyIncludes(date), showsPerson: true
            )
        }
        if json {
            writeToStandardOutput(
                try prettyJSON(
                    PostAnswer(post: PostSummary(post: post), on: date, holders: holders)))
        } else {
            printHolders(of: post, on: date, holders, in: dataset)
        }
        return holders.isEmpty ? .refused : .success
    }

    let person = try findPerson(personQuery ?? "", in: dataset)
    let posts = dataset.posts(of: person.id, on: date).map {
        TermAnswer(
            holding: $0, definitelyIncludes: date.map($0.term.definitelyIncludes),
            showsPerson: false)
    }
    let led = dataset.delegations(ledBy: person.id).filter { led in
        date.map(led.edition.date.mayOverlap) ?? true
    }
    if json {
        let delegations = led.map {
            DelegationAnswer(
                forum: $0.forum, ordinal: $0.edition.ordinal, date: $0.edition.date,
                country: $0.delegation.country, post: $0.delegation.post, title: $0.delegation.title
            )
        }
        let summary = PersonSummary(id: person.id, name: person.name, names: person.names)
        writeToStandardOutput(
            try prettyJSON(
                PersonAnswer(person: summary, on: date, posts: posts, delegations: delegations)))
    } else {
        printHoldings(of: person, on: date, posts, led, in: dataset)
    }
    return posts.isEmpty && led.isEmpty ? .refused : .success
}

// MARK: - Finding the post or the person

/// The post that `query` names: the post with that id; else the one whose title it is, in any
/// case; else the one whose title contains it.
///
/// - Throws: ``UsageError`` when no post matches (naming the closest ids) or several do.
func findPost(_ query: String, in dataset: Dataset) throws(UsageError) -> Post {
    if let id = Post.ID(rawValue: query), let post = dataset.post(id) { return post }
    // The library's distance, on the first 64 characters so that a long argument costs little.
    let text = String(query.lowercased().prefix(64))
    let exact = dataset.posts.filter { $0.title.lowercased() == text }
    let partial = dataset.posts.filter { $0.title.lowercased().contains(text) }
    let found = exact.isEmpty ? partial : exact
    if found.count == 1, let post = found.first { return post }
    guard found.isEmpty, !isBlank(query) else {
        throw ambiguous(query, found.map(\.id.rawValue), kind: "post", by: "title")
    }
    let candidates = dataset.posts.map { (id: $0.id.rawValue, labels: [$0.title]) }
    throw UsageError("no post \(quoted(query)) in the dataset\(closest(query, candidates))")
}

/// The person that `query` names: the person with that id; else the one with that name in any
/// language, in any case; else the one a name of whom contains it (the library's
/// `persons(matching:)`).
///
/// - Throws: ``UsageError`` when no person matches (naming the closest ids) or several do.
func findPerson(_ query: String, in dataset: Dataset) throws(UsageError) -> Person {
    if let id = Person.ID(rawValue: query), let person = dataset.person(id) { return person }
    let found = dataset.persons(matching: query)
    let text = query.lowercased()
    let exact = found.filter { person in
        ([person.name] + person.names.map(\.text)).contains { $0.lowercased() == text }
    }
    let chosen = exact.isEmpty ? found : exact
    if chosen.count == 1, let person = chosen.first { return person }
    guard chosen.isEmpty, !isBlank(query) else {
        throw ambiguous(query, chosen.map(\.id.rawValue), kind: "person", by: "name")
    }
    let candidates = dataset.persons.map {
        (id: $0.id.rawValue, labels: [$0.name] + $0.names.map(\.text))
    }
    throw UsageError("no person \(quoted(query)) in the dataset\(closest(query, candidates))")
}

/// Whether a query is empty or only spaces, which names nothing.
func isBlank(_ query: String) -> Bool { !query.contains { !$0.isWhitespace } }

/// The error for a query that matches several posts or persons (`kind`), or none because it is
/// blank.
func ambiguous(_ query: String, _ ids: [String], kind: String, by label: String) -> UsageError {
    guard !ids.isEmpty else {
        return UsageError("\(quoted(query)) names no \(kind): give an id or a \(label)")
    }
    let shown = ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? ", …" : "")
    return UsageError(
        "\(quoted(query)) matches \(ids.count) \(kind)s: \(shown); give one of their ids")
}

/// " (closest: a, b, c)": the three ids nearest to the query by edit distance, to the id itself
/// or to any name or title; ", which has none" when there is nothing to choose from.
func closest(_ query: String, _ candidates: [(id: String, labels: [String])]) -> String {
    guard !candidates.isEmpty else { return ", which has none" }
    let text = query.lowercased()
    let ranked = candidates.enumerated().map { position, candidate in
        let labels = [candidate.id] + candidate.labels
        let distance =
            labels.map { editDistance(text, String($0.lowercased().prefix(64))) }.min() ?? Int.max
        return (distance: distance, position: position, id: candidate.id)
    }
    .sorted { ($0.distance, $0.position) < ($1.distance, $1.position) }
    return " (closest: \(ranked.prefix(3).map(\.id).joined(separator: ", ")))"
}

// MARK: - Text for people

/// A term's dates: "2023-04-03 – 2025-09-26", "2025-09-26 – …" while held, "dates not
/// recorded"; then ", acting" for an acting term.
func termText(_ term: Post.Term) -> String {
    let dates =
        switch (term.from, term.to) {
        case (nil, nil): "dates not recorded"
        case (let from, let to): "\(from.map { "\($0)" } ?? "…") – \(to.map { "\($0)" } ?? "…")"
        }
    return dates + (term.acting ? ", acting" : "")
}

/// A date as a phrase of time: "on 2024-11-04", "in 2024-11", "in 2024".
func when(_ date: PartialDate) -> String { (date.day == nil ? "in " : "on ") + date.description }

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Who or what a post belongs to, in words.
func ownerText(_ post: Post, in dataset: Dataset) -> String {
    switch post.owner {
    case .country(let country): country.name
    case .institution(let id): dataset.institution(id)?.name ?? id.rawValue
    }
}

/// Prints the holders of a post on a date as a table.
func printHolders(of post: Post, on date: PartialDate, _ holders: [TermAnswer], in dataset: Dataset)
{
    print(wrap("\(post.title) (\(post.id)), a post of \(ownerText(post, in: dataset))"))
    let certain = holders.allSatisfy { $0.definitelyIncludes == true }
    let summary =
        switch holders.count {
        case 0: "No term recorded includes \(date)."
        case 1: "\(when(date).capitalizedFirst): 1 holder."
        default:
            "\(when(date).capitalizedFirst): \(holders.count) holders"
                + (!post.single
                    ? ", as the post may be held by several persons at once."
                    : certain
                        ? ": a handover, one term ending and the next beginning that day."
                        : " whose terms may include that date (the dates are not precise enough "
                            + "to say more).")
        }
    print(wrap(summary))
    guard !holders.isEmpty else { return }
    print()
    var rows = [["person", "id", "term", when(date)]]
    for holder in holders {
        rows.append([
            holder.holding.person.name, holder.holding.person.id.rawValue,
            termText(holder.holding.term),
            holder.definitelyIncludes == true ? "certainly" : "possibly",
        ])
    }
    print(formatTable(rows), terminator: "")
}

/// Prints the posts a person held and the delegations they led.
func printHoldings(
    of person: Person, on date: PartialDate?, _ posts: [TermAnswer], _ led: [LedDelegation],
    in dataset: Dataset
) {
    print(wrap("\(person.name) (\(person.id))"))
    if !person.names.isEmpty {
        let names = person.names.map { "\($0.text) (\($0.language))" }
        print(wrap("Also written: " + names.joined(separator: ", "), hangingIndent: "  "))
    }
    let period = date.map { " " + when($0) } ?? ""

    print()
    print("Posts held\(period): \(posts.count)")
    if !posts.isEmpty {
        // The title last, where a long one wraps.
        var rows = [["term"] + (date.map { [when($0)] } ?? []) + ["id", "post"]]
        for answer in posts {
            rows.append(
                [termText(answer.holding.term)]
                    + (answer.definitelyIncludes.map { [$0 ? "certainly" : "possibly"] } ?? [])
                    + [answer.holding.post.id.rawValue, answer.holding.post.title])
        }
        print(indented(formatTable(rows, width: 98)), terminator: "")
    }

    print()
    print("Delegations led\(period): \(led.count)")
    guard !led.isEmpty else { return }
    // A table per forum, in the order of the first delegation led at each.
    var forums: [Forum.ID] = []
    for entry in led where !forums.contains(entry.forum) { forums.append(entry.forum) }
    for forum in forums {
        print(wrap(dataset.forum(forum)?.name ?? forum.rawValue, indent: "  "))
        var rows = [["date", "edition", "country", "as"]]
        for entry in led where entry.forum == forum {
            let delegation = entry.delegation
            let post = delegation.post.flatMap(dataset.post)
            var role = post?.title ?? delegation.title ?? ""
            // The record's terms may not put the person in that post on the day (a warning of
            // validate-dataset: delegation.head-out-of-post).
            if let post,
                !post.holders(on: entry.edition.date).contains(where: { $0.person == person.id })
            {
                role += " (not in this post on that date, by the record's terms)"
            }
            rows.append([
                entry.edition.date.description, entry.edition.ordinalText,
                delegation.country.code, role,
            ])
        }
        print(indented(formatTable(rows, width: 96), by: 4), terminator: "")
    }
}

/// The lines of a text, each indented by `count` spaces.
func indented(_ text: String, by count: Int = 2) -> String {
    let pad = String(repeating: " ", count: count)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
}
