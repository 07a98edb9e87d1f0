public import KoreaCentralAsia

/// Builds random datasets that are valid by construction, the same for the same seed.
///
/// Use it to test code of your own on many datasets: whatever a generated dataset holds, its
/// ``Dataset/validate()`` report lists no violation, and it encodes and decodes to an equal
/// value. Each dataset is small (a few forums, institutions and editions) and varied: partial
/// dates at every precision, cancelled and planned editions, participants and withdrawals,
/// acknowledged deviations, and text with quotes, markup, control and bidirectional characters.
/// For one large dataset of a given size, see ``dataset(of:seed:)``.
///
/// ```swift
/// var generator = DatasetGenerator(seed: 2023)
/// for _ in 0..<100 {
///     let dataset = try generator.dataset().dataset
///     #expect(dataset.validate().violations.isEmpty)
/// }
/// ```
///
/// Every reference is defined, every fact
/// sourced, editions in the rotation the charter plans (`Charter.plan`), admissions recommended
/// by members and accepted by `Forum.evaluateAdmission`, agreements whose provisions agree with
/// the charter they establish. The only violations it makes on purpose are acknowledged ones
/// (a first edition that breaks its charter, as the Think Tank Forum's did), so a report of a
/// generated dataset must list no violation.
public struct DatasetGenerator: Sendable {
    var random: SeededRandom
    /// What the generator has made so far, by kind (`"edition.cancelled"`, `"acknowledgement"`,
    /// …), to check that a run covers every kind of value.
    public private(set) var coverage: [String: Int] = [:]

    private var sources: [Source.ID] = []
    private var institutions: [Institution.ID] = []

    /// Creates a generator; the same seed gives the same datasets.
    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    static let countries = Country.allAssigned
    static let currencies = ["USD", "KRW", "KZT", "UZS", "EUR", "JPY", "KGS", "TJS", "TMT", "MNT"]
    static let fragments = [
        "Korea", "카자흐스탄 연구소", "Ташкент", "Bishkek", "\"quoted\"", "back\\slash", "</script>",
        "<svg onload=x>", "R&D", "tab\there", "new\nline", "nul\u{0}byte", "😀", "e\u{301}",
        "\u{202E}rtl", "", " ", "O'Neil", "%s%n", "\u{FEFF}",
    ]

    mutating func note(_ what: String) { coverage[what, default: 0] += 1 }

    // MARK: Values

    mutating func text() -> String {
        (0..<random.int(1...2)).map { _ in random.pick(Self.fragments) }.joined(separator: " ")
    }

    mutating func optionalText() -> String? { random.chance(0.5) ? text() : nil }

    static let languages: [LanguageTag] = [
        "ko", "ru", "uz-Latn", "kk-Cyrl", "ky", "tg", "tk", "en",
    ]

    /// Names for an entity: none, or one to three in random languages, some for a period, each
    /// text a mix of the fragments that a name may hold (no control characters, not empty).
    mutating func names() throws -> [LocalizedName] {
        guard random.chance(0.5) else { return [] }
        note("names")
        return try (0..<random.int(1...3)).map { _ in
            let text = (0..<random.int(1...2)).map { _ in
                random.pick(
                    Self.fragments.filter { (try? LocalizedName($0, language: "en")) != nil })
            }
            .joined(separator: " ")
            var from: PartialDate? = random.chance(0.3) ? try anyDate() : nil
            var until: PartialDate? = random.chance(0.3) ? try anyDate() : nil
            if let start = from, let end = until, start.definitelyFollows(end) {
                (from, until) = (end, start)
            }
            return try LocalizedName(
                text, language: random.pick(Self.languages), from: from, until: until,
                sources: someSources(atLeast: 0))
        }
    }

    mutating func slug(_ prefix: String, _ number: Int) -> String {
        prefix + "-\(number)" + random.pick(["", ".a", "_b", "-c9", "2"])
    }

