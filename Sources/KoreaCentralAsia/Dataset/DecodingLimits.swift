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

// MARK: - The scan

/// What the scan found wrong, and where (a byte offset).
private enum ScanFailure {
    case byteOrderMark
    case notUTF8(String)
    case empty
    case controlCharacter(UInt8, at: Int)
    /// A byte the grammar does not allow where it is; `container` is the innermost open one
    /// (`{` or `[`), or `nil` at the top level.
    case unexpected(at: Int, expected: DocumentScan.Expect, container: UInt8?)
    /// A number or `true`, `false`, `null` that is misspelt.
    case invalidToken(at: Int)
    case tooDeep(at: Int)
    case duplicateKey(first: Int, second: Int)
    case endsInString(start: Int)
    case invalidEscape(at: Int)
    case loneSurrogate(at: Int)
    case invalidUTF8(at: Int)
    case unclosed(depth: Int)
    /// No memory was left for the records of where the values lie.
    case outOfMemory
}

/// A key of an open object: where its text lies (between the quotes), and whether it has
/// escapes or bytes outside ASCII (then it is compared as the text a Swift string holds).
private struct ScannedKey {
    var start: Int
    var end: Int
    var plain: Bool
}

/// Where one JSON value lies in a document, in 8 bytes; a scanned document is a flat array of
/// them in document order, each array or object followed by its members (an object's as key,
/// value, key, value…).
struct ValueRecord {
    /// The offset of the value's first byte: `{`, `[`, `"`, `-`, a digit, `t`, `f` or `n`.
    var start: UInt32
    /// For an array or object, the index of the record after its last member; for a string, the
    /// length of its text between the quotes (``lengthMask``) and ``escapedFlag`` and
    /// ``nonASCIIFlag``; for a number, its length; 0 otherwise.
    var info: UInt32

    /// Set on a string that holds a backslash escape.
    static let escapedFlag: UInt32 = 1 << 31
    /// Set on a string that holds a byte of 0x80 or more.
    static let nonASCIIFlag: UInt32 = 1 << 30
    /// The bits of ``info`` that hold a string's length.
    static let lengthMask: UInt32 = (1 << 30) - 1
}

