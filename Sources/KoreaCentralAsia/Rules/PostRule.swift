/// A post's terms are in order and, for a post one person holds at a time, do not overlap; a
/// delegation's head held the post it names on the edition's date.
///
/// Code `post.term-order` (error): a term that definitely ends before it starts. Names the term:
/// `posts[id].holders[0]`.
///
/// Code `post.concurrent-holders` (error): two persons hold a ``Post/single`` post on dates that
/// definitely overlap. A handover on one day (one term ends on the day the next begins) is not
/// an overlap, nor are terms whose partial dates only may overlap (one ends in 2025-09, the next
/// starts on 2025-09-26), nor two terms of one person (an acting minister confirmed in the post).
/// Names the later term.
///
/// Code `delegation.head-out-of-post` (warning): a delegation names its head by ``Delegation/person``
/// with a ``Delegation/post``, and the record shows the person holding that post at no date
/// that may be the edition's: every term of theirs in it definitely ends before the edition or
/// starts after it, or they have none. Names the delegation:
/// `forums[id].editions[16].delegations[KZ]`.
///
/// - Complexity: O(*t*²) in the number of terms of one post; O(*d* × *t*) for *d* delegations.
public struct PostRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's codes.
    public var codes: [RuleCode] {
        [.postTermOrder, .postConcurrentHolders, .delegationHeadOutOfPost]
    }

    /// Checks every post and every delegation that names a person and a post.
    public func check(_ dataset: Dataset) -> [Violation] {
        var violations: [Violation] = []
        for post in dataset.posts {
            for (index, term) in post.holders.enumerated() {
                guard let from = term.from, let to = term.to, to.definitelyPrecedes(from) else {
                    continue
                }
                violations.append(
                    Violation(
                        .postTermOrder,
                        "\(term.person)'s term ends (\(to)) before it starts (\(from))",
                        at: Subject.post(post.id).field("holders[\(index)]")))
            }
            guard post.single else { continue }
            for (later, term) in post.holders.enumerated() {
                for earlier in post.holders.indices where earlier < later {
                    let other = post.holders[earlier]
                    guard other.person != term.person, Self.definitelyOverlap(other, term) else {
                        continue
                    }
                    violations.append(
                        Violation(
                            .postConcurrentHolders,
                            "\(other.person) and \(term.person) both hold \(quoted(post.title)), one person's post, on the same days (\(Self.span(other)) and \(Self.span(term)))",
                            at: Subject.post(post.id).field("holders[\(later)]")))
                }
            }
        }
        let posts = Dictionary(dataset.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for forum in dataset.forums {
            for edition in forum.editions {
                for delegation in edition.delegations {
                    guard let person = delegation.person, let id = delegation.post,
                        let post = posts[id]
                    else { continue }
                    let terms = post.holders.filter { $0.person == person }
                    guard !terms.contains(where: { $0.mayInclude(edition.date) }) else { continue }
                    let held =
                        terms.isEmpty
                        ? "the record shows no term of theirs in it"
                        : "their terms are \(terms.map(Self.span).joined(separator: ", "))"
                    violations.append(
                        Violation(
                            .delegationHeadOutOfPost,
                            "\(person) led the delegation on \(edition.date) as \(quoted(post.title)), but \(held)",
                            at: .edition(edition.ordinal, of: forum.id).field(
                                "delegations[\(delegation.country.code)]")))
                }
            }
        }
        return violations
    }

    /// Whether two terms definitely share a day that is not only a handover day: each
    /// definitely starts before the other ends.
    static func definitelyOverlap(_ first: Post.Term, _ second: Post.Term) -> Bool {
        func startsBeforeEnd(_ term: Post.Term, _ other: Post.Term) -> Bool {
            guard let from = term.from else { return false }
            guard let to = other.to else { return true }
            return from.definitelyPrecedes(to)
        }
        return startsBeforeEnd(first, second) && startsBeforeEnd(second, first)
    }

    /// A term's dates as text: "2023-04-03 to 2025-09-26", "from 2025-09-26".
    static func span(_ term: Post.Term) -> String {
        switch (term.from, term.to) {
        case (let from?, let to?): "\(from) to \(to)"
        case (let from?, nil): "from \(from)"
        case (nil, let to?): "to \(to)"
        case (nil, nil): "undated"
        }
    }
}

extension RuleCode {
    /// A post's term that ends before it starts.
    public static let postTermOrder = RuleCode(
        known: "post.term-order", severity: .error,
        summary: "a post's term that ends before it starts")

    /// Two persons holding one person's post on dates that definitely overlap.
    public static let postConcurrentHolders = RuleCode(
        known: "post.concurrent-holders", severity: .error,
        summary: "two persons holding one person's post on dates that definitely overlap")

    /// A delegation's head who did not hold the post it names on the edition's date.
    public static let delegationHeadOutOfPost = RuleCode(
        known: "delegation.head-out-of-post", severity: .warning,
        summary: "a delegation's head who did not hold the post it names on the edition's date")
}