    mutating func date(in year: Int, months: ClosedRange<Int> = 1...12, yearOnly: Bool = true)
        throws -> PartialDate
    {
        switch random.int(yearOnly ? 0...2 : 1...2) {
        case 0:
            note("date.year")
            return try PartialDate(year: year)
        case 1:
            note("date.month")
            return try PartialDate(year: year, month: random.int(months))
        default:
            note("date.day")
            let month = random.int(months)
            return try PartialDate(
                year: year, month: month,
                day: random.int(1...PartialDate.daysInMonth(year: year, month: month)))
        }
    }

    mutating func anyDate() throws -> PartialDate {
        try date(
            in: random.chance(0.1)
                ? random.pick([1, 4, 1600, 2000, 9999]) : random.int(1900...2100))
    }

    /// An end date that is not before `date`: none, the same, its year, or a later year.
    mutating func endDate(after date: PartialDate) throws -> PartialDate? {
        switch random.int(0...3) {
        case 0: return nil
        case 1: return date
        case 2: return try PartialDate(year: date.year)
        default: return date.year == 9999 ? date : try self.date(in: date.year + 1)
        }
    }

    mutating func someSources(atLeast minimum: Int = 1) -> [Source.ID] {
        subset(of: sources, atLeast: minimum)
    }

    mutating func subset<T>(of elements: [T], atLeast minimum: Int = 0) -> [T] {
        guard !elements.isEmpty else { return [] }
        let count = random.int(min(minimum, elements.count)...min(3, elements.count))
        return Array(elements.shuffled(using: &random).prefix(count))
    }

    mutating func country() -> Country { random.pick(Self.countries) }

    mutating func place() -> Place? {
        random.chance(0.6) ? Place(city: optionalText(), country: country()) : nil
    }

    // MARK: Entities

    mutating func source(_ number: Int) throws -> Source {
        Source(
            id: try Source.ID(slug("source", number)), title: text(), publisher: text(),
            published: random.chance(0.7) ? try anyDate() : nil,
            url: random.chance(0.5)
                ? try WebAddress("https://example.org/\(number)?q=\(number)#x") : nil,
            note: optionalText(), retrieved: try anyDate(),
            language: random.chance(0.5) ? random.pick(Self.languages) : nil,
            quotes: try (0..<random.int(1...2)).map { _ in
                // Words that are not only white space, which a quotation cannot be.
                try Source.Quote(
                    "Quoted " + text(),
                    language: random.chance(0.5) ? random.pick(Self.languages) : nil,
                    translation: optionalText().map { "Translated " + $0 })
            },
            archive: random.chance(0.3)
                ? try WebAddress("https://archive.example.org/\(number)") : nil,
            titleIsDescriptive: random.chance(0.3))
    }

    mutating func institution(_ number: Int) throws -> Institution {
        var identifiers: [ExternalIdentifier] = []
        if random.chance(0.4) {
            identifiers.append(
                try ExternalIdentifier(scheme: .wikidata, value: "Q\(random.int(1...999_999_999))"))
        }
        if random.chance(0.3) {
            identifiers.append(try ExternalIdentifier(scheme: .ror, value: "0" + text()))
        }
        return Institution(
            id: try Institution.ID(slug("institution", number)), name: text(),
            acronym: optionalText(),
            kind: random.pick(Institution.Kind.allCases), country: country(),
            affiliation: optionalText(),
            parent: institutions.isEmpty || random.chance(0.6) ? nil : random.pick(institutions),
            established: random.chance(0.5) ? try anyDate() : nil, identifiers: identifiers,
            sources: someSources(), names: try names())
    }

    mutating func partnerships() throws -> [Partnership] {
        var pairs = Set<Set<Country>>()
        var partnerships: [Partnership] = []
        for _ in 0..<random.int(0...3) {
            let (first, second) = (country(), country())
            guard first != second, pairs.insert([first, second]).inserted else { continue }
            var year = random.int(1900...2000)
            var stages: [Partnership.Stage] = []
            for _ in 0..<random.int(1...3) {
                stages.append(
                    Partnership.Stage(
                        level: random.pick(Partnership.Level.allCases), since: try date(in: year),
                        sources: someSources()))
                year += random.int(1...15)
            }
            partnerships.append(Partnership(countries: (first, second), stages: stages))
        }
        return partnerships
    }

