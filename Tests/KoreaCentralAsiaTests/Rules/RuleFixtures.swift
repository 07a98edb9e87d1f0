import KoreaCentralAsia
import Testing

/// The records the rule tests share: the real Korea–Central Asia Think Tank Forum as the Joint
/// Statement of 20 November 2023 set it up and as it met (Tashkent 2024, Bishkek 2025), and
/// builders for the made-up histories each rule is tried on.
enum RuleFixtures {
    // MARK: The real Think Tank Forum

    static let forumID: Forum.ID = "korea-central-asia-think-tank-forum"
    static let jointStatementID: Agreement.ID = "joint-statement-think-tank-forum-2023"
    static let established: PartialDate = "2023-11-20"
    static let roundtable: Source.ID = "nca-2023-11-21-think-tank-roundtable"

    /// The six parties of the Joint Statement, in its order.
    static let founders: [Institution.ID] = [
        "korea-foundation", "kaziss", "nisi", "csr-tajikistan", "embassy-of-turkmenistan-in-korea",
        "iica",
    ]

    /// The words a made-up source quotes, so that the record is cited as the rules ask.
    static let quote = valid { try Source.Quote("Made-up words that state the facts.") }

    static let sources: [Source] = [
        Source(
            id: "nca-2023-11-21-think-tank-roundtable",
            title: "Central Asian countries and Korea launch forum of think tanks",
            publisher: "nCa (News Central Asia)", published: "2023-11-21",
            retrieved: "2026-12-05", quotes: [quote]),
        Source(
            id: "nca-2024-07-31", title: "Korea–Central Asia Think Tank Forum held in Tashkent",
            publisher: "nCa (News Central Asia)", published: "2024-07-31",
            retrieved: "2026-12-05", quotes: [quote]),
        Source(
            id: "uzdaily-2024-07", title: "Tashkent hosts the Korea–Central Asia Think Tank Forum",
            publisher: "UzDaily", published: "2024-07",
            retrieved: "2026-12-05", quotes: [quote]),
        Source(
            id: "mts-tj-2022", title: "Second Korea–Central Asia Think Tank Forum in Bishkek",
            publisher: "Ministry of Foreign Affairs of Tajikistan", published: "2025-06",
            retrieved: "2026-12-05", quotes: [quote]),
    ]

    static let institutions: [Institution] = [
        institution("korea-foundation", "Korea Foundation", .foundation, .korea),
        institution(
            "kaziss", "Kazakhstan Institute for Strategic Studies", .thinkTank, .kazakhstan),
        institution("nisi", "National Institute for Strategic Studies", .thinkTank, .kyrgyzstan),
        institution("csr-tajikistan", "Center for Strategic Research", .thinkTank, .tajikistan),
        institution(
            "embassy-of-turkmenistan-in-korea", "Embassy of Turkmenistan in the Republic of Korea",
            .embassy, .turkmenistan),
        institution("iica", "International Institute for Central Asia", .thinkTank, .uzbekistan),
        institution(
            "korea-central-asia-cooperation-forum-secretariat",
            "Korea–Central Asia Cooperation Forum Secretariat", .secretariat, .korea),
        institution(
            "isrs", "Institute for Strategic and Regional Studies", .thinkTank, .uzbekistan),
    ]

    /// The Joint Statement on Launching the Korea–Central Asia Think Tank Forum.
    static let jointStatement = Agreement(
        id: jointStatementID,
        title: "Joint Statement on Launching the Korea-Central Asia Think Tank Forum",
        kind: .jointStatement, date: "2023-11-20", place: Place(city: "Seoul", country: .korea),
        signatories: founders, establishes: forumID,
        provisions: [
            .cadence(.annual),
            .reciprocity(pivot: .korea, group: Country.centralAsia),
            valid { try .firstEdition(year: 2024, host: .korea) },
            .text("The forum members will participate in in-depth discussions."),
            valid { try .admissionByRecommendation(minimumRecommenders: 1) },
        ],
        sources: [roundtable])

