import Foundation
import KoreaCentralAsia
import Testing

/// Values a document, a command line or a well-typed argument can reach, at the edges where the
/// library once stopped the program: every one gives an answer or a typed error.
@Suite("No trap: descriptions, growths, ordinals and plans at the edges answer, never stop")
struct NoTrapTests {
    @Test(
        "A growth of any size, infinite or not a number is described, past Int's range too",
        arguments: [
            (1e19, Figure.Bound.moreThan, "more than 1e+19×"),
            (1e300, .exact, "1e+300×"),
            (Double.infinity, .approximately, "about inf×"),
            (-1e19, .lessThan, "less than -1e+19×"),
            (666.6, .moreThan, "more than 666×"),
            (1.54, .approximately, "about 1.5×"),
            (9_007_199_254_740_992, .exact, "9007199254740992×"),
        ])
    func growthDescription(factor: Double, bound: Figure.Bound, text: String) {
        #expect(Growth(factor: factor, bound: bound).description == text)
    }

    @Test("A growth that is not a number is described as such")
    func growthNaN() {
        #expect(Growth(factor: .nan, bound: .exact).description == "nan×")
    }

    @Test(
        "Figures up to the largest amount a document holds are described",
        arguments: [
            (999_999_999_999_999_872, "$1000000 trillion"),
            (-999_999_999_999_999_872, "$-1000000 trillion"),
            (0.01, "$0.01"),
            (.leastNonzeroMagnitude, "$0"),
            (15_000_000, "$15 million"),
        ])
    func figureDescription(amount: Double, text: String) throws {
        #expect(try Figure(amount: amount, currency: .usd).description == text)
    }

    @Test("The growth of two trade figures of 0.01 and 10^17 USD is 10^19, and says so")
    func documentGrowth() throws {
        let earlier = try Figure(amount: 0.01, currency: .usd)
        let later = try Figure(amount: 1e17, currency: .usd)
        let growth = try #require(later.growth(from: earlier))
        #expect(growth.description == "1e+19×")
        let tiny = try Figure(amount: .leastNonzeroMagnitude, currency: .usd)
        #expect(later.growth(from: tiny)?.description == "inf×")
    }