    mutating func charter() throws -> Charter? {
        guard random.chance(0.85) else { return nil }
        var charter = Charter(cadence: .annual)
        if random.chance(0.8) {
            let members = Array(Self.countries.shuffled(using: &random).prefix(random.int(2...6)))
            charter.rotation = try Charter.Rotation(
                pivot: members[0], group: Array(members.dropFirst()))
            note("charter.rotation")
        }
        if random.chance(0.7) {
            let host =
                charter.rotation.map { random.pick([$0.pivot.country ?? .korea] + $0.group) }
                ?? country()
            charter.firstEdition = try Charter.FirstEdition(
                year: random.int(1950...2040), host: host)
        }
        if random.chance(0.7) {
            charter.admission = try Charter.AdmissionPolicy(minimumRecommenders: random.int(0...3))
        }
        return charter
    }

    /// Editions one a year, hosted as the charter plans, some of them cancelled in between.
    mutating func editions(charter: Charter?, from startYear: Int) throws -> [Edition] {
        var editions: [Edition] = []
        var year = startYear
        for position in 0..<random.int(0...6) {
            var ordinal = (editions.map(\.ordinal).max() ?? 0) + 1
            var months = 1...12
            if random.chance(0.15) {
                // A cancelled meeting earlier in the year: it takes an ordinal but no turn.
                note("edition.cancelled")
                editions.append(
                    try Edition(
                        ordinal: ordinal, date: try date(in: year, months: 1...6, yearOnly: false),
                        host: country(), status: .cancelled, sources: someSources(atLeast: 0)))
                ordinal += 1
                months = 7...12
            }
            let host: Country
            if let charter, charter.rotation != nil, position > 0 || charter.firstEdition != nil {
                guard let planned = try charter.plan(after: editions, through: year).first,
                    planned.year == year, planned.ordinal == ordinal
                else {
                    throw GeneratorError(description: "the plan does not continue in \(year)")
                }
                host = planned.host
            } else if let first = charter?.firstEdition, position == 0 {
                host = first.host
            } else if let rotation = charter?.rotation {
                host = random.pick([rotation.pivot.country ?? .korea] + rotation.group)
            } else {
                host = country()
            }
            let date = try self.date(in: year, months: months, yearOnly: months == 1...12)
            let status: Edition.Status = random.chance(0.3) ? .planned : .held
            note("edition.\(status)")
            editions.append(
                try Edition(
                    ordinal: ordinal, date: date, endDate: try endDate(after: date), host: host,
                    city: optionalText(), status: status,
                    mode: random.chance(0.5) ? random.pick(Edition.Mode.allCases) : nil,
                    level: random.chance(0.4)
                        ? random.pick([
                            .ministerial, .viceMinisterial, Edition.Level(rawValue: "expertLevel"),
                        ])
                        : nil,
                    organizers: subset(of: institutions), sources: someSources(atLeast: 0)))
            year += 1
        }
        return editions
    }

    /// Founders on the day the forum was established, then one admission or withdrawal a year,
    /// each accepted by `evaluateAdmission` or made by a member.
    mutating func membership(of forum: inout Forum, from year: Int) throws {
        guard !institutions.isEmpty, random.chance(0.8) else { return }
        let founded = try forum.established ?? date(in: year)
        for founder in subset(of: institutions, atLeast: 1) {
            forum.membership.events.append(
                .founded(founder, on: founded, sources: someSources(atLeast: 0)))
        }
        var year = founded.year + 1
        for _ in 0..<random.int(0...5) {
            let date = try self.date(in: year)
            let members = forum.members(on: date).compactMap(\.institution).sorted()
            let participants = Set(
                forum.membership.participants(on: date).compactMap(\.institution))
            if random.chance(0.3),
                let leaving = (members + participants.sorted()).randomElement(using: &random)
            {
                note("membership.withdrew")
                forum.membership.events.append(
                    .withdrew(leaving, on: date, sources: someSources(atLeast: 0)))
            } else {
                let status: Membership.Status = random.chance(0.3) ? .participant : .member
                let candidates = institutions.filter {
                    !members.contains($0) && (status == .member || !participants.contains($0))
                }
                let minimum = forum.charter?.admission?.minimumRecommenders ?? 0
                let count = minimum + random.int(0...1)
                guard let candidate = candidates.randomElement(using: &random),
                    members.count >= count
                else {
                    year += 1
                    continue
                }
                let recommenders = Array(members.shuffled(using: &random).prefix(count))
                let decision = forum.evaluateAdmission(
                    candidate: candidate, recommendedBy: recommenders, on: date, status: status)
                guard decision.violations.isEmpty else {
                    throw GeneratorError(
                        description: "a generated admission is refused: \(decision.violations)")
                }
                guard let admitted = decision.admittedForum else {
                    year += 1
                    continue
                }
                note("membership.admitted.\(status)")
                forum = admitted
            }
            year += 1
        }
    }

