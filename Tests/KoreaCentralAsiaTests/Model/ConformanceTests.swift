import Foundation
import KoreaCentralAsia
import Testing

/// Compiles only when `T` is a value type of the model: `Sendable`, `Hashable` and `Codable`.
private func requireModelValue<T: Sendable & Hashable & Codable>(_: T.Type) {}

/// Compiles only when `T` can cross concurrency domains and be compared and hashed.
private func requireSendableHashable<T: Sendable & Hashable>(_: T.Type) {}

/// One value of the model, built in code, that must come back equal from JSON.
struct Sample: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let roundTrips: @Sendable () throws -> Bool

    init<T: Codable & Hashable & Sendable>(_ value: T, _ name: String? = nil) {
        testDescription = name ?? String(describing: T.self)
        roundTrips = { try Fixtures.roundTrip(value) == value }
    }

    init<T: Codable & Hashable & Sendable>(
        _ name: String, _ build: @escaping @Sendable () throws -> T
    ) {
        testDescription = name
        roundTrips = {
            let value = try build()
            return try Fixtures.roundTrip(value) == value
        }
    }
}

@Suite("Model values")
struct ConformanceTests {
    @Test("Every type of the model is Sendable, Hashable and Codable")
    func conformances() {
        requireModelValue(Country.self)
        requireModelValue(PartialDate.self)
        requireModelValue(PartialDate.Precision.self)
        requireModelValue(Source.self)
        requireModelValue(Source.ID.self)
        requireModelValue(WebAddress.self)
        requireModelValue(Place.self)
        requireModelValue(Acknowledgement.self)
        requireModelValue(RuleCode.self)
        requireModelValue(Institution.self)
        requireModelValue(Institution.ID.self)
        requireModelValue(Institution.Kind.self)
        requireModelValue(ExternalIdentifier.self)
        requireModelValue(ExternalIdentifier.Scheme.self)
        requireModelValue(Partnership.self)
        requireModelValue(Partnership.Stage.self)
        requireModelValue(Partnership.Level.self)
        requireModelValue(Forum.self)
        requireModelValue(Forum.ID.self)
        requireModelValue(Forum.Kind.self)
        requireModelValue(Charter.self)
        requireModelValue(Charter.Cadence.self)
        requireModelValue(Charter.Rotation.self)
        requireModelValue(Charter.Rotation.Kind.self)
        requireModelValue(Charter.Side.self)
        requireModelValue(Charter.FirstEdition.self)
        requireModelValue(Charter.AdmissionPolicy.self)
        requireModelValue(Charter.AdmissionPolicy.Kind.self)
        requireModelValue(Membership.self)
        requireModelValue(Membership.Event.self)
        requireModelValue(Membership.Status.self)
        requireModelValue(Edition.self)
        requireModelValue(Edition.Status.self)
        requireModelValue(Edition.Mode.self)
        requireModelValue(Edition.Level.self)
        requireModelValue(Agreement.self)
        requireModelValue(Agreement.ID.self)
        requireModelValue(Agreement.Kind.self)
        requireModelValue(Provision.self)
        requireModelValue(Meeting.self)
        requireModelValue(Meeting.ID.self)
        requireModelValue(CooperationArea.self)
        requireModelValue(Indicator.self)
        requireModelValue(Indicator.ID.self)
        requireModelValue(Indicator.Measure.self)
        requireModelValue(Indicator.Economy.self)
        requireModelValue(Figure.self)
        requireModelValue(Figure.Bound.self)
        requireModelValue(Growth.self)
        requireModelValue(Currency.self)
        requireModelValue(Initiative.self)
        requireModelValue(Initiative.ID.self)
        requireModelValue(Dataset.self)
        requireModelValue(ValueError.Kind.self)
        requireModelValue(DatasetDecodingError.Kind.self)
        // Derived values and errors, which have no wire form of their own.
        requireSendableHashable(Country.Profile.self)
        requireSendableHashable(Partnership.Tier.self)
        requireSendableHashable(Membership.Change.self)
        requireSendableHashable(ValueError.self)
        requireSendableHashable(DatasetDecodingError.self)
    }

    @Test("Typed identifiers of different entities are different types")
    func typedIdentifiers() {
        let ids: [Any.Type] = [
            Source.ID.self, Institution.ID.self, Forum.ID.self, Agreement.ID.self, Meeting.ID.self,
            Indicator.ID.self, Initiative.ID.self,
        ]
        #expect(Set(ids.map(ObjectIdentifier.init)).count == ids.count)
    }

