// The scan: one pass over a document's bytes that checks its grammar, UTF-8, depth and
// duplicate keys, and records where each value lies (`ValueRecord`).

/// What the scan found wrong, and where (a byte offset).
enum ScanFailure {
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

/// One pass over a document's bytes: grammar, UTF-8, depth, duplicate keys; and where each
/// value lies.
struct DocumentScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    /// Where each value lies, in document order.
    let records: ValueRecords

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        // About one value for every 16 bytes of a typical document (keys have no records).
        records = ValueRecords(capacity: bytes.count / 16 + 16)
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
                // The indentation of a pretty-printed document: eight spaces at a time.
                while index &+ 8 <= count, let base = bytes.baseAddress,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        == 0x2020_2020_2020_2020
                {
                    index &+= 8
                }
                while index < count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            case UInt8(ascii: "\""):
                let isKey = expect == .keyOrEnd || expect == .key
                guard wantsValue || isKey else { return unexpected() }
                var flags: UInt32 = 0
                let start = index + 1
                index = start
                while true {
                    // Eight plain bytes at a time: no quote, backslash, control character or
                    // byte over 0x7F among them.
                    while index &+ 8 <= count, let base = bytes.baseAddress,
                        !Self.holdsSpecialByte(
                            UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    {
                        index &+= 8
                    }
                    // Then byte by byte up to the byte that ended the run.
                    while index < count, bytes[index] >= 0x20, bytes[index] < 0x80,
                        bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\")
                    {
                        index += 1
                    }
                    guard index < count else { return .endsInString(start: start - 1) }
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") { break }
                    if inner == UInt8(ascii: "\\") {
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
                if isKey {
                    // A key has no record: `ScannedDocument.keyRecord(ofValue:)` finds it from
                    // its value.
                    pendingKey = ScannedKey(start: start, end: index, plain: flags == 0)
                    expect = .colon
                } else {
                    records.append(
                        ValueRecord(start: UInt32(start - 1), info: UInt32(index - start) | flags))
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

    /// Whether any of the eight bytes of `word` is a quote, a backslash, a control character
    /// (below 0x20) or a byte over 0x7F, any of which ends the run of plain bytes of a string.
    ///
    /// The tests for a byte below a bound and for a byte equal to another are the usual
    /// word-at-a-time ones: a borrow can only mark a byte above one that matched, so a word with
    /// no such byte is never marked, and a marked word is read again byte by byte.
    @inline(__always) static func holdsSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let below0x20 = (word &- ones &* 0x20) & ~word
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        return (word | below0x20 | quote | backslash) & highs != 0
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
func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8]? {
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
