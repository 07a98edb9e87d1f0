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
    func thinkTankCharter() {
        let charter = Charter.thinkTankForum
        #expect(charter.cadence == .annual)
        #expect(
            charter.rotation
                == Charter.Rotation(kind: .reciprocal, pivot: .korea, group: Country.centralAsia))
        #expect(charter.firstEdition == Charter.FirstEdition(year: 2024, host: .korea))
        #expect(
            charter.admission
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
    func partialCharters() {
        func charter(_ provisions: [Provision]) -> Charter? {
            Agreement(id: "a", title: "A", kind: .memorandum, date: "2020", provisions: provisions)
                .derivedCharter
        }
        #expect(charter([.cadence(.annual)]) == Charter(cadence: .annual))
        #expect(
            charter([.cadence(.annual), .text("Annual meetings.")]) == Charter(cadence: .annual))
        #expect(
            charter([.firstEdition(year: 2007, host: .korea), .cadence(.annual)])
                == Charter(cadence: .annual, firstEdition: .init(year: 2007, host: .korea)))
        #expect(
            charter([.cadence(.annual), .admissionByRecommendation(minimumRecommenders: 2)])
                == Charter(cadence: .annual, admission: .init(minimumRecommenders: 2)))
    }

    @Test("Reciprocity sets a rotation only when the record states the pivot and the group")
    func reciprocity() {
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
                == .init(pivot: .korea, group: [.kazakhstan]))
    }

    @Test("A provision's name is its kind on the wire")
    func names() {
        #expect(
            Fixtures.provisions.map(\.name) == [
                "cadence", "reciprocity", "firstEdition", "admissionByRecommendation", "text",
            ])
    }

    @Test("An admission policy built in code never asks for a negative number of recommenders")
    func admissionPolicy() {
        #expect(Charter.AdmissionPolicy(minimumRecommenders: -2).minimumRecommenders == 0)
        #expect(Charter.AdmissionPolicy(minimumRecommenders: 3).minimumRecommenders == 3)
    }
}
