import Foundation
import KoreaCentralAsia
import Testing

@Suite("Names in every language and period")
struct NameTests {
    static func foundation() throws -> Institution {
        Institution(
            id: "korea-foundation", name: "Korea Foundation", acronym: "KF", kind: .foundation,
            country: .korea,
            names: [
                try LocalizedName("한국국제교류재단", language: "ko", sources: ["kf-about"]),
                try LocalizedName("Фонд Кореи", language: "ru"),
            ])
    }

    static func institute() throws -> Institution {
        Institution(
            id: "nisi", name: "National Institute for Strategic Studies", kind: .thinkTank,
            country: .kyrgyzstan,
            names: [
                try LocalizedName(
                    "National Institute for Strategic Studies (old)", language: "en", until: "2020"),
                try LocalizedName(
                    "National Institute for Strategic Initiatives", language: "en", from: "2021"),
                try LocalizedName("Улуттук стратегиялык изилдөөлөр институту", language: "ky-Cyrl"),
            ])
    }

    @Test(
        "A language tag is a 2- or 3-letter language, an optional script and region, in canonical case",
        arguments: [
            ("ko", "ko"), ("KO", "ko"), ("uz-latn", "uz-Latn"), ("kk-Cyrl-KZ", "kk-Cyrl-KZ"),
            ("en-gb", "en-GB"), ("es-419", "es-419"), ("tgk", "tgk"), ("uz-Latn", "uz-Latn"),
            ("Uz-Latn", "uz-Latn"), ("uz-LATN", "uz-Latn"), ("kk-cyrl-kz", "kk-Cyrl-KZ"),
            ("ko-KR", "ko-KR"), ("ko-kR", "ko-KR"), ("zh-Hant", "zh-Hant"), ("EN-419", "en-419"),
        ])
    func validTag(text: String, canonical: String) throws {
        #expect(try LanguageTag(text).rawValue == canonical)
    }

    @Test(
        "Anything else is refused as a language",
        arguments: [
            "k o", "korean", "12", "", "k", "ko-", "ko-Latn-Cyrl", "ko_KR", "ko-KR-x", "한국어",
            "-ko", "ko--KR", "ko-K", "ko-KRX", "ko-12", "ko-1234", "k1", "ko-Latn-1", "ko-Lat",
            "ko-Latn-", "ko-\u{212A}R", "ko-Latn-KR-KR",
        ])
    func invalidTag(text: String) {
        #expect(throws: ValueError.self) { try LanguageTag(text) }
        #expect(LanguageTag(rawValue: text) == nil)
    }

    @Test(
        "A name's text is not empty and holds no control character",
        arguments: ["", "   ", "Korea\nFoundation", "Korea\u{0}", "\u{202E}Korea", "Korea\u{200F}"])
    func invalidText(text: String) {
        #expect(throws: ValueError.self) { try LocalizedName(text, language: "en") }
    }

