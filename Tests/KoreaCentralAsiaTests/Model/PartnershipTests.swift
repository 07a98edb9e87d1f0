import KoreaCentralAsia
import Testing

@Suite("Partnership")
struct PartnershipTests {
    @Test("Tiers are ordered: diplomatic relations, named, strategic, special strategic")
    func tiers() {
        #expect(
            Partnership.Tier.allCases == [
                .diplomaticRelations, .namedPartnership, .strategicPartnership,
                .specialStrategicPartnership,
            ])
        #expect(Partnership.Tier.allCases.sorted() == Partnership.Tier.allCases)
        #expect(Partnership.Tier.diplomaticRelations < .namedPartnership)
        #expect(Partnership.Tier.strategicPartnership < .specialStrategicPartnership)
        #expect(!(Partnership.Tier.namedPartnership < .namedPartnership))
    }

    @Test(
        "Each level belongs to its tier",
        arguments: [
            (Partnership.Level.diplomaticRelations, Partnership.Tier.diplomaticRelations),
            (.mutuallyBeneficialPartnership, .namedPartnership),
            (.comprehensivePartnership, .namedPartnership),
            (.strategicPartnership, .strategicPartnership),
            (.specialStrategicPartnership, .specialStrategicPartnership),
        ])
    func tier(level: Partnership.Level, tier: Partnership.Tier) {
        #expect(level.tier == tier)
    }

    @Test(
        "A level is higher than another only when its tier is; named partnerships of one tier are neither",
        arguments: [
            (
                Partnership.Level.strategicPartnership, Partnership.Level.comprehensivePartnership,
                true
            ),
            (.comprehensivePartnership, .strategicPartnership, false),
            (.specialStrategicPartnership, .strategicPartnership, true),
            (.mutuallyBeneficialPartnership, .diplomaticRelations, true),
            (.diplomaticRelations, .mutuallyBeneficialPartnership, false),
            (.comprehensivePartnership, .mutuallyBeneficialPartnership, false),
            (.mutuallyBeneficialPartnership, .comprehensivePartnership, false),
            (.strategicPartnership, .strategicPartnership, false),
            (.specialStrategicPartnership, .diplomaticRelations, true),
        ])
    func higher(level: Partnership.Level, other: Partnership.Level, isHigher: Bool) {
        #expect(level.isHigher(than: other) == isHigher)
    }

    @Test("Levels are not Comparable, so one tier's named partnerships cannot be ranked by mistake")
    func levelsAreNotComparable() {
        #expect(!(Partnership.Level.self is any Comparable.Type))
    }

    @Test(
        "The level on a date is that of the latest stage that does not definitely follow it",
        arguments: [
            ("1991", nil), ("1992-01-28", nil), ("1992-01", Partnership.Level.diplomaticRelations),
            ("1992", .diplomaticRelations), ("2006-02-28", .diplomaticRelations),
            ("2006", .strategicPartnership),
            ("2006-03-01", .strategicPartnership), ("2019-04-18", .strategicPartnership),
            ("2019-04", .specialStrategicPartnership), ("2019", .specialStrategicPartnership),
            ("2024-06-14", .specialStrategicPartnership),
        ])
    func level(on date: String, expected: Partnership.Level?) throws {
        #expect(Fixtures.partnership.level(on: try PartialDate(date)) == expected)
    }

    @Test("A partnership knows its countries, its partner of each and its current level")
    func countries() {
        let partnership = Fixtures.partnership
        #expect(partnership.first == .korea)
        #expect(partnership.second == .uzbekistan)
        #expect(partnership.involves(.uzbekistan))
        #expect(!partnership.involves(.kazakhstan))
        #expect(partnership.partner(of: .korea) == .uzbekistan)
        #expect(partnership.partner(of: .uzbekistan) == .korea)
        #expect(partnership.partner(of: .mongolia) == nil)
        #expect(partnership.currentLevel == .specialStrategicPartnership)
        #expect(partnership.key == "KR-UZ")
        #expect(Partnership(countries: (.korea, .mongolia), stages: []).currentLevel == nil)
    }

    @Test("Levels read as words")
    func displayNames() {
        #expect(
            Partnership.Level.specialStrategicPartnership.displayName
                == "special strategic partnership")
        #expect(
            Partnership.Level.mutuallyBeneficialPartnership.displayName
                == "mutually beneficial partnership")
        #expect(Partnership.Level.diplomaticRelations.displayName == "diplomatic relations")
    }
}
