/// A value a test's fixture knows to be valid, for a `static let` that cannot throw: a refusal
/// is a mistake in the fixture, and stops the test run with the refusal's message.
///
/// ```swift
/// static let trade1992 = valid { try Figure(amount: 15_000_000, currency: .usd) }
/// ```
func valid<Value>(_ make: () throws -> Value, file: StaticString = #file, line: UInt = #line)
    -> Value
{
    do {
        return try make()
    } catch {
        preconditionFailure("an invalid fixture: \(error)", file: file, line: line)
    }
}
