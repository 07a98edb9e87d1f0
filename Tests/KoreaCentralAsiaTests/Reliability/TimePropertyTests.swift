import KoreaCentralAsia
import KoreaCentralAsiaTesting
import Testing

@Suite("Property tests: the record's date on 1,000 generated datasets")
struct TimePropertyTests {
    static let batches = 2
    static let perBatch = 500
    static let lastDay: PartialDate = "9999-12-31"

    /// The generated dataset with every source published on the last day: no source can then
    /// predate a fact or be undated.
    static func dated(_ dataset: Dataset) -> Dataset {
        var dated = dataset
        for index in dated.sources.indices { dated.sources[index].published = lastDay }
        return dated
    }

    /// The planned editions whose date (or end date) is definitely before `asOf`.
    static func overdue(in dataset: Dataset, asOf: PartialDate) -> [String] {
        dataset.forums.flatMap { forum in
            forum.editions.filter {
                $0.status == .planned && ($0.endDate ?? $0.date).lastDay < asOf.firstDay
            }
            .map { Subject.edition($0.ordinal, of: forum.id).path }
        }
    }

    @Test(
        "A record dated after every fact and source adds no violation but the planned editions it finds overdue",
        arguments: 0..<batches)
    func lateRecordDate(batch: Int) throws {
        var generator = DatasetGenerator(seed: 0x7155_0000 &+ UInt64(batch))
        for index in 0..<Self.perBatch {
            let dataset = Self.dated(try generator.dataset().dataset)
            let undated = dataset.validateWithoutTimeRules()
            let report = dataset.validate(asOf: Self.lastDay)
            let added = report.violations.filter { !undated.violations.contains($0) }
            #expect(undated.violations.isEmpty, "batch \(batch), dataset \(index)")
            #expect(
                added.map(\.code) == Array(repeating: .editionOverdue, count: added.count),
                "batch \(batch), dataset \(index): \(added.prefix(3))")
            #expect(
                added.map(\.subject.path).sorted()
                    == Self.overdue(in: dataset, asOf: Self.lastDay).sorted(),
                "batch \(batch), dataset \(index)")
        }
    }

    @Test(
        "Moving the record's date before a held edition always reports edition.held-after-record on it",
        arguments: 0..<batches)
    func earlyRecordDate(batch: Int) throws {
        var generator = DatasetGenerator(seed: 0x7156_0000 &+ UInt64(batch))
        var checked = 0
        for index in 0..<Self.perBatch {
            let dataset = try generator.dataset().dataset
            for forum in dataset.forums {
                for edition in forum.editions where edition.status == .held && edition.date.year > 1
                {
                    let asOf = try PartialDate(year: edition.date.year - 1)
                    let report = dataset.validate(asOf: asOf)
                    let subject = Subject.edition(edition.ordinal, of: forum.id).path
                    #expect(
                        report.violations.contains {
                            $0.code == .editionHeldAfterRecord && $0.subject.path == subject
                        }, "batch \(batch), dataset \(index): \(subject) as of \(asOf)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100, "only \(checked) held editions were generated")
    }
}
