import Foundation
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaTesting
import Testing

@testable import KoreaCentralAsia

@Suite("Dataset.json() writes the bytes JSONEncoder writes, and changes(from:) the same changes")
struct WriterAgreementTests {
    /// The document as `JSONEncoder` writes it through the Codable conformances, with the
    /// options `Dataset.json(prettyPrinted:)` promises and a final newline.
    static func foundationJSON(_ dataset: Dataset, prettyPrinted: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(dataset)
        data.append(0x0A)
        return data
    }

    /// Where two documents first differ, with a little of each around it.
    static func firstDifference(_ own: Data, _ reference: Data) -> String {
        let own = Array(own)
        let reference = Array(reference)
        let at =
            zip(own, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(own.count, reference.count)
        func excerpt(_ bytes: [UInt8]) -> String {
            let slice = bytes[max(0, at - 80)..<min(bytes.count, at + 80)]
            return String(decoding: slice, as: UTF8.self).debugDescription
        }
        return "at byte \(at) of \(own.count) (JSONEncoder: \(reference.count)): "
            + "writer \(excerpt(own)), JSONEncoder \(excerpt(reference))"
    }

    /// Expects the writer's bytes to be `JSONEncoder`'s, pretty-printed and compact, and its value
    /// tree to be the one the Codable path builds.
    static func expectAgreement(
        _ dataset: Dataset, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for prettyPrinted in [true, false] {
            let own = try dataset.json(prettyPrinted: prettyPrinted)
            let reference = try foundationJSON(dataset, prettyPrinted: prettyPrinted)
            #expect(
                own == reference,
                "\(what), prettyPrinted: \(prettyPrinted): \(firstDifference(own, reference))",
                sourceLocation: sourceLocation)
        }
        let tree = ValueTreeBuilder.tree(of: dataset)
        #expect(
            tree == (try ValueTreeEncoder.encode(dataset)), "\(what): the value trees differ",
            sourceLocation: sourceLocation)
    }

    @Test(
        "Generated datasets, with their hostile text, are written as JSONEncoder writes them",
        arguments: [1, 7, 42, 2023] as [UInt64])
    func generated(seed: UInt64) throws {
        var generator = DatasetGenerator(seed: seed)
        for number in 0..<30 {
            try Self.expectAgreement(
                try generator.dataset().dataset, "seed \(seed), dataset \(number)")
        }
    }

    @Test(
        "Generated datasets of a size are written as JSONEncoder writes them",
        arguments: [
            DatasetGenerator.Size(forums: 1, institutions: 5, events: 5, editions: 1),
            DatasetGenerator.Size(forums: 3, institutions: 30, events: 200, editions: 20),
            DatasetGenerator.Size(forums: 20, institutions: 200, events: 3_000, editions: 300),
        ])
    func sized(size: DatasetGenerator.Size) throws {
        for seed in [1, 5] as [UInt64] {
            try Self.expectAgreement(
                try DatasetGenerator.dataset(of: size, seed: seed), "\(size), seed \(seed)")
        }
    }

    @Test("The catalog and the comparators are written as JSONEncoder writes them")
    func catalogs() throws {
        try Self.expectAgreement(try Catalog.dataset, "the catalog")
        try Self.expectAgreement(try Catalog.comparators, "the comparators")
    }

    @Test("Keys that the catalog and the fixtures leave out are written as JSONEncoder writes them")
    func everyOptionalKey() throws {
        var dataset = try Catalog.dataset
        let name = try LocalizedName(
            "Name", language: "en", from: "2001-02", until: "2024", sources: ["s"])
        for forum in dataset.forums.indices {
            dataset.forums[forum].names.append(name)
            for edition in dataset.forums[forum].editions.indices {
                let host = dataset.forums[forum].editions[edition].host
                dataset.forums[forum].editions[edition].chairs.append(host)
                dataset.forums[forum].editions[edition].chairPersons.append("p")
                dataset.forums[forum].editions[edition].marginsOf = "the \"margins\""
                dataset.forums[forum].editions[edition].guests.append(.organization("o"))
            }
        }
        for agreement in dataset.agreements.indices {
            dataset.agreements[agreement].signers = [
                Agreement.Signer(person: "p", country: .korea), Agreement.Signer(person: "q"),
            ]
        }
        for source in dataset.sources.indices {
            dataset.sources[source].archive = try WebAddress("https://archive.example.org/a/b")
            dataset.sources[source].titleIsDescriptive.toggle()
        }
        try Self.expectAgreement(dataset, "the catalog with every optional key")
    }

    @Test("Every fixture that decodes is written as JSONEncoder writes it")
    func fixtures() throws {
        var written = 0
        for file in try DecoderAgreementTests.fixtureFiles() {
            guard let dataset = try? Dataset(json: try Data(contentsOf: file)) else { continue }
            written += 1
            try Self.expectAgreement(dataset, file.lastPathComponent)
        }
        #expect(written >= 5)
    }

    @Test("Empty lists, objects and datasets are laid out as JSONEncoder lays them out")
    func empty() throws {
        try Self.expectAgreement(Dataset(), "an empty dataset")
        let forum = Forum(id: "f", name: "F", kind: .thinkTank)
        try Self.expectAgreement(Dataset(forums: [forum]), "a forum with no history")
        let pretty = String(decoding: try Dataset().json(), as: UTF8.self)
        #expect(pretty.contains("\"agreements\" : [\n\n  ],"))
    }

    /// Text that every escaping rule meets: each control character, quotes, backslashes,
    /// slashes, U+007F, U+2028 and U+2029, and characters of one to four UTF-8 bytes.
    static let hostileText: [String] =
        (0..<0x20).map { "a\(Character(Unicode.Scalar(UInt8($0))))b" } + [
            "", "\"", "\\", "/", "</script>", "\\\"\\/", "\u{7F}", "\u{2028}\u{2029}", "é",
            "e\u{301}",
            "한국어", "😀👩‍👩‍👧", "\u{FEFF}BOM", "\u{202E}rtl", "\u{0}", "tab\there\r\n",
            String(repeating: "가\"", count: 5_000),
        ]

    @Test("Strings are escaped as JSONEncoder escapes them")
    func strings() throws {
        var dataset = Dataset()
        for (number, text) in Self.hostileText.enumerated() {
            dataset.sources.append(
                Source(
                    id: try Source.ID("s\(number)"), title: text, publisher: text + text,
                    note: text, retrieved: "2026-12-05",
                    quotes: [try Source.Quote("q" + text, translation: "t" + text)]))
        }
        try Self.expectAgreement(dataset, "hostile text")
    }

    /// Amounts at every magnitude a figure holds, whole and not, and their negatives.
    static func amounts() -> [Double] {
        var random = SeededRandom(seed: 32)
        var amounts: [Double] = [
            0, -0.0, 1, 0.1, 0.5, 1 / 3, 2 / 3, 1e-5, 1e-7, 2.5e-7, .leastNonzeroMagnitude,
            .leastNormalMagnitude,
            1e15, 1e16 - 2, 1e16, 9_007_199_254_740_991, 9_007_199_254_740_992,
            9_007_199_254_740_994, 123_456_789.125, 999_999_999_999_999.9, 1e17, 9.99e17,
            999_999_999_999_999_872, 15_000_000_000, 0.30000000000000004,
        ]
        for _ in 0..<2_000 {
            // Any finite bit pattern below the limit, and numbers of every decimal magnitude.
            let bits = Double(bitPattern: random.next())
            if bits.isFinite, bits.magnitude < Figure.amountLimit { amounts.append(bits) }
            let exponent = Double(random.int(-20...11))
            amounts.append(Double(random.int(1...999_999)) * pow(10, exponent) / 7)
        }
        return amounts + amounts.map { -$0 }
    }

    @Test("Amounts are written as JSONEncoder writes a Double")
    func numbers() throws {
        var dataset = Dataset()
        for (number, amount) in Self.amounts().enumerated() {
            dataset.indicators.append(
                Indicator(
                    id: try Indicator.ID("i\(number)"), measure: .tradeTurnover,
                    between: .country(.korea), and: .centralAsia, year: 2024,
                    value: try Figure(amount: amount, currency: .usd)))
        }
        try Self.expectAgreement(dataset, "amounts")
    }

    /// A dataset changed in ways the comparison must see: an edition moved, a forum removed,
    /// added and repeated, forums reordered, a source and an institution edited.
    static func changed(_ dataset: Dataset, _ way: Int) -> Dataset {
        var changed = dataset
        switch way {
        case 0:
            if let forum = changed.forums.indices.first, !changed.forums[forum].editions.isEmpty {
                changed.forums[forum].editions[0].city = "Samarkand"
            }
        case 1:
            if !changed.forums.isEmpty { changed.forums.removeLast() }
        case 2:
            if let first = changed.forums.first { changed.forums.append(first) }
        case 3:
            changed.forums.reverse()
            if let last = changed.forums.indices.last { changed.forums[last].name += " (renamed)" }
        case 4:
            if !changed.sources.isEmpty { changed.sources[0].title += "!" }
            if !changed.institutions.isEmpty { changed.institutions.removeFirst() }
        case 6:
            // An edition and an event repeated inside a forum, and an edition changed in each.
            for forum in changed.forums.indices where !changed.forums[forum].editions.isEmpty {
                changed.forums[forum].editions.append(changed.forums[forum].editions[0])
                if let event = changed.forums[forum].membership.events.last {
                    changed.forums[forum].membership.events.append(event)
                }
                let last = changed.forums[forum].editions.count - 2
                changed.forums[forum].editions[last].city = nil
            }
        case 7:
            // Every forum changed a little: the last event of each removed.
            for forum in changed.forums.indices {
                _ = changed.forums[forum].membership.events.popLast()
            }
        default:
            if let forum = changed.forums.indices.last,
                !changed.forums[forum].membership.events.isEmpty
            {
                changed.forums[forum].membership.events.removeFirst()
            }
            if let first = changed.forums.first { changed.forums.insert(first, at: 0) }
        }
        return changed
    }

    @Test(
        "changes(from:) leaves out what both versions share and finds every change all the same",
        arguments: [1, 2, 3] as [UInt64])
    func changesLeaveOutShared(seed: UInt64) throws {
        let dataset = try DatasetGenerator.dataset(
            of: .init(forums: 6, institutions: 40, events: 400, editions: 60), seed: seed)
        var generator = DatasetGenerator(seed: seed)
        let small = try generator.dataset().dataset
        for base in [dataset, small] {
            for way in 0..<9 {
                let changed = Self.changed(base, way)
                for (new, old) in [(changed, base), (base, changed), (base, base)] {
                    #expect(
                        new.changes(from: old)
                            == new.changes(from: old, leavingOutShared: false),
                        "seed \(seed), change \(way)")
                }
            }
        }
    }
}
