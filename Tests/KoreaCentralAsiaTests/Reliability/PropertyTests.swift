import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

@Suite("Property tests: 10,000 generated datasets, valid by construction")
struct PropertyTests {
    static let batches = 20
    static let perBatch = 500

    @Test(
        "encode → decode is the identity, validate() is deterministic and finds no violation",
        arguments: 0..<batches)
    func generatedDatasets(batch: Int) throws {
        var generator = DatasetGenerator(seed: 0x4B43_4100 &+ UInt64(batch))
        for index in 0..<Self.perBatch {
            let generated = try generator.dataset()
            let (dataset, acknowledged) = (generated.dataset, generated.acknowledged)
            let context = "batch \(batch), dataset \(index)"
            let compact = try dataset.json(prettyPrinted: false)
            let decoded = try Dataset(json: compact)
            #expect(decoded == dataset, "\(context): encode → decode changed the dataset")
            let report = decoded.validate()
            #expect(
                report.violations == [],
                "\(context): \(report.violations.prefix(3))\n\(String(decoding: compact.prefix(4000), as: UTF8.self))"
            )
            #expect(report.acknowledged.count == acknowledged, "\(context): \(report.acknowledged)")
            if index % 10 == 0 {
                // The pretty form, encoding twice and validating twice, on a sample: JSON is the
                // slow part of the test.
                let pretty = try dataset.json()
                #expect(try Dataset(json: pretty) == dataset, "\(context)")
                #expect(try decoded.json() == pretty, "\(context): encoding is not deterministic")
                #expect(dataset.validate() == report, "\(context): validate() is not deterministic")
            }
            if !report.violations.isEmpty { return }  // one dataset's report is enough to debug
        }
        // The generator makes every kind of value in every batch.
        for kind in [
            "date.year", "date.month", "date.day", "forum", "charter.rotation", "edition.held",
            "edition.planned", "edition.cancelled", "membership.admitted.member",
            "membership.admitted.participant", "membership.withdrew", "agreement", "meeting",
            "indicator", "initiative", "acknowledgement", "names", "claims", "claim.edition",
            "claim.meeting",
        ] {
            #expect(generator.coverage[kind, default: 0] > 0, "batch \(batch) made no \(kind)")
        }
    }
}
