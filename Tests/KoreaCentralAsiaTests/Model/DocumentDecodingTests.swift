import Foundation
import KoreaCentralAsia
import Testing

@Suite("Document decoding")
struct DocumentDecodingTests {
    @Test(
        "Bytes that are not JSON are refused as invalid JSON",
        arguments: [
            "", "{", "not json", #"{"schemaVersion": 1 "sources": []}"#, #"{"schemaVersion": 1"#,
            #"{"a": tru}"#,
        ])
    func invalidJSON(text: String) throws {
        let error = try #require(Fixtures.refusal(text))
        #expect(error.kind == .invalidJSON)
        #expect(!error.reason.isEmpty)
        // The path is where the reader stopped, or empty for the document as a whole.
        let expected = error.path.isEmpty ? error.reason : "\(error.path): \(error.reason)"
        #expect(error.description == expected)
    }

    @Test("A document that is not an object is refused as the wrong type")
    func notAnObject() throws {
        for text in ["[]", "1", #""dataset""#, "null"] {
            let error = try #require(Fixtures.refusal(text))
            #expect(error.kind == .wrongType, "\(text)")
            #expect(error.path == "")
        }
    }

    @Test("A newer schema version is refused as such, before anything else is read")
    func futureSchemaVersion() throws {
        let newer = try Fixtures.baseDocument().replacing("schemaVersion", with: 4)
        let error = try #require(Fixtures.refusal(newer.description))
        #expect(error.kind == .unsupportedSchemaVersion)
        #expect(error.path == "schemaVersion")
        #expect(
            error.description
                == "schemaVersion: the document has schema version 4; this library reads version 3 and older"
        )

        // Never half read: the rest of a newer document may be anything.
        let strange = try #require(
            Fixtures.refusal(#"{"schemaVersion": 7, "forums": 42, "sources": "none"}"#))
        #expect(strange.kind == .unsupportedSchemaVersion)
        #expect(strange.path == "schemaVersion")
    }

