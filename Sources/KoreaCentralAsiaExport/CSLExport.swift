public import Foundation
public import KoreaCentralAsia

/// A dataset's sources as CSL-JSON, the bibliography format that Zotero, Pandoc and most
/// reference managers read (Citation Style Language, `csl-data.json`).
///
/// Each source is one item: `id`, `type` (`webpage` for a source with an address, `article`
/// otherwise), `title`, `publisher`, `URL`, `issued` (the published date, as precise as known),
/// `accessed` (the retrieved date), `language`, and `note` with the quotations, each followed by
/// its translation, and the source's own note. A descriptive title is kept as the title, and the
/// note says that it is one. Items are sorted by `id`, so the same dataset gives the same bytes.
///
/// ```swift
/// let csl = CSLExport(dataset)
/// try csl.write(to: URL(fileURLWithPath: "sources.json"))
/// ```
///
/// Pandoc renders a bibliography from it:
/// `pandoc --citeproc --metadata bibliography=sources.json --metadata nocite='@*' -t plain`.
public struct CSLExport: Sendable, Hashable {
    /// The whole CSL-JSON array, pretty-printed, with a final newline.
    ///
    /// - Throws: ``ExportError`` if it cannot be encoded, which its strings and integers never
    ///   cause.
    public var data: Data {
        get throws(ExportError) { try encoded.get() }
    }
    private let encoded: Result<Data, ExportError>
    /// The number of items: one per source.
    public let itemCount: Int

    /// Writes a dataset's sources as CSL-JSON items.
    ///
    /// - Complexity: O(*n* log *n*) in the number of sources.
    public init(_ dataset: Dataset) {
        let items = dataset.sources.sorted { $0.id < $1.id }.map(CSLItem.init)
        encoded = Result { () throws(ExportError) in try encodedJSON(items) }
        itemCount = items.count
    }
}

extension CSLExport: DatasetExport {
    /// One file, `sources.json`.
    public var layout: ExportLayout { .file }

    /// The CSL-JSON file.
    public var files: [ExportFile] {
        get throws(ExportError) { [ExportFile(name: "sources.json", data: try data)] }
    }

    /// Nothing is left out: every field of a source has a place in CSL-JSON.
    public var omissions: [ExportOmission] { [] }

    /// "N references".
    public var summary: String { "\(itemCount) reference\(itemCount == 1 ? "" : "s")" }
}

/// One CSL-JSON item (CSL 1.0.2 data schema): only the variables a source has.
struct CSLItem: Encodable {
    /// A CSL date: `{"date-parts": [[year, month, day]]}`, as precise as known.
    struct DateParts: Encodable {
        let parts: [[Int]]

        init(_ date: PartialDate) {
            parts = [[date.year] + [date.month, date.day].compactMap { $0 }]
        }

        enum CodingKeys: String, CodingKey { case parts = "date-parts" }
    }

    let id: String
    let type: String
    let title: String
    let publisher: String
    let url: String?
    let issued: DateParts?
    let accessed: DateParts?
    let language: String?
    let note: String?

    enum CodingKeys: String, CodingKey {
        case id, type, title, publisher, issued, accessed, language, note
        case url = "URL"
    }

    init(_ source: Source) {
        id = source.id.rawValue
        type = source.url == nil ? "article" : "webpage"
        title = source.title
        publisher = source.publisher
        url = source.url?.text
        issued = source.published.map(DateParts.init)
        accessed = source.retrieved.map(DateParts.init)
        language = source.language?.rawValue
        var lines = source.quotes.map { quote in
            let text = "“\(quote.text)”"
            return quote.translation.map { "\(text) (\($0))" } ?? text
        }
        if source.titleIsDescriptive { lines.append("The title describes the page.") }
        if let note = source.note { lines.append(note) }
        note = lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(publisher, forKey: .publisher)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(issued, forKey: .issued)
        try container.encodeIfPresent(accessed, forKey: .accessed)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
