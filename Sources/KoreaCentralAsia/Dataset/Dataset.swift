#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// One interchange document: every source, institution, partnership, forum, agreement,
/// meeting, indicator, initiative and acknowledgement of a dataset.
///
/// Decode it from JSON with ``init(json:)``, which refuses malformed input with a
/// ``DatasetDecodingError`` that names the JSON path; encode it with ``json(prettyPrinted:)``,
/// which writes sorted keys so that files diff cleanly. Encoding and decoding give back an equal
/// value.
///
/// ```swift
/// let dataset = try Dataset(json: data)
/// let report = dataset.validate()
/// let bytes = try dataset.json()
/// ```
public struct Dataset: Sendable, Hashable {
    /// The newest interchange-document version this library reads and the one it writes.
    ///
    /// Version 2 adds dialogue formats, charter periods, schedules, delegations and the other
    /// keys of "Formats, Tracks and Charters"; every key it adds is optional. A version-1
    /// document reads to the same meaning: its forum's `charter` is one binding period from the
    /// start. Version 3 adds persons and posts, the persons and posts that delegations and
    /// institutions name, and sources' citations (`retrieved`, `language`, `quotes`, `archive`,
    /// `titleIsDescriptive`); every key it adds is optional, and a version-2 delegation's `head`
    /// stays text.
    public static let schemaVersion = 3

    /// The oldest interchange-document version this library reads.
    public static let oldestSchemaVersion = 1

    /// The date up to which the record was checked, or `nil` when it is not known.
    ///
    /// The rules that depend on time (``RecordDateRule``, ``EvidenceRule``) judge the record as
    /// of this date, or the one passed to ``validate(asOf:rules:)``; with neither, they do not
    /// run. The library never reads the clock.
    public var asOf: PartialDate?
    /// The publications that facts cite.
    public var sources: [Source]
    /// The institutions.
    public var institutions: [Institution]
    /// The bilateral partnerships.
    public var partnerships: [Partnership]
    /// The forums, with their charters, members and editions.
    public var forums: [Forum]
    /// The agreements.
    public var agreements: [Agreement]
    /// Other meetings.
    public var meetings: [Meeting]
    /// Economic figures.
    public var indicators: [Indicator]
    /// Named policies.
    public var initiatives: [Initiative]
    /// Known deviations from the rules that the record keeps on purpose.
    public var acknowledgements: [Acknowledgement]
    /// The dialogue formats, whose tracks are forums (``Forum/format``).
    public var formats: [DialogueFormat]
    /// The persons that delegations, posts and institutions name.
    public var persons: [Person] = []
    /// The posts, with their holders' terms.
    public var posts: [Post] = []

    /// Creates a dataset.
    public init(
        asOf: PartialDate? = nil, sources: [Source] = [], institutions: [Institution] = [],
        partnerships: [Partnership] = [],
        forums: [Forum] = [], agreements: [Agreement] = [], meetings: [Meeting] = [],
        indicators: [Indicator] = [], initiatives: [Initiative] = [],
        acknowledgements: [Acknowledgement] = [], formats: [DialogueFormat] = []
    ) {
        self.formats = formats
        self.asOf = asOf
        self.sources = sources
        self.institutions = institutions
        self.partnerships = partnerships
        self.forums = forums
        self.agreements = agreements
        self.meetings = meetings
        self.indicators = indicators
        self.initiatives = initiatives
        self.acknowledgements = acknowledgements
    }

    /// Decodes an interchange document.
    ///
    /// - Parameter json: The document's bytes, UTF-8 JSON.
    /// - Throws: ``DatasetDecodingError`` naming the JSON path and the reason, for malformed
    ///   JSON, wrong types, missing keys, unknown values of closed sets, invalid codes and dates,
    ///   and a `schemaVersion` newer than ``schemaVersion``; and for a document beyond
    ///   ``DecodingLimits/standard`` (64 MiB, 64 levels of nesting) or with a key twice in one
    ///   object.
    public init(json: Data) throws(DatasetDecodingError) {
        try self.init(json: json, limits: .standard)
    }

    /// Decodes an interchange document after checking it against limits of size and nesting.
    ///
    /// - Parameters:
    ///   - json: The document's bytes, UTF-8 JSON.
    ///   - limits: The largest and deepest document to read; ``DecodingLimits/check(_:)``
    ///     refuses any other before decoding starts.
    /// - Throws: ``DatasetDecodingError`` naming the JSON path and the reason, as ``init(json:)``.
    public init(json: Data, limits: DecodingLimits) throws(DatasetDecodingError) {
        try self.init(json: json, limits: limits, readingDirectly: true)
    }

