public import Foundation
public import KoreaCentralAsia

/// A dataset as a Frictionless Data Package: the CSV tables of ``CSVExport`` and a
/// `datapackage.json` that describes them, for data portals (CKAN) and the Frictionless tools.
///
/// The descriptor gives each table a Table Schema: every column's type (partial dates as
/// strings with the pattern `^\d{4}(-\d{2}(-\d{2})?)?$`, ordinals, years and positions as
/// integers, amounts as numbers, country codes as two capital letters, lists of ids as strings
/// joined with `;`, `single` and `acting` as booleans), the table's primary key where its
/// rows have one (an `id`, an edition's forum and ordinal, a provision's agreement and
/// position), and the foreign keys between tables (an edition's `forum`, an institution's
/// `parent` and `head_post`, a delegation's `person` and `post`, a post holder's `post` and
/// `person`, …); an empty cell is a missing value. The schemas come from the tables' own
/// column definitions, so every table of the CSV export is in the package.
///
/// ```swift
/// let package = DataPackageExport(dataset)
/// try package.write(to: URL(fileURLWithPath: "release"))
/// // release/datapackage.json, release/sources.csv, …
/// ```
///
/// A dataset that the rules find without `reference.unknown` or `reference.duplicate-id`
/// errors gives a package whose keys hold, so that `frictionless validate datapackage.json`
/// reports no error. The same dataset gives the same bytes.
public struct DataPackageExport: Sendable, Hashable {
    /// The name of the descriptor file: `datapackage.json`.
    public static let descriptorFileName = "datapackage.json"

    /// The tables the package describes.
    public let csv: CSVExport
    /// The descriptor, `datapackage.json`: sorted keys, indented, with a final newline.
    ///
    /// - Throws: ``ExportError`` if it cannot be encoded, which its strings and integers never
    ///   cause.
    public var descriptor: Data {
        get throws(ExportError) { try encodedDescriptor.get() }
    }
    private let encodedDescriptor: Result<Data, ExportError>

    /// Describes a dataset's CSV tables as a data package.
    ///
    /// - Parameter dataset: The dataset.
    /// - Complexity: O(*n*) in the size of the dataset.
    public init(_ dataset: Dataset) {
        self.init(tables: CSVExport(dataset))
    }

    /// Describes CSV tables as a data package.
    init(tables: CSVExport) {
        csv = tables
        let package = Descriptor(
            profile: "tabular-data-package", name: "korea-central-asia",
            title: "Korea–Central Asia cooperation",
            description: """
                Forums and their editions, members, institutions, partnerships, agreements, \
                meetings, economic indicators and initiatives of Korea–Central Asia \
                cooperation, and the persons and the posts they held, each fact with its \
                sources, as written by the KoreaCentralAsia library.
                """,
            resources: tables.tables.map(Resource.init))
        encodedDescriptor = Result { () throws(ExportError) in try encodedJSON(package) }
    }
}

extension DataPackageExport: DatasetExport {
    /// A folder: the tables and their descriptor.
    public var layout: ExportLayout { .folder }
    /// Each table as `NAME.csv`, then the descriptor as `datapackage.json`, written last.
    public var files: [ExportFile] {
        get throws(ExportError) {
            csv.files + [ExportFile(name: Self.descriptorFileName, data: try descriptor)]
        }
    }
    /// Nothing: every record has a table.
    public var omissions: [ExportOmission] { [] }
    /// "22 tables, 593 rows, and their schemas".
    public var summary: String { "\(csv.summary), and their schemas" }
}

// MARK: - The descriptor's JSON

private struct Descriptor: Encodable {
    var profile: String
    var name: String
    var title: String
    var description: String
    var resources: [Resource]
}

private struct Resource: Encodable {
    var name: String
    var path: String
    var profile = "tabular-data-resource"
    var format = "csv"
    var mediatype = "text/csv"
    var encoding = "utf-8"
    var dialect = Dialect()
    var schema: TableSchema

    init(_ table: CSVExport.Table) {
        name = Self.name(table.name)
        path = table.fileName
        schema = TableSchema(table.schema, of: table.name)
    }

    /// A table's resource name: a data package allows no `_` in it (`partnership-stages`).
    static func name(_ table: String) -> String {
        table.replacingOccurrences(of: "_", with: "-")
    }
}

/// The CSV dialect of every table: RFC 4180 with CRLF and a header row.
private struct Dialect: Encodable {
    var delimiter = ","
    var lineTerminator = "\r\n"
    var quoteChar = "\""
    var doubleQuote = true
    var header = true
}

private struct TableSchema: Encodable {
    var fields: [Field]
    var primaryKey: [String]?
    var foreignKeys: [ForeignKey]?
    var missingValues = [""]

    init(_ schema: CSVExport.Table.Schema, of table: String) {
        fields = schema.columns.map(Field.init)
        primaryKey = schema.primaryKey.isEmpty ? nil : schema.primaryKey
        let keys = schema.foreignKeys.map { key in
            ForeignKey(
                fields: key.columns,
                // The Table Schema names the table itself with an empty resource.
                reference: .init(
                    resource: key.table == table ? "" : Resource.name(key.table),
                    fields: key.referencedColumns))
        }
        foreignKeys = keys.isEmpty ? nil : keys
    }
}

private struct Field: Encodable {
    struct Constraints: Encodable {
        var pattern: String
    }

    var name: String
    var type: String
    var description: String?
    var constraints: Constraints?
    /// A boolean column's texts: only `true` and `false`.
    var trueValues: [String]?
    var falseValues: [String]?

    init(_ column: CSVExport.Table.Column) {
        name = column.name
        switch column.kind {
        case .text: type = "string"
        case .date:
            type = "string"
            description =
                "A date at year, month or day precision (ISO 8601): 2024, 2023-12, 2023-11-20."
            constraints = Constraints(pattern: #"^\d{4}(-\d{2}(-\d{2})?)?$"#)
        case .integer: type = "integer"
        case .number: type = "number"
        case .country:
            type = "string"
            description = "An ISO 3166-1 alpha-2 country code."
            constraints = Constraints(pattern: "^[A-Z]{2}$")
        case .list:
            type = "string"
            description = "A list of values joined with \";\"."
        case .boolean:
            type = "boolean"
            description = "true or false."
            trueValues = ["true"]
            falseValues = ["false"]
        }
    }
}

private struct ForeignKey: Encodable {
    struct Reference: Encodable {
        var resource: String
        var fields: [String]
    }

    var fields: [String]
    var reference: Reference
}
