import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

/// Datasets the export tests write: the catalog, and a small one with hostile texts.
enum ExportFixtures {
    /// Every character a format must escape, line breaks of three kinds, control characters,
    /// markup, Korean, Cyrillic and an emoji flag.
    static let hostile =
        "A \"quoted\", name; with \\ back\\slash,\r\nCRLF\nLF\rCR\ttab <b>&amp;</b> 'apos' \u{1}\u{1F} 한국 Қазақстан 🇰🇿"

    /// A Korean name with the characters formats escape (a name holds no control character).
    static let koreanName = "한국 \"연구소\", R&D; <x> \\ 'q'"

    /// A name of 500 characters.
    static let long = String(repeating: "Институт ", count: 55) + "12345"

    /// The built-in catalog.
    static var catalog: Dataset { get throws { try Catalog.dataset } }

    /// A dataset with hostile names, names in other languages and periods, a 500-character
    /// name, empty optional fields, an edition
    /// dated only to a year and one only to a month, and a membership history with a change of
    /// status and a withdrawal.
    static var hostileDataset: Dataset {
        get throws {
            Dataset(
                sources: [
                    Source(
                        id: "news", title: hostile, publisher: "Press, \"Inc\"",
                        published: "2025-06-14",
                        url: try WebAddress("https://news.example.org/a?b=1&c=2")),
                    Source(id: "undated", title: "No date", publisher: "Someone"),
                ],
                institutions: [
                    Institution(
                        id: "hostile", name: hostile, acronym: "H;,\"", kind: .thinkTank,
                        country: .kazakhstan, affiliation: hostile,
                        identifiers: [try ExternalIdentifier(scheme: .wikidata, value: "Q42")],
                        sources: ["news"]),
                    Institution(
                        id: "long", name: long, kind: .university, country: .korea,
                        names: [
                            try LocalizedName(koreanName, language: .korean, sources: ["news"]),
                            try LocalizedName("Old Name", language: .english, until: "2020"),
                            try LocalizedName("New Name", language: .english, from: "2021"),
                        ]),
                    Institution(
                        id: "plain", name: "Plain Institute", kind: .researchCentre,
                        country: .uzbekistan,
                        parent: "long"),
                ],
                forums: [
                    Forum(
                        id: "forum", name: hostile, kind: .thinkTank, established: "2023-11-20",
                        charter: .thinkTankForum,
                        membership: Membership(events: [
                            .founded("hostile", on: "2023-11-20", sources: ["news"]),
                            .founded("long", on: "2023-11-20"),
                            .admitted(
                                "plain", on: "2024-01-10", recommendedBy: ["hostile", "long"],
                                status: .participant),
                            .admitted("plain", on: "2024-06", recommendedBy: ["long"]),
                            .withdrew("hostile", on: "2025"),
                        ]),
                        editions: [
                            try Edition(
                                ordinal: 1, date: "2024-07-30", endDate: "2024-07-31",
                                host: .uzbekistan,
                                city: hostile, organizers: ["hostile", "plain"], sources: ["news"]),
                            try Edition(
                                ordinal: 2, date: "2025-06", host: .kyrgyzstan, city: "Bishkek"),
                            try Edition(ordinal: 3, date: "2026", host: .korea, status: .planned),
                            try Edition(
                                ordinal: 4, date: "2027-12-31", host: .tajikistan,
                                status: .cancelled),
                        ],
                        identifiers: [try ExternalIdentifier(scheme: .wikidata, value: "Q99")],
                        sources: ["news"],
                        names: [try LocalizedName("Форум \"мозговых центров\"", language: .russian)]
                    )
                ])
        }
    }
}

extension ExportFixtures {
    /// A dataset without a record.
    static let empty = Dataset()

    /// A dataset of persons and the posts they hold.
    ///
    /// A country's post whose holder was followed by an acting one still in office, an
    /// institution's post that heads it, not single, a delegation led by a person in a post and
    /// one that names no person, names in other languages, an identifier and a hostile note.
    static var postsDataset: Dataset {
        get throws {
            var secretariat = Institution(
                id: "secretariat", name: "Secretariat", kind: .secretariat, country: .korea)
            secretariat.headPost = "secretariat-head"
            var led = Delegation(
                country: .kazakhstan, head: "Murat Nurtleu", title: "Foreign Minister",
                sources: ["news"])
            led.person = "nurtleu"
            led.post = "kz-foreign-minister"
            var dataset = Dataset(
                sources: [
                    Source(
                        id: "news", title: "Appointed", publisher: "Press",
                        published: "2023-04-03",
                        url: try WebAddress("https://news.example.org/appointed")),
                    Source(id: "undated", title: "No address", publisher: "Someone"),
                ],
                institutions: [secretariat],
                forums: [
                    Forum(
                        id: "forum", name: "Forum", kind: .ministerial,
                        editions: [
                            try Edition(
                                ordinal: 1, date: "2024-11-04", host: .korea,
                                delegations: [led, Delegation(country: .uzbekistan)])
                        ])
                ])
            dataset.persons = [
                Person(
                    id: "nurtleu", name: "Murat Nurtleu",
                    identifiers: [try ExternalIdentifier(scheme: .wikidata, value: "Q4211357")],
                    sources: ["news", "undated"],
                    names: [
                        try LocalizedName("Мурат Нуртлеу", language: .russian),
                        try LocalizedName("무랏 누르틀례우", language: .korean),
                    ]),
                Person(id: "kosherbayev", name: "Yermek Kosherbayev"),
                Person(id: "kim", name: "Kim"),
                Person(id: "lee", name: "Lee"),
            ]
            dataset.posts = [
                Post(
                    id: "kz-foreign-minister", title: "Minister of Foreign Affairs of Kazakhstan",
                    owner: .country(.kazakhstan),
                    holders: [
                        Post.Term(
                            person: "nurtleu", from: "2023-04-03", to: "2025-09-26",
                            sources: ["news"], note: hostile),
                        Post.Term(person: "kosherbayev", from: "2025-09", acting: true),
                    ]),
                Post(
                    id: "secretariat-head", title: "Head of the Secretariat",
                    owner: .institution("secretariat"), single: false,
                    holders: [Post.Term(person: "kim", to: "2020"), Post.Term(person: "lee")],
                    sources: ["news"]),
            ]
            return dataset
        }
    }
}

/// The lines of a text split at CRLF, without the empty one after the last CRLF.
func crlfLines(_ data: Data) -> [String] {
    var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
    if lines.last == "" { lines.removeLast() }
    return lines
}
