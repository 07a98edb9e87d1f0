/// One dialogue format as a comparison sees it: its partner, when it began, its first
/// ministerial and leaders' meetings, its tracks with their editions and rules, its secretariat,
/// and its last and next editions, all as of a date.
///
/// ```swift
/// let all = try Catalog.dataset.merging(Catalog.comparators)
/// for row in all.formatSummaries() {
///     print(row.partner, row.established, row.firstLeadersMeeting?.date)
/// }
/// ```
///
/// ``Dataset/formatSummaries(asOf:)`` makes one for each format, sorted by founding.
public struct FormatSummary: Sendable, Hashable, Codable {
    /// The format.
    public var format: DialogueFormat.ID
    /// The format's name, in English.
    public var name: String
    /// The partner of the Central Asian states.
    public var partner: Party
    /// Whether the partner is the Republic of Korea, the format this library is about.
    package var isKorea: Bool
    /// When the format began, when known.
    public var established: PartialDate?
    /// The earliest edition held of its ministerial tracks, as of the date.
    public var firstMinisterial: EditionReference?
    /// The earliest edition held of its summit tracks, as of the date.
    public var firstLeadersMeeting: EditionReference?
    /// Its tracks, in the dataset's order, each with its editions held and its rules.
    public var tracks: [Track]
    /// Its secretariat, when the record names one.
    public var secretariat: Secretariat?
    /// The latest edition held, of any track, as of the date.
    public var lastEdition: EditionReference?
    /// The earliest edition not yet held as of the date, of any track (planned, postponed, or
    /// held later); `nil` when the record has none.
    public var nextEdition: EditionReference?

    /// Creates a summary.
    package init(
        format: DialogueFormat.ID, name: String, partner: Party, isKorea: Bool,
        established: PartialDate? = nil, firstMinisterial: EditionReference? = nil,
        firstLeadersMeeting: EditionReference? = nil, tracks: [Track] = [],
        secretariat: Secretariat? = nil, lastEdition: EditionReference? = nil,
        nextEdition: EditionReference? = nil
    ) {
        self.format = format
        self.name = name
        self.partner = partner
        self.isKorea = isKorea
        self.established = established
        self.firstMinisterial = firstMinisterial
        self.firstLeadersMeeting = firstLeadersMeeting
        self.tracks = tracks
        self.secretariat = secretariat
        self.lastEdition = lastEdition
        self.nextEdition = nextEdition
    }

    /// One edition of one track, as the comparison names it.
    public struct EditionReference: Sendable, Hashable, Codable {
        /// The track.
        public var forum: Forum.ID
        /// The edition's ordinal in its track.
        public var ordinal: Int
        /// Its date (for a postponed edition, the latest date announced).
        public var date: PartialDate
        /// Its host.
        public var host: Country
        /// Its city, when known.
        public var city: String?
        /// Whether it was held, is planned, or is postponed.
        public var status: Edition.Status

        /// Creates a reference.
        package init(
            forum: Forum.ID, ordinal: Int, date: PartialDate, host: Country, city: String? = nil,
            status: Edition.Status = .held
        ) {
            self.forum = forum
            self.ordinal = ordinal
            self.date = date
            self.host = host
            self.city = city
            self.status = status
        }

        /// The reference to an edition of a track.
        package init(_ edition: Edition, of forum: Forum.ID) {
            self.init(
                forum: forum, ordinal: edition.ordinal, date: edition.date, host: edition.host,
                city: edition.city, status: edition.status)
        }
    }

    /// One track of the format: its kind, how many editions it held, and the rules in force.
    public struct Track: Sendable, Hashable, Codable {
        /// The forum.
        public var forum: Forum.ID
        /// Its name, in English.
        public var name: String
        /// Its kind: ministerial, summit, senior officials and so on.
        public var kind: Forum.Kind
        /// The editions held as of the date.
        public var editionsHeld: Int
        /// How often it meets, by the charter period in force on the date.
        public var cadence: Charter.Cadence?
        /// Who hosts, by the charter period in force on the date.
        public var rotation: Charter.Rotation?
        /// How binding that period is; `nil` when no period is in force.
        public var force: CharterPeriod.Force?
        /// The agreement that set the period, when one did.
        public var agreement: Agreement.ID?