/// One pass over a document's bytes: grammar, UTF-8, depth, duplicate keys; and where each
/// value lies.
private struct DocumentScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    /// Where each value lies, in document order.
    let records: ValueRecords

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        // About one value for every 12 bytes of a typical document.
        records = ValueRecords(capacity: bytes.count / 12 + 16)
    }

    func run() -> ScanFailure? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .byteOrderMark }
        if let encoding = Self.wideEncoding(bytes) { return .notUTF8(encoding) }
        // The open containers: for an object, where its keys start in `keys`, for an array -1;
        // and the index of its record.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * maximumDepth) { levels in
            scan(levels: levels)
        }
    }

    /// What the grammar allows next.
    enum Expect {
        /// A value: at the start, after `:`, after `,` in an array.
        case value
        /// A value or `]`, after `[`.
        case valueOrEnd
        /// A key or `}`, after `{`.
        case keyOrEnd
        /// A key, after `,` in an object.
        case key
        /// `:`, after a key.
        case colon
        /// `,` or the end of the open container, or of the document, after a value.
        case commaOrEnd
    }

    private func scan(levels: UnsafeMutableBufferPointer<Int>) -> ScanFailure? {
        var keys: [ScannedKey] = []
        var depth = 0
        var index = 0
        var expect = Expect.value
        var pendingKey: ScannedKey?
        let count = bytes.count
        let bytes = self.bytes
        let maximumDepth = self.maximumDepth
        let records = self.records
        func unexpected() -> ScanFailure {
            let container = depth == 0 ? nil : UInt8(ascii: levels[depth - 1] >= 0 ? "{" : "[")
            return .unexpected(at: index, expected: expect, container: container)
        }
        while index < count {
            let byte = bytes[index]
            let wantsValue = expect == .value || expect == .valueOrEnd
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\""):
                let isKey = expect == .keyOrEnd || expect == .key
                guard wantsValue || isKey else { return unexpected() }
                var flags: UInt32 = 0
                let start = index + 1
                index = start
                while true {
                    guard index < count else { return .endsInString(start: start - 1) }
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") { break }
                    if inner >= 0x20 && inner < 0x80 && inner != UInt8(ascii: "\\") {
                        index += 1
                    } else if inner == UInt8(ascii: "\\") {
                        flags |= ValueRecord.escapedFlag
                        switch Self.escape(bytes, at: index) {
                        case .length(let length): index += length
                        case .truncated: return .endsInString(start: start - 1)
                        case .failure(let failure): return failure
                        }
                    } else if inner < 0x20 {
                        return .controlCharacter(inner, at: index)
                    } else {
                        flags |= ValueRecord.nonASCIIFlag
                        guard let length = Self.utf8Length(bytes, at: index) else {
                            return .invalidUTF8(at: index)
                        }
                        index += length
                    }
                }
                records.append(
                    ValueRecord(start: UInt32(start - 1), info: UInt32(index - start) | flags))
                if isKey {
                    pendingKey = ScannedKey(start: start, end: index, plain: flags == 0)
                    expect = .colon
                } else {
                    expect = .commaOrEnd
                }
                index += 1
            case UInt8(ascii: ":"):
                guard expect == .colon, let key = pendingKey else { return unexpected() }
                keys.append(key)
                pendingKey = nil
                expect = .value
                index += 1
            case UInt8(ascii: ","):
                guard expect == .commaOrEnd, depth > 0 else { return unexpected() }
                expect = levels[depth - 1] >= 0 ? .key : .value
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard wantsValue else { return unexpected() }
                guard depth < maximumDepth else { return .tooDeep(at: index) }
                let isObject = byte == UInt8(ascii: "{")
                levels[depth] = isObject ? keys.count : -1
                levels[maximumDepth + depth] = records.count
                records.append(ValueRecord(start: UInt32(index), info: 0))
                depth += 1
                expect = isObject ? .keyOrEnd : .valueOrEnd
                index += 1
            case UInt8(ascii: "}"):
                guard depth > 0, levels[depth - 1] >= 0,
                    expect == .keyOrEnd || expect == .commaOrEnd
                else { return unexpected() }
                let first = levels[depth - 1]
                if keys.count - first > 1,
                    let duplicate = Self.duplicate(in: &keys, from: first, bytes)
                {
                    return duplicate
                }
                keys.removeSubrange(first...)
                depth -= 1
                records[levels[maximumDepth + depth]].info = UInt32(records.count)
                expect = .commaOrEnd
                index += 1
            case UInt8(ascii: "]"):
                guard depth > 0, levels[depth - 1] < 0,
                    expect == .valueOrEnd || expect == .commaOrEnd
                else { return unexpected() }
                depth -= 1
                records[levels[maximumDepth + depth]].info = UInt32(records.count)
                expect = .commaOrEnd
                index += 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard wantsValue else { return unexpected() }
                guard let end = Self.numberEnd(bytes, from: index) else {
                    return .invalidToken(at: index)
                }
                records.append(ValueRecord(start: UInt32(index), info: UInt32(end - index)))
                index = end
                expect = .commaOrEnd
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                guard wantsValue else { return unexpected() }
                let literal: [UInt8] =
                    switch byte {
                    case UInt8(ascii: "t"): [0x74, 0x72, 0x75, 0x65]  // true
                    case UInt8(ascii: "f"): [0x66, 0x61, 0x6C, 0x73, 0x65]  // false
                    default: [0x6E, 0x75, 0x6C, 0x6C]  // null
                    }
                guard bytes[index...].starts(with: literal) else { return .invalidToken(at: index) }
                records.append(ValueRecord(start: UInt32(index), info: 0))
                index += literal.count
                expect = .commaOrEnd
            default:
                return unexpected()
            }
        }
        if records.exhausted { return .outOfMemory }
        if depth > 0 { return .unclosed(depth: depth) }
        return expect == .commaOrEnd ? nil : .empty
    }

    /// The end of the JSON number that starts at `start`, or `nil` when it is not one
    /// (`-`, `01`, `1.`, `1e`).
    private static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        func isDigit(_ at: Int) -> Bool {
            at < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at])
        }
        func digits() -> Bool {
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
            return true
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { return nil }  // a leading zero
        } else if !digits() {
            return nil
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return nil }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count,
                bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
            {
                index += 1
            }
            guard digits() else { return nil }
        }
        return index
    }

    /// "UTF-16" or "UTF-32" when the first bytes say so (RFC 4627's detection, or a byte order
    /// mark), or `nil`.
    private static func wideEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            return bytes.starts(with: [0xFF, 0xFE, 0, 0]) ? "UTF-32" : "UTF-16"
        }
        guard bytes.count >= 4 else { return nil }
        switch (bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0) {
        case (true, true, true, false), (false, true, true, true): return "UTF-32"
        case (true, false, true, false), (false, true, false, true): return "UTF-16"
        default: return nil
        }
    }

    /// What follows a backslash in a string.
    private enum Escape {
        case length(Int)
        case truncated
        case failure(ScanFailure)
    }

    /// Reads the escape at `index` (a backslash): `\n`, `\u00E9`, or a surrogate pair
    /// `\uD83D\uDE00`.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Escape {
        guard index + 1 < bytes.count else { return .truncated }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return .length(2)
        case UInt8(ascii: "u"):
            guard index + 6 <= bytes.count else { return .truncated }
            guard let unit = hex4(bytes, index + 2) else {
                return .failure(.invalidEscape(at: index))
            }
            switch unit {
            case 0xD800..<0xDC00:
                guard index + 12 <= bytes.count else { return .truncated }
                guard bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                    let low = hex4(bytes, index + 8), (0xDC00..<0xE000).contains(low)
                else { return .failure(.loneSurrogate(at: index)) }
                return .length(12)
            case 0xDC00..<0xE000:
                return .failure(.loneSurrogate(at: index))
            default:
                return .length(6)
            }
        default:
            return .failure(.invalidEscape(at: index))
        }
    }

    /// The length of the UTF-8 sequence at `index` (a byte of 0x80 or more), or `nil` when it is
    /// not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
    private static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            second = 0x80...0x9F
        case 0xF0:
            length = 4
            second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            second = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return nil
        }
        return length
    }

    /// FNV-1a over `bytes[start..<end]`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> UInt64
    {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        return hash
    }

    /// The first repeated key among `keys[first...]` (the keys of one object, at least two),
    /// or `nil`.
    ///
    /// Reorders those keys.
    private static func duplicate(
        in keys: inout [ScannedKey], from first: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> ScanFailure? {
        if !keys[first...].allSatisfy(\.plain) {
            return duplicateAsText(keys[first...], bytes)
        }
        func same(_ a: ScannedKey, _ b: ScannedKey) -> Bool {
            a.end - a.start == b.end - b.start
                && bytesEqual(bytes, a.start, b.start, count: a.end - a.start)
        }
        if keys.count - first <= 16 {
            // In document order: the first key that repeats an earlier one.
            for j in (first + 1)..<keys.count {
                for i in first..<j where same(keys[i], keys[j]) {
                    return .duplicateKey(first: keys[i].start, second: keys[j].start)
                }
            }
            return nil
        }
        // Equal keys end up next to each other, in document order; O(k log k) comparisons even
        // when an attacker makes every hash collide.
        var hashed = keys[first...].map { (key: $0, hash: hash(bytes, $0.start, $0.end)) }
        hashed.sort { a, b in
            if a.hash != b.hash { return a.hash < b.hash }
            let (lengthA, lengthB) = (a.key.end - a.key.start, b.key.end - b.key.start)
            if lengthA != lengthB { return lengthA < lengthB }
            for offset in 0..<lengthA
            where bytes[a.key.start + offset] != bytes[b.key.start + offset] {
                return bytes[a.key.start + offset] < bytes[b.key.start + offset]
            }
            return a.key.start < b.key.start
        }
        var found: (first: Int, second: Int)?
        for (a, b) in zip(hashed, hashed.dropFirst()) where same(a.key, b.key) {
            if found.map({ b.key.start < $0.second }) ?? true { found = (a.key.start, b.key.start) }
        }
        return found.map { .duplicateKey(first: $0.first, second: $0.second) }
    }

    /// The duplicate-key check for an object with escaped or non-ASCII keys: compares the keys
    /// as the strings a Swift program reads, which are equal when canonically equivalent (`é`
    /// and `e` with a combining acute accent, `K` and the Kelvin sign), as `JSONDecoder`'s
    /// lookups are.
    private static func duplicateAsText(
        _ keys: ArraySlice<ScannedKey>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> ScanFailure? {
        var seen: [String: Int] = [:]
        for key in keys {
            // An escape JSON does not allow: refused by the scan already.
            guard let text = unescaped(bytes, key.start, key.end) else { continue }
            let string = String(decoding: text, as: UTF8.self)
            if let earlier = seen[string] {
                return .duplicateKey(first: earlier, second: key.start)
            }
            seen[string] = key.start
        }
        return nil
    }
}

/// Whether `bytes[a..<a + count]` and `bytes[b..<b + count]` are the same bytes.
func bytesEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, count: Int) -> Bool {
    var offset = 0
    while offset < count {
        if bytes[a + offset] != bytes[b + offset] { return false }
        offset += 1
    }
    return true
}

