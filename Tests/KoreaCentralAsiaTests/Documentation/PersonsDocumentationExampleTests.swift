import KoreaCentralAsia
import KoreaCentralAsiaCatalog
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

    @Test("The Data Model example asks who held a post on a date and what a person led")
    func dataModelExample() throws {
        let catalog = try Catalog.dataset
        let minister = catalog.holders(of: "kz-foreign-minister", on: "2024-11-04")
            .map(\.person.name)  // ["Murat Nurtleu"]
        let handover = catalog.holders(of: "kz-foreign-minister", on: "2025-09-26")
            .map(\.person.name)  // ["Murat Nurtleu", "Yermek Kosherbayev"]
        let led = catalog.delegations(ledBy: "murat-nurtleu")
            .map(\.edition.ordinal)  // [16, 17]
        #expect(minister == ["Murat Nurtleu"])
        #expect(handover == ["Murat Nurtleu", "Yermek Kosherbayev"])
        #expect(led == [16, 17])
    }
}
