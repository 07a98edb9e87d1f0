/// A small, fast, seeded random number generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The standard library's generator cannot be seeded, so tests that generate data with it
/// cannot be replayed. `SeededRandom` gives the same numbers for the same seed on every run,
/// platform and Swift version: print the seed of a failing case, and run it again.
///
/// ```swift
/// var random = SeededRandom(seed: 2023)
/// let year = random.int(1992...2025)
/// let host = random.pick(Country.centralAsia)
/// let shuffled = Country.centralAsia.shuffled(using: &random)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// Creates a generator; the same seed always gives the same numbers.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, by one remainder: fast, and slightly biased for a huge `bound`.
    ///
    /// - Parameter bound: A positive number; `0` or less gives `0`.
    /// - Returns: A number from `0` to `bound - 1`.
    public mutating func below(_ bound: Int) -> Int {
        bound > 0 ? Int(next() % UInt64(bound)) : 0
    }

    /// An integer in `range`, uniformly.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// `true` with probability `probability` (from 0 to 1).
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// `true` with probability `percent` in 100.
    public mutating func chance(percent: Int) -> Bool { below(100) < percent }

    /// A random element of a non-empty collection, uniformly.
    ///
    /// - Precondition: `elements` is not empty. The generator's own callers never pass an empty
    ///   collection; a caller with input that may be empty checks first.
    public mutating func pick<C: Collection>(_ elements: C) -> C.Element {
        elements[
            elements.index(
                elements.startIndex, offsetBy: Int.random(in: 0..<elements.count, using: &self))]
    }
}
