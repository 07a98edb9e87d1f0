// kca-benchmark: the performance benchmark of KoreaCentralAsia, and a generator of valid
// interchange documents of any size. Run it in release mode:
//
//     swift run -c release kca-benchmark                  # every size, a table
//     swift run -c release kca-benchmark --sizes small    # the smallest size only (CI smoke)
//     swift run -c release kca-benchmark generate --forums 20 --institutions 200 \
//         --events 10000 --editions 1000 --seed 1 --output dataset.json
//     swift run -c release kca-benchmark verify dataset.json
//
// Exit status: 0 success, 1 the checked document is refused or has errors, 2 bad usage or
// unreadable input.

import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaTesting

let usage = """
    usage: kca-benchmark [run] [--sizes small|all|medium|large] [--repetitions N] [--warmup N] [--json]
           kca-benchmark generate [--forums F] [--institutions I] [--events E] [--editions N]
                                  [--seed S] [--output FILE] [--compact] [--schema-version 2]
           kca-benchmark verify FILE

    run       Times decode, validate, decode + validate, encode, members(on:) queries,
              rotation planning and admission decisions on generated datasets at three sizes
              spanning 100× (small: 10,000 membership events and 1,000 editions; medium: 10×;
              large: 1,000,000 events and 100,000 editions), against the floor: a bare
              JSONDecoder decode of the same bytes into plain Codable structs. Prints a table,
              or with --json the results as JSON. Progress goes to standard error.
                --sizes small|all   only the smallest size (a smoke test), or all (default);
                                    medium or large alone, for profiling
                --repetitions N     recorded runs of each workload (default: 9, 7, 5 by size)
                --warmup N          unrecorded runs first (default: 1)
    generate  Writes a valid interchange document of that size, the same for the same seed
              (defaults: 20 forums, 200 institutions, 10000 events, 1000 editions, seed 1),
              pretty-printed unless --compact, to FILE or standard output. It is checked with
              every rule before it is written; it has no errors and no warnings.
              --schema-version 2 writes what version 2 holds (no persons, posts, quotations
              or other fields of version 3) as a version-2 document, for programs that read
              version 2 only, such as the Python peers of Benchmarks/README.md.
    verify    Decodes FILE and runs every rule; prints a summary; exits 1 on any error.
    """

/// A refusal of the command line: the message goes to standard error, the exit status is 2.
struct UsageError: Error {
    var message: String
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The command line after the subcommand: `--flag value` pairs, `--switch`es and operands.
struct Arguments {
    private var rest: [String]

    init(_ arguments: some Sequence<String>) { rest = Array(arguments) }

    /// Removes `--name` and returns whether it was there.
    mutating func flag(_ name: String) -> Bool {
        guard let index = rest.firstIndex(of: name) else { return false }
        rest.remove(at: index)
        return true
    }

    /// Removes `--name VALUE` and returns the value.
    mutating func option(_ name: String) throws(UsageError) -> String? {
        guard let index = rest.firstIndex(of: name) else { return nil }
        guard index + 1 < rest.count else { throw UsageError(message: "\(name) needs a value") }
        let value = rest[index + 1]
        rest.removeSubrange(index...index + 1)
        return value
    }

    /// Removes `--name N` and returns the whole number, at least `minimum`.
    mutating func integer(_ name: String, minimum: Int = 0) throws(UsageError) -> Int? {
        guard let text = try option(name) else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= minimum else {
            throw UsageError(
                message: "\(name) must be a whole number of at least \(minimum), not \(text)")
        }
        return value
    }