    /// Decodes an interchange document as ``init(json:limits:)`` does; with `readingDirectly`
    /// `false`, every value through its `init(from:)`, none by the direct path, so that tests
    /// and the fuzz target can hold the two to the same values and the same refusals.
    package init(json: Data, limits: DecodingLimits, readingDirectly: Bool)
        throws(DatasetDecodingError)
    {
        let records = try limits.scan(json)
        do {
            self = try ScannedDocument.decode(
                Dataset.self, from: json, records: records, readsDirectly: readingDirectly)
        } catch let error as DatasetDecodingError {
            throw error
        } catch let error as DecodingError {
            throw DatasetDecodingError(error)
        } catch let error as UnrepresentableNumber {
            throw DatasetDecodingError(
                .invalidValue, path: DatasetDecodingError.path(error.path),
                reason: "the number \(error.text) does not fit the value's type")
        } catch {
            throw DatasetDecodingError(.malformed, path: "", reason: "\(error)")
        }
    }

    /// Encodes the dataset as a JSON interchange document: sorted keys, two-space indentation
    /// (unless `prettyPrinted` is `false`), slashes unescaped, a final newline.
    ///
    /// The document is written directly, in one pass, and its bytes are those that
    /// `JSONEncoder` writes of the dataset's `encode(to:)` with `.sortedKeys`,
    /// `.withoutEscapingSlashes` (and `.prettyPrinted`), then a newline.
    ///
    /// - Throws: An `EncodingError` only if a value cannot be represented in JSON, which a
    ///   dataset built through the library's initialisers never holds.
    public func json(prettyPrinted: Bool = true) throws -> Data {
        try JSONDocumentWriter.document(self, prettyPrinted: prettyPrinted)
    }
}

extension Dataset: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, asOf, sources, institutions, partnerships, forums, agreements, meetings
        case indicators, initiatives, acknowledgements, formats, persons, posts
    }

    /// Decodes a dataset, refusing a `schemaVersion` this library does not read before
    /// reading anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let version = try container.decodeInteger(forKey: .schemaVersion, in: Int.min...Int.max) {
            "\($0) is not a schema version (this library reads version \(Self.schemaVersion))"
        }
        guard (Self.oldestSchemaVersion...Self.schemaVersion).contains(version) else {
            throw DatasetDecodingError(
                version > Self.schemaVersion ? .unsupportedSchemaVersion : .malformed,
                path: "schemaVersion",
                reason: version > Self.schemaVersion
                    ? "the document has schema version \(version); this library reads version \(Self.schemaVersion) and older"
                    : "\(version) is not a schema version (this library reads versions \(Self.oldestSchemaVersion) to \(Self.schemaVersion))"
            )
        }
        asOf = try container.decodeIfPresent(PartialDate.self, forKey: .asOf)
        sources = try container.decode([Source].self, forKey: .sources)
        institutions = try container.decode([Institution].self, forKey: .institutions)
        partnerships = try container.decode([Partnership].self, forKey: .partnerships)
        forums = try container.decode([Forum].self, forKey: .forums)
        agreements = try container.decode([Agreement].self, forKey: .agreements)
        meetings = try container.decode([Meeting].self, forKey: .meetings)
        indicators = try container.decode([Indicator].self, forKey: .indicators)
        initiatives = try container.decodeArray(Initiative.self, forKey: .initiatives)
        acknowledgements = try container.decodeArray(
            Acknowledgement.self, forKey: .acknowledgements)
        formats = try container.decodeArray(DialogueFormat.self, forKey: .formats)
        persons = try container.decodeArray(Person.self, forKey: .persons)
        posts = try container.decodeArray(Post.self, forKey: .posts)
    }

    /// Encodes the dataset with its schema version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encodeIfPresent(asOf, forKey: .asOf)
        try container.encode(sources, forKey: .sources)
        try container.encode(institutions, forKey: .institutions)
        try container.encode(partnerships, forKey: .partnerships)
        try container.encode(forums, forKey: .forums)
        try container.encode(agreements, forKey: .agreements)
        try container.encode(meetings, forKey: .meetings)
        try container.encode(indicators, forKey: .indicators)
        try container.encodeUnlessEmpty(initiatives, forKey: .initiatives)
        try container.encodeUnlessEmpty(acknowledgements, forKey: .acknowledgements)
        try container.encodeUnlessEmpty(formats, forKey: .formats)
        try container.encodeUnlessEmpty(persons, forKey: .persons)
        try container.encodeUnlessEmpty(posts, forKey: .posts)
    }
}