/// The value of the four hexadecimal digits at `bytes[at..<at + 4]` (which must exist), or
/// `nil`.
private func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
    var value: UInt32 = 0
    for byte in bytes[at..<(at + 4)] {
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: return nil
        }
        value = value * 16 + UInt32(digit)
    }
    return value
}

/// The UTF-8 text of a JSON string's contents (`bytes[start..<end]`, between the quotes) with
/// its escapes resolved, or `nil` for an escape JSON does not allow.
private func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8]? {
    var text: [UInt8] = []
    var index = start
    func hex4(_ at: Int) -> UInt32? { at + 4 <= end ? KoreaCentralAsia.hex4(bytes, at) : nil }
    while index < end {
        let byte = bytes[index]
        guard byte == UInt8(ascii: "\\") else {
            text.append(byte)
            index += 1
            continue
        }
        guard index + 1 < end else { return nil }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            guard var unit = hex4(index) else { return nil }
            index += 4
            if (0xD800..<0xDC00).contains(unit), index + 6 <= end,
                bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                let low = hex4(index + 2), (0xDC00..<0xE000).contains(low)
            {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                index += 6
            }
            // A lone surrogate becomes U+FFFD, as a Swift string would hold it.
            text.append(
                contentsOf: String(Unicode.Scalar(unit).map(Character.init) ?? "\u{FFFD}").utf8)
        default:
            return nil
        }
    }
    return text
}

