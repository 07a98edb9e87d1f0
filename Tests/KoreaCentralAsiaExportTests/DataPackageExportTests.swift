import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaExport
import Testing

@Suite("Data package export")
struct DataPackageExportTests {
    /// The descriptor's resources by name.
    static func resources(_ export: DataPackageExport) throws -> [String: [String: Any]] {
        let object = try JSONSerialization.jsonObject(with: export.descriptor)
        let package = try #require(object as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for resource in resources {
            byName[try #require(resource["name"] as? String)] = resource
        }
        return byName
    }

    static func schema(_ resource: [String: Any]?) throws -> [String: Any] {
        try #require(resource?["schema"] as? [String: Any])
    }

    /// Each field's type and pattern by name.
    static func fields(_ resource: [String: Any]?) throws -> [String: (String, String?)] {
        let fields = try #require(try schema(resource)["fields"] as? [[String: Any]])
        var byName: [String: (String, String?)] = [:]
        for field in fields {
            let constraints = field["constraints"] as? [String: Any]
            byName[try #require(field["name"] as? String)] = (
                try #require(field["type"] as? String), constraints?["pattern"] as? String
            )
        }
        return byName
    }

    @Test("Every CSV table is a resource of the package, with its file and its columns in order")
    func everyTable() throws {
        let export = DataPackageExport(try ExportFixtures.catalog)
        let object = try JSONSerialization.jsonObject(with: export.descriptor)
        let package = try #require(object as? [String: Any])
        #expect(package["profile"] as? String == "tabular-data-package")
        #expect(package["name"] as? String == "korea-central-asia")
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.compactMap { $0["path"] as? String } == export.csv.tables.map(\.fileName))
        #expect(resources.compactMap { $0["name"] as? String }.contains("partnership-stages"))
        for (resource, table) in zip(resources, export.csv.tables) {
            let fields = try #require(try Self.schema(resource)["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["name"] as? String } == table.columns)
            #expect(resource["profile"] as? String == "tabular-data-resource")
            let dialect = try #require(resource["dialect"] as? [String: Any])
            #expect(dialect["lineTerminator"] as? String == "\r\n")
        }
    }

    @Test("Columns are typed: dates as patterned strings, ordinals integers, amounts numbers")
    func types() throws {
        let resources = try Self.resources(DataPackageExport(try ExportFixtures.catalog))
        let date = #"^\d{4}(-\d{2}(-\d{2})?)?$"#
        let editions = try Self.fields(resources["editions"])
        #expect(editions["ordinal"]?.0 == "integer")
        #expect(editions["date"]?.0 == "string" && editions["date"]?.1 == date)
        #expect(editions["end_date"]?.1 == date)
        #expect(editions["host"]?.1 == "^[A-Z]{2}$")
        #expect(editions["organizers"]?.0 == "string")  // a list joined with ";"
        #expect(editions["city"]?.0 == "string" && editions["city"]?.1 == nil)
        let indicators = try Self.fields(resources["indicators"])
        #expect(indicators["amount"]?.0 == "number")
        #expect(indicators["year"]?.0 == "integer")
        #expect(try Self.fields(resources["sources"])["published"]?.1 == date)
        #expect(try Self.fields(resources["names"])["until"]?.1 == date)
        #expect(try Self.fields(resources["provisions"])["position"]?.0 == "integer")
        #expect(try Self.fields(resources["posts"])["single"]?.0 == "boolean")
        #expect(try Self.fields(resources["post-holders"])["acting"]?.0 == "boolean")
        #expect(try Self.fields(resources["post-holders"])["from"]?.1 == date)
        #expect(try Self.fields(resources["posts"])["country"]?.1 == "^[A-Z]{2}$")
    }

    @Test("A boolean column reads only true and false")
    func booleans() throws {
        let resources = try Self.resources(DataPackageExport(try ExportFixtures.catalog))
        let fields = try #require(
            try Self.schema(resources["post-holders"])["fields"] as? [[String: Any]])
        let acting = try #require(fields.first { $0["name"] as? String == "acting" })
        #expect(acting["trueValues"] as? [String] == ["true"])
        #expect(acting["falseValues"] as? [String] == ["false"])
    }

    @Test(
        "Tables name their primary keys; tables of a record's lists have none",
        arguments: [
            ("sources", ["id"]), ("institutions", ["id"]), ("forums", ["id"]),
            ("editions", ["forum", "ordinal"]), ("agreements", ["id"]),
            ("provisions", ["agreement", "position"]), ("meetings", ["id"]), ("indicators", ["id"]),
            ("initiatives", ["id"]), ("names", []), ("memberships", []),
            ("partnership-stages", []), ("acknowledgements", []), ("persons", ["id"]),
            ("posts", ["id"]), ("post-holders", []),
            ("delegations", ["forum", "ordinal", "country"]),
        ])
    func primaryKeys(table: String, key: [String]) throws {
        let resources = try Self.resources(DataPackageExport(try ExportFixtures.catalog))
        let schema = try Self.schema(resources[table])
        #expect((schema["primaryKey"] as? [String] ?? []) == key)
    }

    @Test("Foreign keys join the tables, an institution's parent to its own table")
    func foreignKeys() throws {
        let resources = try Self.resources(DataPackageExport(try ExportFixtures.catalog))
        func references(_ table: String) throws -> [String] {
            let keys = try Self.schema(resources[table])["foreignKeys"] as? [[String: Any]] ?? []
            return keys.map { key in
                let reference = key["reference"] as? [String: Any]
                let fields = (key["fields"] as? [String] ?? []).joined(separator: ",")
                let resource = reference?["resource"] as? String ?? "?"
                let target = (reference?["fields"] as? [String] ?? []).joined(separator: ",")
                return "\(fields) → \(resource).\(target)"
            }
        }
        #expect(try references("editions") == ["forum → forums.id"])
        #expect(try references("institutions") == ["parent → .id", "head_post → posts.id"])
        #expect(
            try references("delegations") == [
                "forum → forums.id", "person → persons.id", "post → posts.id",
            ])
        #expect(try references("posts") == ["institution → institutions.id"])
        #expect(try references("post-holders") == ["post → posts.id", "person → persons.id"])
        #expect(try references("persons").isEmpty)
        #expect(
            try references("memberships") == ["forum → forums.id", "institution → institutions.id"])
        #expect(
            try references("forums") == [
                "established_by → agreements.id", "secretariat → institutions.id",
                "format → formats.id",
            ])
        #expect(try references("provisions") == ["agreement → agreements.id"])
        #expect(try references("initiatives") == ["parent → .id"])
        #expect(try references("sources").isEmpty)
    }

    @Test(
        "The keys hold: primary keys unique, every foreign key found",
        arguments: ["catalog", "posts"])
    func keysHold(dataset name: String) throws {
        let dataset = try name == "catalog" ? ExportFixtures.catalog : ExportFixtures.postsDataset
        let export = DataPackageExport(dataset)
        let resources = try Self.resources(export)
        var rows: [String: [[String: String]]] = [:]
        for table in export.csv.tables {
            let lines = parseCSV(table.data)
            let header = try #require(lines.first)
            rows[table.name.replacingOccurrences(of: "_", with: "-")] = lines.dropFirst().map {
                Dictionary(uniqueKeysWithValues: zip(header, $0))
            }
        }
        var checked = 0
        for (name, resource) in resources {
            let schema = try Self.schema(resource)
            let table = rows[name] ?? []
            if let key = schema["primaryKey"] as? [String] {
                let values = table.map { row in key.map { row[$0] ?? "" } }
                #expect(Set(values).count == values.count, "\(name)")
                #expect(values.allSatisfy { $0.allSatisfy { !$0.isEmpty } }, "\(name)")
            }
            for foreignKey in schema["foreignKeys"] as? [[String: Any]] ?? [] {
                let column = try #require((foreignKey["fields"] as? [String])?.first)
                let reference = try #require(foreignKey["reference"] as? [String: Any])
                let target = reference["resource"] as? String == "" ? name : reference["resource"]
                let known = Set(
                    (rows[try #require(target as? String)] ?? []).compactMap { $0["id"] })
                for row in table {
                    let value = row[column] ?? ""
                    #expect(value.isEmpty || known.contains(value), "\(name).\(column): \(value)")
                    checked += value.isEmpty ? 0 : 1
                }
            }
        }
        #expect(checked > (name == "catalog" ? 20 : 8))
    }

    @Test(
        "The catalog's persons, posts and their terms are joined: every delegation's person and post found"
    )
    func catalogPersons() throws {
        let export = DataPackageExport(try ExportFixtures.catalog)
        let rows = try #require(export.csv.table(named: "delegations")).data
        let delegations = parseCSV(rows).dropFirst()
        let persons = Set(
            parseCSV(try #require(export.csv.table(named: "persons")).data).map { $0[0] })
        let led = delegations.filter { !$0[7].isEmpty }
        #expect(led.count == 36)
        #expect(led.allSatisfy { persons.contains($0[7]) })
    }

    @Test("An empty dataset gives a package of every table, each without a row")
    func empty() throws {
        let export = DataPackageExport(ExportFixtures.empty)
        let resources = try Self.resources(export)
        #expect(resources.count == 22)
        #expect(resources["post-holders"] != nil && resources["persons"] != nil)
        #expect(export.summary == "22 tables, 0 rows, and their schemas")
    }

    @Test("The same dataset gives the same bytes; writing puts the descriptor beside the tables")
    func write() throws {
        let dataset = try ExportFixtures.hostileDataset
        let export = DataPackageExport(dataset)
        #expect(try DataPackageExport(dataset).descriptor == export.descriptor)
        #expect(try export.descriptor.last == 0x0A)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "datapackage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try export.write(to: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == (export.csv.tables.map(\.fileName) + ["datapackage.json"]).sorted())
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("datapackage.json"))
                == export.descriptor)
    }
}
