import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaTesting
import Testing

@Suite("The DecodingLimits scan: no valid JSON refused, no invalid JSON let through")
struct DocumentScanTests {
    /// Any JSON value, read and thrown away: decoding it makes `JSONDecoder` parse the whole
    /// document and nothing more.
    struct AnyJSON: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    /// Whether `JSONDecoder` parses the bytes as JSON.
    static func decoderParses(_ data: Data) -> Bool {
        (try? JSONDecoder().decode(AnyJSON.self, from: data)) != nil
    }

    @Test(
        "Valid JSON passes the scan: escapes, surrogate pairs, numbers, words, whitespace, keys",
        arguments: [
            "{}", "[]", #""text""#, "12", "-0", "true", "null", " \t\r\n{ } \n",
            #"{"a":"\""}"#, #"{"a":"\\"}"#, #"{"a":"\\\"\/\b\f\n\r\t"}"#, #"{"a":"{[\"]}:,"}"#,
            #"{"a":"\u00e9\uD83D\uDE00 é 😀 한국"}"#, #"{"😀":1,"\ud83d\ude00x":2}"#,
            #"{"a":-0.0e+0,"b":1E-5,"c":0,"d":-12.5e10,"e":1e400,"f":123456789012345678901234567890}"#,
            #"{"a":true,"b":false,"c":null,"d":[true,false,null]}"#,
            #"{"a":{"a":{"a":1}}}"#, #"[{"a":1},{"a":2}]"#, #"{"a":1,"A":2,"a ":3," a":4}"#,
            #"{"ab":1,"a\u0062c":2,"a\\b":3,"a/b":4,"a\/c":5}"#, #"{"":1,"x":{"":2}}"#,
            "{" + (0..<40).map { #""key\#($0)":\#($0)"# }.joined(separator: ",") + "}",
            "[" + String(repeating: "[", count: 62) + String(repeating: "]", count: 62) + "]",
        ])
    func validJSONPasses(_ text: String) throws {
        let data = Data(text.utf8)
        #expect(Self.decoderParses(data), "the test's own input must be JSON")
        #expect(throws: Never.self) { try DecodingLimits.standard.check(data) }
    }

    /// A string of 23 plain letters with `special` written at `position`, as JSON text.
    static func string(_ special: String, at position: Int) -> String {
        "\"" + String(repeating: "a", count: position) + special
            + String(repeating: "b", count: 23 - position) + "\""
    }

    @Test(
        "A quote, an escape or a byte over 0x7F ends a run of plain bytes wherever it falls in a string",
        arguments: [
            (#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u00e9"#, "é"), ("é", "é"),
            ("한", "한"), ("😀", "😀"), ("\u{7F}", "\u{7F}"), (#"\uD83D\uDE00"#, "😀"),
        ])
    func specialBytesAtEveryPosition(_ written: String, _ text: String) throws {
        for position in 0...23 {
            let json = Self.string(written, at: position)
            let decoded = try JSONDecoder().decode(String.self, from: Data(json.utf8))
            let expected =
                String(repeating: "a", count: position) + text
                + String(repeating: "b", count: 23 - position)
            #expect(decoded == expected, "\(json)")
            let document = Data(
                #"{"schemaVersion": 3, "sources": [{"id": "s", "publisher": "P", "title": \#(json)}], "institutions": [], "partnerships": [], "forums": [], "agreements": [], "meetings": [], "indicators": []}"#
                    .utf8)
            #expect(try Dataset(json: document).sources.first?.title == expected, "\(json)")
        }
    }

    @Test(
        "A control character or malformed UTF-8 is refused wherever it falls in a string",
        arguments: [
            [0x01], [0x1F], [0x0A], [0xFF], [0xC3], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
        ]
            as [[UInt8]])
    func refusedBytesAtEveryPosition(_ special: [UInt8]) throws {
        for position in 0...23 {
            var bytes = Array(Self.string("", at: position).utf8)
            bytes.insert(contentsOf: special, at: position + 1)
            #expect(throws: DatasetDecodingError.self, "\(special) at \(position)") {
                try DecodingLimits.standard.check(Data(bytes))
            }
        }
    }

    @Test("The catalog and every valid fixture pass the scan")
    func catalogAndFixturesPass() throws {
        try DecodingLimits.standard.check(Catalog.json)
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "json" }
        #expect(!files.isEmpty)
        for file in files {
            #expect(throws: Never.self, "\(file.lastPathComponent)") {
                try DecodingLimits.standard.check(try Data(contentsOf: file))
            }
        }
    }