        /// Creates a track.
        package init(
            forum: Forum.ID, name: String, kind: Forum.Kind, editionsHeld: Int,
            cadence: Charter.Cadence? = nil, rotation: Charter.Rotation? = nil,
            force: CharterPeriod.Force? = nil, agreement: Agreement.ID? = nil
        ) {
            self.forum = forum
            self.name = name
            self.kind = kind
            self.editionsHeld = editionsHeld
            self.cadence = cadence
            self.rotation = rotation
            self.force = force
            self.agreement = agreement
        }
    }

    /// A format's secretariat: the institution, where it sits and since when.
    public struct Secretariat: Sendable, Hashable, Codable {
        /// The institution.
        public var institution: Institution.ID
        /// Its name, in English.
        public var name: String
        /// The country of its seat.
        public var country: Country
        /// The city of its seat, when known.
        public var city: String?
        /// When it was established, when known.
        public var established: PartialDate?

        /// Creates a secretariat.
        package init(
            institution: Institution.ID, name: String, country: Country, city: String? = nil,
            established: PartialDate? = nil
        ) {
            self.institution = institution
            self.name = name
            self.country = country
            self.city = city
            self.established = established
        }
    }
}

extension Dataset {
    /// Every dialogue format side by side, as of a date: partner, founding, first ministerial
    /// and leaders' meetings, editions per track, the rules in force, the secretariat, and the
    /// last and next editions.
    ///
    /// An edition counts as held when its status is held and its date does not definitely follow
    /// the date; one held later, planned or postponed is a candidate for the next edition, and
    /// cancelled ones count for nothing. The rules of each track are those of the charter period
    /// in force on the date (``Forum/charter(on:)``).
    ///
    /// ```swift
    /// let rows = try Catalog.dataset.merging(Catalog.comparators).formatSummaries()
    /// rows.first?.partner  // .country(.japan): the Japan dialogue began in 2004
    /// ```
    ///
    /// - Parameter date: The date to compare on; the dataset's ``asOf`` when `nil`, and every
    ///   recorded edition when neither is known.
    /// - Returns: One summary per format, sorted by founding (formats with no founding date
    ///   last), then by id.
    public func formatSummaries(asOf date: PartialDate? = nil) -> [FormatSummary] {
        let date = date ?? asOf
        func isHeld(_ edition: Edition) -> Bool {
            edition.status == .held && !(date.map { edition.date.definitelyFollows($0) } ?? false)
        }
        func earliest(_ editions: [(Forum, Edition)]) -> FormatSummary.EditionReference? {
            editions.min { ($0.1.date, $0.1.ordinal) < ($1.1.date, $1.1.ordinal) }
                .map { FormatSummary.EditionReference($0.1, of: $0.0.id) }
        }
        let summaries = formats.map { format in
            let tracks = self.tracks(of: format.id)
            let all = tracks.flatMap { track in track.editions.map { (track, $0) } }
            let held = all.filter { isHeld($0.1) }
            let upcoming = all.filter { $0.1.status != .cancelled && !isHeld($0.1) }
            let secretariat = format.secretariat.flatMap(institution).map {
                FormatSummary.Secretariat(
                    institution: $0.id, name: $0.name, country: $0.country, city: $0.city,
                    established: $0.established)
            }
            return FormatSummary(
                format: format.id, name: format.name, partner: format.partner,
                isKorea: format.partner == .country(.korea), established: format.established,
                firstMinisterial: earliest(held.filter { $0.0.kind == .ministerial }),
                firstLeadersMeeting: earliest(held.filter { $0.0.kind == .summit }),
                tracks: tracks.map { track in
                    let period = date.map { track.charter(on: $0) } ?? track.charters.last
                    return FormatSummary.Track(
                        forum: track.id, name: track.name, kind: track.kind,
                        editionsHeld: track.editions.filter(isHeld).count,
                        cadence: period?.charter.cadence, rotation: period?.charter.rotation,
                        force: period?.force, agreement: period?.agreement)
                },
                secretariat: secretariat,
                lastEdition: held.max { ($0.1.date, $0.1.ordinal) < ($1.1.date, $1.1.ordinal) }
                    .map { FormatSummary.EditionReference($0.1, of: $0.0.id) },
                nextEdition: earliest(upcoming))
        }
        return summaries.sorted { lhs, rhs in
            switch (lhs.established, rhs.established) {
            case (let a?, let b?) where a != b: a < b
            case (.some, nil): true
            case (nil, .some): false
            default: lhs.format < rhs.format
            }
        }
    }
}