    static let samples: [Sample] = [
        Sample(Country.kazakhstan),
        Sample(PartialDate("2023-12"), "PartialDate (month)"),
        Sample(PartialDate("2023-11-20"), "PartialDate (day)"),
        Sample(PartialDate.Precision.month),
        Sample("Source") { try Fixtures.source },
        Sample("WebAddress") { try WebAddress("https://www.example.org/view.php?ud=2019&x=1#top") },
        Sample(Place(city: "Tashkent", country: .uzbekistan)),
        Sample(Place(country: .korea), "Place (no city)"),
        Sample("Institution") { try Fixtures.kaziss },
        Sample(Fixtures.institute, "Institution (research centre with a parent)"),
        Sample("ExternalIdentifier") { try ExternalIdentifier(scheme: .ror, value: "00abcde12") },
        Sample(Fixtures.partnership),
        Sample(Partnership.Stage(level: .comprehensivePartnership, since: "2024-12-03")),
        Sample(Partnership.Level.mutuallyBeneficialPartnership),
        Sample(Fixtures.forum),
        Sample(
            Forum(id: "cooperation-forum", name: "Cooperation Forum", kind: .ministerial),
            "Forum (minimal)"),
        Sample(Charter.thinkTankForum),
        Sample(Charter(cadence: .annual), "Charter (cadence only)"),
        Sample(valid { try Charter.Rotation(pivot: .korea, group: [.kazakhstan, .uzbekistan]) }),
        Sample(valid { try Charter.FirstEdition(year: 2024, host: .korea) }),
        Sample(valid { try Charter.AdmissionPolicy(minimumRecommenders: 2) }),
        Sample(Charter.Side.group),
        Sample(Fixtures.membership),
        Sample(Membership.Event.founded("kaziss", on: "2023-11-20"), "Membership.Event (founded)"),
        Sample(
            Membership.Event.admitted("isrs", on: "2024", recommendedBy: ["kaziss", "iica"]),
            "Membership.Event (admitted as a member)"),
        Sample(
            Membership.Event.admitted(
                "embassy", on: "2024-07", recommendedBy: [], status: .participant),
            "Membership.Event (admitted as a participant)"),
        Sample(
            Membership.Event.withdrew("iica", on: "2025-03", sources: ["src"]),
            "Membership.Event (withdrew)"),
        Sample(Membership.Status.participant),
        Sample(Fixtures.edition),
        Sample(
            RuleFixtures.edition(3, "2026", .korea, .cancelled),
            "Edition (cancelled)"),
        Sample(Edition.Status.planned),
        Sample(Edition.Mode.virtual),
        Sample(Edition.Level.ministerial),
        Sample(Fixtures.agreement),
        Sample(Agreement.Kind.memorandum),
        Sample(Provision.cadence(.annual), "Provision.cadence"),
        Sample(
            Provision.reciprocity(pivot: .korea, group: Country.centralAsia),
            "Provision.reciprocity"),
        Sample(
            Provision.reciprocity(pivot: nil, group: []), "Provision.reciprocity (unstated format)"),
        Sample(
            valid { try Provision.firstEdition(year: 2024, host: .korea) }, "Provision.firstEdition"
        ),
        Sample(
            valid { try Provision.admissionByRecommendation(minimumRecommenders: 1) },
            "Provision.admissionByRecommendation"),
        Sample(Provision.text("Delegations exchanged views."), "Provision.text"),
        Sample(Fixtures.meeting),
        Sample(CooperationArea.transportAndLogistics),
        Sample(Fixtures.trade2023),
        Sample(Indicator.Measure.accumulatedInvestment),
        Sample(Indicator.Economy.centralAsia, "Indicator.Economy (Central Asia)"),
        Sample(Indicator.Economy.country(.kazakhstan), "Indicator.Economy (country)"),
        Sample(valid { try Figure(amount: 9_200_000_000, currency: .usd, bound: .approximately) }),
        Sample(
            valid { try Figure(amount: 0.25, currency: .krw, bound: .lessThan) },
            "Figure (fractional)"),
        Sample(Figure.Bound.moreThan),
        Sample(Growth(factor: 666.666, bound: .moreThan)),
        Sample(Currency.kzt),
        Sample(Fixtures.initiative),
        Sample(Fixtures.acknowledgement),
        Sample("Dataset") { try Fixtures.dataset },
        Sample(Dataset(), "Dataset (empty)"),
    ]

    @Test("A value built in code comes back equal from JSON", arguments: samples)
    func roundTrip(sample: Sample) throws {
        #expect(try sample.roundTrips())
    }

    @Test("Every provision kind is represented among the samples")
    func everyProvision() {
        let names = Set(Fixtures.provisions.map(\.name))
        #expect(
            names == [
                "cadence", "reciprocity", "firstEdition", "admissionByRecommendation", "text",
            ])
    }

    @Test("Encoding a dataset twice gives the same bytes, and decoding them gives an equal value")
    func datasetRoundTrip() throws {
        let dataset = try Fixtures.dataset
        let bytes = try dataset.json()
        #expect(try dataset.json() == bytes)
        #expect(try Dataset(json: bytes) == dataset)
        #expect(try Dataset(json: dataset.json(prettyPrinted: false)) == dataset)
    }

    @Test("A value differs from one with any field changed, so equality is not vacuous")
    func equalityIsMeaningful() throws {
        var edition = Fixtures.edition
        edition.city = "Samarkand"
        #expect(edition != Fixtures.edition)
        #expect(try Fixtures.roundTrip(edition) != Fixtures.edition)
        var dataset = try Fixtures.dataset
        dataset.indicators[1].value.bound = .approximately
        #expect(try dataset != Fixtures.dataset)
    }
}