    /// The 1st forum: Tashkent, 30 July 2024.
    static let tashkent = valid {
        try Edition(
            ordinal: 1, date: "2024-07-30", host: .uzbekistan, city: "Tashkent",
            organizers: ["iica", "korea-central-asia-cooperation-forum-secretariat"],
            sources: ["nca-2024-07-31", "uzdaily-2024-07"])
    }

    /// The 2nd forum: Bishkek, 13 June 2025.
    static let bishkek = valid {
        try Edition(
            ordinal: 2, date: "2025-06-13", host: .kyrgyzstan, city: "Bishkek",
            organizers: ["nisi", "korea-foundation"], sources: ["mts-tj-2022"])
    }

    static let foundingEvents: [Membership.Event] = founders.map {
        .founded($0, on: established, sources: [roundtable])
    }

    static let thinkTankForum = Forum(
        id: forumID, name: "Korea–Central Asia Think Tank Forum", kind: .thinkTank,
        established: established, establishedBy: jointStatementID, secretariat: "korea-foundation",
        charter: .thinkTankForum, membership: Membership(events: foundingEvents),
        editions: [tashkent, bishkek], sources: [roundtable])

    static let firstEditionSubject: Subject =
        "forums[korea-central-asia-think-tank-forum].editions[1]"
    static let secondEditionSubject: Subject =
        "forums[korea-central-asia-think-tank-forum].editions[2]"

    static let acknowledgements: [Acknowledgement] = [
        Acknowledgement(
            code: .rotationFirstEdition, subject: firstEditionSubject,
            note: "The first forum met in Tashkent, not in Korea.",
            sources: ["nca-2024-07-31"]),
        Acknowledgement(
            code: .rotationReciprocity, subject: secondEditionSubject,
            note: "Bishkek followed Tashkent: two Central Asian hosts in a row.",
            sources: ["mts-tj-2022"]),
    ]

    /// The real history as a dataset: the forum, its institutions, sources and Joint Statement.
    static let thinkTankDataset = dataset(thinkTankForum)

    // MARK: Builders

    static func institution(
        _ id: Institution.ID, _ name: String, _ kind: Institution.Kind, _ country: Country
    ) -> Institution {
        Institution(id: id, name: name, kind: kind, country: country, sources: [roundtable])
    }

    /// A dataset around forums, with every institution, source and the Joint Statement defined.
    static func dataset(
        _ forums: Forum..., acknowledgements: [Acknowledgement] = []
    ) -> Dataset {
        Dataset(
            sources: sources, institutions: institutions, forums: forums,
            agreements: [jointStatement], acknowledgements: acknowledgements)
    }

    /// An edition of a made-up history.
    static func edition(
        _ ordinal: Int, _ date: PartialDate, _ host: Country, _ status: Edition.Status = .held
    ) -> Edition {
        valid { try Edition(ordinal: ordinal, date: date, host: host, status: status) }
    }

    /// Held editions numbered from 1, one a year from `year`, hosted in the order given.
    static func history(from year: Int, hosts: [Country]) throws -> [Edition] {
        try hosts.enumerated().map { offset, host in
            try Edition(ordinal: offset + 1, date: try PartialDate(year: year + offset), host: host)
        }
    }

    /// The Think Tank Forum with another charter, editions or membership.
    static func forum(
        charter: Charter? = .thinkTankForum, editions: [Edition] = [],
        membership: [Membership.Event] = foundingEvents
    ) -> Forum {
        var forum = thinkTankForum
        forum.charters = charter.map { [CharterPeriod(charter: $0)] } ?? []
        forum.editions = editions
        forum.membership = Membership(events: membership)
        return forum
    }

    /// The subject of an edition of the Think Tank Forum.
    static func editionSubject(_ ordinal: Int) -> String {
        "forums[korea-central-asia-think-tank-forum].editions[\(ordinal)]"
    }

    /// The subject of a membership event of the Think Tank Forum.
    static func membershipSubject(_ key: String) -> String {
        "forums[korea-central-asia-think-tank-forum].membership[\(key)]"
    }

    /// The violations of one code.
    static func only(_ code: RuleCode, in violations: [Violation]) -> [Violation] {
        violations.filter { $0.code == code }
    }
}
