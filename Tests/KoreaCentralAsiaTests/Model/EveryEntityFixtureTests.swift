import Foundation
import KoreaCentralAsia
import Testing

/// `Fixtures/every-entity.json`: a hand-written document with at least one of every entity,
/// every optional field and every provision kind, kept in canonical form.
@Suite("Every-entity fixture")
struct EveryEntityFixtureTests {
    let bytes: Data
    let dataset: Dataset

    init() throws {
        bytes = try Fixtures.data(named: "every-entity")
        dataset = try Dataset(json: bytes)
    }

    @Test("It decodes, re-encodes to the same bytes, and decodes again to an equal value")
    func canonicalRoundTrip() throws {
        let encoded = try dataset.json()
        #expect(encoded == bytes, "the fixture is not in canonical form")
        #expect(try Dataset(json: encoded) == dataset)
    }

    @Test("It is written with sorted keys, two-space indentation and a final newline")
    func layout() {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"acknowledgements\" : [\n"))
        #expect(text.hasSuffix("\n}\n"))
        #expect(text.contains(#""schemaVersion" : 3,"#))
        #expect(text.contains(#""url" : "https://herald.example.org/view.php?ud=20231121000123""#))
    }

    @Test("It holds at least one of every entity kind")
    func everyEntity() {
        #expect(dataset.sources.count >= 1)
        #expect(dataset.institutions.count >= 1)
        #expect(dataset.partnerships.count >= 1)
        #expect(dataset.forums.count >= 1)
        #expect(dataset.agreements.count >= 1)
        #expect(dataset.meetings.count >= 1)
        #expect(dataset.indicators.count >= 1)
        #expect(dataset.initiatives.count >= 1)
        #expect(dataset.acknowledgements.count >= 1)
        let editions = dataset.forums.flatMap(\.editions)
        let events = dataset.forums.flatMap(\.membership.events)
        #expect(!editions.isEmpty)
        #expect(!events.isEmpty)
    }

    @Test("It uses every value of every closed set")
    func everyClosedValue() {
        let forums = dataset.forums
        let editions = forums.flatMap(\.editions)
        let events = forums.flatMap(\.membership.events)
        #expect(Set(dataset.institutions.map(\.kind)) == Set(Institution.Kind.allCases))
        #expect(Set(forums.map(\.kind)) == Set(Forum.Kind.allCases))
        #expect(
            Set(dataset.partnerships.flatMap(\.stages).map(\.level))
                == Set(Partnership.Level.allCases))
        #expect(Set(editions.map(\.status)) == Set(Edition.Status.allCases))
        #expect(Set(editions.compactMap(\.mode)) == Set(Edition.Mode.allCases))
        #expect(Set(events.map(\.change.name)) == ["founded", "admitted", "withdrew"])
        #expect(Set(events.compactMap(\.change.resultingStatus)) == Set(Membership.Status.allCases))
        #expect(Set(dataset.agreements.map(\.kind)) == Set(Agreement.Kind.allCases))
        #expect(
            Set(dataset.agreements.flatMap(\.provisions).map(\.name))
                == ["cadence", "reciprocity", "firstEdition", "admissionByRecommendation", "text"])
        #expect(Set(dataset.indicators.map(\.measure)) == Set(Indicator.Measure.allCases))
        #expect(Set(dataset.indicators.map(\.value.bound)) == Set(Figure.Bound.allCases))
        #expect(Set(dataset.indicators.flatMap { [$0.first, $0.second] }).contains(.centralAsia))
        #expect(Set(dataset.meetings.flatMap(\.topics)).isSuperset(of: CooperationArea.known))
    }

    @Test("It fills every optional field somewhere")
    func everyOptionalField() throws {
        let sources = dataset.sources
        #expect(sources.contains { $0.published != nil && $0.url != nil && $0.note != nil })
        let institutions = dataset.institutions
        #expect(
            institutions.contains {
                $0.acronym != nil && $0.affiliation != nil && $0.established != nil
            })
        #expect(institutions.contains { $0.parent != nil })
        #expect(Set(institutions.flatMap(\.identifiers).map(\.scheme)) == [.wikidata, .ror])
        let forum = try #require(dataset.forums.first { $0.charter?.rotation != nil })
        #expect(forum.established != nil && forum.establishedBy != nil && forum.secretariat != nil)
        #expect(forum.charter?.firstEdition != nil && forum.charter?.admission != nil)
        #expect(forum.membership.events.contains { !$0.sources.isEmpty })
        let editions = dataset.forums.flatMap(\.editions)
        #expect(
            editions.contains {
                $0.endDate != nil && $0.city != nil && $0.mode != nil && $0.level != nil
                    && !$0.organizers.isEmpty
                    && !$0.sources.isEmpty
            })
        let agreement = try #require(dataset.agreements.first { $0.establishes != nil })
        #expect(
            agreement.place?.city != nil && !agreement.countries.isEmpty
                && !agreement.signatories.isEmpty)
        #expect(
            dataset.agreements.flatMap(\.provisions).contains(.reciprocity(pivot: nil, group: [])))
        #expect(
            dataset.meetings.contains {
                $0.endDate != nil && $0.place != nil && $0.host != nil && !$0.participants.isEmpty
                    && !$0.countries.isEmpty && $0.forum != nil
            })
        #expect(dataset.indicators.contains { $0.note != nil })
        #expect(dataset.initiatives.contains { $0.announced != nil && $0.place != nil })
        #expect(dataset.initiatives.contains { $0.parent != nil })
    }

    @Test("Its charter agrees with the agreement that established the forum")
    func derivedCharter() throws {
        let forum = try #require(dataset.forums.first { $0.id == "test-think-tank-forum" })
        let agreement = try #require(dataset.agreements.first { $0.id == forum.establishedBy })
        #expect(agreement.derivedCharter == forum.charter)
        #expect(
            forum.members(on: "2024-12") == [
                "almaty-institute", "seoul-foundation", "dushanbe-institute", "tashkent-institute",
            ])
        #expect(forum.members(on: "2025-12").contains("dushanbe-institute") == false)
        #expect(forum.membership.participants(on: "2024") == ["turkmen-embassy-seoul"])
    }

    @Test("Its trade figures grow more than 666 times")
    func growth() throws {
        let early = try #require(dataset.indicators.first { $0.id == "test-trade-1992" })
        let late = try #require(dataset.indicators.first { $0.id == "test-trade-2023" })
        #expect(late.growth(from: early)?.description == "more than 666×")
    }
}
