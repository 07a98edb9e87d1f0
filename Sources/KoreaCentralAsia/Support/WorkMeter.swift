/// Counts the steps of the library's inner loops (index entries walked, provisions compared), so
/// that a test can bound the work of an algorithm by counting it rather than by reading a clock.
///
/// Only debug builds count: in a release build ``count(_:)`` is empty and ``measure(_:)``
/// returns 0, so the hot loops pay nothing. A test that bounds work checks ``isCounting`` first.
///
/// ```swift
/// let steps = WorkMeter.measure { _ = dataset.validate() }
/// ```
package enum WorkMeter {
    /// Whether this build counts steps (a debug build).
    package static var isCounting: Bool {
        #if DEBUG
            true
        #else
            false
        #endif
    }

    /// The tally of the code running under ``measure(_:)``, if any.
    @TaskLocal static var tally: Tally?

    /// Adds `steps` to the tally of the enclosing ``measure(_:)``, if there is one.
    @inline(__always)
    package static func count(_ steps: Int = 1) {
        #if DEBUG
            tally?.steps += steps
        #endif
    }

    /// The steps that `body` counted, on this thread, through ``count(_:)``.
    package static func measure(_ body: () throws -> Void) rethrows -> Int {
        let tally = Tally()
        try $tally.withValue(tally) { try body() }
        return tally.steps
    }

    /// A count of steps, bound to one ``measure(_:)`` and touched only by the code it runs,
    /// synchronously, on the thread that bound it: validation and its indexes run on one thread.
    final class Tally: @unchecked Sendable {
        /// The steps counted so far.
        var steps = 0
    }
}
