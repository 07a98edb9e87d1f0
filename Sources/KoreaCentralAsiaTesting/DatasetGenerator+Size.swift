public import KoreaCentralAsia

extension DatasetGenerator {
    /// The size of one large generated dataset: see ``DatasetGenerator/dataset(of:seed:)``.
    public struct Size: Sendable, Hashable {
        /// Forums, each with a charter, an agreement and a meeting.
        public var forums: Int
        /// Institutions; at least 3 (a forum's founders recommend the others).
        public var institutions: Int
        /// Membership events, over all forums.
        public var events: Int
        /// Editions, over all forums.
        public var editions: Int

        /// Creates a size.
        public init(forums: Int, institutions: Int, events: Int, editions: Int) {
            self.forums = forums
            self.institutions = institutions
            self.events = events
            self.editions = editions
        }
    }

    /// One valid dataset of a given size, the same for the same seed: for benchmarks and for
    /// tests of code that must scale.
    ///
    /// ```swift
    /// let size = DatasetGenerator.Size(
    ///     forums: 20, institutions: 200, events: 10_000, editions: 1_000)
    /// let dataset = try DatasetGenerator.dataset(of: size, seed: 1)
    /// ```
    ///
    /// - Throws: ``GeneratorError`` when the size is impossible (see ``check(_:)``).
    /// - Complexity: O(*n*) in the number of records.
    public static func dataset(of size: Size, seed: UInt64) throws -> Dataset {
        var builder = SizedBuilder(size, seed: seed)
        return try builder.generate()
    }

    /// Checks that a size is possible, before any work.
    ///
    /// - Throws: ``GeneratorError`` saying which count is out of range and why.
    public static func check(_ size: Size) throws(GeneratorError) {
        try SizedBuilder.check(size)
    }
}

/// Why the generator cannot make a dataset.
public struct GeneratorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, as one sentence.
    public var description: String
}

/// Generates a valid interchange document of a given size, deterministically for a seed.
///
/// Valid by construction:
/// - each forum's editions are the library's own plan (`Charter.plan`) from the charter's first
///   edition, one a year, so rotation, cadence and ordinals hold;
/// - each forum's membership is a replay in strictly increasing days: three founders on the
///   establishment date, then admissions of non-members on the recommendation of one or two
///   institutions that are members on that day, and withdrawals of members or participants
///   (the forum always keeps at least one member to recommend);
/// - every identifier is defined once, every reference names a defined entity, every fact names
///   a source, and each forum's charter repeats the provisions of the agreement that
///   establishes it.
///
/// The caller checks the result with `Dataset.validate()` anyway.
private struct SizedBuilder {
    let config: DatasetGenerator.Size
    private var random: SeededRandom
    private var sourceIDs: [Source.ID] = []
    private var institutionIDs: [Institution.ID] = []

    init(_ config: DatasetGenerator.Size, seed: UInt64) {
        self.config = config
        random = SeededRandom(seed: seed)
    }

    /// The size of each of `parts` shares of `total`, the first ones one larger.
    static func share(_ total: Int, among parts: Int, index: Int) -> Int {
        total / parts + (index < total % parts ? 1 : 0)
    }

    /// Checks that the sizes are possible, before any work.
    static func check(_ config: DatasetGenerator.Size) throws(GeneratorError) {
        guard config.forums >= 1 else {
            throw GeneratorError(description: "--forums must be at least 1")
        }
        guard config.institutions >= 3 else {
            throw GeneratorError(
                description: "--institutions must be at least 3 (founders recommend others)")
        }
        guard config.events >= 0, config.editions >= 0 else {
            throw GeneratorError(description: "--events and --editions must not be negative")
        }
        let editionsPerForum = share(config.editions, among: config.forums, index: 0)
        guard editionsPerForum <= 7_000 else {
            throw GeneratorError(
                description:
                    "\(editionsPerForum) editions per forum do not fit in the years up to 9999 (at most 7,000 per forum; add forums)"
            )
        }
        let eventsPerForum = share(config.events, among: config.forums, index: 0)
        guard eventsPerForum <= 2_500_000 else {
            throw GeneratorError(
                description:
                    "\(eventsPerForum) membership events per forum do not fit one a day before 9999 (at most 2,500,000 per forum; add forums)"
            )
        }
    }

