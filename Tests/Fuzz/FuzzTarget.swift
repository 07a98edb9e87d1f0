// The fuzz target: bytes in, every public path that reads a document exercised, and a crash
// (an abort) whenever an invariant breaks; among them, that `Dataset(json:)` and `JSONDecoder`
// agree on every document within the limits, that the direct path and the types' own
// `init(from:)` decode every document alike, and that `Dataset.json(prettyPrinted:)`, the
// library's own writer, writes the bytes `JSONEncoder` writes of every dataset that decodes.
//
// Built with libFuzzer (`.ci/steps/80-fuzz.sh`):
//
//     swift build --scratch-path .build-fuzz --product kca-fuzz \
//         -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
//     SWIFT_BACKTRACE=enable=no .build-fuzz/debug/kca-fuzz CORPUS_DIR -max_total_time=60
//
// Built normally (`swift build`), it runs the same checks once over each file given as an
// argument, so the harness compiles and runs with every build: `kca-fuzz FILE…`.
//
// In both builds, `kca-fuzz --write-seeds DIR COUNT` writes COUNT valid datasets from
// KoreaCentralAsiaTesting's `DatasetGenerator` into DIR, as seeds of the corpus.

import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks every invariant on one input; aborts (a crash to libFuzzer) when one breaks.
func fuzzOne(_ data: Data) {
    // The scan must never let through what JSONDecoder cannot parse: its errors would come back
    // vague ("The given data was not valid JSON.") and without a path.
    let scanned = Result { () throws(DatasetDecodingError) in
        try DecodingLimits.standard.check(data)
    }
    if case .success = scanned, !parses(data) {
        fail("DecodingLimits.check accepts a document that JSONDecoder does not parse")
    }
    let decoded = Result { () throws(DatasetDecodingError) in try Dataset(json: data) }
    // The direct path (membership events, editions and sources read from the scanner's
    // records) and the types' own `init(from:)` give the same dataset, or the same refusal at
    // the same path.
    let throughInitFromDecoder = Result { () throws(DatasetDecodingError) in
        try Dataset(json: data, limits: .standard, readingDirectly: false)
    }
    switch (decoded, throughInitFromDecoder) {
    case (.success(let direct), .success(let decoder)) where direct != decoder:
        fail("the direct path and init(from:) decode the document to different datasets")
    case (.failure(let direct), .failure(let decoder)) where direct != decoder:
        fail("the direct path refuses with \(direct), init(from:) with \(decoder)")
    case (.success, .failure(let error)):
        fail("the direct path decodes what init(from:) refuses: \(error)")
    case (.failure(let error), .success):
        fail("the direct path refuses what init(from:) decodes: \(error)")
    default: break
    }
    // Within the limits, the library's decoder and JSONDecoder agree: an equal value from both,
    // or a refusal from both.
    if case .success = scanned {
        let foundation = try? JSONDecoder().decode(Dataset.self, from: data)
        switch decoded {
        case .success(let dataset) where foundation != dataset:
            fail(
                "Dataset(json:) and JSONDecoder disagree: JSONDecoder gives \(foundation.map { _ in "another dataset" } ?? "a refusal")"
            )
        case .failure(let error) where foundation != nil:
            fail("Dataset(json:) refuses what JSONDecoder decodes: \(error)")
        default: break
        }
    }
    let dataset: Dataset
    switch decoded {
    case .success(let value):
        dataset = value
    case .failure(let error):
        if case .success = scanned, [.tooLarge, .tooDeep, .duplicateKey].contains(error.kind) {
            fail("a limit refusal (\(error.kind)) after the scan accepted the document")
        }
        if !isOneSafeLine(error.description) || error.reason.isEmpty {
            fail("the refusal is not one clear line: \(error.description.debugDescription)")
        }
        return
    }
    exercise(dataset)
}

