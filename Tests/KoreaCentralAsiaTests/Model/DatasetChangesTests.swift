import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaTesting
import Testing

/// `Dataset.changes(from:)`: what changed between two versions, by value.
@Suite("Dataset changes")
struct DatasetChangesTests {
    typealias Change = DatasetChanges.Change
    typealias Value = DatasetChanges.Value

    static let thinkTank: Forum.ID = "korea-central-asia-think-tank-forum"
    static let summit: Forum.ID = "korea-central-asia-summit"

    /// The catalog, changed by `change`.
    static func catalog(_ change: (inout Dataset) throws -> Void) throws -> Dataset {
        var dataset = try Catalog.dataset
        try change(&dataset)
        return dataset
    }

    static func forumIndex(_ id: Forum.ID, in dataset: Dataset) throws -> Int {
        try #require(dataset.forums.firstIndex { $0.id == id })
    }

    @Test("A dataset compared with itself, or with its round trip through JSON, has no change")
    func roundTrip() throws {
        let catalog = try Catalog.dataset
        #expect(catalog.changes(from: catalog).isEmpty)
        let again = try Dataset(json: try catalog.json())
        #expect(again.changes(from: catalog).isEmpty)
        let compact = try Dataset(json: try catalog.json(prettyPrinted: false))
        #expect(catalog.changes(from: compact).isEmpty)
        let generated = try DatasetGenerator.dataset(
            of: .init(forums: 3, institutions: 40, events: 200, editions: 30), seed: 3)
        #expect(try Dataset(json: try generated.json()).changes(from: generated).isEmpty)
    }

    @Test("Every entity of a dataset compared with an empty one is added, as its JSON reads")
    func sameAsTheDocument() throws {
        let catalog = try Catalog.dataset
        let changes = catalog.changes(from: Dataset())
        let document = try JSONDecoder().decode(Value.self, from: try catalog.json())
        guard case .object(let fields) = document else {
            Issue.record("the catalog is not a JSON object")
            return
        }
        var expected = 0
        for (key, value) in fields {
            if case .array(let entities) = value {
                let added = changes.filter { $0.entity.hasPrefix(key + "[") }
                #expect(Set(added.compactMap(\.new)) == Set(entities), "\(key)")
                #expect(added.count == entities.count)
                #expect(added.allSatisfy { $0.kind == .added && $0.field.isEmpty })
                expected += entities.count
            }
        }
        #expect(changes.count { $0.path == "asOf" } == 1)
        #expect(changes.count == expected + 1)  // and asOf
    }

    @Test("Reordered entities and reordered lists of ids are no change")
    func reorderedSources() throws {
        let catalog = try Catalog.dataset
        let reordered = try Self.catalog { dataset in
            dataset.sources.reverse()
            dataset.institutions.reverse()
            dataset.forums.reverse()
            for index in dataset.forums.indices {
                dataset.forums[index].editions.reverse()
                dataset.forums[index].sources.reverse()
                for edition in dataset.forums[index].editions.indices {
                    dataset.forums[index].editions[edition].sources.reverse()
                }
            }
            dataset.partnerships.reverse()
        }
        #expect(reordered != catalog)
        #expect(reordered.changes(from: catalog).isEmpty)
    }

    @Test(
        "Generated datasets: shuffled entities are no change; each edition removed is one removal",
        arguments: [1, 2, 3] as [UInt64])
    func generated(seed: UInt64) throws {
        let dataset = try DatasetGenerator.dataset(
            of: .init(forums: 4, institutions: 50, events: 300, editions: 40), seed: seed)
        var random = SeededRandom(seed: seed)
        var shuffled = dataset
        shuffled.sources.shuffle(using: &random)
        shuffled.institutions.shuffle(using: &random)
        shuffled.forums.shuffle(using: &random)
        for index in shuffled.forums.indices {
            shuffled.forums[index].editions.shuffle(using: &random)
        }
        #expect(shuffled.changes(from: dataset).isEmpty)

        var fewer = dataset
        var removed: [String] = []
        for index in fewer.forums.indices where !fewer.forums[index].editions.isEmpty {
            let edition = fewer.forums[index].editions.removeLast()
            removed.append("forums[\(fewer.forums[index].id)].editions[\(edition.ordinal)]")
        }
        let changes = fewer.changes(from: dataset)
        #expect(changes.map(\.path) == removed.sorted())
        #expect(changes.allSatisfy { $0.kind == .removed && $0.field.isEmpty })
        #expect(dataset.changes(from: fewer).map(\.kind) == removed.map { _ in .added })
    }