    @Test("A schema version that was never issued is refused as malformed", arguments: [0, -1])
    func impossibleSchemaVersion(version: Int) throws {
        let document = try Fixtures.baseDocument().replacing(
            "schemaVersion", with: .number(String(version)))
        let error = try #require(Fixtures.refusal(document.description))
        #expect(error.kind == .malformed)
        #expect(error.path == "schemaVersion")
        #expect(
            error.reason
                == "\(version) is not a schema version (this library reads versions 1 to 3)")
    }

    @Test(
        "An optional key may be absent or null",
        arguments: [
            "sources[0].published", "sources[0].url", "institutions[0].acronym",
            "institutions[0].affiliation",
            "institutions[0].parent", "institutions[0].established", "institutions[0].identifiers",
            "forums[0].established", "forums[0].establishedBy", "forums[0].secretariat",
            "forums[0].charter",
            "forums[0].charter.rotation", "forums[0].charter.firstEdition",
            "forums[0].charter.admission",
            "forums[0].membership[0].sources", "forums[0].membership[1].status",
            "forums[0].membership[1].recommendedBy", "forums[0].editions[0].endDate",
            "forums[0].editions[0].city", "forums[0].editions[0].status",
            "forums[0].editions[0].mode",
            "forums[0].editions[0].level", "forums[0].editions[0].organizers",
            "forums[0].editions[0].sources",
            "agreements[0].place", "agreements[0].establishes", "agreements[0].place.city",
            "meetings[0].endDate", "meetings[0].host", "meetings[0].participants",
            "meetings[0].topics",
            "indicators[0].note", "initiatives", "initiatives[0].announced", "initiatives[0].place",
            "initiatives[0].parent", "acknowledgements",
        ])
    func optionalKeys(path: String) throws {
        let base = try Fixtures.baseDocument()
        let absent = try Dataset(json: Data(base.replacing(path, with: nil).description.utf8))
        let null = try Dataset(json: Data(base.replacing(path, with: .null).description.utf8))
        #expect(absent == null)
    }

    @Test("Absent optional values take their documented defaults")
    func defaults() throws {
        let base = try Fixtures.baseDocument()
            .replacing("forums[0].editions[0].status", with: nil)
            .replacing("forums[0].membership[1].status", with: nil)
            .replacing("forums[0].editions[0].organizers", with: nil)
            .replacing("initiatives", with: nil)
            .replacing("acknowledgements", with: .null)
        let dataset = try Dataset(json: Data(base.description.utf8))
        let forum = try #require(dataset.forums.first)
        #expect(forum.editions.first?.status == .held)
        #expect(forum.editions.first?.organizers == [])
        #expect(
            forum.membership.events[1].change
                == .admitted(status: .member, recommendedBy: ["kaziss"]))
        #expect(dataset.initiatives.isEmpty)
        #expect(dataset.acknowledgements.isEmpty)
    }

    @Test(
        "A key the document does not define is refused at its path, so that a typo cannot drop data",
        arguments: [
            ("institutions[0].acronymn", "did you mean \"acronym\"?"),
            ("forums[0].editions[0].hots", "did you mean \"host\"?"),
            ("forums[0].editions[0].theme", "the keys are ordinal, date"),
            ("generator", "the keys are schemaVersion, asOf"),
            ("sources[0].publised", "did you mean \"published\"?"),
        ])
    func unknownKeys(path: String, hint: String) throws {
        let document = try Fixtures.baseDocument().replacing(path, with: "value")
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: Data(document.description.utf8))
        }
        #expect(error.kind == .unknownKey)
        #expect(error.path == path)
        #expect(error.reason.contains(hint), "\(error.reason)")
    }

    @Test("An unknown key with a control character is refused on one line, the key escaped")
    func unknownKeyWithControlCharacter() throws {
        let document = #"""
            {"schemaVersion": 1, "generator\u0000x\nb": 1, "sources": [], "institutions": [],
             "partnerships": [], "forums": [], "agreements": [], "meetings": [], "indicators": []}
            """#
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: Data(document.utf8))
        }
        #expect(error.kind == .unknownKey)
        #expect(error.path == #"generator\u{0}x\u{A}b"#)
        #expect(!"\(error)".contains("\n") && !"\(error)".contains("\u{0}"))
    }

    @Test("Open sets decode values the library does not name")
    func openSets() throws {
        let document = try Fixtures.baseDocument()
            .replacing("meetings[0].topics", with: ["waterManagement", "climateChange"])
            .replacing("forums[0].editions[0].level", with: "directorGeneral")
            .replacing(
                "institutions[0].identifiers[0]",
                with: .object(["scheme": "isni", "value": "0000 0001"]))
        let dataset = try Dataset(json: Data(document.description.utf8))
        #expect(
            dataset.meetings.first?.topics.map(\.rawValue) == ["waterManagement", "climateChange"])
        #expect(dataset.forums.first?.editions.first?.level?.rawValue == "directorGeneral")
        #expect(dataset.institutions.first?.identifiers.first?.scheme.rawValue == "isni")
    }

    @Test("What breaks a rule between values decodes; the rules report it")
    func ruleBreakingDecodes() throws {
        let document = try Fixtures.baseDocument()
            .replacing("partnerships[0].countries", with: ["KR", "KR"])
            .replacing(
                "partnerships[0].stages",
                with: [
                    .object(["level": "strategicPartnership", "since": "2006", "sources": []]),
                    .object(["level": "diplomaticRelations", "since": "1992", "sources": []]),
                ]
            )
            .replacing("indicators[0].value.amount", with: -5)
            .replacing("forums[0].membership[2].institution", with: "stranger")
            .replacing("forums[0].membership[1].recommendedBy", with: ["isrs", "nobody"])
            .replacing("forums[0].editions[0].organizers", with: ["unknown-institute"])
            .replacing("forums[0].establishedBy", with: "no-such-agreement")
            .replacing("forums[0].editions[0].date", with: "2020")
            .replacing("forums[0].editions[0].endDate", with: nil)
            .replacing("institutions[1].id", with: "kaziss")
            .replacing("sources[0].id", with: "unused-source")
        let dataset = try Dataset(json: Data(document.description.utf8))
        #expect(dataset.partnerships.first?.first == dataset.partnerships.first?.second)
        #expect(
            dataset.partnerships.first?.stages.map(\.level) == [
                .strategicPartnership, .diplomaticRelations,
            ])
        #expect(dataset.indicators.first?.value.amount == -5)
        #expect(dataset.forums.first?.membership.events[2] == .withdrew("stranger", on: "2025"))
        #expect(dataset.forums.first?.editions.first?.organizers == ["unknown-institute"])
        #expect(dataset.forums.first?.establishedBy == "no-such-agreement")
        #expect(dataset.institutions.map(\.id) == ["kaziss", "kaziss"])
    }

    @Test("An end date in the same interval as the date is not before it")
    func endDateWithinDate() throws {
        let document = try Fixtures.baseDocument()
            .replacing("forums[0].editions[0].date", with: "2024-07")
            .replacing("forums[0].editions[0].endDate", with: "2024-07-01")
        let dataset = try Dataset(json: Data(document.description.utf8))
        #expect(dataset.forums.first?.editions.first?.endDate == "2024-07-01")
    }
}