    mutating func generate() throws -> Dataset {
        try Self.check(config)
        let sources = try makeSources()
        let institutions = try makeInstitutions()
        var forums: [Forum] = []
        var agreements: [Agreement] = []
        var meetings: [Meeting] = []
        for index in 0..<config.forums {
            let (forum, agreement, meeting) = try makeForum(index)
            forums.append(forum)
            agreements.append(agreement)
            meetings.append(meeting)
        }
        var dataset = Dataset(
            sources: sources, institutions: institutions, partnerships: try makePartnerships(),
            forums: forums, agreements: agreements, meetings: meetings,
            indicators: try makeIndicators(), initiatives: try makeInitiatives())
        try addFormats(to: &dataset)
        return dataset
    }

    /// Makes the forums tracks of one format, with what schema version 2 adds.
    ///
    /// Each forum gets a second charter period (the same rules, observed in practice from the
    /// middle edition on), each edition its delegations, each planned one its schedule. Nothing
    /// is drawn
    /// from the random numbers, so that the rest of a seed's dataset is what it was, and
    /// nothing breaks a rule.
    private func addFormats(to dataset: inout Dataset) throws {
        guard let source = dataset.sources.first?.id else { return }
        let format = DialogueFormat(
            id: "generated-format", name: "Generated Format", partner: .country(.korea),
            established: dataset.forums.compactMap(\.established).min(), sources: [source],
            names: [try LocalizedName("생성된 협력 체제", language: .korean)])
        dataset.formats = [format]
        for index in dataset.forums.indices {
            var forum = dataset.forums[index]
            forum.format = format.id
            if let charter = forum.charter, let last = forum.editions.last?.ordinal, last > 2 {
                forum.charters.append(
                    CharterPeriod(
                        from: .edition(last / 2 + 1), charter: charter, force: .practice,
                        agreement: forum.establishedBy, sources: [source],
                        note: "the same rules, as observed"))
            }
            for position in forum.editions.indices {
                let edition = forum.editions[position]
                var delegations = [
                    Delegation(country: .korea, title: "Minister", level: .foreignMinister)
                ]
                if edition.host != .korea {
                    delegations.append(
                        Delegation(
                            country: edition.host, title: "Minister", level: .foreignMinister))
                }
                try forum.editions[position].replaceDelegations(with: delegations)
                if edition.status == .planned {
                    let announced = try PartialDate(year: edition.date.year - 1)
                    try forum.editions[position].reschedule(
                        to: edition.date, endDate: edition.endDate,
                        schedule: [
                            Announcement(
                                announced: announced, date: edition.date, sources: [source])
                        ])
                }
            }
            dataset.forums[index] = forum
        }
    }

    // MARK: - Entities

    private mutating func makeSources() throws -> [Source] {
        let count = max(10, min(1_000, (config.events + config.editions) / 1_000))
        var sources: [Source] = []
        for number in 1...count {
            let id = try Source.ID("source-" + padded(number, 4))
            sourceIDs.append(id)
            sources.append(
                Source(
                    id: id, title: "Generated source \(number)", publisher: "kca-benchmark",
                    published: try PartialDate(year: 2000 + number % 25, month: 1 + number % 12),
                    url: try WebAddress("https://example.org/kca-benchmark/sources/\(number)"),
                    retrieved: "2026-12-05", language: .english,
                    quotes: [try Source.Quote("Generated source \(number) states its facts.")]))
        }
        return sources
    }