// MARK: - Reporting

extension ScanFailure {
    /// The error to throw, with the JSON path, line and column of the failure.
    func error(in bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> DatasetDecodingError {
        func at(_ offset: Int) -> String {
            let location = Location(bytes, offset)
            return "line \(location.line), column \(location.column)"
        }
        // Bad JSON at `offset`: the JSON path to it, and a reason that begins as they all do.
        func invalidJSON(at offset: Int, _ problem: String) -> DatasetDecodingError {
            DatasetDecodingError(
                .invalidJSON, path: JSONPathScan.path(bytes, to: offset),
                reason: "the data is not valid JSON: " + problem)
        }
        switch self {
        case .byteOrderMark:
            return DatasetDecodingError(
                .invalidJSON, path: "",
                reason:
                    "the document starts with a byte order mark (EF BB BF); JSON is UTF-8 without one: save the file as UTF-8 without BOM"
            )
        case .notUTF8(let encoding):
            return DatasetDecodingError(
                .invalidJSON, path: "",
                reason:
                    "the document looks like \(encoding) text; JSON is UTF-8: save the file as UTF-8"
            )
        case .empty:
            return DatasetDecodingError(
                .invalidJSON, path: "", reason: "the document is empty (no JSON value)")
        case .controlCharacter(let byte, let offset):
            let name = byte == 0 ? "a NUL byte" : "the control character \(Self.hex(byte))"
            return invalidJSON(
                at: offset,
                "\(name) inside a string at \(at(offset)); write it escaped, as \\u00\(Self.hex(byte).dropFirst(2))"
            )
        case .unexpected(let offset, let expected, let container):
            return invalidJSON(
                at: offset,
                "\(Self.found(bytes[offset])) at \(at(offset)), where \(Self.describe(expected, in: container, found: bytes[offset]))"
            )
        case .invalidToken(let offset):
            var end = offset + 1
            while end < bytes.count, end - offset < 24, (0x21...0x7E).contains(bytes[end]),
                !Set(",:]}[{\"".utf8).contains(bytes[end])
            {
                end += 1
            }
            let token = String(decoding: bytes[offset..<end], as: UTF8.self)
            return invalidJSON(
                at: offset,
                "\(quoted(token)) at \(at(offset)) is not a value (numbers are written like 12, -0.5 or 1e6, without leading zeros; the words are true, false and null)"
            )
        case .tooDeep(let offset):
            return DatasetDecodingError(
                .tooDeep, path: JSONPathScan.path(bytes, to: offset),
                reason:
                    "arrays and objects nest more than \(maximumDepth) levels deep at \(at(offset)); the limit is \(maximumDepth) (DecodingLimits.maximumDepth)"
            )
        case .duplicateKey(let first, let second):
            let key = JSONPathScan.keyText(bytes, from: second)
            let objectPath = JSONPathScan.path(bytes, to: second - 1, includingLastKey: false)
            return DatasetDecodingError(
                .duplicateKey,
                path: objectPath.isEmpty ? key : "\(objectPath).\(key)",
                reason:
                    "the key \(quoted(key)) appears twice in one object (\(at(first - 1)) and \(at(second - 1))); JSON readers disagree on which value counts, so the document is refused"
            )
        case .endsInString(let start):
            return invalidJSON(
                at: start,
                "it ends inside the string that starts at \(at(start)) (is the file truncated?)")
        case .invalidEscape(let offset):
            let isUnicode = offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "u")
            let escape = String(
                decoding: bytes[offset..<min(offset + (isUnicode ? 6 : 2), bytes.count)],
                as: UTF8.self)
            return invalidJSON(
                at: offset,
                "the escape \(escapingControlCharacters(escape)) at \(at(offset)) is not one JSON has (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
            )
        case .loneSurrogate(let offset):
            let escape = String(
                decoding: bytes[offset..<min(offset + 6, bytes.count)], as: UTF8.self)
            return invalidJSON(
                at: offset,
                "the escape \(escape) at \(at(offset)) is half of a UTF-16 surrogate pair, without its other half"
            )
        case .invalidUTF8(let offset):
            return invalidJSON(
                at: offset,
                "the bytes at \(at(offset)) are not UTF-8 (starting with \(Self.hex(bytes[offset]))); save the file as UTF-8"
            )
        case .outOfMemory:
            return DatasetDecodingError(
                .tooLarge, path: "",
                reason:
                    "there is not enough memory to read the document (\(bytes.count) bytes); lower DecodingLimits.maximumBytes"
            )
        case .unclosed(let depth):
            return invalidJSON(
                at: bytes.count,
                "it ends with \(depth) array\(depth == 1 ? "" : "s") or object\(depth == 1 ? "" : "s") still open (is the file truncated?)"
            )
        }
    }

