/// A small timing harness on `ContinuousClock`: warm-up runs that are not recorded, then
/// repetitions whose median is reported.
struct Timing: Sendable {
    /// The recorded runs, in seconds, in the order they ran.
    var samples: [Double]

    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { samples.min() ?? 0 }
}

/// One body of work to time, with the number of operations one run does (records decoded,
/// queries answered, years planned) so that a cost per operation can be reported.
struct Workload {
    var name: String
    var operations: Int
    var unit: String
    var body: () throws -> Void
}

enum Harness {
    /// Times workloads one after the other: each gets its warm-up runs, then its recorded
    /// runs back to back.
    ///
    /// Each workload is measured in the state its own warm-up leaves (heap, caches): with runs
    /// interleaved across workloads, the first after a memory-hungry one (encode leaves 140 MB
    /// to give back) paid for the page faults of growing the heap again, which favoured every
    /// workload over the floor that ran first.
    static func measure(_ workloads: [Workload], warmup: Int, repetitions: Int) throws -> [Timing] {
        let clock = ContinuousClock()
        var timings: [Timing] = []
        for workload in workloads {
            for _ in 0..<warmup { try workload.body() }
            var timing = Timing(samples: [])
            for _ in 0..<repetitions {
                let start = clock.now
                try workload.body()
                timing.samples.append(seconds(clock.now - start))
            }
            timings.append(timing)
        }
        return timings
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}

/// Keeps a result alive so that the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

// MARK: - Formatting

enum Format {
    /// A duration with a unit that keeps three significant digits: `812 ns`, `4.21 ms`, `3.05 s`.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-6: return number(seconds * 1e9) + " ns"
        case ..<1e-3: return number(seconds * 1e6) + " µs"
        case ..<1: return number(seconds * 1e3) + " ms"
        default: return number(seconds) + " s"
        }
    }

    /// Three significant digits, no exponent.
    static func number(_ value: Double) -> String {
        let digits = value >= 100 ? 0 : (value >= 10 ? 1 : 2)
        return fixed(value, digits)
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        guard digits > 0 else { return String(Int(rounded)) }
        let whole = Int(rounded.magnitude)
        let fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
        let fractionText = String(fraction)
        let sign = rounded < 0 ? "-" : ""
        return sign + String(whole) + "."
            + String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
    }

    /// A count with thousands separators: `1,000,000`.
    static func count(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