    @Test("An added edition is one addition, named by its ordinal, with the whole edition")
    func addedEdition() throws {
        let catalog = try Catalog.dataset
        let edition = try Edition(
            ordinal: 3, date: "2026-06", host: .korea, city: "Seoul", status: .planned,
            sources: ["kf-126694"])
        let updated = try Self.catalog { dataset in
            dataset.forums[try Self.forumIndex(Self.thinkTank, in: dataset)].editions.append(
                edition)
        }
        let changes = updated.changes(from: catalog)
        #expect(
            changes.changes == [
                .added(
                    .object([
                        "ordinal": .integer(3), "date": .string("2026-06"),
                        "host": .string("KR"), "city": .string("Seoul"),
                        "status": .string("planned"), "sources": .array([.string("kf-126694")]),
                    ]), entity: "forums[korea-central-asia-think-tank-forum].editions[3]")
            ])
        #expect(changes.first?.kind == .added)
        #expect(changes.count(of: .added) == 1)
    }

    @Test("A re-dated summit is a change of its edition's date, old and new")
    func redatedSummit() throws {
        let catalog = try Catalog.dataset
        let forum = try Self.forumIndex(Self.summit, in: catalog)
        let old = try #require(catalog.forums[forum].editions.first)
        let updated = try Self.catalog { dataset in
            let edition = dataset.forums[forum].editions[0]
            try dataset.forums[forum].editions[0].reschedule(
                to: "2027-05", endDate: nil,
                schedule: edition.schedule + [
                    Announcement(announced: "2026-12-05", date: "2027-05")
                ])
        }
        let changes = updated.changes(from: catalog)
        var expected = [
            Change.changed(
                from: .string(old.date.description), to: .string("2027-05"),
                entity: "forums[korea-central-asia-summit].editions[\(old.ordinal)]",
                field: "date")
        ]
        if let endDate = old.endDate {
            expected.append(
                .removed(
                    .string(endDate.description),
                    entity: "forums[korea-central-asia-summit].editions[\(old.ordinal)]",
                    field: "endDate"))
        }
        #expect(Array(changes.changes.prefix(expected.count)) == expected)
        #expect(
            changes.changes.dropFirst(expected.count).map(\.path) == [
                "forums[korea-central-asia-summit].editions[\(old.ordinal)].schedule[\(old.schedule.count)]"
            ])
        #expect(changes.first?.kind == .changed)
        #expect(changes.first?.path == "forums[korea-central-asia-summit].editions[1].date")
    }

    @Test("A removed source is one removal, and its id leaving an edition's sources is another")
    func removedSource() throws {
        let catalog = try Catalog.dataset
        let forum = try Self.forumIndex(Self.thinkTank, in: catalog)
        let cited = try #require(catalog.forums[forum].editions[0].sources.first)
        let source = try #require(catalog.sources.first { $0.id == cited })
        let updated = try Self.catalog { dataset in
            dataset.sources.removeAll { $0.id == cited }
            dataset.forums[forum].editions[0].sources.removeAll { $0 == cited }
        }
        let changes = updated.changes(from: catalog)
        let sourceValue = try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(source))
        #expect(
            changes.changes == [
                .removed(
                    .string(cited.rawValue),
                    entity: "forums[korea-central-asia-think-tank-forum].editions[1]",
                    field: "sources[\(cited)]"),
                .removed(sourceValue, entity: "sources[\(cited)]"),
            ])
        #expect(changes.map(\.kind) == [.removed, .removed])
    }

    @Test("A renamed institution is a change of its name, and a name added in Korean an addition")
    func renamedInstitution() throws {
        let catalog = try Catalog.dataset
        let institution = try #require(catalog.institutions.first)
        let updated = try Self.catalog { dataset in
            dataset.institutions[0].name = "Renamed Institute"
            dataset.institutions[0].names.append(try LocalizedName("새 연구소", language: "ko"))
        }
        let entity = "institutions[\(institution.id)]"
        #expect(
            updated.changes(from: catalog).changes == [
                .changed(
                    from: .string(institution.name), to: .string("Renamed Institute"),
                    entity: entity, field: "name"),
                .added(
                    .object(["text": .string("새 연구소"), "language": .string("ko")]),
                    entity: entity, field: "names[ko:새 연구소]"),
            ])
    }

    @Test("A partnership's stages keep their order: a new stage at the end is one addition")
    func orderedStages() throws {
        let catalog = try Catalog.dataset
        let partnership = try #require(catalog.partnerships.first)
        let appended = try Self.catalog { dataset in
            dataset.partnerships[0].stages.append(
                .init(level: .specialStrategicPartnership, since: "2026-11"))
        }
        #expect(
            appended.changes(from: catalog).changes == [
                .added(
                    .object([
                        "level": .string("specialStrategicPartnership"),
                        "since": .string("2026-11"),
                        "sources": .array([]),
                    ]), entity: "partnerships[\(partnership.key)]",
                    field: "stages[\(partnership.stages.count)]")
            ])
        // Swapped stages are a change: the history is not the same.
        let swapped = try Self.catalog { dataset in dataset.partnerships[0].stages.reverse() }
        let changes = swapped.changes(from: catalog)
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy { $0.entity == "partnerships[\(partnership.key)]" })
        #expect(changes.allSatisfy { $0.field.hasPrefix("stages[") })
    }

    @Test(
        "Changes come sorted by entity, then field; editions by ordinal as numbers, and grouped by entity"
    )
    func order() throws {
        let catalog = try Catalog.dataset
        let forum = try Self.forumIndex("korea-central-asia-cooperation-forum", in: catalog)
        let updated = try Self.catalog { dataset in
            for index in dataset.forums[forum].editions.indices {
                dataset.forums[forum].editions[index].city = "City \(index)"
            }
            dataset.forums[forum].name = "Renamed"
            dataset.asOf = "2026-12-03"
        }
        let changes = updated.changes(from: catalog)
        #expect(changes.first?.path == "asOf")
        let ordinals = changes.compactMap { change -> Int? in
            guard change.field == "city" else { return nil }
            return Int(change.entity.split(separator: "[").last?.dropLast() ?? "")
        }
        #expect(ordinals == ordinals.sorted())
        #expect(ordinals.count == catalog.forums[forum].editions.count)
        let groups = changes.byEntity.map(\.entity)
        #expect(groups.first == "")
        #expect(groups[1] == "forums[korea-central-asia-cooperation-forum]")
        #expect(Set(groups).count == groups.count)
        #expect(updated.changes(from: catalog) == changes)  // deterministic
    }

    @Test("Two entities with one id are told apart by their order, not matched at random")
    func duplicateIdentifiers() throws {
        let catalog = try Catalog.dataset
        let first = try #require(catalog.sources.first)
        var copy = first
        copy.title = "A second source with the same id"
        let updated = try Self.catalog { dataset in dataset.sources.append(copy) }
        let changes = updated.changes(from: catalog)
        #expect(changes.map(\.path) == ["sources[\(first.id)#2]"])
        #expect(changes.first?.kind == .added)
    }

    @Test("A change reads as one line, and encodes with its kind, paths and values")
    func wireForm() throws {
        let change = Change.changed(
            from: .string("Seoul"), to: .string("Jeju"), entity: "forums[f].editions[2]",
            field: "city")
        #expect(change.description == #"~ forums[f].editions[2].city: "Seoul" → "Jeju""#)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(DatasetChanges([change])), as: UTF8.self)
        #expect(
            json
                == #"{"changes":[{"entity":"forums[f].editions[2]","field":"city","kind":"changed","new":"Jeju","old":"Seoul","path":"forums[f].editions[2].city"}]}"#
        )
        let decoded = try JSONDecoder().decode(DatasetChanges.self, from: Data(json.utf8))
        #expect(decoded.changes == [change])
        let lying = json.replacingOccurrences(of: #""kind":"changed""#, with: #""kind":"added""#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DatasetChanges.self, from: Data(lying.utf8))
        }
    }

    @Test(
        "Values read as compact JSON with sorted keys and escapes",
        arguments: [
            (Value.string("a \"q\"\n\u{1}"), #""a \"q\"\n\u0001""#),
            (.integer(2024), "2024"), (.number(5.5), "5.5"), (.number(15_000_000), "15000000"),
            (.object(["b": .bool(true), "a": .null]), #"{"a": null, "b": true}"#),
            (.array([.string("KZ"), .string("KG")]), #"["KZ", "KG"]"#),
        ])
    func valueText(value: Value, text: String) {
        #expect(value.jsonText == text)
    }
}