    mutating func provisions(for charter: Charter?) -> [Provision] {
        var provisions: [Provision] = []
        if let charter {
            if random.chance(0.8) { provisions.append(.cadence(charter.cadence)) }
            if let rotation = charter.rotation, random.chance(0.8) {
                provisions.append(
                    .reciprocity(
                        pivot: random.chance(0.7) ? rotation.pivot.country : nil,
                        group: random.chance(0.7) ? rotation.group.shuffled(using: &random) : []))
            }
            if let first = charter.firstEdition, random.chance(0.7) {
                provisions.append(.firstEdition(first))
            }
            if let admission = charter.admission, random.chance(0.7) {
                provisions.append(.admissionByRecommendation(admission))
            }
        }
        for _ in 0..<random.int(0...2) { provisions.append(.text(text())) }
        return provisions.shuffled(using: &random)
    }

    // MARK: The dataset

    /// The next dataset, and the number of violations it acknowledges.
    ///
    /// - Throws: A ``GeneratorError`` only if the generator breaks its own promise (a bug), or
    ///   an error of the model's validating initialisers for the same reason.
    public mutating func dataset() throws -> GeneratedDataset {
        sources = []
        institutions = []
        var dataset = Dataset()
        for number in 0..<random.int(1...3) {
            dataset.sources.append(try source(number))
            sources.append(dataset.sources[number].id)
        }
        for number in 0..<random.int(0...5) {
            dataset.institutions.append(try institution(number))
            institutions.append(dataset.institutions[number].id)
        }
        dataset.partnerships = try partnerships()
        var acknowledged = 0
        for number in 0..<random.int(0...2) {
            let charter = try charter()
            let startYear = charter?.firstEdition?.year ?? random.int(1950...2040)
            let established = random.chance(0.8) ? try date(in: startYear - random.int(1...3)) : nil
            var forum = Forum(
                id: try Forum.ID(slug("forum", number)), name: text(),
                kind: random.pick(Forum.Kind.allCases), established: established,
                secretariat: institutions.isEmpty || random.chance(0.3)
                    ? nil : random.pick(institutions),
                charter: charter, editions: try editions(charter: charter, from: startYear),
                sources: someSources(), names: try names())
            try membership(of: &forum, from: startYear - 1)
            if var changed = forum.charter, let first = changed.firstEdition,
                let earliest = forum.scheduledEditions.first, earliest.ordinal == 1,
                random.chance(0.25)
            {
                // A deviation kept on purpose, as the real Think Tank Forum's first edition. (The
                // rule judges the first edition only when the record starts at ordinal 1.)
                changed.firstEdition = try Charter.FirstEdition(
                    year: first.year - 1, host: first.host)
                forum.charters = [CharterPeriod(charter: changed)]
                dataset.acknowledgements.append(
                    Acknowledgement(
                        code: .rotationFirstEdition,
                        subject: .edition(earliest.ordinal, of: forum.id),
                        note: text(), sources: someSources(atLeast: 0)))
                acknowledged += 1
                note("acknowledgement")
            }
            if random.chance(0.6) {
                let agreement = Agreement(
                    id: try Agreement.ID(slug("agreement", number)), title: text(),
                    kind: random.pick(Agreement.Kind.allCases),
                    date: try established ?? anyDate(),
                    place: place(), signatories: subset(of: institutions),
                    countries: (0..<random.int(0...2)).map { _ in country() },
                    establishes: forum.id,
                    provisions: provisions(for: forum.charter), sources: someSources(),
                    names: try names())
                forum.establishedBy = agreement.id
                dataset.agreements.append(agreement)
                note("agreement")
            }
            dataset.forums.append(forum)
            note("forum")
        }
        for number in 0..<random.int(0...1) {
            let date = try anyDate()
            dataset.meetings.append(
                Meeting(
                    id: try Meeting.ID(slug("meeting", number)), title: text(), date: date,
                    endDate: try endDate(after: date), place: place(),
                    host: institutions.isEmpty || random.chance(0.3)
                        ? nil : random.pick(institutions),
                    participants: subset(of: institutions),
                    countries: (0..<random.int(0...2)).map { _ in country() },
                    forum: dataset.forums.isEmpty || random.chance(0.5)
                        ? nil : random.pick(dataset.forums).id,
                    topics: (0..<random.int(0...3)).compactMap { _ in
                        random.chance(0.8)
                            ? random.pick(CooperationArea.known)
                            : CooperationArea(rawValue: "customTopic\(random.int(0...9))")
                    },
                    sources: someSources()))
            note("meeting")
        }
        for number in 0..<random.int(0...2) {
            let parties: [Indicator.Economy] = [
                .centralAsia, .country(.korea), .country(country()),
            ]
            let amount = Double(random.int(0...999_999_999_999)) / random.pick([1, 4, 100, 3])
            let indicator = Indicator(
                id: try Indicator.ID(slug("indicator", number)),
                measure: random.pick(Indicator.Measure.allCases), between: random.pick(parties),
                and: random.pick(parties), year: random.int(1...9999),
                value: try Figure(
                    amount: amount, currency: try Currency(random.pick(Self.currencies)),
                    bound: random.pick(Figure.Bound.allCases)),
                note: optionalText(), sources: someSources())
            dataset.indicators.append(indicator)
            note("indicator")
            if amount > 0, random.chance(0.4) {
                // A second claim of the same figure from other sources, about the same amount:
                // it agrees with the first whatever the first's bound.
                var claim = indicator
                claim.id = try Indicator.ID(slug("claim", number))
                claim.value = try Figure(
                    amount: amount, currency: indicator.value.currency, bound: .approximately)
                claim.sources = someSources()
                dataset.indicators.append(claim)
                note("claims")
            }
        }
        for number in 0..<random.int(0...2) {
            dataset.initiatives.append(
                Initiative(
                    id: try Initiative.ID(slug("initiative", number)), name: text(),
                    country: country(),
                    announced: random.chance(0.7) ? try anyDate() : nil, place: place(),
                    parent: dataset.initiatives.isEmpty || random.chance(0.5)
                        ? nil : random.pick(dataset.initiatives).id,
                    sources: someSources(), names: try names()))
            note("initiative")
        }
        try addClaims(to: &dataset)
        try addPersons(to: &dataset)
        return GeneratedDataset(dataset: dataset, acknowledged: acknowledged)
    }

