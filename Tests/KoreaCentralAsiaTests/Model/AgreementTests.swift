import KoreaCentralAsia
import Testing

@Suite("Agreements and charters")
struct AgreementTests {
    @Test("The Joint Statement's provisions derive the Think Tank Forum's charter")
    func derivedCharter() {
        #expect(Fixtures.agreement.derivedCharter == .thinkTankForum)
    }

    @Test(
        "The Think Tank Forum's charter is annual, reciprocal, first in Korea in 2024, one recommender"
    )
    func thinkTankCharter() throws {
        let charter = Charter.thinkTankForum
        #expect(charter.cadence == .annual)
        #expect(
            charter.rotation
                == (try Charter.Rotation(pivot: .korea, group: Country.centralAsia)))
        #expect(try charter.firstEdition == Charter.FirstEdition(year: 2024, host: .korea))
        #expect(
            try charter.admission
                == Charter.AdmissionPolicy(kind: .recommendation, minimumRecommenders: 1))
    }

    @Test("Provisions without a cadence derive no charter")
    func noCadence() {
        var agreement = Fixtures.agreement
        agreement.provisions.removeAll { $0 == .cadence(.annual) }
        #expect(agreement.derivedCharter == nil)
        agreement.provisions = []
        #expect(agreement.derivedCharter == nil)
    }

    @Test("Each provision sets its own part of the charter; text sets none")
    func partialCharters() throws {
        func charter(_ provisions: [Provision]) -> Charter? {
            Agreement(id: "a", title: "A", kind: .memorandum, date: "2020", provisions: provisions)
                .derivedCharter
        }
        #expect(charter([.cadence(.annual)]) == Charter(cadence: .annual))
        #expect(
            charter([.cadence(.annual), .text("Annual meetings.")]) == Charter(cadence: .annual))
        #expect(
            try charter([.firstEdition(year: 2007, host: .korea), .cadence(.annual)])
                == Charter(cadence: .annual, firstEdition: try .init(year: 2007, host: .korea)))
        #expect(
            try charter([.cadence(.annual), .admissionByRecommendation(minimumRecommenders: 2)])
                == Charter(cadence: .annual, admission: try .init(minimumRecommenders: 2)))
    }

    @Test("Reciprocity sets a rotation only when the record states the pivot and the group")
    func reciprocity() throws {
        func rotation(_ provision: Provision) -> Charter.Rotation? {
            Agreement(
                id: "a", title: "A", kind: .declaration, date: "2020",
                provisions: [.cadence(.annual), provision]
            ).derivedCharter?.rotation
        }
        #expect(rotation(.reciprocity(pivot: nil, group: [])) == nil)
        #expect(rotation(.reciprocity(pivot: .korea, group: [])) == nil)
        #expect(rotation(.reciprocity(pivot: nil, group: [.kazakhstan])) == nil)
        #expect(
            rotation(.reciprocity(pivot: .korea, group: [.kazakhstan]))
                == (try Charter.Rotation(pivot: .korea, group: [.kazakhstan])))
    }

    @Test("A provision's name is its kind on the wire")
    func names() {
        #expect(
            Fixtures.provisions.map(\.name) == [
                "cadence", "reciprocity", "firstEdition", "admissionByRecommendation", "text",
            ])
    }

    @Test(
        "An admission policy built in code refuses what decoding refuses: a minimum outside 0 to 1000",
        arguments: [(-2, false), (-1, false), (0, true), (3, true), (1000, true), (1001, false)])
    func admissionPolicy(minimum: Int, isValid: Bool) {
        let policy = try? Charter.AdmissionPolicy(minimumRecommenders: minimum)
        #expect((policy?.minimumRecommenders == minimum) == isValid)
    }
}
