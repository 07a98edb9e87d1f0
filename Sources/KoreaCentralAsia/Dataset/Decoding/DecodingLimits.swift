#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The largest and most deeply nested interchange document that ``Dataset/init(json:limits:)``
/// reads, and the one scan over its bytes that enforces them as it finds where each value lies.
///
/// A document comes from outside, so neither its size nor its shape can be trusted.
/// ``Dataset/init(json:limits:)`` reads the bytes once, front to back, and refuses the document
/// with a ``DatasetDecodingError`` that names the JSON path when:
///
/// - it is larger than ``maximumBytes`` (``DatasetDecodingError/Kind/tooLarge``), checked before
///   anything else (and, whatever the limit says, larger than 1 GiB);
/// - arrays and objects nest deeper than ``maximumDepth``
///   (``DatasetDecodingError/Kind/tooDeep``): the scan stops at the first level too deep, so
///   `[[[[…` a million levels deep costs 65 bytes of reading;
/// - one object has the same key twice (``DatasetDecodingError/Kind/duplicateKey``), also when
///   the two spellings are the same Swift string (`é` written precomposed and decomposed): JSON
///   readers disagree about which value counts (`JSONDecoder` keeps the first, Python's `json`
///   the last), so such a document could mean one thing to a schema checker and another to this
///   library;
/// - it is not JSON (``DatasetDecodingError/Kind/invalidJSON``), with the line and column of the
///   first fault, where `JSONDecoder` only says "The given data was not valid JSON.": a byte
///   order mark, UTF-16 or UTF-32 text, bytes that are not UTF-8, a raw control character (NUL,
///   newline…) in a string, a bad escape or half a surrogate pair, a misspelt number or word, a
///   missing or extra comma, colon or bracket, a truncated document.
///
/// The same scan records where each value lies (8 bytes a value, no copy of the document), and
/// the decoder reads the values in place from there, through each type's own `init(from:)`:
/// nothing parses the document twice. ``check(_:)`` runs the scan alone.
///
/// ```swift
/// let dataset = try Dataset(json: data)  // DecodingLimits.standard: 64 MiB, 64 levels
/// let big = try Dataset(json: data, limits: DecodingLimits(maximumBytes: 256 << 20))
/// ```
public struct DecodingLimits: Sendable, Hashable {
    /// The largest document accepted, in bytes; 64 MiB (67,108,864 bytes) unless set.
    ///
    /// The built-in catalog is about 50 KB; a research database a thousand times its size still
    /// fits. Measured in a release build on 2 cores, a 56 MB document decodes and validates in
    /// about 1.3 s with a peak of 204 MB of memory: 64 MiB stays within reach of
    /// a laptop, a CI runner or a small container. A bigger document is far more likely a
    /// mistake or an attack than a dataset, and is refused before it costs that memory. Raise
    /// the limit for a known, bigger file. Programs that read files should compare the file's
    /// size with this limit *before* reading the file into memory.
    public var maximumBytes: Int

    /// The deepest nesting of arrays and objects accepted; 64 unless set.
    ///
    /// The interchange document itself nests six levels at most
    /// (`forums[0].charter.rotation.group[0]`), so 64 leaves room for any added field while
    /// keeping the decoder's recursion, and its stack, small: `JSONDecoder` recurses once per
    /// level, with more than 250 bytes of stack each (511 levels overflow a 128 KiB thread
    /// stack), and refuses a document on its own only past 512 levels, with no path. Values
    /// above 512 count as 512; values below 1 as 1.
    public var maximumDepth: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumBytes: The largest document accepted, in bytes; 64 MiB by default.
    ///   - maximumDepth: The deepest nesting accepted, 1 to 512; 64 by default.
    public init(maximumBytes: Int = 64 << 20, maximumDepth: Int = 64) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
    }

    /// The default limits: 64 MiB and 64 levels.
    public static let standard = DecodingLimits()

    /// The depth at which `JSONDecoder` refuses a document on its own.
    static let decoderDepth = 512

    /// The depth the scan enforces: ``maximumDepth`` kept within 1...512.
    var effectiveDepth: Int { min(max(maximumDepth, 1), Self.decoderDepth) }

    /// Checks a document against the limits without decoding it.
    ///
    /// ``Dataset/init(json:limits:)`` runs the same scan as it reads the document; call this
    /// yourself to refuse a document before doing anything else with it.
    ///
    /// - Parameter json: The document's bytes.
    /// - Throws: ``DatasetDecodingError`` of kind ``DatasetDecodingError/Kind/tooLarge``,
    ///   ``DatasetDecodingError/Kind/tooDeep``, ``DatasetDecodingError/Kind/duplicateKey`` or
    ///   ``DatasetDecodingError/Kind/invalidJSON``, naming the JSON path where there is one.
    public func check(_ json: Data) throws(DatasetDecodingError) {
        _ = try scan(json)
    }

    /// The largest document the scan can index, whatever ``maximumBytes`` says: 1 GiB, so that
    /// a value's position and length fit in its 8-byte record.
    static let largestIndexable = 1 << 30

    /// Scans a document: refuses it as ``check(_:)`` does, or returns where each value lies.
    func scan(_ json: Data) throws(DatasetDecodingError) -> ValueRecords {
        let limit = min(maximumBytes, Self.largestIndexable)
        guard json.count <= limit else {
            throw DatasetDecodingError(
                .tooLarge, path: "",
                reason: limit < maximumBytes
                    ? "the document is \(json.count) bytes; this library reads documents of at most \(limit) bytes (1 GiB)"
                    : "the document is \(json.count) bytes; the limit is \(maximumBytes) bytes (\(Self.mebibytes(maximumBytes)) MiB, DecodingLimits.maximumBytes)"
            )
        }
        let depth = effectiveDepth
        let result = json.withUnsafeBytes { raw in
            let scan = DocumentScan(bytes: raw.bindMemory(to: UInt8.self), maximumDepth: depth)
            let failure = scan.run()
            return (failure, scan.records)
        }
        if let failure = result.0 {
            throw json.withUnsafeBytes { raw in
                failure.error(in: raw.bindMemory(to: UInt8.self), maximumDepth: depth)
            }
        }
        return result.1
    }

    private static func mebibytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