    /// Adds persons and posts, and names persons where the record can.
    ///
    /// Successive holders of a country's post (a handover on one day, some acting), the head of
    /// an institution, and persons named as delegations' heads, chairs and signers, each in a
    /// post they held on the day. Made last, so that the rest of a seed's dataset is what it was
    /// before persons were generated.
    mutating func addPersons(to dataset: inout Dataset) throws {
        let count = random.int(0...4)
        guard count > 0 else { return }
        for number in 0..<count {
            var identifiers: [ExternalIdentifier] = []
            if random.chance(0.3) {
                identifiers.append(
                    try ExternalIdentifier(
                        scheme: .wikidata, value: "Q\(random.int(1...999_999_999))"))
            }
            dataset.persons.append(
                Person(
                    id: try Person.ID(slug("person", number)), name: text(),
                    identifiers: identifiers, sources: someSources(), names: try names()))
            note("person")
        }
        let persons = dataset.persons.map(\.id)
        // Successive holders of one post, each from the day the last one left.
        var year = random.int(1995...2015)
        var terms: [Post.Term] = []
        for person in subset(of: persons, atLeast: 1) {
            let next = year + random.int(1...5)
            terms.append(
                Post.Term(
                    person: person, from: try date(in: year, yearOnly: false),
                    to: nil, acting: random.chance(0.2), sources: someSources(),
                    note: optionalText()))
            year = next
        }
        for index in terms.indices.dropLast() {
            terms[index].to = terms[index + 1].from
        }
        dataset.posts.append(
            Post(
                id: try Post.ID(slug("post", 0)), title: text(), owner: .country(country()),
                holders: terms, sources: random.chance(0.5) ? someSources() : []))
        note("post")
        if !dataset.institutions.isEmpty, random.chance(0.5) {
            let index = random.int(0...(dataset.institutions.count - 1))
            let id = try Post.ID(slug("head", 0))
            dataset.posts.append(
                Post(
                    id: id, title: text(), owner: .institution(dataset.institutions[index].id),
                    single: random.chance(0.5),
                    holders: [Post.Term(person: random.pick(persons), sources: someSources())]))
            dataset.institutions[index].headPost = id
            note("institution head")
        }
        // A delegation's head, in a post of their own country held from the edition's day.
        var posts = 1
        for forumIndex in dataset.forums.indices {
            for editionIndex in dataset.forums[forumIndex].editions.indices {
                var edition = dataset.forums[forumIndex].editions[editionIndex]
                if random.chance(0.3) {
                    edition.chairPersons = [random.pick(persons)]
                    note("chair person")
                }
                var delegations = edition.delegations
                guard !delegations.isEmpty, random.chance(0.5) else {
                    dataset.forums[forumIndex].editions[editionIndex] = edition
                    continue
                }
                let person = random.pick(persons)
                let id = try Post.ID(slug("post", posts))
                posts += 1
                dataset.posts.append(
                    Post(
                        id: id, title: text(), owner: .country(delegations[0].country),
                        holders: [
                            Post.Term(person: person, from: edition.date, sources: someSources())
                        ]))
                delegations[0].person = person
                delegations[0].post = id
                try edition.replaceDelegations(with: delegations)
                dataset.forums[forumIndex].editions[editionIndex] = edition
                note("delegation person")
            }
        }
        for index in dataset.agreements.indices where random.chance(0.3) {
            dataset.agreements[index].signers = [
                Agreement.Signer(
                    person: random.pick(persons), country: random.chance(0.5) ? country() : nil)
            ]
            note("signer")
        }
    }