    private mutating func makeInstitutions() throws -> [Institution] {
        let countries = Country.known
        let kinds = Institution.Kind.allCases
        let width = max(6, String(config.institutions).count)
        var institutions: [Institution] = []
        institutions.reserveCapacity(config.institutions)
        for number in 1...config.institutions {
            let id = try Institution.ID("inst-" + padded(number, width))
            institutionIDs.append(id)
            let parent =
                number > 1 && random.chance(percent: 10)
                ? institutionIDs[random.below(number - 1)] : nil
            let identifiers =
                random.chance(percent: 20)
                ? [try ExternalIdentifier(scheme: .wikidata, value: "Q\(100_000 + number)")] : []
            institutions.append(
                Institution(
                    id: id, name: "Institute \(number) for Strategic Studies",
                    acronym: "IS\(number)",
                    kind: random.pick(kinds), country: random.pick(countries),
                    affiliation: random.chance(percent: 30)
                        ? "under the Ministry of Foreign Affairs" : nil,
                    parent: parent, identifiers: identifiers, sources: [randomSource()],
                    names: try names(number)))
        }
        return institutions
    }

    private mutating func makeForum(_ index: Int) throws -> (Forum, Agreement, Meeting) {
        let number = index + 1
        let forumID = try Forum.ID("forum-" + padded(number, 3))
        let agreementID = try Agreement.ID("agreement-" + padded(number, 3))
        let editionCount = Self.share(config.editions, among: config.forums, index: index)
        let eventCount = Self.share(config.events, among: config.forums, index: index)
        // The first edition in 2024, or earlier when the editions would run past 9999.
        let firstYear = min(2024, 9999 - max(editionCount, 1) + 1)
        let lastYear = firstYear + max(editionCount, 1) - 1
        let established = try day(random.below(365), ofYear: firstYear - 1)

        let group = rotated(Country.centralAsia, by: index)
        let charter = Charter(
            cadence: .annual, rotation: try Charter.Rotation(pivot: .korea, group: group),
            firstEdition: try Charter.FirstEdition(year: firstYear, host: .korea),
            admission: try Charter.AdmissionPolicy(minimumRecommenders: 1))
        let (membership, founders) = try makeMembership(
            count: eventCount, established: established, lastYear: lastYear)
        let editions = try makeEditions(charter: charter, count: editionCount, firstYear: firstYear)

        let forum = Forum(
            id: forumID, name: "Generated Forum \(number)", kind: .thinkTank,
            established: established, establishedBy: agreementID, secretariat: founders.first,
            charter: charter, membership: membership, editions: editions,
            sources: [randomSource()],
            names: [try LocalizedName("생성된 포럼 \(number)", language: .korean)])
        let agreement = try Agreement(
            id: agreementID, title: "Joint Statement establishing Generated Forum \(number)",
            kind: .jointStatement, date: established, place: Place(city: "Seoul", country: .korea),
            signatories: founders, countries: [.korea] + group, establishes: forumID,
            provisions: [
                .cadence(.annual), .reciprocity(pivot: .korea, group: group),
                .firstEdition(year: firstYear, host: .korea),
                .admissionByRecommendation(minimumRecommenders: 1),
                .text(
                    "The forum will convene on an annual basis, based on the principle of reciprocity."
                ),
            ],
            sources: [randomSource()])
        let host = random.pick(group)
        let meeting = Meeting(
            id: try Meeting.ID("meeting-" + padded(number, 3)),
            title: "Preparatory meeting of Generated Forum \(number)", date: established,
            place: Place(city: host.capital, country: host), host: founders.first,
            participants: Array(founders.dropFirst()), countries: [.korea, host], forum: forumID,
            topics: [.climateChange, .energySecurity, .criticalMinerals], sources: [randomSource()])
        return (forum, agreement, meeting)
    }

