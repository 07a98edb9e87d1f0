import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("The built-in comparators")
struct ComparatorsTests {
    let comparators: Dataset

    init() throws { comparators = try Catalog.comparators }

    @Test("The shipped comparators decode and are in canonical form (what Dataset.json() writes)")
    func decodesCanonically() throws {
        #expect(try comparators.json() == Catalog.comparatorsJSON)
        #expect(try Dataset(json: Catalog.comparatorsJSON) == comparators)
    }

    @Test(
        "They hold the nine formats, 20 tracks, 74 editions, 15 agreements, 157 sources and 6 claims"
    )
    func counts() {
        #expect(
            comparators.formats.map(\.id.rawValue) == [
                "japan-central-asia", "china-central-asia", "us-central-asia", "eu-central-asia",
                "india-central-asia", "russia-central-asia", "germany-central-asia",
                "gcc-central-asia", "italy-central-asia",
            ])
        #expect(comparators.forums.count == 20)
        #expect(comparators.forums.allSatisfy { $0.format != nil })
        let editions: Int = comparators.forums.reduce(0) { $0 + $1.editions.count }
        #expect(editions == 74)
        #expect(comparators.agreements.count == 15)
        #expect(comparators.sources.count == 157)
        #expect(comparators.disputes.count == 6)
        #expect(comparators.meetings.count == 5)
        #expect(comparators.asOf == "2026-12-05")
    }

    @Test("Türkiye has no format, and Korea's format is not among the comparators")
    func noTurkiyeNoKorea() throws {
        let partners = comparators.formats.map(\.partner)
        #expect(!partners.contains(.country(try Country("TR"))))
        #expect(!partners.contains(.country(.korea)))
    }

    @Test(
        "Validated as of 2026-12-05 they have no error, acknowledge nothing, and keep exactly the 40 pinned warnings"
    )
    func pinnedWarnings() {
        let report = comparators.validate(asOf: "2026-12-05")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.acknowledged.isEmpty)
        let warnings = report.warnings.map { "\($0.code) \($0.subject)" }
        let undated = warnings.filter { $0.hasPrefix("source.undated ") }
        #expect(undated.count == 29)
        #expect(
            warnings.filter { !$0.hasPrefix("source.undated ") } == [
                "cadence.gap forums[india-central-asia-dialogue].years[2022]",
                "cadence.gap forums[india-central-asia-dialogue].years[2023]",
                "cadence.gap forums[india-central-asia-dialogue].years[2024]",
                "edition.unrecorded forums[japan-central-asia-senior-officials].editions[8]",
                "edition.unrecorded forums[japan-central-asia-senior-officials].editions[9]",
                "edition.unrecorded forums[japan-central-asia-senior-officials].editions[10]",
                "edition.unrecorded forums[japan-central-asia-senior-officials].editions[15]",
                "edition.unrecorded forums[eu-central-asia-ministerial].editions[10]",
                "edition.unrecorded forums[eu-central-asia-ministerial].editions[16]",
                "source.unretrieved sources[china-embassy-lr-t1875496]",
                "source.unquoted sources[china-embassy-lr-t1875496]",
            ])
        #expect(report.warnings.count == 40)
    }

    @Test("The catalog merged with the comparators validates with no error")
    func mergedValidates() throws {
        let merged = try Catalog.dataset.merging(comparators)
        let report = merged.validate()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let catalogDate = try #require(try Catalog.dataset.asOf)
        // The earlier of the two records' dates.
        #expect(merged.asOf == min(catalogDate, try #require(comparators.asOf)))
        #expect(merged.sources.count == (try Catalog.dataset).sources.count + 157)
    }

    /// The first edition of each track: (track, date, host, city).
    static let firstMeetings: [(String, String, String, String?)] = [
        ("japan-central-asia-foreign-ministers", "2004-08-28", "KZ", "Astana"),
        ("japan-central-asia-summit", "2025-12-19", "JP", "Tokyo"),
        ("china-central-asia-foreign-ministers", "2020-07-16", "CN", nil),
        ("china-central-asia-summit", "2023-05-18", "CN", "Xi'an"),
        ("us-central-asia-ministerial", "2015-11-01", "UZ", "Samarkand"),
        ("us-central-asia-summit", "2023-09-19", "US", "New York"),
        ("eu-central-asia-summit", "2025-04-04", "UZ", "Samarkand"),
        ("india-central-asia-dialogue", "2019-01-13", "UZ", "Samarkand"),
        ("india-central-asia-summit", "2022-01-27", "IN", nil),
        ("russia-central-asia-summit", "2022-10-14", "KZ", "Astana"),
        ("germany-central-asia-summit", "2023-09-29", "DE", "Berlin"),
        ("gcc-central-asia-ministerial", "2022-09-07", "SA", "Riyadh"),
        ("gcc-central-asia-summit", "2023-07-19", "SA", "Jeddah"),
        ("italy-central-asia-summit", "2025-05-30", "KZ", "Astana"),
    ]

    @Test("Each track's first edition has the date, host and city its sources give")
    func firstEditions() throws {
        for (track, date, host, city) in Self.firstMeetings {
            let first = try #require(comparators.forum(try Forum.ID(track))?.edition(1))
            #expect(first.date == (try PartialDate(date)), "\(track)")
            #expect(first.host.code == host, "\(track)")
            if let city { #expect(first.city == city, "\(track)") }
        }
    }

    @Test("China's summits: Xi'an 2023, Astana 2025, China 2027 planned, by the binding Xi'an rule")
    func chinaSummits() throws {
        let summit = try #require(comparators.forum(Catalog.chinaSummitID))
        #expect(summit.editions.map(\.date) == ["2023-05-18", "2025-06-17", "2027"])
        #expect(summit.editions.map(\.host.code) == ["CN", "KZ", "CN"])
        #expect(summit.editions.map(\.status) == [.held, .held, .planned])
        let period = try #require(summit.charters.last)
        #expect(period.force == .binding)
        #expect(period.charter.cadence == .biennial)
        #expect(period.charter.rotation?.order == .alphabetical)
        #expect(period.charter.rotation?.pivot == .country(try Country("CN")))
    }

    @Test(
        "China's plan by its written rule: 2027 China, 2029 Kyrgyzstan, 2031 China, 2033 Tajikistan"
    )
    func chinaPlan() throws {
        let summit = try #require(comparators.forum(Catalog.chinaSummitID))
        let plan = try summit.plan(through: 2033)
        #expect(plan.map(\.year) == [2029, 2031, 2033])  // 2027 is recorded as planned
        #expect(plan.map(\.host.code) == ["KG", "CN", "TJ"])
    }

    @Test("India's summit rule is binding and biennial, and its breach has no edition to report on")
    func indiaRule() throws {
        let summit = try #require(comparators.forum("india-central-asia-summit"))
        #expect(summit.charters.map(\.force) == [.binding])
        #expect(summit.charters.first?.charter.cadence == .biennial)
        #expect(summit.editions.count == 1)
        let report = comparators.validate(asOf: "2026-12-05")
        #expect(
            !report.violations.contains { $0.subject.path.contains("india-central-asia-summit") })
    }

    @Test(
        "The C5+1 ministerials in date order, New York 2019 (the State Department's fourth) the 5th"
    )
    func usMinisterials() throws {
        let track = try #require(comparators.forum("us-central-asia-ministerial"))
        #expect(
            track.editions.map(\.date) == [
                "2015-11-01", "2016-08-03", "2016-12", "2018-01", "2019-09-22", "2020-02-03",
                "2021-04-23", "2021-07-15", "2021-09-22", "2022-09-22", "2023-02-28", "2024-09-27",
            ])
        #expect(track.editions.map(\.ordinal) == Array(1...12))
        #expect(track.edition(5)?.sources == ["usembassy-uz-2019-09-24"])
        #expect(track.edition(3)?.marginsOf == "OSCE Ministerial Council, Hamburg")
    }

    @Test("Postponed and slipped editions keep their schedule history")
    func schedules() throws {
        let gcc = try #require(comparators.forum("gcc-central-asia-summit")?.edition(2))
        #expect(gcc.status == .postponed)
        #expect(gcc.city == "Samarkand")
        #expect(gcc.schedule.last?.date == nil)
        let japan = try #require(comparators.forum("japan-central-asia-summit")?.edition(1))
        #expect(japan.schedule.map(\.date) == ["2024-08", nil, "2025-12-19"])
        // The EU summit was announced for 3–4 April 2025 and held on the 4th.
        let eu = try #require(comparators.forum("eu-central-asia-summit")?.edition(1))
        #expect(eu.schedule.map(\.date) == ["2024", "2025-04-03", "2025-04-04"])
        #expect(eu.date == "2025-04-04")
        #expect(eu.endDate == nil)
        let withSchedule = comparators.forums.flatMap(\.editions).filter { !$0.schedule.isEmpty }
        #expect(withSchedule.count == 6)
    }

    @Test("Turkmenistan is an observer of the Japan dialogue; the four others and Japan founded it")
    func turkmenistanObserver() throws {
        let forum = try #require(comparators.forum("japan-central-asia-foreign-ministers"))
        #expect(forum.membership.observers(on: "2019") == [.country(.turkmenistan)])
        #expect(forum.members(on: "2019").count == 5)
        #expect(!forum.members(on: "2019").contains(.country(.turkmenistan)))
    }

    @Test("The China–Central Asia Secretariat sits in Xi'an since 2024-03-30")
    func secretariat() throws {
        let format = try #require(comparators.format("china-central-asia"))
        let secretariat = try #require(format.secretariat.flatMap(comparators.institution))
        #expect(secretariat.city == "Xi'an")
        #expect(secretariat.country.code == "CN")
        #expect(secretariat.established == "2024-03-30")
    }

    @Test("The EU and the GCC are partners as organisations with their member states")
    func organisations() throws {
        let eu = try #require(comparators.institution("eu"))
        let gcc = try #require(comparators.institution("gcc"))
        #expect(comparators.format("eu-central-asia")?.partner == .organization("eu"))
        #expect(comparators.format("gcc-central-asia")?.partner == .organization("gcc"))
        #expect(eu.memberStates.count == 27)
        #expect(gcc.memberStates.map(\.code).sorted() == ["AE", "BH", "KW", "OM", "QA", "SA"])
    }

    @Test("Every disagreement of the research is kept as a claim with its sources")
    func disputes() {
        let kept = comparators.disputes.map {
            "\($0.entity.path) \($0.property) \($0.preferred?.description ?? "-") \($0.claimed)"
        }
        #expect(
            Set(kept) == [
                "formats[china-central-asia] established 2020-07-16 2019",
                "formats[us-central-asia] established 2015-11-01 2015-09",
                "forums[china-central-asia-summit] established 2023-05 2020",
                "forums[eu-central-asia-summit] established 2025-04 2022-10-27",
                "forums[eu-central-asia-ministerial].editions[9] date 2012-11-27 2013",
                "agreements[gcc-central-asia-joint-action-plan-2023-2027] date 2022-09 2023-07-19",
            ])
        #expect(comparators.disputes.allSatisfy { !$0.sources.isEmpty })
    }
}