    /// A byte found where it should not be, for a message.
    private static func found(_ byte: UInt8) -> String {
        switch byte {
        case 0: "a NUL byte"
        case 0x21...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, 0x7F: "the control character \(hex(byte))"
        default: "the byte \(hex(byte)) (binary data, or text outside quotes?)"
        }
    }

    /// What the grammar wanted instead, for a message: "a value should be".
    private static func describe(
        _ expected: DocumentScan.Expect, in container: UInt8?, found: UInt8
    ) -> String {
        let wanted: String
        switch expected {
        case .value: wanted = container == nil ? "the document's value" : "a value"
        case .valueOrEnd: wanted = "a value or ']'"
        case .keyOrEnd: wanted = "a key in double quotes or '}'"
        case .key: wanted = "a key in double quotes"
        case .colon: wanted = "':' after the key"
        case .commaOrEnd:
            wanted =
                container == nil
                ? "the end of the document"
                : "',' or '\(container == UInt8(ascii: "{") ? "}" : "]")'"
        }
        let afterComma = container != nil && (expected == .value || expected == .key)
        let closer = found == UInt8(ascii: "}") || found == UInt8(ascii: "]")
        return afterComma && closer
            ? "\(wanted) should be: no comma may come before '\(Character(Unicode.Scalar(found)))'"
            : "\(wanted) should be"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}