    /// The arguments left, refusing any that look like flags.
    func operands() throws(UsageError) -> [String] {
        if let unknown = rest.first(where: { $0.hasPrefix("--") }) {
            throw UsageError(message: "unknown option \(unknown)")
        }
        return rest
    }
}

func runBenchmark(_ arguments: inout Arguments) throws -> Int32 {
    let json = arguments.flag("--json")
    let sizesName = try arguments.option("--sizes") ?? "all"
    let repetitions = try arguments.integer("--repetitions", minimum: 1)
    let warmup = try arguments.integer("--warmup") ?? 1
    guard try arguments.operands().isEmpty else {
        throw UsageError(message: "run takes no operands")
    }
    let sizes: [BenchmarkSize]
    switch sizesName {
    case "all": sizes = BenchmarkSize.all
    default:
        // `small` for CI; `medium` and `large` alone are for profiling.
        sizes = BenchmarkSize.all.filter { $0.name == sizesName }
        guard !sizes.isEmpty else {
            throw UsageError(
                message: "--sizes must be small, medium, large or all, not \(sizesName)")
        }
    }
    let clock = ContinuousClock()
    let start = clock.now
    let benchmark = Benchmark(
        sizes: sizes, repetitions: repetitions, warmup: warmup, log: printError)
    let (rows, summaries) = try benchmark.run()
    let targets = Report.targets(rows)
    let processors = ProcessInfo.processInfo.activeProcessorCount
    if json {
        let result = BenchmarkResult(
            date: Report.today(), processors: processors, warmup: warmup, datasets: summaries,
            results: rows, targets: targets)
        FileHandle.standardOutput.write(try Report.json(result))
    } else {
        print("kca-benchmark, \(Report.today()), \(processors) processors, release build expected")
        print(
            "median of the recorded runs after \(warmup) warm-up run(s); × floor = median / bare decode median"
        )
        print()
        print(Report.table(rows, summaries))
        print()
        print(Report.targetLines(targets))
    }
    printError("total \(Format.duration(Harness.seconds(clock.now - start)))")
    return 0
}

func generate(_ arguments: inout Arguments) throws -> Int32 {
    let config = GeneratorConfig(
        forums: try arguments.integer("--forums") ?? 20,
        institutions: try arguments.integer("--institutions") ?? 200,
        events: try arguments.integer("--events") ?? 10_000,
        editions: try arguments.integer("--editions") ?? 1_000,
        seed: UInt64(try arguments.integer("--seed") ?? 1))
    let output = try arguments.option("--output")
    let compact = arguments.flag("--compact")
    let version = try arguments.integer("--schema-version") ?? Dataset.schemaVersion
    guard try arguments.operands().isEmpty else {
        throw UsageError(message: "generate takes no operands")
    }
    guard version == 2 || version == Dataset.schemaVersion else {
        throw UsageError(
            message: "--schema-version is 2 or \(Dataset.schemaVersion), not \(version)")
    }
    do {
        try DatasetGenerator.check(config.size)
    } catch {
        throw UsageError(message: error.description)
    }
    var dataset = try DatasetGenerator.dataset(of: config.size, seed: config.seed)
    if version == 2 { dataset = try VersionTwo.dataset(dataset) }
    // A version-2 source has no retrieved date and no quotations: warned of, and expected.
    let violations = dataset.validate().violations.filter {
        version == Dataset.schemaVersion
            || ($0.code != .sourceUnretrieved && $0.code != .sourceUnquoted)
    }
    guard violations.isEmpty else {
        printError("kca-benchmark: the generated dataset breaks rules (a bug of the generator):")
        for violation in violations.prefix(20) { printError("  \(violation)") }
        return 1
    }
    var data = try dataset.json(prettyPrinted: !compact)
    if version == 2 { data = try VersionTwo.document(data) }
    if let output {
        do {
            try data.write(to: URL(fileURLWithPath: output))
        } catch {
            printError("kca-benchmark: cannot write \(output): \(error.localizedDescription)")
            return 2
        }
        printError(
            "wrote \(output): \(Format.count(data.count)) bytes, \(Format.count(Benchmark.records(dataset))) records, \(version == Dataset.schemaVersion ? "no violations" : "no violations but the warnings of sources with no retrieved date or quotation, which version 2 cannot hold")"
        )
    } else {
        FileHandle.standardOutput.write(data)
    }
    return 0
}

func verify(_ arguments: inout Arguments) throws -> Int32 {
    let files = try arguments.operands()
    guard files.count == 1, let file = files.first else {
        throw UsageError(message: "verify takes one FILE")
    }
    let data: Data
    do {
        data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
        printError("kca-benchmark: cannot read \(file): \(error.localizedDescription)")
        return 2
    }
    let dataset: Dataset
    do {
        // A generated document may be larger than the standard limit of 64 MiB.
        let limits = DecodingLimits(
            maximumBytes: max(DecodingLimits.standard.maximumBytes, data.count))
        dataset = try Dataset(json: data, limits: limits)
    } catch {
        printError("kca-benchmark: \(file) is refused: \(error)")
        return 1
    }
    let report = dataset.validate()
    let errors = report.errors
    print(
        "\(file): \(Format.count(Benchmark.records(dataset))) records; \(errors.count) errors, \(report.warnings.count) warnings, \(report.acknowledged.count) acknowledged"
    )
    for violation in errors.prefix(20) { printError("  \(violation)") }
    return errors.isEmpty ? 0 : 1
}

func main() -> Int32 {
    var words = Array(CommandLine.arguments.dropFirst())
    if words.contains("--help") || words.contains("-h") {
        print(usage)
        return 0
    }
    let command = words.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "run"
    if words.first == command { words.removeFirst() }
    var arguments = Arguments(words)
    do {
        switch command {
        case "run": return try runBenchmark(&arguments)
        case "generate": return try generate(&arguments)
        case "verify": return try verify(&arguments)
        default: throw UsageError(message: "unknown command \(command)")
        }
    } catch let error as UsageError {
        printError("kca-benchmark: \(error.message)\n\n\(usage)")
        return 2
    } catch {
        printError("kca-benchmark: \(error)")
        return 1
    }
}

exit(main())
