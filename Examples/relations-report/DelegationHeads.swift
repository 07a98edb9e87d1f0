// Who led each delegation: for every forum whose editions name the persons who led their
// delegations, a table with a row per such edition and a column per country, Korea first. A
// cell names the head (`Dataset.person`) and gives their level when it is not the table's usual
// one; a head whose recorded terms in the post do not include the edition's date
// (`Post.holders(on:)`) is marked. Text from the data goes only into text nodes, never into an
// attribute; the attributes hold identifiers.
import ExampleSupport
import KoreaCentralAsia

/// The section's tables, one per forum whose editions name persons as heads of delegation; a
/// sentence when none does.
func delegationHeads(_ dataset: Dataset) -> Markup {
    let tables = dataset.forums.compactMap { headsTable($0, in: dataset) }
    guard !tables.isEmpty else {
        return .element("p", text: "No delegation names the person who led it.")
    }
    // On a phone a wide table keeps its columns and scrolls sideways.
    return .element("div", ["class": "scroll", "style": "overflow-x: auto"], tables)
}

/// The table of a forum's heads of delegation, or `nil` when no edition names one as a person.
private func headsTable(_ forum: Forum, in dataset: Dataset) -> Markup? {
    let editions = forum.editions.filter { $0.delegations.contains { $0.person != nil } }
        .sorted { ($0.date, $0.ordinal) < ($1.date, $1.ordinal) }
    guard !editions.isEmpty else { return nil }
    let delegations = editions.flatMap(\.delegations)
    // Korea first, then the other countries by name.
    let countries = Set(delegations.map(\.country)).sorted {
        ($0 == .korea ? 0 : 1, $0.name) < ($1 == .korea ? 0 : 1, $1.name)
    }
    // The level most heads have is said once, in the caption; a cell gives any other.
    let levels = delegations.compactMap(\.level)
    let usual = Delegation.Level.allCases.max { first, second in
        levels.count { $0 == first } < levels.count { $0 == second }
    }.flatMap { level in levels.contains(level) ? level : nil }

    let header = Markup.element(
        "tr", [:],
        [.element("th", text: "Edition")] + countries.map { .element("th", text: $0.name) })
    let rows = editions.map { edition in
        Markup.element(
            "tr", ["data-ordinal": edition.ordinal],
            [.element("th", ["scope": "row"], text: "\(edition.ordinalText), \(edition.date)")]
                + countries.map { country in
                    headCell(
                        edition.delegations.first { $0.country == country }, on: edition.date,
                        usual: usual, in: dataset)
                })
    }
    let level = usual.map { ", most at the level of \($0.words)" } ?? ""
    return .element(
        "table", ["id": "heads-\(forum.id)", "class": "heads"],
        [.element("caption", text: "\(forum.name): heads of delegation\(level)"), header] + rows)
}

/// A cell: the head's name, their level when it is not `usual`, and a mark when the record's
/// terms do not put them in their post on the date; a dash when the edition records no
/// delegation of the country, or one without a head.
private func headCell(
    _ delegation: Delegation?, on date: PartialDate, usual: Delegation.Level?, in dataset: Dataset
) -> Markup {
    guard let delegation, let name = headName(delegation, in: dataset) else {
        return .element("td", ["class": "none"], text: "—")
    }
    // Each note on a line of its own (a block in the page's styles), after a space for readers
    // that take the text without styles.
    var notes: [Markup] = []
    if let level = delegation.level, level != usual {
        notes.append(.element("span", ["class": "level"], text: level.words))
    }
    if let person = delegation.person, let post = delegation.post.flatMap(dataset.post),
        !post.holders(on: date).contains(where: { $0.person == person })
    {
        notes.append(
            .element(
                "span", ["class": "out-of-post"],
                text: "not in this post on that date, by the record's terms"))
    }
    return .element(
        "td",
        [
            "data-country": delegation.country.code,
            "data-person": delegation.person?.rawValue ?? "",
            "data-post": delegation.post?.rawValue ?? "",
        ],
        [.text(name)] + notes.flatMap { [.text(" "), $0] })
}

/// The head's name: the person's, when the record knows them, else the text the source gives.
private func headName(_ delegation: Delegation, in dataset: Dataset) -> String? {
    delegation.person.map { dataset.person($0)?.name ?? $0.rawValue } ?? delegation.head
}