    @Test(
        "A key twice in one object is refused with the path of the second",
        arguments: [
            (#"{"a":1,"a":2}"#, "a"),
            (#"{"x":{"b":1,"c":[],"b":2}}"#, "x.b"),
            (#"[{"a":1},{"a":1,"b":0,"a":2}]"#, "[1].a"),
            (#"{"ab":1,"a\u0062":2}"#, "ab"),
            (#"{"\u00e9":1,"é":2}"#, "é"),
            (#"{"a\/b":1,"a/b":2}"#, "a/b"),
            (
                "{" + (0..<40).map { #""key\#($0)":\#($0)"# }.joined(separator: ",")
                    + #","key7":0}"#, "key7"
            ),
            (#"{"x":[{"y":{"z":1,"z":1}}]}"#, "x[0].y.z"),
        ])
    func duplicateKey(_ text: String, _ path: String) throws {
        let error = try #require(throws: DatasetDecodingError.self) {
            try DecodingLimits.standard.check(Data(text.utf8))
        }
        #expect(error.kind == .duplicateKey, "\(error)")
        #expect(error.path == path, "\(error)")
        #expect(error.reason.contains("appears twice"), "\(error)")
    }

    @Test(
        "Invalid JSON is refused by the scan with a line and column",
        arguments: [
            "{", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, #"{"a":1 "b":2}"#, "[1 2]", #"{"a":[1}"#,
            "01", "1.", "-", "1e", "+1", ".5", "tru", "nul", "True", "NaN", "Infinity", "'a'",
            #"{a:1}"#, "[1]]", "[]{}", "\"a", #""\x""#, #""\u12""#, #""\uD800""#, #""\uDC00x""#,
            "\"\u{01}\"", "[\u{0B}]", "[\u{A0}]", "// c\n{}",
        ])
    func invalidJSONIsRefused(_ text: String) throws {
        let data = Data(text.utf8)
        let error = try #require(throws: DatasetDecodingError.self) {
            try DecodingLimits.standard.check(data)
        }
        #expect(error.kind == .invalidJSON, "\(error)")
        #expect(isOneSafeLine(error.description), "\(error.description.debugDescription)")
    }

    @Test("For 3,000 random edits of the catalog: whatever the scan accepts, JSONDecoder parses")
    func scanIsNeverMoreLenientThanTheDecoder() throws {
        var random = SeededRandom(seed: 0x8_2024)
        let catalog = Array(Catalog.json)
        let alphabet = Array(#"{}[]:,"\ -.0123456789eEtrufalsn"#.utf8) + [0, 0x0A, 0xC3, 0xFF]
        var accepted = 0
        for _ in 0..<3000 {
            var bytes = catalog
            for _ in 0..<random.int(1...3) {
                let position = random.int(0...(bytes.count - 1))
                switch random.int(0...2) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(random.pick(alphabet), at: position)
                default: bytes[position] = random.pick(alphabet)
                }
            }
            let data = Data(bytes)
            guard (try? DecodingLimits.standard.check(data)) != nil else { continue }
            accepted += 1
            #expect(
                Self.decoderParses(data),
                "the scan accepts what JSONDecoder refuses: \(String(decoding: bytes, as: UTF8.self))"
            )
        }
        #expect(accepted > 100, "too few edits kept the document JSON to compare")
    }
}