    /// Replays a membership history that breaks no rule: see the type's documentation.
    private mutating func makeMembership(count: Int, established: PartialDate, lastYear: Int)
        throws -> (Membership, [Institution.ID])
    {
        let institutionCount = institutionIDs.count
        let founderCount = min(3, count)
        // 0 outsider, 1 member, 2 participant; `slot` is the position in `members` or
        // `participants`, for removal in O(1).
        var standing = [UInt8](repeating: 0, count: institutionCount)
        var slot = [Int](repeating: 0, count: institutionCount)
        var members: [Int] = []
        var participants: [Int] = []
        func add(_ institution: Int, as status: UInt8) {
            standing[institution] = status
            if status == 1 {
                slot[institution] = members.count
                members.append(institution)
            } else {
                slot[institution] = participants.count
                participants.append(institution)
            }
        }
        func remove(_ institution: Int) {
            let position = slot[institution]
            if standing[institution] == 1 {
                members.swapAt(position, members.count - 1)
                slot[members[position]] = position
                members.removeLast()
            } else {
                participants.swapAt(position, participants.count - 1)
                slot[participants[position]] = position
                participants.removeLast()
            }
            standing[institution] = 0
        }

        var events: [Membership.Event] = []
        events.reserveCapacity(count)
        var founders: [Institution.ID] = []
        while founders.count < founderCount {
            let candidate = random.below(institutionCount)
            guard standing[candidate] == 0 else { continue }
            add(candidate, as: 1)
            founders.append(institutionIDs[candidate])
            events.append(
                .founded(institutionIDs[candidate], on: established, sources: [randomSource()]))
        }

        let rest = count - founderCount
        guard rest > 0 else { return (Membership(events: events), founders) }
        let firstDay = established.firstDay + 1
        let lastDay = max(
            try PartialDate(year: lastYear, month: 12, day: 31).lastDay, firstDay + rest)
        let gap = (lastDay - firstDay + 1) / rest
        let target = max(2, min(40, institutionCount * 3 / 4))
        for step in 0..<rest {
            let date = try date(ofDay: firstDay + step * gap + random.below(gap))
            let size = members.count + participants.count
            let canWithdraw = members.count > 1 || !participants.isEmpty
            let canAdmit = members.count + 0 < institutionCount
            let admit =
                !canWithdraw || (canAdmit && random.chance(percent: size < target ? 75 : 25))
            if admit {
                let candidate = pickNonMember(standing)
                let status: Membership.Status =
                    standing[candidate] == 2 || random.chance(percent: 85) ? .member : .participant
                var recommenders = [random.pick(members)]
                if members.count > 1 && random.chance(percent: 30) {
                    var second = random.pick(members)
                    while second == recommenders[0] { second = random.pick(members) }
                    recommenders.append(second)
                }
                if standing[candidate] != 0 { remove(candidate) }
                add(candidate, as: status == .member ? 1 : 2)
                events.append(
                    .admitted(
                        institutionIDs[candidate], on: date,
                        recommendedBy: recommenders.map { institutionIDs[$0] }, status: status,
                        sources: [randomSource()]))
            } else {
                let leaving: Int
                if members.count > 1 && (participants.isEmpty || random.chance(percent: 80)) {
                    leaving = random.pick(members)
                } else {
                    leaving = random.pick(participants)
                }
                remove(leaving)
                events.append(
                    .withdrew(institutionIDs[leaving], on: date, sources: [randomSource()]))
            }
        }
        return (Membership(events: events), founders)
    }

    /// A random institution that is not a member (an outsider or a participant).
    private mutating func pickNonMember(_ standing: [UInt8]) -> Int {
        for _ in 0..<32 {
            let candidate = random.below(standing.count)
            if standing[candidate] != 1 { return candidate }
        }
        let start = random.below(standing.count)
        for offset in 0..<standing.count where standing[(start + offset) % standing.count] != 1 {
            return (start + offset) % standing.count
        }
        return start  // unreachable: the caller checks that a non-member exists
    }

    /// The library's own plan from the first edition, as held (through 2025) and planned
    /// editions.
    private mutating func makeEditions(charter: Charter, count: Int, firstYear: Int) throws
        -> [Edition]
    {
        guard count > 0 else { return [] }
        let plan = try charter.plan(after: [], through: firstYear + count - 1)
        let modes: [Edition.Mode?] = [.inPerson, .inPerson, .hybrid, .virtual, nil]
        return try plan.map { planned in
            try Edition(
                ordinal: planned.ordinal, date: try day(random.below(365), ofYear: planned.year),
                host: planned.host, city: planned.host.capital,
                status: planned.year <= 2025 ? .held : .planned, mode: random.pick(modes),
                level: random.chance(percent: 10) ? .ministerial : nil,
                organizers: [institutionIDs[random.below(institutionIDs.count)]],
                sources: [randomSource()])
        }
    }

