/// A rule that checks each forum on its own: its ``check(_:)-(Dataset)`` runs
/// ``check(_:)-(Forum)`` over every forum in document order.
public protocol ForumRule: Rule {
    /// Every violation of the rule in one forum, in a deterministic order.
    func check(_ forum: Forum) -> [Violation]
}

extension ForumRule {
    /// Checks every forum, in document order.
    public func check(_ dataset: Dataset) -> [Violation] {
        dataset.forums.flatMap { check($0) }
    }
}
