import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("The built-in catalog")
struct CatalogTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    @Test("The shipped catalog decodes and is in canonical form (what Dataset.json() writes)")
    func decodesCanonically() throws {
        #expect(try catalog.json() == Catalog.json)
        #expect(try Dataset(json: Catalog.json) == catalog)
    }

    @Test("The catalog passes every rule with no error that is not acknowledged")
    func noUnacknowledgedErrors() {
        let report = catalog.validate()
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(!report.hasErrors)
    }

    @Test(
        "The catalog acknowledges exactly the Think Tank Forum's two deviations from the Joint Statement, the unknown recommender of Turkmenistan's participant and the 10th forum's planned level"
    )
    func acknowledgedDeviations() {
        let report = catalog.validate()
        let acknowledged = report.acknowledged.map {
            "\($0.violation.code) \($0.violation.subject)"
        }
        #expect(
            acknowledged == [
                "rotation.first-edition forums[korea-central-asia-think-tank-forum].editions[1]",
                "rotation.reciprocity forums[korea-central-asia-think-tank-forum].editions[2]",
                "admission.no-recommendation forums[korea-central-asia-think-tank-forum].membership[tm-iir-strategic-centre@2024-07-30]",
                "source.predates-fact forums[korea-central-asia-cooperation-forum].editions[10].claims[0]",
            ])
        #expect(
            report.acknowledged.first?.violation.message
                == "the 1st edition was hosted by Uzbekistan in 2024; the charter set the Republic of Korea in 2024"
        )
    }

    @Test(
        "The catalog's only warnings are the record's real gaps: year gaps, unrecorded editions, one disagreement, sources neither retrieved nor quoted, the overdue Summit, undated sources, the breaches of proposed periods"
    )
    func knownWarnings() {
        let warnings = catalog.validate().warnings.map { "\($0.code) \($0.subject)" }
        #expect(warnings == Self.warnings)
    }

    /// The warnings of the catalog, in the report's order: what `Catalog`'s documentation lists.
    static let warnings: [String] = {
        let forum = "forums[korea-central-asia-cooperation-forum]"
        let committee = "forums[korea-central-asia-secretariat-executive-committee]"
        let parity = "rotation.parity \(forum).editions[18]"
        let gaps = [2008, 2010, 2011, 2025].map { "cadence.gap \(forum).years[\($0)]" }
        let unrecorded = [2, 4, 5].map { "edition.unrecorded \(forum).editions[\($0)]" }
        let committeeUnrecorded = (2...15).map { "edition.unrecorded \(committee).editions[\($0)]" }
        let conflict = "indicator.conflict indicators[kr-kz-trade-turnover-2020-korea-herald]"
        let unretrieved = unretrievedSources.flatMap {
            ["source.unretrieved sources[\($0)]", "source.unquoted sources[\($0)]"]
        }
        let overdue = "edition.overdue forums[korea-central-asia-summit].editions[1]"
        let undated = undatedSources.map { "source.undated sources[\($0)]" }
        let belowCharter = "edition.level-below-charter \(forum).editions[10]"
        return [parity] + gaps + unrecorded + committeeUnrecorded + [conflict] + unretrieved
            + [overdue] + undated + [belowCharter]
    }()

    /// The sources with no retrieved date and no quotation (pages that could not be read
    /// again), in the catalog's order.
    static let unretrievedSources = [
        "kiep-2024-06-13", "koreaherald-2024-06-13", "kplus-223842", "kunuz-2024-06-14",
        "liquisearch-kazakhstan-south-korea-relations", "mongoliaeconomy-2011-08",
        "turkmenistan-gov-77130",
    ]

    /// The sources for which no publication date was found, in the catalog's order.
    static let undatedSources = [
        "businesskorea-970", "centralasia-korea-15395",
        "kaztag-nister-i-wanted-to-do-it-for-a-long-time", "korea-focus-102596",
        "liquisearch-kazakhstan-south-korea-relations", "mdaily-lw14dhul",
        "wikipedia-ko-cooperation-forum-secretariat", "wikipedia-ko-korea-turkmenistan-relations",
        "yuz-a-stran-tsentralnoy-azii-s-yujnoy-koreey",
    ]

    @Test("Nine of ten sources or more carry a publication date")
    func datedShare() {
        let dated = catalog.sources.filter { $0.published != nil }.count
        #expect(catalog.sources.count == 206)
        #expect(dated == 197)
        #expect(dated * 10 >= catalog.sources.count * 9)
    }

    @Test("The catalog is a record as of 2026-12-05, and validates as of that date with no error")
    func asOf() {
        #expect(catalog.asOf == "2026-12-05")
        let report = catalog.validate(asOf: "2026-12-05")
        #expect(report.errors.isEmpty, "\(report.errors)")
        let timeErrors: Set<RuleCode> = [
            .sourcePredatesFact, .sourceAfterRecord, .editionHeldAfterRecord,
        ]
        #expect(!report.violations.contains { timeErrors.contains($0.code) })
        #expect(report.acknowledged.count == 4)
    }

    @Test("Every source the catalog defines is cited, and every citation names a defined source")
    func sourcesAreUsedAndKnown() {
        let defined = Set(catalog.sources.map(\.id))
        let cited = CatalogWalk.citations(in: catalog)
        for (subject, sources) in cited {
            #expect(!sources.isEmpty, "\(subject) names no source")
            for source in sources {
                #expect(defined.contains(source), "\(subject) cites unknown \(source)")
            }
        }
        #expect(Set(cited.flatMap(\.sources)) == defined)
    }

    @Test("Each seed document is a source, with its publisher and date")
    func seedSources() throws {
        let expected: [(Source.ID, String, PartialDate)] = [
            (
                "isrs-2024-05-korean-experts", "Institute for Strategic and Regional Studies",
                "2024-05"
            ),
            ("nca-2023-11-21-think-tank-roundtable", "nCa", "2023-11-21"),
            ("wpr-2011-global-insider", "World Politics Review", "2011-09"),
        ]
        for (id, publisher, published) in expected {
            let source = try #require(catalog.source(id))
            #expect(source.publisher.contains(publisher))
            #expect(source.published == published)
        }
    }
}