    @Test(
        "A name in use from a date after it stopped being used is refused; a same-year pair is not")
    func fromAfterUntil() throws {
        #expect(throws: ValueError.self) {
            try LocalizedName("Name", language: "en", from: "2021", until: "2020")
        }
        #expect(throws: Never.self) {
            try LocalizedName("Name", language: "en", from: "2020-06", until: "2020")
        }
    }

    @Test("name(in:) gives the exact tag, then the same language, then the primary name")
    func nameInLanguage() throws {
        #expect(try Self.foundation().name(in: "ko") == "한국국제교류재단")
        #expect(try Self.foundation().name(in: "ko-KR") == "한국국제교류재단")
        #expect(try Self.foundation().name(in: "ru") == "Фонд Кореи")
        #expect(try Self.foundation().name(in: "tg") == "Korea Foundation")
        #expect(try Self.institute().name(in: "ky") == "Улуттук стратегиялык изилдөөлөр институту")
    }

    @Test("name(in:on:) gives the name in use on the date; without a date, the current one")
    func nameOnDate() throws {
        #expect(
            try Self.institute().name(in: "en") == "National Institute for Strategic Initiatives")
        #expect(
            try Self.institute().name(in: "en", on: "2019")
                == "National Institute for Strategic Studies (old)")
        #expect(
            try Self.institute().name(in: "en", on: "2024-07-30")
                == "National Institute for Strategic Initiatives")
    }

    @Test("Institutions are found by any name, acronym or identifier, case-insensitively")
    func matching() throws {
        let dataset = Dataset(institutions: [try Self.foundation(), try Self.institute()])
        #expect(dataset.institutions(matching: "한국국제교류재단").map(\.id) == ["korea-foundation"])
        #expect(dataset.institutions(matching: "kf").map(\.id) == ["korea-foundation"])
        #expect(dataset.institutions(matching: "NISI").map(\.id) == ["nisi"])
        #expect(dataset.institutions(matching: "фонд кореи").map(\.id) == ["korea-foundation"])
        #expect(dataset.institutions(matching: "strategic initiatives").map(\.id) == ["nisi"])
        #expect(dataset.institutions(matching: "Institute").map(\.id) == ["nisi"])
        #expect(dataset.institutions(matching: "  ").isEmpty)
        #expect(dataset.institutions(matching: "Nowhere").isEmpty)
    }

    @Test("Exact matches come before names that only contain the query")
    func matchingOrder() {
        let forums = [
            Forum(id: "summit", name: "Korea–Central Asia Summit", kind: .summit),
            Forum(id: "forum", name: "Forum", kind: .ministerial),
        ]
        let dataset = Dataset(forums: forums)
        #expect(dataset.forums(matching: "forum").map(\.id) == ["forum"])
        #expect(dataset.forums(matching: "summit").map(\.id) == ["summit"])
        #expect(dataset.forums(matching: "o").map(\.id) == ["summit", "forum"])
    }

    @Test("A forum's identifiers in other databases round-trip, and are left out when empty")
    func forumIdentifiers() throws {
        let item = try ExternalIdentifier(scheme: .wikidata, value: "Q12345")
        let forum = Forum(id: "forum", name: "Forum", kind: .thinkTank, identifiers: [item])
        let data = try Dataset(forums: [forum]).json()
        #expect(try Dataset(json: data).forums == [forum])
        #expect(String(decoding: data, as: UTF8.self).contains(#""value" : "Q12345""#))
        let plain = try Dataset(forums: [Forum(id: "forum", name: "Forum", kind: .thinkTank)])
            .json()
        #expect(!String(decoding: plain, as: UTF8.self).contains("identifiers"))
    }

    @Test("Names round-trip through the interchange document, leaving out absent parts")
    func roundTrip() throws {
        let dataset = Dataset(
            asOf: "2026-11-26", institutions: [try Self.foundation(), try Self.institute()])
        let data = try dataset.json()
        #expect(try Dataset(json: data) == dataset)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""asOf" : "2026-11-26""#))
        #expect(text.contains(#""language" : "ky-Cyrl""#))
        #expect(!text.contains(#""until" : null"#))
    }

    @Test(
        "A bad name in a document is refused with its path",
        arguments: [
            (#"{"text": "", "language": "ko"}"#, "institutions[0].names[0].text"),
            (#"{"text": "a\u0007b", "language": "ko"}"#, "institutions[0].names[0].text"),
            (#"{"text": "KF", "language": "k o"}"#, "institutions[0].names[0].language"),
            (#"{"text": "KF", "language": "korean"}"#, "institutions[0].names[0].language"),
            (#"{"text": "KF", "language": "12"}"#, "institutions[0].names[0].language"),
            (
                #"{"text": "KF", "language": "en", "from": "2021", "until": "2020"}"#,
                "institutions[0].names[0].from"
            ),
            (#"{"text": "KF", "language": "en", "lang": "en"}"#, "institutions[0].names[0].lang"),
        ])
    func badNameInDocument(name: String, path: String) throws {
        let document = """
            {"schemaVersion": 1, "sources": [], "partnerships": [], "forums": [], "agreements": [],
             "meetings": [], "indicators": [],
             "institutions": [{"id": "kf", "name": "Korea Foundation", "kind": "foundation",
                               "country": "KR", "sources": [], "names": [\(name)]}]}
            """
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: Data(document.utf8))
        }
        #expect(error.path == path, "\(error)")
    }

    @Test("An asOf that is not a date is refused with its path")
    func badAsOf() throws {
        let document = """
            {"schemaVersion": 1, "asOf": "yesterday", "sources": [], "institutions": [],
             "partnerships": [], "forums": [], "agreements": [], "meetings": [], "indicators": []}
            """
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: Data(document.utf8))
        }
        #expect(error.path == "asOf")
        #expect(error.kind == .invalidValue)
    }

    @Test("A document without the new keys decodes and validates as before")
    func backwardCompatible() throws {
        let document = """
            {"schemaVersion": 1, "sources": [], "institutions": [], "partnerships": [],
             "forums": [], "agreements": [], "meetings": [], "indicators": []}
            """
        let dataset = try Dataset(json: Data(document.utf8))
        #expect(dataset.asOf == nil)
        #expect(dataset.validate().violations.isEmpty)
    }
}

@Suite("A document with the record's date, names and several claims")
struct NamesClaimsFixtureTests {
    @Test(
        "It decodes and round-trips; as of its date only its undated source is added to what the rules find"
    )
    func decodes() throws {
        let dataset = try Dataset(json: Fixtures.data(named: "names-claims-as-of"))
        #expect(dataset.asOf == "2025-12")
        #expect(dataset.institutions[1].name(in: "ko") == "서울재단")
        #expect(
            dataset.forums[0].name(in: "uz") == "Koreya–Markaziy Osiyo tahlil markazlari forumi")
        #expect(try Dataset(json: dataset.json()) == dataset)
        let report = dataset.validate()
        let undated = dataset.validateWithoutTimeRules()
        #expect(
            report.violations == undated.violations
                + report.violations.filter { $0.code == .sourceUndated })
        #expect(
            report.violations.filter { $0.code == .sourceUndated }.map(\.subject.path) == [
                "sources[test-bulletin]"
            ])
        #expect(!report.codes.contains(.indicatorConflict))
        #expect(dataset.validate(asOf: "2024-01-01").codes.contains(.editionHeldAfterRecord))
    }
}
