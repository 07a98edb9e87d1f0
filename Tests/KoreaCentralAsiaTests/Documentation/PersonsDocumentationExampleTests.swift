import KoreaCentralAsia
import Testing

/// The examples of persons and posts in the Forum Rules article, run as written.
@Suite("Persons documentation examples")
struct PersonsDocumentationExampleTests {
    @Test("The Forum Rules example: a handover on one day is not two holders at once")
    func forumRulesExample() {
        let minister = Post(
            id: "kz-foreign-minister", title: "Minister of Foreign Affairs of Kazakhstan",
            owner: .country(.kazakhstan),
            holders: [
                Post.Term(person: "murat-nurtleu", from: "2023-04-03", to: "2025-09-26"),
                Post.Term(person: "yermek-kosherbayev", from: "2025-09-26"),
            ])
        var record = Dataset()
        record.posts = [minister]
        let handover = PostRule().check(record)  // []: one day, a handover
        #expect(handover.isEmpty)
    }
}
