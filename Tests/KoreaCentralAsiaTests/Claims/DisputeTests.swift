import KoreaCentralAsia
import Testing

@Suite("Disputes: every claim beside the preferred value, and whether the two are compatible")
struct DisputeTests {
    @Test("The fixture's disputes come in the document's order, each with its entity and values")
    func fixtureDisputes() throws {
        let disputes = try ClaimDecodingTests.fixture().disputes
        #expect(
            disputes.map(\.subject.path) == [
                "institutions[secretariat].claims[0]",
                "partnerships[KR-UZ].stages[2006].claims[0]",
                "forums[cooperation-forum].claims[0]",
                "forums[cooperation-forum].membership[secretariat@2017-07-10].claims[0]",
                "forums[cooperation-forum].editions[8].claims[0]",
                "forums[cooperation-forum].editions[8].claims[1]",
                "forums[cooperation-forum].editions[8].claims[2]",
                "forums[cooperation-forum].editions[8].claims[3]",
                "agreements[seoul-declaration].claims[0]",
                "meetings[executive-committee].claims[0]",
            ])
        let city = disputes[4]
        #expect(city.entity.path == "forums[cooperation-forum].editions[8]")
        #expect(city.property == "city")
        #expect(city.preferred == AnyClaimValue("Seoul"))
        #expect(city.claimed == AnyClaimValue("Jeju"))
        #expect(city.sources == ["asiae-2014-04-15"])
        #expect(city.note?.hasPrefix("Announced") == true)
        #expect(!city.isCompatible && !city.isSameAsPreferred)
        #expect(
            disputes.map(\.isCompatible) == [
                false, true, true, false, false, true, false, false, false, false,
            ])
    }

    @Test(
        "A date claim is compatible when it may fall within the preferred date, or between the date and the end date",
        arguments: [
            ("2019-10-16", "2019-10-15", "2019-10-16", true),
            ("2019-10-17", "2019-10-15", "2019-10-16", false),
            ("2019-10-14", "2019-10-15", "2019-10-16", false),
            ("2019-10", "2019-10-15", nil, true),
            ("2019", "2019-10-15", nil, true),
            ("2019-10-16", "2019-10-15", nil, false),
            ("2019-11", "2019-10-15", "2019-11-02", true),
            ("2018-07", "2017-07-10", nil, false),
            ("2017-07", "2017-07-10", nil, true),
        ] as [(PartialDate, PartialDate, PartialDate?, Bool)])
    func dateCompatibility(
        claimed: PartialDate, date: PartialDate, end: PartialDate?, compatible: Bool
    ) throws {
        let claim = try Claim(\Meeting.date, claimed, sources: ["s"])
        let meeting = Meeting(id: "m", title: "M", date: date, endDate: end, claims: [claim])
        #expect(meeting.isCompatible(claim) == compatible)
        let dataset = Dataset(meetings: [meeting])
        #expect(dataset.disputes.map(\.isCompatible) == [compatible])
    }

    @Test(
        "A date without an end date, and every other value, is compared by itself",
        arguments: [
            ("2017-07", "2017-07-10", true), ("2018-07", "2017-07-10", false),
            ("2017", "2017-07-10", true), ("2017-07-11", "2017-07-10", false),
        ] as [(PartialDate, PartialDate, Bool)])
    func institutionDate(claimed: PartialDate, preferred: PartialDate, compatible: Bool) throws {
        let claim = try Claim(\Institution.established, claimed, sources: ["s"])
        let institution = Institution(
            id: "secretariat", name: "Secretariat", kind: .secretariat, country: .korea,
            established: preferred, claims: [claim])
        #expect(institution.isCompatible(claim) == compatible)
        #expect(institution.claims(of: \.established).map(\.value) == [claimed])
    }

    @Test("Other values are compatible only when equal; a claim where the record has no value is")
    func otherValues() throws {
        let edition = try Edition(
            ordinal: 10, date: "2016-11-15", host: .korea, level: .viceMinisterial)
        #expect(!edition.isCompatible(try Claim(\Edition.level, .ministerial, sources: ["s"])))
        #expect(edition.isCompatible(try Claim(\Edition.level, .viceMinisterial, sources: ["s"])))
        #expect(!edition.isCompatible(try Claim(\Edition.host, .uzbekistan, sources: ["s"])))
        #expect(edition.isCompatible(try Claim(\Edition.city, "Seoul", sources: ["s"])))
        #expect(edition.preferredValue(of: try Claim(\Edition.city, "Seoul")) == nil)
        #expect(
            edition.preferredValue(of: try Claim(\Edition.level, .ministerial))
                == AnyClaimValue(Edition.Level.viceMinisterial))
    }

    @Test("A dataset without claims has no disputes")
    func none() {
        #expect(RuleFixtures.thinkTankDataset.disputes.isEmpty)
    }
}
