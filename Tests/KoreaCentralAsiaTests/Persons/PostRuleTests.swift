import Foundation
import KoreaCentralAsia
import Testing

/// Persons, posts and the terms of their holders (schema version 3): each rule firing and each
/// near miss, the references, the queries and the wire format.
@Suite("Persons and the posts they hold")
struct PostRuleTests {
    static func term(
        _ person: Person.ID, _ from: PartialDate?, _ to: PartialDate?, acting: Bool = false
    ) -> Post.Term {
        Post.Term(person: person, from: from, to: to, acting: acting, sources: ["s"])
    }

    static func minister(_ holders: [Post.Term], single: Bool = true) -> Post {
        Post(
            id: "kz-foreign-minister", title: "Minister of Foreign Affairs of Kazakhstan",
            owner: .country(.kazakhstan), single: single, holders: holders)
    }

    static func codes(_ posts: [Post]) -> [String] {
        var dataset = Dataset()
        dataset.posts = posts
        return PostRule().check(dataset).map { "\($0.code) \($0.subject)" }
    }

    @Test(
        "Two persons in one person's post on days that definitely overlap is an error; near misses are not",
        arguments: [
            // Definite overlaps.
            ("2023-04-03", "2025-09-26", "2025-06-01", nil, true),
            ("2023", "2025", "2024", "2026", true),
            ("2023-04-03", nil, "2025-09-26", nil, true),
            // A handover on one day.
            ("2023-04-03", "2025-09-26", "2025-09-26", nil, false),
            // Partial dates that only may overlap.
            ("2023-04-03", "2025-09", "2025-09-26", nil, false),
            ("2023", "2025", "2025", nil, false),
            // One after the other, and a term with no start, which cannot definitely overlap.
            ("2019-09-18", "2023-04-03", "2023-04-03", "2025-09-26", false),
            (nil, "2025-09-26", "2025-01-01", nil, false),
        ] as [(PartialDate?, PartialDate?, PartialDate?, PartialDate?, Bool)])
    func concurrentHolders(
        firstFrom: PartialDate?, firstTo: PartialDate?, secondFrom: PartialDate?,
        secondTo: PartialDate?, fires: Bool
    ) {
        let post = Self.minister([
            Self.term("murat-nurtleu", firstFrom, firstTo),
            Self.term("yermek-kosherbayev", secondFrom, secondTo),
        ])
        #expect(
            Self.codes([post])
                == (fires ? ["post.concurrent-holders posts[kz-foreign-minister].holders[1]"] : []))
    }

    @Test(
        "An acting minister confirmed in the post, and a post of many holders, are not concurrent holders"
    )
    func actingAndShared() {
        let saidov = Self.minister([
            Self.term("bakhtiyor-saidov", "2022-12-30", "2023-04-25", acting: true),
            Self.term("bakhtiyor-saidov", "2023-04-25", nil),
        ])
        #expect(Self.codes([saidov]).isEmpty)
        let shared = Self.minister(
            [Self.term("a", "2020", nil), Self.term("b", "2021", nil)], single: false)
        #expect(Self.codes([shared]).isEmpty)
    }

    @Test(
        "A term that definitely ends before it starts is an error; one day, or a partial end, is not",
        arguments: [
            ("2025-09-26", "2025-09-25", true), ("2025", "2024", true),
            ("2025-09-26", "2025-09-26", false), ("2025-09-26", "2025-09", false),
            ("2025-09-26", nil, false),
        ] as [(PartialDate?, PartialDate?, Bool)])
    func termOrder(from: PartialDate?, to: PartialDate?, fires: Bool) {
        let post = Self.minister([Self.term("murat-nurtleu", from, to)])
        #expect(
            Self.codes([post])
                == (fires ? ["post.term-order posts[kz-foreign-minister].holders[0]"] : []))
    }

    static func forum(
        editionDate: PartialDate, person: Person.ID?, post: Post.ID?, head: String? = nil
    ) throws -> Forum {
        let delegation = Delegation(
            country: .kazakhstan, head: head, title: "Minister of Foreign Affairs",
            level: .foreignMinister, sources: ["s"])
        var led = delegation
        led.person = person
        led.post = post
        return Forum(
            id: "forum", name: "Forum", kind: .ministerial,
            editions: [
                try Edition(ordinal: 16, date: editionDate, host: .turkmenistan, delegations: [led])
            ], sources: ["s"])
    }

    @Test(
        "A delegation led by a person out of the post it names is a warning; the handover day and a partial date are not",
        arguments: [
            ("2025-11-04", true),  // after the term ended
            ("2023-04-02", true),  // the day before it began
            ("2025-09-26", false),  // the handover day
            ("2025-09", false),  // a month that may fall in the term
            ("2024-11-04", false),  // in office
        ] as [(PartialDate, Bool)])
    func headOutOfPost(date: PartialDate, fires: Bool) throws {
        var dataset = Dataset(forums: [
            try Self.forum(editionDate: date, person: "murat-nurtleu", post: "kz-foreign-minister")
        ])
        dataset.posts = [Self.minister([Self.term("murat-nurtleu", "2023-04-03", "2025-09-26")])]
        #expect(
            PostRule().check(dataset).map { "\($0.code) \($0.subject)" }
                == (fires
                    ? ["delegation.head-out-of-post forums[forum].editions[16].delegations[KZ]"]
                    : []))
    }

    @Test(
        "A person with no term in the post is out of it; a head given only as text is not checked")
    func noTermAndTextOnly() throws {
        var dataset = Dataset(forums: [
            try Self.forum(
                editionDate: "2024-11-04", person: "someone", post: "kz-foreign-minister")
        ])
        dataset.posts = [Self.minister([Self.term("murat-nurtleu", "2023-04-03", nil)])]
        #expect(PostRule().check(dataset).map(\.code) == [.delegationHeadOutOfPost])
        dataset.forums = [
            try Self.forum(editionDate: "2030", person: nil, post: nil, head: "Murat Nurtleu")
        ]
        #expect(PostRule().check(dataset).isEmpty)
    }

    @Test("Unknown persons and posts are unknown references, wherever they are named")
    func references() throws {
        var dataset = Dataset(
            sources: [Source(id: "s", title: "T", publisher: "P")],
            institutions: [
                Institution(
                    id: "secretariat", name: "Secretariat", kind: .secretariat, country: .korea,
                    sources: ["s"])
            ],
            forums: [try Self.forum(editionDate: "2024", person: "ghost", post: "no-post")])
        dataset.institutions[0].headPost = "no-head"
        dataset.forums[0].editions[0].chairPersons = ["no-chair"]
        dataset.agreements = [
            Agreement(
                id: "statement", title: "Joint Statement", kind: .jointStatement, date: "2024",
                sources: ["s"])
        ]
        dataset.agreements[0].signers = [Agreement.Signer(person: "no-signer", country: .korea)]
        dataset.posts = [
            Post(
                id: "director", title: "Director", owner: .institution("nowhere"),
                holders: [Self.term("nobody", "2020", nil)])
        ]
        let unknown = dataset.validateWithoutTimeRules().violations
            .filter { $0.code == .referenceUnknown }.map(\.subject.path)
        #expect(
            unknown == [
                "posts[director].institution", "posts[director].holders[0].person",
                "institutions[secretariat].headPost", "agreements[statement].signers",
                "forums[forum].editions[16].chairPersons",
                "forums[forum].editions[16].delegations[KZ].person",
                "forums[forum].editions[16].delegations[KZ].post",
            ])
    }

    static let record: Dataset = {
        var dataset = Dataset()
        dataset.persons = [
            Person(
                id: "murat-nurtleu", name: "Murat Nurtleu",
                names: [valid { try LocalizedName("Мурат Нуртлеу", language: .russian) }]),
            Person(id: "yermek-kosherbayev", name: "Yermek Kosherbayev"),
        ]
        dataset.posts = [
            minister([
                term("murat-nurtleu", "2023-04-03", "2025-09-26"),
                term("yermek-kosherbayev", "2025-09-26", nil),
            ])
        ]
        return dataset
    }()

    @Test("Who held a post on a date, what a person held, and a person by any name")
    func queries() throws {
        let record = Self.record
        #expect(
            record.holders(of: "kz-foreign-minister", on: "2024-11-04").map(\.person.id)
                == ["murat-nurtleu"])
        #expect(
            record.holders(of: "kz-foreign-minister", on: "2025-09-26").map(\.person.id)
                == ["murat-nurtleu", "yermek-kosherbayev"])
        #expect(record.holders(of: "kz-foreign-minister", on: "2019").isEmpty)
        #expect(record.holders(of: "no-post", on: "2024").isEmpty)
        #expect(
            record.posts(of: "yermek-kosherbayev").map(\.post.id) == ["kz-foreign-minister"])
        #expect(record.posts(of: "murat-nurtleu", on: "2026").isEmpty)
        #expect(record.persons(matching: "Нуртлеу").map(\.id) == ["murat-nurtleu"])
        #expect(record.persons(matching: "kosherbayev").map(\.id) == ["yermek-kosherbayev"])
        let term = try #require(record.posts(of: "murat-nurtleu").first?.term)
        #expect(term.definitelyIncludes("2024-11-04"))
        #expect(!term.definitelyIncludes("2025-09") && term.mayInclude("2025-09"))
    }

    @Test("Persons and posts round-trip through the document; a post names one owner")
    func wireFormat() throws {
        var record = Self.record
        record.agreements = [
            Agreement(
                id: "statement", title: "Joint Statement", kind: .jointStatement, date: "2024")
        ]
        record.agreements[0].signers = [
            Agreement.Signer(person: "murat-nurtleu", country: .kazakhstan),
            Agreement.Signer(person: "yermek-kosherbayev"),
        ]
        record.forums = [
            Forum(
                id: "forum", name: "Forum", kind: .ministerial,
                editions: [try Edition(ordinal: 1, date: "2024", host: .kazakhstan)])
        ]
        record.forums[0].editions[0].chairPersons = ["murat-nurtleu"]
        record.posts.append(
            Post(
                id: "secretariat-head", title: "Head of the Secretariat",
                owner: .institution("secretariat"), single: false,
                holders: [Self.term("x", nil, "2017", acting: true)]))
        let decoded = try Dataset(json: record.json())
        #expect(decoded == record)
        let both = #"{"id": "p", "title": "T", "country": "KZ", "institution": "i"}"#
        let neither = #"{"id": "p", "title": "T"}"#
        for text in [both, neither] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(Post.self, from: Data(text.utf8))
            }
        }
    }

    @Test("A version-2 delegation's head reads as text, with no person, and writes back the same")
    func versionTwoHead() throws {
        let text = """
            {"schemaVersion": 2, "sources": [], "institutions": [], "partnerships": [],
             "agreements": [], "meetings": [], "indicators": [],
             "forums": [{"id": "f", "name": "F", "kind": "ministerial", "membership": [],
               "sources": [], "editions": [{"ordinal": 1, "date": "2024", "host": "KZ",
                 "delegations": [{"country": "KZ", "head": "Murat Nurtleu"}]}]}]}
            """
        let dataset = try Dataset(json: Data(text.utf8))
        let delegation = try #require(dataset.forums.first?.editions.first?.delegations.first)
        #expect(delegation.head == "Murat Nurtleu")
        #expect(delegation.person == nil && delegation.post == nil)
        #expect(try Dataset(json: dataset.json()) == dataset)
    }
}