    @Test(
        "A growth range refuses its bounds reversed, built or decoded; one in order supports its claims"
    )
    func growthRange() throws {
        let low = Growth(factor: 2, bound: .exact)
        let high = Growth(factor: 5, bound: .exact)
        #expect(throws: ValueError.self) {
            try GrowthRange(lowest: high, highest: low, claimsDisagree: true)
        }
        let range = try GrowthRange(lowest: low, highest: high, claimsDisagree: true)
        #expect(range.supports(claim: 3))
        #expect(!range.supports(claim: 9))
        #expect(!range.supports(claim: .nan))
        let json = try JSONEncoder().encode(range)
        #expect(try JSONDecoder().decode(GrowthRange.self, from: json) == range)
        let reversed = Data(
            #"{"lowest": {"factor": 5, "bound": "exact"}, "highest": {"factor": 2, "bound": "exact"}, "claimsDisagree": true}"#
                .utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(GrowthRange.self, from: reversed)
        }
    }

    @Test(
        "An edition's ordinal outside 1 to 1,000,000 cannot be built, nor renumbered to, as it cannot be decoded",
        arguments: [Int.min, -1, 0, 1_000_001, Int.max])
    func ordinalsOutOfRange(ordinal: Int) throws {
        #expect(throws: ValueError.self) {
            try Edition(ordinal: ordinal, date: "2024", host: .korea)
        }
        var edition = try Edition(ordinal: 1, date: "2024", host: .korea)
        #expect(throws: ValueError.self) { try edition.renumber(ordinal) }
        #expect(edition.ordinal == 1, "a refused change leaves the edition as it was")
    }

    @Test("The widest gap of ordinals a document holds is one violation, not a million")
    func widestGap() throws {
        var forum = Forum(id: "forum", name: "Forum", kind: .thinkTank, sources: ["source"])
        forum.editions = [
            try Edition(ordinal: 1, date: "2024", host: .korea, sources: ["source"]),
            try Edition(
                ordinal: Edition.ordinalRange.upperBound, date: "2025", host: .kazakhstan,
                sources: ["source"]),
        ]
        let unrecorded = Dataset(forums: [forum]).validate().violations.filter {
            $0.code == .editionUnrecorded
        }
        #expect(
            unrecorded.map(\.message) == [
                "the 2nd to 999999th editions are not recorded (the record has the 1st and the 1000000th)"
            ])
    }

    @Test("A plan after the highest ordinal a document holds is refused, not overflowed")
    func planAfterHighestOrdinal() throws {
        let ordinal = Edition.ordinalRange.upperBound
        let history = [try Edition(ordinal: ordinal, date: "2024", host: .korea)]
        #expect(throws: PlanningError.ordinalOutOfRange(ordinal + 1)) {
            try Charter.thinkTankForum.plan(after: history, through: 2030)
        }
        // Nothing to plan, nothing to number: an empty plan, as for any history.
        #expect(try Charter.thinkTankForum.plan(after: history, through: 2024).isEmpty)
    }

    @Test("An end date before the date, or two delegations of one country, cannot be built")
    func inconsistentEdition() throws {
        #expect(throws: ValueError.self) {
            try Edition(ordinal: 1, date: "2024-07-30", endDate: "2024-07-29", host: .korea)
        }
        let delegation = Delegation(country: .korea, title: "Minister", level: .foreignMinister)
        #expect(throws: ValueError.self) {
            try Edition(
                ordinal: 1, date: "2024", host: .korea, delegations: [delegation, delegation])
        }
        var edition = try Edition(ordinal: 1, date: "2024-07-30", host: .korea)
        #expect(throws: ValueError.self) {
            try edition.reschedule(to: "2024-07-30", endDate: "2024-07-01")
        }
        #expect(throws: ValueError.self) {
            try edition.replaceDelegations(with: [delegation, delegation])
        }
        #expect(edition == (try Edition(ordinal: 1, date: "2024-07-30", host: .korea)))
    }

    @Test("A plan from the highest ordinal a document holds but one numbers its edition")
    func planAtHighestOrdinal() throws {
        let ordinal = Edition.ordinalRange.upperBound - 1
        let history = [try Edition(ordinal: ordinal, date: "2024", host: .korea)]
        let plan = try Charter.thinkTankForum.plan(after: history, through: 2025)
        #expect(plan.map(\.ordinal) == [ordinal + 1])
    }

    @Test("Plans near the year 9999 stop at 9999, and a history in 9999 plans nothing")
    func plansNearTheLastYear() throws {
        var forum = Forum(
            id: "forum", name: "Forum", kind: .thinkTank, charter: .thinkTankForum,
            sources: ["source"])
        forum.editions = [try Edition(ordinal: 1, date: "9997", host: .kazakhstan)]
        #expect(try forum.plan(through: 9999).map(\.year) == [9998, 9999])
        #expect(throws: PlanningError.yearOutOfRange(10_000)) { try forum.plan(through: 10_000) }
        forum.editions.append(try Edition(ordinal: 2, date: "9999", host: .korea))
        #expect(try forum.plan(through: 9999).isEmpty)
    }

    @Test(
        "A membership literal is a state for an assigned code and an institution for an identifier",
        arguments: [
            ("KG", Membership.Member.country(.kyrgyzstan)),
            ("KR", .country(.korea)),
            ("kaziss", .institution("kaziss")),
        ])
    func memberLiteral(text: String, member: Membership.Member) throws {
        let fromLiteral: Membership.Member
        switch text {
        case "KG": fromLiteral = "KG"
        case "KR": fromLiteral = "KR"
        default: fromLiteral = "kaziss"
        }
        #expect(fromLiteral == member)
        #expect(try Membership.Member(text) == member)
    }

    @Test("A membership text that is neither a code nor an identifier is refused with an error")
    func memberText() {
        // Through a variable: `Member("K G")` with a literal would be the literal initialiser.
        for text in ["K G", "XX", "", "Kg"] {
            #expect(throws: ValueError.self, "\(text)") { try Membership.Member(text) }
        }
    }
}