/// Every fact of the catalog with the sources it names, by subject.
enum CatalogWalk {
    static func citations(in dataset: Dataset) -> [(subject: String, sources: [Source.ID])] {
        var facts: [(String, [Source.ID])] = []
        facts += dataset.institutions.map { ("institutions[\($0.id)]", $0.sources) }
        facts += dataset.institutions.flatMap { institution in
            institution.names.map { ("institutions[\(institution.id)] \($0.text)", $0.sources) }
        }
        facts += dataset.forums.flatMap { forum in
            forum.names.map { ("forums[\(forum.id)] \($0.text)", $0.sources) }
        }
        for partnership in dataset.partnerships {
            facts += partnership.stages.map {
                ("partnerships[\(partnership.key)] \($0.level)", $0.sources)
            }
        }
        for forum in dataset.forums {
            facts.append(("forums[\(forum.id)]", forum.sources))
            facts += forum.editions.map {
                ("forums[\(forum.id)].editions[\($0.ordinal)]", $0.sources)
            }
            facts += forum.membership.events.map {
                ("forums[\(forum.id)].membership[\($0.key)]", $0.sources)
            }
        }
        facts += dataset.agreements.map { ("agreements[\($0.id)]", $0.sources) }
        facts += dataset.meetings.map { ("meetings[\($0.id)]", $0.sources) }
        facts += dataset.indicators.map { ("indicators[\($0.id)]", $0.sources) }
        facts += dataset.initiatives.map { ("initiatives[\($0.id)]", $0.sources) }
        facts += dataset.acknowledgements.map { ("acknowledgements \($0.subject)", $0.sources) }
        facts += dataset.formats.map { ("formats[\($0.id)]", $0.sources) }
        facts += dataset.formats.flatMap { format in
            format.names.map { ("formats[\(format.id)] \($0.text)", $0.sources) }
        }
        for forum in dataset.forums {
            // A charter of one binding period from the start is the version-1 `charter`, sourced by
            // the agreement that establishes the forum; every other period cites its sources.
            let periods = forum.charters.filter { $0.start != .beginning || $0.force != .binding }
            facts += periods.map { ("forums[\(forum.id)].charters \($0.start)", $0.sources) }
            for edition in forum.editions {
                let subject = "forums[\(forum.id)].editions[\(edition.ordinal)]"
                facts += edition.schedule.map {
                    ("\(subject).schedule \($0.announced)", $0.sources)
                }
                facts += edition.delegations.map {
                    ("\(subject).delegations[\($0.country)]", $0.sources)
                }
            }
        }
        facts += dataset.disputes.map { ($0.subject.path, $0.sources) }
        facts += dataset.persons.map { ("persons[\($0.id)]", $0.sources) }
        for post in dataset.posts {
            facts += post.holders.enumerated().map {
                ("posts[\(post.id)].holders[\($0.offset)]", $0.element.sources)
            }
        }
        return facts.map { (subject: $0.0, sources: $0.1) }
    }
}
