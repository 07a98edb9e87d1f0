import Foundation
import KoreaCentralAsia
import Testing

/// Compiles only when `T` is a value type of the model.
private func requireModelValue<T: Sendable & Hashable & Codable>(_: T.Type) {}

/// Compiles only when `T` can cross concurrency domains and be compared and hashed.
private func requireSendableHashable<T: Sendable & Hashable>(_: T.Type) {}

/// `Fixtures/claims.json`: a claim on every kind of claimable entity, from the disagreements of
/// the record (the 8th forum's city, the Secretariat's opening).
@Suite("Claims: decoding, refusals and typed reads")
struct ClaimDecodingTests {
    static func fixture() throws -> Dataset {
        try Dataset(json: Fixtures.data(named: "claims"))
    }

    static var eighth: Edition {
        get throws { try #require(try fixture().forums.first?.edition(8)) }
    }

    @Test("A claim decodes on every claimable entity, with its value in the property's type")
    func everyEntity() throws {
        let dataset = try Self.fixture()
        let institution = try #require(dataset.institutions.first)
        #expect(
            institution.claims(of: \.established) == [
                Claimed(
                    value: "2018-07", sources: ["kf-2018"],
                    note: "The Korea Foundation's page dates the opening to July 2018.")
            ])
        let stage = try #require(dataset.partnerships.first?.stages.first)
        #expect(stage.claims(of: \.since).map(\.value) == ["2006-03"])
        let forum = try #require(dataset.forums.first)
        #expect(forum.claims(of: \.established).map(\.value) == ["2007"])
        let event = try #require(forum.membership.events.first)
        #expect(event.claims(of: \.date).map(\.value) == ["2018-07"])
        let agreement = try #require(dataset.agreements.first)
        #expect(
            agreement.claims(of: \.place).map(\.value) == [Place(city: "Busan", country: .korea)])
        let meeting = try #require(dataset.meetings.first)
        #expect(meeting.claims(of: \.participants).map(\.value) == [["secretariat"]])
    }

    @Test("The claims of a property come back in the property's own type, and only its own")
    func typedReads() throws {
        let edition = try Self.eighth
        let cities: [Claimed<String>] = edition.claims(of: \.city)
        #expect(cities.map(\.value) == ["Jeju"])
        #expect(cities.first?.sources == ["asiae-2014-04-15"])
        #expect(cities.first?.note?.hasPrefix("Announced for Jeju") == true)
        let dates: [Claimed<PartialDate>] = edition.claims(of: \.date)
        #expect(dates.map(\.value) == ["2014-04-24"])
        let hosts: [Claimed<Country>] = edition.claims(of: \.host)
        #expect(hosts.map(\.value) == [.kazakhstan])
        #expect(edition.claims(of: \.level).map(\.value) == [.ministerial])
        #expect(edition.claims(of: \.mode).isEmpty)
        // A property that claims may not name has none.
        #expect(edition.claims(of: \.ordinal).isEmpty)
    }

    @Test("Claims encode as the document wrote them, and a round trip gives an equal dataset")
    func roundTrip() throws {
        let dataset = try Self.fixture()
        #expect(try Dataset(json: dataset.json()) == dataset)
        let claim = try #require(try Self.eighth.claims.first)
        #expect(
            try Fixtures.json(claim)
                == #"{"note":"Announced for Jeju; the ministry's report after the forum says Seoul.","property":"city","sources":["asiae-2014-04-15"],"value":"Jeju"}"#
        )
        let place = try #require(dataset.agreements.first?.claims.first)
        #expect(
            try Fixtures.json(place)
                == #"{"property":"place","sources":["kf-2018"],"value":{"city":"Busan","country":"KR"}}"#
        )
    }

    @Test("An entity without claims writes no claims key")
    func noClaimsKey() throws {
        let text = try Fixtures.json(Edition(ordinal: 1, date: "2024", host: .korea))
        #expect(!text.contains("claims"))
    }

    @Test("Both decoders read the claims fixture to the same value")
    func decodersAgree() throws {
        let data = try Fixtures.data(named: "claims")
        #expect(try JSONDecoder().decode(Dataset.self, from: data) == Dataset(json: data))
    }

    // MARK: Refusals

    /// A refusal of a claim on the base document's edition, meeting or institution.
    struct Case: Sendable, CustomTestStringConvertible {
        /// Where the claims are written: the entity's path.
        let entity: String
        /// The claim, as JSON text.
        let claim: String
        /// The path the error must name.
        let path: String
        let kind: DatasetDecodingError.Kind
        /// Words the reason must contain.
        let reason: String

        var testDescription: String { "\(entity): \(claim)" }
    }

    static let refusals: [Case] = [
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "weather", "value": "rain"}"#,
            path: "forums[0].editions[0].claims[0].property", kind: .invalidValue,
            reason: #""weather" is not a property that claims may name here"#),
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "date", "value": 2014}"#,
            path: "forums[0].editions[0].claims[0].value", kind: .wrongType, reason: "a string"),
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "date", "value": "2014-02-30"}"#,
            path: "forums[0].editions[0].claims[0].value", kind: .invalidValue,
            reason: "2014-02-30"),
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "host", "value": "XX"}"#,
            path: "forums[0].editions[0].claims[0].value", kind: .invalidValue,
            reason: "ISO 3166-1"),
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "status", "value": "maybe"}"#,
            path: "forums[0].editions[0].claims[0].value", kind: .invalidValue,
            reason: "edition status"),
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "city"}"#,
            path: "forums[0].editions[0].claims[0].value", kind: .missingKey, reason: "value"),
        Case(
            entity: "forums[0].editions[0]", claim: #"{"value": "Jeju"}"#,
            path: "forums[0].editions[0].claims[0].property", kind: .missingKey,
            reason: "property"),
        Case(
            entity: "forums[0].editions[0]",
            claim: #"{"property": "city", "value": "Jeju", "source": ["src"]}"#,
            path: "forums[0].editions[0].claims[0].source", kind: .unknownKey,
            reason: #"did you mean "sources"?"#),
        Case(
            entity: "forums[0].editions[0]",
            claim: #"{"property": "city", "value": "Jeju", "sources": ["SRC"]}"#,
            path: "forums[0].editions[0].claims[0].sources[0]", kind: .invalidValue,
            reason: "not an identifier"),
        // A property of another entity: a meeting has a title, an edition has not.
        Case(
            entity: "forums[0].editions[0]", claim: #"{"property": "title", "value": "Forum"}"#,
            path: "forums[0].editions[0].claims[0].property", kind: .invalidValue,
            reason: "the properties are date, endDate, host, city"),
        Case(
            entity: "meetings[0]", claim: #"{"property": "city", "value": "Jeju"}"#,
            path: "meetings[0].claims[0].property", kind: .invalidValue, reason: #""city""#),
        Case(
            entity: "meetings[0]", claim: #"{"property": "place", "value": {"city": "Jeju"}}"#,
            path: "meetings[0].claims[0].value.country", kind: .missingKey, reason: "country"),
        Case(
            entity: "institutions[0]", claim: #"{"property": "kind", "value": "club"}"#,
            path: "institutions[0].claims[0].value", kind: .invalidValue,
            reason: "institution kind"),
        Case(
            entity: "partnerships[0].stages[0]", claim: #"{"property": "since", "value": true}"#,
            path: "partnerships[0].stages[0].claims[0].value", kind: .wrongType,
            reason: "a string"),
        Case(
            entity: "forums[0].membership[0]", claim: #"{"property": "status", "value": "member"}"#,
            path: "forums[0].membership[0].claims[0].property", kind: .invalidValue,
            reason: #""status""#),
        Case(
            entity: "agreements[0]", claim: #"{"property": "signatories", "value": "kaziss"}"#,
            path: "agreements[0].claims[0].value", kind: .wrongType, reason: "an array"),
        Case(
            entity: "forums[0]", claim: #"{"property": "kind", "value": null}"#,
            path: "forums[0].claims[0].value", kind: .wrongType, reason: "found null"),
    ]

    @Test(
        "A bad claim is refused at its path, the same by Dataset(json:) and by JSONDecoder",
        arguments: refusals)
    func refusal(_ test: Case) throws {
        let claim = try JSONDecoder().decode(JSONValue.self, from: Data(test.claim.utf8))
        let document = try Fixtures.baseDocument()
            .replacing("\(test.entity).claims", with: [claim])
        let data = Data(document.description.utf8)
        let own = try #require(throws: DatasetDecodingError.self) { try Dataset(json: data) }
        #expect(own.path == test.path, "\(own)")
        #expect(own.kind == test.kind, "\(own)")
        #expect(own.reason.contains(test.reason), "\(own)")
        let foundation: DatasetDecodingError
        do {
            _ = try JSONDecoder().decode(Dataset.self, from: data)
            Issue.record("JSONDecoder decoded it")
            return
        } catch let error as DatasetDecodingError {
            foundation = error
        } catch let error as DecodingError {
            foundation = DatasetDecodingError(error)
        }
        #expect(foundation.path == own.path)
        #expect(foundation.kind == own.kind)
    }

    @Test("A claim that names no source decodes: the rules report it")
    func unsourcedDecodes() throws {
        let claim: JSONValue = .object(["property": "city", "value": "Jeju"])
        let document = try Fixtures.baseDocument()
            .replacing("forums[0].editions[0].claims", with: [claim])
        let dataset = try Dataset(json: Data(document.description.utf8))
        #expect(
            dataset.forums[0].editions[0].claims(of: \.city) == [
                Claimed(value: "Jeju", sources: [])
            ])
    }

    // MARK: Swift

    @Test("A claim built from a key path has the property's name and is type-checked")
    func keyPathClaims() throws {
        let jeju = try Claim(
            \Edition.city, "Jeju", sources: ["asiae-2014-04-15"], note: "announced")
        #expect(jeju.property == "city")
        #expect(jeju.value == AnyClaimValue("Jeju"))
        let date = try Claim(\Edition.date, "2014-04-24" as PartialDate)
        #expect(date.property == "date")
        #expect(date.value.value(as: PartialDate.self) == "2014-04-24")
        var edition = try Edition(
            ordinal: 8, date: "2014-04-23", host: .korea, city: "Seoul", claims: [jeju, date])
        #expect(edition.claims(of: \.city).map(\.value) == ["Jeju"])
        edition.claims.removeAll()
        #expect(edition.claims(of: \.city).isEmpty)
    }

    @Test("A key path that claims may not name, or a value of another type, is refused")
    func refusedInSwift() throws {
        let ordinal = #expect(throws: ValueError.self) { try Claim(\Edition.ordinal, 9) }
        #expect(ordinal?.message.contains("the properties are date") == true)
        let type = #expect(throws: ValueError.self) {
            try Claim<Edition>(property: "date", value: "2014-04-24")
        }
        #expect(type?.message.contains("PartialDate") == true)
        #expect(throws: ValueError.self) {
            try Claim<Meeting>(property: "city", value: "Jeju")
        }
        let named = try Claim<Meeting>(property: "title", value: "Executive committee")
        #expect(named.property == "title")
    }

    @Test("Every claimable entity's table names each property once, and each key path once")
    func tablesAreConsistent() {
        func check<E: Claimable>(_ type: E.Type) {
            let names = E.claimableProperties.map(\.name)
            #expect(Set(names).count == names.count, "\(E.self)")
            #expect(Set(E.claimableProperties.map(\.keyPath)).count == names.count, "\(E.self)")
        }
        check(Edition.self)
        check(Forum.self)
        check(Institution.self)
        check(Membership.Event.self)
        check(Partnership.Stage.self)
        check(Agreement.self)
        check(Meeting.self)
    }

    @Test("Claims are model values: Sendable, Hashable and Codable, and round-trip alone")
    func conformances() throws {
        requireModelValue(Claim<Edition>.self)
        requireModelValue(Claim<Forum>.self)
        requireModelValue(Claim<Institution>.self)
        requireModelValue(Claim<Membership.Event>.self)
        requireModelValue(Claim<Partnership.Stage>.self)
        requireModelValue(Claim<Agreement>.self)
        requireModelValue(Claim<Meeting>.self)
        requireSendableHashable(Claimed<PartialDate>.self)
        requireSendableHashable(AnyClaimValue.self)
        requireSendableHashable(Dispute.self)
        let claim = try Claim(\Agreement.place, Place(city: "Busan", country: .korea), note: "n")
        #expect(try Fixtures.roundTrip(claim) == claim)
        let list = try Claim(\Meeting.countries, [Country.korea, .uzbekistan], sources: ["s"])
        #expect(try Fixtures.roundTrip(list) == list)
        #expect(list.value.description == "KR;UZ")
        #expect(AnyClaimValue("2014" as PartialDate) != AnyClaimValue("2014"))
    }
}
