import Foundation
import TestSupport
import Testing

/// The example programs' shared data: the catalog they print, as JSON.
enum Example {
    /// The built-in catalog as an interchange document, from `catalog-tour --json`.
    static let catalogJSON: Data =
        (try? BuiltProgram.run("catalog-tour", ["--json"]).stdoutData) ?? Data()

    /// The built-in catalog as a JSON object to modify, for datasets built by the tests.
    static func catalogObject() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: catalogJSON)
        return try #require(object as? [String: Any], "catalog-tour --json gives no JSON object")
    }
}

/// Decodes JSON output into a Foundation object.
func jsonObject(_ result: BuiltProgram.Result) throws -> Any {
    try JSONSerialization.jsonObject(with: result.stdoutData)
}

/// Whether every line of a text fits in 100 columns.
func fitsHundredColumns(_ text: String) -> Bool {
    text.split(separator: "\n").allSatisfy { $0.count <= 100 }
}

/// Modifies the object at a path of keys and indices inside a JSON object.
func modify(
    _ object: inout [String: Any], _ key: String, _ change: (inout [[String: Any]]) throws -> Void
) rethrows {
    var array = object[key] as? [[String: Any]] ?? []
    try change(&array)
    object[key] = array
}

/// The index of the element whose `id` is `id`.
func index(of id: String, in array: [[String: Any]]) throws -> Int {
    try #require(array.firstIndex { $0["id"] as? String == id }, "no element \(id)")
}

/// A dataset with nothing in it.
var emptyDataset: [String: Any] {
    [
        "schemaVersion": 1, "sources": [], "institutions": [], "partnerships": [], "forums": [],
        "agreements": [], "meetings": [], "indicators": [],
    ]
}

/// The ids of the example forums.
let thinkTankForum = "korea-central-asia-think-tank-forum"
let cooperationForum = "korea-central-asia-cooperation-forum"