    /// Adds claims on facts: another city of some editions, another date of some meetings.
    ///
    /// Each is sourced and never the preferred value. Made last, so that the rest of a seed's
    /// dataset is what it was before claims were generated.
    mutating func addClaims(to dataset: inout Dataset) throws {
        for forum in dataset.forums.indices {
            for index in dataset.forums[forum].editions.indices where random.chance(0.2) {
                let city = text()
                let sources = someSources()
                guard city != dataset.forums[forum].editions[index].city, !sources.isEmpty else {
                    continue
                }
                dataset.forums[forum].editions[index].claims.append(
                    try Claim(\Edition.city, city, sources: sources, note: optionalText()))
                note("claim.edition")
            }
        }
        for index in dataset.meetings.indices where random.chance(0.3) {
            let date = try anyDate()
            let sources = someSources()
            guard date != dataset.meetings[index].date, !sources.isEmpty else { continue }
            dataset.meetings[index].claims.append(
                try Claim(\Meeting.date, date, sources: sources))
            note("claim.meeting")
        }
    }
}

/// A dataset from ``DatasetGenerator/dataset()``, with the number of violations it
/// acknowledges on purpose.
public struct GeneratedDataset: Sendable {
    /// The dataset: valid, every reference defined, every fact sourced.
    public let dataset: Dataset
    /// How many of its violations its acknowledgements match.
    public let acknowledged: Int
}