/// Encodes, validates, plans and evaluates admissions on a dataset that decoded.
func exercise(_ dataset: Dataset) {
    // Encoding gives back an equal value, pretty-printed or compact.
    for pretty in [true, false] {
        // Encoding and decoding are two steps, each with its own `catch`: one `do` around
        // `try Dataset(json: try dataset.json(…))` crashes the compiler in release builds with
        // debug information (Swift 6.3: "swifterror value can only be loaded and stored
        // from…", signal 6), so `swift build -c release` of the package would stop here.
        let encoded: Data
        do {
            encoded = try dataset.json(prettyPrinted: pretty)
        } catch {
            fail("a decoded dataset does not encode: \(error)")
        }
        // The writer and JSONEncoder (through the Codable conformances) write the same bytes.
        let reference: Data
        do {
            reference = try foundationJSON(dataset, prettyPrinted: pretty)
        } catch {
            fail("JSONEncoder does not encode a decoded dataset: \(error)")
        }
        if encoded != reference {
            let at =
                zip(encoded, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(encoded.count, reference.count)
            fail(
                "Dataset.json(prettyPrinted: \(pretty)) and JSONEncoder differ at byte \(at) of \(encoded.count) (JSONEncoder: \(reference.count))"
            )
        }
        let again: Dataset
        do {
            again = try Dataset(json: encoded)
        } catch {
            fail("a decoded dataset does not decode again: \(error)")
        }
        if again != dataset {
            fail("encode → decode (prettyPrinted: \(pretty)) changed the dataset")
        }
    }
    // Validation never traps and is deterministic.
    let report = dataset.validate()
    if dataset.validate() != report { fail("validate() gave two different reports") }
    for violation in report.violations + report.acknowledged.map(\.violation)
    where !isOneSafeLine(violation.message) || !isOneSafeLine(violation.subject.path) {
        fail("a violation is not one safe line: \(violation)")
    }
    // Planning and admissions on every forum, with values taken from the dataset.
    let institutions = Array(
        (dataset.institutions.map(\.id)
            + dataset.forums.flatMap { $0.membership.events.compactMap(\.institution) })
            .prefix(4))
    for forum in dataset.forums.prefix(8) {
        let years = forum.editions.map(\.date.year) + [forum.charter?.firstEdition?.year ?? 2024]
        let through = min(9999, (years.max() ?? 2024) + 12)
        if let plan = try? forum.plan(through: through) {
            checkPlan(plan, of: forum, through: through)
        }
        let dates = Array(
            ([forum.established].compactMap { $0 } + forum.editions.map(\.date)
                + forum.membership.events.map(\.date)).prefix(3))
        for candidate in institutions.prefix(3) {
            for date in dates {
                let decision = forum.evaluateAdmission(
                    candidate: candidate, recommendedBy: Array(institutions.prefix(2)), on: date,
                    status: date.year % 2 == 0 ? .member : .participant)
                if decision.isAdmissible != !decision.violations.contains(where: {
                    $0.severity == .error
                }) {
                    fail("an admission decision disagrees with its own violations")
                }
            }
        }
        for date in dates { _ = dataset.memberInstitutions(of: forum.id, on: date) }
    }
    // The queries.
    for country in Set(dataset.forums.flatMap { $0.editions.map(\.host) }).prefix(4) {
        _ = dataset.forums(of: country)
        _ = dataset.editions(hostedBy: country)
    }
    describeEverything(dataset)
}

/// Computes every description and growth the programs print, from the dataset's own values.
///
/// Figures, their intervals, the growth between every pair of figures of one measure (as
/// catalog-tour and relations-report print them), ordinals, rotations, periods, disputes,
/// countries and plans to the last year a date can hold. None may trap, and each is one line.
func describeEverything(_ dataset: Dataset) {
    func line(_ text: String, _ what: String) {
        if text.isEmpty || !isOneSafeLine(text) {
            fail("\(what) is not one line: \(text.debugDescription)")
        }
    }
    let indicators = Array(dataset.indicators.prefix(8))
    for indicator in indicators {
        line(indicator.value.description, "a figure's description")
        _ = indicator.value.interval.description
        for earlier in indicators {
            if let growth = indicator.value.growth(from: earlier.value) {
                line(growth.description, "a growth's description")
                _ = growth.claimableFactor
                _ = growth.percentChange
                _ = growth.supports(claim: growth.factor)
            }
            _ = indicator.value.agrees(with: earlier.value)
            if let range = dataset.growth(
                of: indicator.measure, between: indicator.first, and: indicator.second,
                from: earlier.year, to: indicator.year)
            {
                line(range.description, "a growth range's description")
                _ = range.supports(claim: range.lowest.factor)
            }
        }
    }
    for forum in dataset.forums.prefix(8) {
        for edition in forum.editions.prefix(16) {
            line(edition.ordinalText, "an ordinal")
            line(edition.date.description, "a date")
            line(edition.host.name, "a country's name")
        }
        for period in forum.charters.prefix(4) {
            line(period.start.description, "a period's start")
            if let rotation = period.charter.rotation {
                line(
                    rotation.summary(pivotName: rotation.pivot.description), "a rotation's summary")
            }
        }
        // Plans near the year 9999, when the record reaches that far: the plan stops there.
        if let last = forum.editions.map(\.date.year).max(), last >= 9980 {
            if let plan = try? forum.plan(through: 9999) {
                checkPlan(plan, of: forum, through: 9999)
            }
        }
        do {
            _ = try forum.plan(through: 10_000)
            fail("a plan past 9999 was not refused")
        } catch {
            line(error.description, "a planning error")
        }
    }
    for dispute in dataset.disputes.prefix(8) { line(dispute.subject.description, "a dispute") }
}

/// A plan's own invariants, each planned edition judged by the charter period in force for it:
/// years a cadence step apart (one year, two for a biennial period) and consecutive ordinals;
/// sides alternating under a reciprocal rotation and following the year's parity under a parity
/// rotation; every host on its side of the rotation.
func checkPlan(_ plan: [PlannedEdition], of forum: Forum, through year: Int) {
    func charter(of planned: PlannedEdition) -> Charter {
        guard let charter = forum.charter(for: planned.edition)?.charter ?? forum.charter,
            charter.rotation != nil
        else { fail("a forum without a rotation was planned: \(planned)") }
        return charter
    }
    for (earlier, later) in zip(plan, plan.dropFirst()) {
        let step = charter(of: later).cadence == .biennial ? 2 : 1
        if later.year != earlier.year + step || later.ordinal != earlier.ordinal + 1 {
            fail("planned years or ordinals are not a cadence step apart: \(earlier) then \(later)")
        }
        if charter(of: later).rotation?.kind == .reciprocal,
            charter(of: earlier).rotation?.kind == .reciprocal, later.side == earlier.side
        {
            fail("the plan does not alternate sides: \(earlier), \(later)")
        }
    }
    for planned in plan {
        guard let rotation = charter(of: planned).rotation else { continue }
        if rotation.side(of: planned.host) != planned.side || planned.year > year {
            fail("a planned edition is outside the rotation or the range: \(planned)")
        }
        if let due = rotation.parityHost(in: planned.year), due != planned.side {
            fail("a planned edition is not on the side its year's parity gives: \(planned)")
        }
    }
}

/// The document as `JSONEncoder` writes it, with the options that `Dataset.json(prettyPrinted:)`
/// promises and a final newline.
func foundationJSON(_ dataset: Dataset, prettyPrinted: Bool) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
        prettyPrinted
        ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        : [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(dataset)
    data.append(0x0A)
    return data
}

/// Whether JSONDecoder parses the bytes as JSON (the values themselves are not read).
func parses(_ data: Data) -> Bool {
    struct AnyJSON: Decodable {
        init(from decoder: any Decoder) throws {}
    }
    return (try? JSONDecoder().decode(AnyJSON.self, from: data)) != nil
}

/// Whether a message is one line that is safe to print: the library's `terminalSafe(_:)` has
/// nothing to escape in it (no control, separator or bidirectional character).
func isOneSafeLine(_ text: String) -> Bool { terminalSafe(text) == text }

/// Writes `count` generated valid datasets into `directory`, for `--write-seeds DIR COUNT`;
/// returns the exit status.
func writeSeeds(_ arguments: [String]) -> Int32 {
    guard arguments.count == 2, let count = Int(arguments[1]), count >= 0 else {
        FileHandle.standardError.write(Data("usage: kca-fuzz --write-seeds DIR COUNT\n".utf8))
        return 2
    }
    var generator = DatasetGenerator(seed: 0x4B43_4146)
    do {
        for index in 0..<count {
            let json = try generator.dataset().dataset.json(prettyPrinted: index % 2 == 0)
            try json.write(
                to: URL(fileURLWithPath: arguments[0]).appendingPathComponent("generated-\(index)"))
        }
    } catch {
        FileHandle.standardError.write(Data("kca-fuzz: --write-seeds: \(error)\n".utf8))
        return 1
    }
    print("kca-fuzz: wrote \(count) generated datasets to \(arguments[0])")
    return 0
}

/// Reports a broken invariant and aborts, so that libFuzzer saves the input as a crash.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kca-fuzz: invariant broken: \(message)\n".utf8))
    abort()
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// libFuzzer's test callback, under the name its own `main` looks for: the linker needs it
    /// when it pulls libFuzzer's `main` from the archive, even though that `main` never runs.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        fuzzOne(bytes.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }

    /// The program's entry point under libFuzzer: SwiftPM links an executable through
    /// `<module>_main`, so libFuzzer's own `main` never runs; this hands over to its driver.
    @_cdecl("kca_fuzz_main")
    func fuzzMain(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> Int32 {
        if argc >= 2, let argv, let first = argv[1], String(cString: first) == "--write-seeds" {
            return writeSeeds((2..<Int(argc)).compactMap { argv[$0].map { String(cString: $0) } })
        }
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { bytes, size in
            fuzzerTestOneInput(bytes, size)
        }
    }
#else
    /// The program's entry point in a normal build: each argument is a file to check once.
    @main
    enum FuzzTarget {
        static func main() {
            let paths = CommandLine.arguments.dropFirst()
            if paths.first == "--write-seeds" { exit(writeSeeds(Array(paths.dropFirst()))) }
            guard !paths.isEmpty, !paths.contains("--help") else {
                print(
                    "usage: kca-fuzz FILE…  (runs the fuzz checks once on each file; build with "
                        + "-sanitize=fuzzer -DFUZZING for libFuzzer, see .ci/steps/80-fuzz.sh)")
                exit(paths.isEmpty ? 2 : 0)
            }
            var count = 0
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("kca-fuzz: \(path): cannot be read\n".utf8))
                    exit(2)
                }
                fuzzOne(data)
                count += 1
            }
            print("kca-fuzz: \(count) input\(count == 1 ? "" : "s") checked, no invariant broken")
        }
    }
#endif
