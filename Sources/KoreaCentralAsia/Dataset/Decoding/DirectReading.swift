#if canImport(FoundationEssentials)
    package import FoundationEssentials
#else
    package import Foundation
#endif

// The direct path: the most numerous values of a document (membership events, editions with
// their schedules and delegations, sources with their quotations) read from the scanner's records
// straight into the model, with no `Decoder`, no keyed container and no string made for a key: each key is
// matched by its bytes.
//
// It reads only the plain form of a value, the form the library writes: every key one the type
// defines, written without escapes; no `null`; every text valid. Anything else (a misspelt key, a
// `null`, a bad date, an identifier with an escape in it, a rare key such as `claims`) and it
// answers `nil`; the value is then decoded through its `init(from:)`, which decodes it or refuses
// it, at the same path, with the same error as before. So the direct path decides nothing: it
// either builds the value `init(from:)` would build, or leaves the value to it.
// `Tests/KoreaCentralAsiaTests/Reliability/DirectReadingTests.swift` and the fuzz target hold it
// to that.

/// A type whose plain JSON form the direct path reads.
protocol DirectlyReadable: Decodable {
    /// The value at record `index` when it has the plain form, or `nil` for `init(from:)` to
    /// decode.
    static func read(_ document: ScannedDocument, at index: Int) -> Self?
}

extension Dataset {
    /// How many membership events, editions and sources of a document the direct path reads,
    /// and how many it leaves to their `init(from:)`: for tests, which show what it declines.
    package static func directReads(of json: Data) throws -> (
        direct: Int, leftToInitFromDecoder: Int
    ) {
        let records = try DecodingLimits.standard.scan(json)
        return try ScannedDocument.reading(json, records: records) { document in
            _ = try Dataset(from: RecordDecoder(document: document, index: 0))
            return document.directReads
        }
    }
}

extension ScannedDocument {
    /// The array at `index`, each value read directly when it is plain and through its
    /// `init(from:)` otherwise; anything but an array goes to `Array`'s own `init(from:)`.
    func directArray<Element: DirectlyReadable>(_ type: Element.Type, at index: Int) throws
        -> [Element]
    {
        guard lead(index) == UInt8(ascii: "[") else {
            return try [Element](from: RecordDecoder(document: self, index: index))
        }
        let end = Int(records[index].info)
        var values: [Element] = []
        values.reserveCapacity(count(of: index))
        var element = index + 1
        while element < end {
            if let value = Element.read(self, at: element) {
                values.append(value)
                directReads.direct += 1
            } else {
                values.append(try Element(from: RecordDecoder(document: self, index: element)))
                directReads.leftToInitFromDecoder += 1
            }
            element = next(element)
        }
        return values
    }

    // MARK: Keys

    /// Whether the key `record` describes (``keyRecord(ofValue:)``) is `key`, byte for byte;
    /// a key written with an escape or a byte over 0x7F is no key the direct path knows.
    @inline(__always) func key(_ record: ValueRecord, is key: StaticString) -> Bool {
        let info = record.info
        guard Int(info) == key.utf8CodeUnitCount else { return false }
        let start = Int(record.start) + 1
        let text = key.utf8Start
        var offset = 0
        while offset < Int(info) {
            if bytes[start + offset] != text[offset] { return false }
            offset += 1
        }
        return true
    }

    // MARK: Values