/// A 1-based line and column (in bytes) of a byte offset.
private struct Location {
    var line = 1
    var column = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) {
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        column = offset - lineStart + 1
    }
}

/// The JSON path of a byte offset, found by reading the document again up to it: run only to
/// report a failure, so it may allocate.
private enum JSONPathScan {
    private enum Step {
        case index(Int)
        case key(String?)
    }

    /// The path of the value at `offset`: `forums[0].editions[3]`.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - offset: Where the value is.
    ///   - includingLastKey: Whether the key of the innermost object counts (`false` for the
    ///     object that holds a key being reported).
    /// - Returns: The path, empty for the document as a whole.
    static func path(
        _ bytes: UnsafeBufferPointer<UInt8>, to offset: Int, includingLastKey: Bool = true
    ) -> String {
        var steps: [Step] = []
        var index = 0
        var lastString: (start: Int, end: Int)?
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let start = index + 1
                index += 1
                while index < end, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                lastString = (start, index)
            case UInt8(ascii: ":"):
                if let string = lastString, case .key = steps.last {
                    steps[steps.count - 1] = .key(text(bytes, string.start, string.end))
                }
                lastString = nil
            case UInt8(ascii: "{"):
                steps.append(.key(nil))
                lastString = nil
            case UInt8(ascii: "["):
                steps.append(.index(0))
                lastString = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !steps.isEmpty { steps.removeLast() }
                lastString = nil
            case UInt8(ascii: ","):
                switch steps.last {
                case .index(let position): steps[steps.count - 1] = .index(position + 1)
                case .key: steps[steps.count - 1] = .key(nil)
                case nil: break
                }
                lastString = nil
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                break
            default:
                lastString = nil
            }
            index += 1
        }
        if !includingLastKey, case .key = steps.last { steps.removeLast() }
        var path = ""
        for step in steps {
            switch step {
            case .index(let position): path += "[\(position)]"
            case .key(let key?): path += path.isEmpty ? key : ".\(key)"
            case .key(nil): break
            }
        }
        return path
    }

    /// The text of the key whose opening quote is just before `start`.
    static func keyText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        return text(bytes, start, min(end, bytes.count))
    }

    /// A key's text for a path: unescaped, control characters escaped, long keys shortened.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> String
    {
        let shown = min(end, start + 200)
        let raw = unescaped(bytes, start, shown) ?? Array(bytes[start..<shown])
        let text = escapingControlCharacters(String(decoding: raw, as: UTF8.self))
        return shown < end ? text + "…" : text
    }
}