    private mutating func makePartnerships() throws -> [Partnership] {
        let special: Set<Country> = [.kazakhstan, .uzbekistan]
        return try Country.centralAsia.map { country in
            var stages = [
                Partnership.Stage(
                    level: .diplomaticRelations,
                    since: try PartialDate(year: 1992, month: 1 + random.below(12)),
                    sources: [randomSource()]),
                Partnership.Stage(
                    level: .strategicPartnership,
                    since: try PartialDate(year: 2006 + random.below(10)),
                    sources: [randomSource()]),
            ]
            if special.contains(country) {
                stages.append(
                    Partnership.Stage(
                        level: .specialStrategicPartnership,
                        since: try PartialDate(year: 2019 + random.below(6)),
                        sources: [randomSource()]))
            }
            return Partnership(countries: (.korea, country), stages: stages)
        }
    }

    private mutating func makeIndicators() throws -> [Indicator] {
        var amount = 15_000_000.0
        var indicators: [Indicator] = []
        for year in 1992...2024 {
            amount *= 1.0 + Double(random.below(40)) / 100
            indicators.append(
                Indicator(
                    id: try Indicator.ID("trade-kr-ca-\(year)"), measure: .tradeTurnover,
                    between: .country(.korea), and: .centralAsia, year: year,
                    value: try Figure(
                        amount: amount.rounded(), currency: .usd, bound: .approximately),
                    sources: [randomSource()]))
            if year % 3 == 0 {
                // A second source's claim of the same figure, within the first's margin.
                indicators.append(
                    Indicator(
                        id: try Indicator.ID("trade-kr-ca-\(year)-second-claim"),
                        measure: .tradeTurnover, between: .centralAsia, and: .country(.korea),
                        year: year,
                        value: try Figure(
                            amount: (amount * 0.97).rounded(), currency: .usd, bound: .moreThan),
                        sources: [randomSource()]))
            }
        }
        return indicators
    }

    private mutating func makeInitiatives() throws -> [Initiative] {
        let parent: Initiative.ID = "generated-new-asia-initiative"
        return [
            Initiative(
                id: parent, name: "Generated New Asia Initiative", country: .korea,
                announced: try PartialDate(year: 2009, month: 3, day: 8),
                place: Place(city: "Jakarta", country: try Country("ID")), sources: [randomSource()]
            ),
            Initiative(
                id: "generated-silk-road-diplomacy", name: "Generated Silk Road Diplomacy",
                country: .korea, announced: try PartialDate(year: 2009), parent: parent,
                sources: [randomSource()]),
        ]
    }

    // MARK: - Helpers

    /// An institution's names: one in Korean, and for every third a Russian one in use from a
    /// renaming in 2021.
    private mutating func names(_ number: Int) throws -> [LocalizedName] {
        var names = [
            try LocalizedName("연구소 \(number)", language: .korean, sources: [randomSource()])
        ]
        if number % 3 == 0 {
            names.append(
                try LocalizedName(
                    "Институт \(number)", language: .russian, from: try PartialDate(year: 2021)))
        }
        return names
    }

    private mutating func randomSource() -> Source.ID { sourceIDs[random.below(sourceIDs.count)] }

    private func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func rotated(_ countries: [Country], by offset: Int) -> [Country] {
        (0..<countries.count).map { countries[($0 + offset) % countries.count] }
    }

    /// The day `offset` (0 to 364) of a year, at day precision.
    private func day(_ offset: Int, ofYear year: Int) throws -> PartialDate {
        try date(ofDay: try PartialDate(year: year).firstDay + offset)
    }

    /// A day-precision date from a count of days since 1970-01-01.
    private func date(ofDay days: Int) throws -> PartialDate {
        let civil = civilDate(fromDays: days)
        return try PartialDate(year: civil.year, month: civil.month, day: civil.day)
    }
}

/// The civil date of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`);
/// kca-benchmark's report uses it too.
package func civilDate(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}