    /// The bytes of the string at `index`, when it is a string without escapes.
    @inline(__always) func plainBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        let record = records[index]
        guard bytes[Int(record.start)] == UInt8(ascii: "\""),
            record.info & ValueRecord.escapedFlag == 0
        else { return nil }
        let start = Int(record.start) + 1
        return UnsafeBufferPointer(
            rebasing: bytes[start..<(start + Int(record.info & ValueRecord.lengthMask))])
    }

    /// Whether the string at `index` is `text`, written without escapes.
    @inline(__always) func plainString(_ index: Int, is text: StaticString) -> Bool {
        lead(index) == UInt8(ascii: "\"") && key(records[index], is: text)
    }

    /// The text of the string at `index`, escapes resolved, or `nil` when it is not a string.
    @inline(__always) func directString(_ index: Int) -> String? {
        lead(index) == UInt8(ascii: "\"") ? string(index) : nil
    }

    /// The identifier at `index`, when it is a slug written without escapes.
    @inline(__always) func directIdentifier<Entity>(_ index: Int) -> Identifier<Entity>? {
        guard let text = plainBytes(index), Identifier<Entity>.isSlug(text) else { return nil }
        return Identifier(validatedSlug: String(decoding: text, as: UTF8.self))
    }

    /// The identifiers of the array at `index`, each a slug written without escapes.
    func directIdentifiers<Entity>(_ index: Int) -> [Identifier<Entity>]? {
        directElements(index) { directIdentifier($0) }
    }

    /// The values of the array at `index`, each read by `read`, or `nil` when the value is not
    /// an array or `read` gives `nil` for one of them.
    @inline(__always) func directElements<T>(_ index: Int, _ read: (Int) -> T?) -> [T]? {
        guard lead(index) == UInt8(ascii: "[") else { return nil }
        let end = Int(records[index].info)
        var values: [T] = []
        var element = index + 1
        while element < end {
            guard let value = read(element) else { return nil }
            values.append(value)
            element = next(element)
        }
        return values
    }

    /// The date at `index`, when it is a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    @inline(__always) func directDate(_ index: Int) -> PartialDate? {
        guard let text = plainBytes(index), let numbers = PartialDate.parseNumbers(text) else {
            return nil
        }
        return try? PartialDate(year: numbers.year, month: numbers.month, day: numbers.day)
    }

    /// The country at `index`, when it is an assigned code written without escapes.
    @inline(__always) func directCountry(_ index: Int) -> Country? {
        guard let text = plainBytes(index), text.count == 2 else { return nil }
        return try? Country(String(decoding: text, as: UTF8.self))
    }

    /// The value of a closed set at `index`, when it is one of its names without escapes.
    @inline(__always) func directWire<T: WireEnum>(_ type: T.Type, at index: Int) -> T? {
        guard let text = plainBytes(index) else { return nil }
        return T(rawValue: String(decoding: text, as: UTF8.self))
    }

    /// The whole number at `index`, when it is written as plain digits and lies in `range`.
    @inline(__always) func directInteger(_ index: Int, in range: ClosedRange<Int>) -> Int? {
        let record = records[index]
        let start = Int(record.start)
        let length = Int(record.info)
        guard (1...9).contains(length), bytes[start] != UInt8(ascii: "-") else { return nil }
        var value = 0
        for offset in 0..<length {
            let digit = bytes[start + offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return range.contains(value) ? value : nil
    }

    /// The source identifiers at `index`, shared with every earlier list of the same bytes, or
    /// `nil` when they are not all slugs without escapes.
    ///
    /// A list's bytes run from its `[` to the closing quote of its last string: equal bytes
    /// there are equal lists. An empty list's bytes are its `[`.
    func directSources(_ index: Int) -> [Source.ID]? {
        guard lead(index) == UInt8(ascii: "[") else { return nil }
        let first = Int(records[index].start)
        var last = first
        let end = Int(records[index].info)
        if end > index + 1 {
            let record = records[end - 1]
            guard bytes[Int(record.start)] == UInt8(ascii: "\"") else { return nil }
            last = Int(record.start) + Int(record.info & ValueRecord.lengthMask) + 1
        }
        let span = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[first...last])
        if let shared = sharedSources(span) { return shared }
        guard let identifiers: [Source.ID] = directIdentifiers(index) else { return nil }
        share(identifiers, span)
        return identifiers
    }
}

extension ScannedDocument {
    /// The values of the array at `index`, each read directly, or `nil` when one of them is not
    /// plain (then the value that holds the array is left to `init(from:)` whole).
    func directList<Element: DirectlyReadable>(_ type: Element.Type, at index: Int) -> [Element]? {
        directElements(index) { Element.read(self, at: $0) }
    }

    /// The web address at `index`, when it is a string that is one.
    func directAddress(_ index: Int) -> WebAddress? {
        directString(index).flatMap { try? WebAddress($0) }
    }

    /// The language tag at `index`, when it is a string that is one.
    func directLanguage(_ index: Int) -> LanguageTag? {
        directString(index).flatMap { try? LanguageTag($0) }
    }
}
