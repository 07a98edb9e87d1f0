import Foundation
import KoreaCentralAsia
import Testing

/// The code of the article "Formats, Tracks and Charters", run on `Fixtures/formats.json`.
@Suite("Formats, Tracks and Charters")
struct FormatsArticleTests {
    @Test("China's summits are planned by the Xi'an rule: every two years, alphabetical turns")
    func chinaPlan() throws {
        let dataset = try Dataset(json: Fixtures.data(named: "formats"))
        let chinaSummit = try #require(dataset.forum("china-summit"))
        let plan = try chinaSummit.plan(through: 2029)
        let years = plan.map(\.year)  // [2027, 2029]
        let hosts = plan.map(\.host.code)  // ["CN", "KG"]
        #expect(years == [2027, 2029])
        #expect(hosts == ["CN", "KG"])
        #expect(plan.map(\.side) == [.pivot, .group])
    }
}
