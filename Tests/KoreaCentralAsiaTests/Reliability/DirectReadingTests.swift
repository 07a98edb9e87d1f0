import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaTesting
import Testing

/// The direct path (`Sources/KoreaCentralAsia/Dataset/Decoding/DirectReading.swift`) reads
/// membership events, editions and sources from the scanner's records without `init(from:)`; it must
/// build the value `init(from:)` builds, or leave the value to it, so that every document
/// decodes to the same dataset, or is refused with the same error at the same path.
@Suite("The direct path and init(from:) decode every document alike")
struct DirectReadingTests {
    /// How one decoding ends: a dataset, or the refusal's kind, path and reason.
    enum Outcome: Equatable, CustomStringConvertible {
        case value(Dataset)
        case refused(String)

        init(_ json: Data, direct: Bool) {
            do {
                self = .value(
                    try Dataset(json: json, limits: .standard, readingDirectly: direct))
            } catch {
                self = .refused("\(error.kind): \(error.path): \(error.reason)")
            }
        }

        var description: String {
            switch self {
            case .value: "a dataset"
            case .refused(let reason): "refused (\(reason))"
            }
        }
    }

    /// Expects `json` to decode alike by both paths; returns the outcome.
    @discardableResult
    static func expectAgreement(
        _ json: Data, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        let direct = Outcome(json, direct: true)
        let decoded = Outcome(json, direct: false)
        #expect(
            direct == decoded, "\(what): \(direct) against \(decoded)",
            sourceLocation: sourceLocation)
        return direct
    }

    @Test(
        "Generated datasets, with their hostile text, decode to themselves by the direct path",
        arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func generated(seed: UInt64) throws {
        var generator = DatasetGenerator(seed: seed)
        for number in 0..<12 {
            let dataset = try generator.dataset().dataset
            for pretty in [true, false] {
                let json = try dataset.json(prettyPrinted: pretty)
                let outcome = Self.expectAgreement(json, "seed \(seed), dataset \(number)")
                #expect(outcome == .value(dataset), "seed \(seed), dataset \(number)")
            }
        }
    }

    @Test("A generated history of 3,000 events and 300 editions is read by the direct path")
    func largeHistory() throws {
        let dataset = try DatasetGenerator.dataset(
            of: .init(forums: 20, institutions: 200, events: 3_000, editions: 300), seed: 11)
        let json = try dataset.json(prettyPrinted: false)
        #expect(Self.expectAgreement(json, "3,000 events") == .value(dataset))
        let reads = try Dataset.directReads(of: json)
        let events = dataset.forums.reduce(0) { $0 + $1.membership.events.count }
        let editions = dataset.forums.reduce(0) { $0 + $1.editions.count }
        let sources = dataset.sources.count
        #expect(reads.direct + reads.leftToInitFromDecoder == events + editions + sources)
        // The generator gives some events a decision, a country or claims, and some editions
        // guests or claims: those go through init(from:); the rest, most, are read directly.
        #expect(reads.direct > (events + editions + sources) * 9 / 10)
    }

    @Test("Every fixture decodes to the same value, or the same refusal, by both paths")
    func everyFixture() throws {
        var compared = 0
        for file in try DecoderAgreementTests.fixtureFiles() {
            Self.expectAgreement(try Data(contentsOf: file), file.lastPathComponent)
            compared += 1
        }
        #expect(compared > 100)
    }

    @Test("The catalog and the comparators decode alike by both paths")
    func catalogs() {
        if case .refused(let reason) = Self.expectAgreement(Catalog.json, "catalog") {
            Issue.record("the catalog is refused: \(reason)")
        }
        if case .refused(let reason) = Self.expectAgreement(
            Catalog.comparatorsJSON, "comparators")
        {
            Issue.record("the comparators are refused: \(reason)")
        }
    }

    // MARK: Membership events

    /// A document with one forum whose history is `event` after a founding event, and whose
    /// one edition is `edition`.
    static func document(event: String = plainEvent, edition: String = plainEdition) -> Data {
        Data(
            """
            {"schemaVersion": 3, "sources": [],
             "institutions": [], "partnerships": [], "agreements": [], "meetings": [],
             "indicators": [],
             "forums": [{"id": "f", "name": "F", "kind": "thinkTank", "sources": [],
               "membership": [
                 {"event": "founded", "institution": "a", "date": "2020-01-01", "sources": ["s"]},
                 \(event)],
               "editions": [\(edition)]}]}
            """.utf8)
    }

    static let plainEvent = """
        {"event": "admitted", "institution": "c", "date": "2021-03", "status": "member",
         "recommendedBy": ["a", "b"], "sources": ["s"]}
        """

    static let plainEdition = """
        {"ordinal": 2, "date": "2024-07-30", "endDate": "2024-07-31", "host": "UZ",
         "city": "Tashkent", "status": "held", "mode": "hybrid", "level": "ministerial",
         "organizers": ["a"], "sources": ["s"], "chairs": ["UZ"], "adopted": ["x"],
         "chairPersons": ["p"], "marginsOf": "a summit",
         "schedule": [{"announced": "2024-01", "date": "2024-06", "sources": ["s"]},
                      {"announced": "2024-05-01", "date": "2024-07-30", "endDate": "2024-07-31"}],
         "delegations": [{"country": "UZ", "head": "H", "title": "Minister",
                          "level": "foreignMinister", "sources": ["s"], "person": "p",
                          "post": "q"},
                         {"country": "KR"}]}
        """

    @Test("The plain forms of an event and an edition are read by the direct path")
    func plainFormsAreReadDirectly() throws {
        let json = Self.document()
        guard case .value(let dataset) = Self.expectAgreement(json, "plain") else {
            Issue.record("the plain document is refused")
            return
        }
        let reads = try Dataset.directReads(of: json)
        #expect(reads.direct == 3)
        #expect(reads.leftToInitFromDecoder == 0)
        let forum = try #require(dataset.forums.first)
        #expect(
            forum.membership.events.last?.change
                == .admitted(status: .member, recommendedBy: ["a", "b"]))
        #expect(forum.editions.first?.delegations.count == 2)
        #expect(forum.editions.first?.schedule.count == 2)
    }

    /// Events that are not plain: each goes through init(from:), which decodes it or refuses
    /// it; `decodes` says which.
    static let events: [(event: String, decodes: Bool)] = [
        (#"{"event": "withdrew", "institution": "a", "date": "2021", "recommendedBy": []}"#, true),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "sources": null}"#, true),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "status": null}"#, true),
        (#"{"event": "admitted", "institution": "\u0063", "date": "2021"}"#, true),
        (#"{"event": "admitted", "institution": "c", "\u0064ate": "2021"}"#, true),
        (#"{"event": "adm\u0069tted", "institution": "c", "date": "2021"}"#, true),
        (#"{"event": "admitted", "country": "KG", "date": "2018-11"}"#, true),
        (
            #"{"event": "admitted", "institution": "c", "date": "2021", "decision": {"meeting": "m"}}"#,
            true
        ),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "claims": []}"#, true),
        (
            #"{"event": "admitted", "institution": "c", "date": "2021", "sources": ["\u0073"]}"#,
            true
        ),
        (#"{"event": "admitted", "institution": "c", "dat": "2021"}"#, false),
        (#"{"event": "joined", "institution": "c", "date": "2021"}"#, false),
        (#"{"event": "admitted", "institution": "C", "date": "2021"}"#, false),
        (#"{"event": "admitted", "institution": "c", "date": "2023-02-30"}"#, false),
        (#"{"event": "admitted", "institution": "c", "date": "2023-2-3"}"#, false),
        (#"{"event": "admitted", "institution": "c", "date": 2021}"#, false),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "status": "chair"}"#, false),
        (#"{"event": "founded", "institution": "c", "date": "2021", "status": "member"}"#, false),
        (
            #"{"event": "withdrew", "institution": "c", "date": "2021", "recommendedBy": ["a"]}"#,
            false
        ),
        (
            #"{"event": "admitted", "institution": "c", "date": "2021", "recommendedBy": "a"}"#,
            false
        ),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "sources": ["S"]}"#, false),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "sources": [1]}"#, false),
        (#"{"event": "admitted", "institution": "c", "date": "2021", "sources": [["s"]]}"#, false),
        (#"{"event": "admitted", "institution": "c", "country": "KG", "date": "2021"}"#, false),
        (#"{"institution": "c", "date": "2021"}"#, false),
        (#"{"event": "admitted", "date": "2021"}"#, false),
        (#"["admitted"]"#, false),
        ("null", false),
        (
            #"{"event": "admitted", "institution": "c", "date": "2021", "recommendedBy": ["a"], "decision": {"meeting": "m"}}"#,
            false
        ),
    ]

    @Test(
        "An event that is not plain decodes, or is refused, as init(from:) decides",
        arguments: events.indices)
    func event(_ row: Int) throws {
        let (event, decodes) = Self.events[row]
        let json = Self.document(event: event)
        let outcome = Self.expectAgreement(json, event)
        if case .value = outcome {
            #expect(decodes, "\(event) decodes")
        } else {
            #expect(!decodes, "\(event): \(outcome)")
        }
        if decodes {
            // The founding event and the edition are read directly; this event is not.
            let reads = try Dataset.directReads(of: json)
            #expect(reads.direct == 2, "\(event)")
            #expect(reads.leftToInitFromDecoder == 1, "\(event)")
        }
    }

    // MARK: Editions

    /// Editions that are not plain, or break a rule of editions.
    static let editions: [(edition: String, decodes: Bool)] = [
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "guests": []}"#, true),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "claims": []}"#, true),
        (#"{"ordinal": 1.0, "date": "2024", "host": "UZ"}"#, true),
        (#"{"ordinal": 1e0, "date": "2024", "host": "UZ"}"#, true),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "city": null}"#, true),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "level": "minister\u0069al"}"#, true),
        (#"{"ordinal": 1, "date": "2024", "host": "U\u005a"}"#, true),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "schedule": [{"announced": "2023", "date": null}]}"#,
            true
        ),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "delegations": [{"country": "UZ", "head": null}]}"#,
            true
        ),
        (#"{"ordinal": 0, "date": "2024", "host": "UZ"}"#, false),
        (#"{"ordinal": -1, "date": "2024", "host": "UZ"}"#, false),
        (#"{"ordinal": 1000001, "date": "2024", "host": "UZ"}"#, false),
        (#"{"ordinal": 1.5, "date": "2024", "host": "UZ"}"#, false),
        (#"{"ordinal": "1", "date": "2024", "host": "UZ"}"#, false),
        (#"{"ordinal": 1, "date": "2024-07-30", "endDate": "2024-07-29", "host": "UZ"}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "uz"}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "XX"}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "status": "done"}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "mode": "remote"}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "level": "Ministerial"}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "city": 7}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "organizers": ["A"]}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "chairs": ["KZ", "kz"]}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "adopted": [""]}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "chairPersons": ["P"]}"#, false),
        (#"{"ordinal": 1, "date": "2024", "host": "UZ", "hots": "UZ"}"#, false),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "delegations": [{"country": "UZ"}, {"country": "UZ"}]}"#,
            false
        ),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "delegations": [{"country": "UZ", "level": "king"}]}"#,
            false
        ),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "delegations": [{"country": "UZ", "persn": "p"}]}"#,
            false
        ),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "schedule": [{"announced": "2023", "date": "2025"}]}"#,
            false
        ),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "schedule": [{"announced": "2023-05", "date": "2024"}, {"announced": "2023-01", "date": "2024"}]}"#,
            false
        ),
        (
            #"{"ordinal": 1, "date": "2024", "host": "UZ", "schedule": [{"announced": "2023", "endDate": "2024"}]}"#,
            false
        ),
        (
            #"{"ordinal": 1, "date": "2024-05", "host": "UZ", "schedule": [{"announced": "2023", "date": "2024-05", "endDate": "2024-04"}]}"#,
            false
        ),
        (#"{"date": "2024", "host": "UZ"}"#, false),
        (#"{"ordinal": 1, "host": "UZ"}"#, false),
        (#"{"ordinal": 1, "date": "2024"}"#, false),
    ]

    @Test(
        "An edition that is not plain, or breaks a rule, decodes or is refused as init(from:) decides",
        arguments: editions.indices)
    func edition(_ row: Int) throws {
        let (edition, decodes) = Self.editions[row]
        let json = Self.document(edition: edition)
        let outcome = Self.expectAgreement(json, edition)
        if case .value = outcome {
            #expect(decodes, "\(edition) decodes")
        } else {
            #expect(!decodes, "\(edition): \(outcome)")
        }
        if decodes {
            let reads = try Dataset.directReads(of: json)
            #expect(reads.direct == 2, "\(edition)")
            #expect(reads.leftToInitFromDecoder == 1, "\(edition)")
        }
    }

    // MARK: Sources

    /// A document whose one source is `source`.
    static func document(source: String) -> Data {
        Data(
            """
            {"schemaVersion": 3, "sources": [\(source)], "institutions": [], "partnerships": [],
             "forums": [], "agreements": [], "meetings": [], "indicators": []}
            """.utf8)
    }

    static let plainSource = """
        {"id": "s", "title": "T \\"quoted\\"", "publisher": "P", "published": "2024-06",
         "url": "https://a.org/x", "note": "N", "retrieved": "2026-12-05", "language": "KO",
         "quotes": [{"text": "말", "language": "ko", "translation": "words"}, {"text": "w"}],
         "archive": "http://archive.org/a", "titleIsDescriptive": true}
        """

    @Test("The plain form of a source, with its quotations, is read by the direct path")
    func plainSourceIsReadDirectly() throws {
        let json = Self.document(source: Self.plainSource)
        guard case .value(let dataset) = Self.expectAgreement(json, "plain source") else {
            Issue.record("the plain source is refused")
            return
        }
        let reads = try Dataset.directReads(of: json)
        #expect(reads.direct == 1)
        #expect(reads.leftToInitFromDecoder == 0)
        let source = try #require(dataset.sources.first)
        #expect(source.title == #"T "quoted""#)
        #expect(source.language?.rawValue == "ko")
        #expect(source.quotes.map(\.text) == ["말", "w"])
        #expect(source.titleIsDescriptive)
    }

    /// Sources that are not plain, or break a rule of sources.
    static let sources: [(source: String, decodes: Bool)] = [
        (#"{"id": "s", "title": "T", "publisher": "P", "note": null}"#, true),
        (#"{"id": "s", "title": "T", "publisher": "P", "quotes": null}"#, true),
        (#"{"id": "s", "title": "T", "publisher": "P", "titleIsDescriptive": null}"#, true),
        (#"{"id": "s", "title": "T", "publisher": "P", "published": "2024-0\u0036"}"#, true),
        (#"{"id": "\u0073", "title": "T", "publisher": "P"}"#, true),
        (
            #"{"id": "s", "title": "T", "publisher": "P", "quotes": [{"text": "w", "language": null}]}"#,
            true
        ),
        (#"{"id": "s", "title": "T", "publisher": "P", "url": "ftp://a.org"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "archive": "https://"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "language": "korean"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "published": "2024-13"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "retrieved": "2024-02-30"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "titleIsDescriptive": "yes"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "quotes": [{"text": " \n "}]}"#, false),
        (
            #"{"id": "s", "title": "T", "publisher": "P", "quotes": [{"text": "w", "translation": ""}]}"#,
            false
        ),
        (#"{"id": "s", "title": "T", "publisher": "P", "quotes": [{"txt": "w"}]}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "quotes": [{}]}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "quotes": {}}"#, false),
        (#"{"id": "S", "title": "T", "publisher": "P"}"#, false),
        (#"{"id": "s", "title": 1, "publisher": "P"}"#, false),
        (#"{"id": "s", "publisher": "P"}"#, false),
        (#"{"id": "s", "title": "T"}"#, false),
        (#"{"id": "s", "title": "T", "publisher": "P", "pubisher": "P"}"#, false),
    ]

    @Test(
        "A source that is not plain, or breaks a rule, decodes or is refused as init(from:) decides",
        arguments: sources.indices)
    func source(_ row: Int) throws {
        let (source, decodes) = Self.sources[row]
        let json = Self.document(source: source)
        let outcome = Self.expectAgreement(json, source)
        if case .value = outcome {
            #expect(decodes, "\(source) decodes")
        } else {
            #expect(!decodes, "\(source): \(outcome)")
        }
        if decodes {
            let reads = try Dataset.directReads(of: json)
            #expect(reads.direct == 0, "\(source)")
            #expect(reads.leftToInitFromDecoder == 1, "\(source)")
        }
    }

    @Test("Lists of sources with the same bytes share one array, and different ones do not mix")
    func sharedSourceLists() throws {
        let json = Data(
            """
            {"schemaVersion": 3, "asOf": "2026",
             "sources": [],
             "institutions": [], "partnerships": [], "agreements": [], "meetings": [],
             "indicators": [],
             "forums": [{"id": "f", "name": "F", "kind": "thinkTank", "sources": [], "membership": [
               {"event": "founded", "institution": "a", "date": "2020", "sources": ["s","t"]},
               {"event": "founded", "institution": "b", "date": "2020", "sources": ["st"]},
               {"event": "founded", "institution": "c", "date": "2020", "sources": ["s","t"]},
               {"event": "founded", "institution": "d", "date": "2020", "sources": ["s"]},
               {"event": "founded", "institution": "e", "date": "2020", "sources": []},
               {"event": "founded", "institution": "g", "date": "2020", "sources": ["s", "t"]}],
               "editions": []}]}
            """.utf8)
        let outcome = Self.expectAgreement(json, "shared lists")
        guard case .value(let dataset) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        let lists = try #require(dataset.forums.first).membership.events.map(\.sources)
        #expect(lists == [["s", "t"], ["st"], ["s", "t"], ["s"], [], ["s", "t"]])
    }
}

/// Keys have no records of their own: each is found from its value.
///
/// The decoder reads back over the colon to the key's quotes. A key's escaped quotes and
/// backslashes, its non-ASCII text and the white space around its colon must not lead that
/// reading astray.
@Suite("An object's keys are read back from their values exactly")
struct KeyReadingTests {
    static let keys: [(written: String, text: String)] = [
        (#"a\"b"#, #"a"b"#), (#"a\\"#, #"a\"#), (#"a\\\"b"#, #"a\"b"#), (#"\"\""#, #""""#),
        (#"\\\\"#, #"\\"#), (#"\u00e9"#, "é"), ("한국", "한국"), (#"x\u0022"#, #"x""#),
        ("title ", "title "), (#"a\/b"#, "a/b"),
    ]

    static let colons = [":", " : ", "\n:\n  ", "\t:", ": "]

    @Test(
        "An unknown key is named exactly, whatever it escapes and whatever surrounds its colon",
        arguments: keys.indices, colons)
    func unknownKey(_ row: Int, _ colon: String) throws {
        let (written, text) = Self.keys[row]
        for value in ["1", #""v""#, #"{"k": [1, {"\"": 2}]}"#, "[]", "null"] {
            let json = Data(
                """
                {"schemaVersion": 3, "sources": [{"id": "s", "title": "T", "publisher": "P",
                 "\(written)"\(colon)\(value)}], "institutions": [], "partnerships": [],
                 "forums": [], "agreements": [], "meetings": [], "indicators": []}
                """.utf8)
            DirectReadingTests.expectAgreement(json, "\(written)\(colon)\(value)")
            let error = #expect(throws: DatasetDecodingError.self) { try Dataset(json: json) }
            #expect(error?.kind == .unknownKey, "\(written)")
            #expect(error?.path == "sources[0].\(text)", "\(written)\(colon)\(value)")
        }
    }

    @Test(
        "A known key written with escapes, and any spacing around colons, decodes",
        arguments: colons)
    func knownKeys(_ colon: String) throws {
        let json = Data(
            """
            {"schemaVersion"\(colon)3, "sources"\(colon)[{"i\\u0064"\(colon)"s",
             "t\\u0069tle"\(colon)"T \\"x\\"", "publisher"\(colon)"P"}], "institutions"\(colon)[],
             "partnerships"\(colon)[], "forums"\(colon)[], "agreements"\(colon)[],
             "meetings"\(colon)[], "indicators"\(colon)[]}
            """.utf8)
        let outcome = DirectReadingTests.expectAgreement(json, colon)
        guard case .value(let dataset) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(dataset.sources.first?.id == "s")
        #expect(dataset.sources.first?.title == #"T "x""#)
    }
}
