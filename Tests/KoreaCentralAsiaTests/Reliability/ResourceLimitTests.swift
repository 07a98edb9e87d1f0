import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import TestSupport
import Testing

@Suite("Resource limits: large and deeply nested input is refused early and clearly")
struct ResourceLimitTests {
    static let base = Data(Fixtures.baseDocumentText.utf8)

    /// The base document with its first institution's `id` replaced by `text`.
    static func baseWithInstitutionID(_ text: String) -> Data {
        Data(
            Fixtures.baseDocumentText.replacingOccurrences(
                of: #"{"id": "kaziss""#, with: #"{"id": "\#(text)""#
            ).utf8)
    }

    @Test("A document one byte over 64 MiB is refused as too large, naming both numbers")
    func tooLarge() throws {
        let data = Data(repeating: UInt8(ascii: " "), count: 64 << 20 + 1)
        let error = try #require(throws: DatasetDecodingError.self) { try Dataset(json: data) }
        #expect(error.kind == .tooLarge)
        #expect(error.path == "")
        #expect(error.reason.contains("67108865 bytes"), "\(error)")
        #expect(error.reason.contains("67108864 bytes (64 MiB"), "\(error)")
    }

    @Test("maximumBytes is the largest size accepted: the base document passes at its own size")
    func byteLimitIsInclusive() throws {
        let exact = DecodingLimits(maximumBytes: Self.base.count)
        #expect(throws: Never.self) { try Dataset(json: Self.base, limits: exact) }
        let under = DecodingLimits(maximumBytes: Self.base.count - 1)
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: Self.base, limits: under)
        }
        #expect(error.kind == .tooLarge)
    }

    @Test("The default limits are 64 MiB and 64 levels, and init(json:) applies them")
    func defaults() throws {
        #expect(DecodingLimits.standard.maximumBytes == 67_108_864)
        #expect(DecodingLimits.standard.maximumDepth == 64)
        #expect(DecodingLimits() == .standard)
        let deep = Data(
            (String(repeating: "[", count: 65) + String(repeating: "]", count: 65)).utf8)
        let error = try #require(throws: DatasetDecodingError.self) { try Dataset(json: deep) }
        #expect(error.kind == .tooDeep)
    }

    @Test("64 levels pass the scan (the decoder then wants an object); 65 are refused at the 65th")
    func depthLimitIsInclusive() throws {
        func nested(_ depth: Int) -> Data {
            Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        }
        let atLimit = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: nested(64))
        }
        #expect(atLimit.kind == .wrongType, "\(atLimit)")
        let over = try #require(throws: DatasetDecodingError.self) { try Dataset(json: nested(65)) }
        #expect(over.kind == .tooDeep)
        #expect(over.path == String(repeating: "[0]", count: 64))
        #expect(over.reason.contains("line 1, column 65"), "\(over)")
        #expect(over.reason.contains("the limit is 64"), "\(over)")
    }

    @Test("A smaller maximumDepth refuses the base document at its first container too deep")
    func customDepth() throws {
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: Self.base, limits: DecodingLimits(maximumDepth: 3))
        }
        #expect(error.kind == .tooDeep)
        #expect(error.path == "institutions[0].sources", "\(error)")
        #expect(error.reason.contains("the limit is 3"), "\(error)")
    }

    @Test("maximumDepth is kept within 1...512: JSONDecoder's own limit is 512")
    func depthIsClamped() throws {
        let deep = Data(
            (String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)
        let error = try #require(throws: DatasetDecodingError.self) {
            try Dataset(json: deep, limits: DecodingLimits(maximumDepth: 100_000))
        }
        #expect(error.kind == .tooDeep)
        #expect(error.reason.contains("the limit is 512"), "\(error)")
        let flat = try #require(throws: DatasetDecodingError.self) {
            try DecodingLimits(maximumDepth: 0).check(Data("[[]]".utf8))
        }
        #expect(flat.kind == .tooDeep)
        #expect(throws: Never.self) { try DecodingLimits(maximumDepth: -5).check(Data("[]".utf8)) }
    }

    @Test("100,000 levels of objects are refused after reading 64 of them, with their path")
    func deepObjects() throws {
        let data = Data((String(repeating: #"{"k":"#, count: 100_000) + "1").utf8)
        let error = try #require(throws: DatasetDecodingError.self) { try Dataset(json: data) }
        #expect(error.kind == .tooDeep)
        #expect(error.path == Array(repeating: "k", count: 64).joined(separator: "."))
    }

    @Test(
        "Decoding on a thread with a 256 KiB stack survives 100,000 levels and reads 63 levels to their key"
    )
    func smallStack() async throws {
        let deep = Data(
            (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let nestedExtra =
            String(repeating: "[", count: 62) + String(repeating: "]", count: 62)
        let withinLimit = Data(
            Fixtures.baseDocumentText.replacingOccurrences(
                of: #""schemaVersion": 1,"#, with: #""schemaVersion": 1, "extra": \#(nestedExtra),"#
            ).utf8)
        let outcome: (deep: DatasetDecodingError.Kind?, within: DatasetDecodingError?) =
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    var deepKind: DatasetDecodingError.Kind?
                    do throws(DatasetDecodingError) {
                        _ = try Dataset(json: deep)
                    } catch { deepKind = error.kind }
                    // No key of the document holds 63 levels, so the deep value is read and then
                    // refused for its key, not for its depth.
                    var withinError: DatasetDecodingError?
                    do throws(DatasetDecodingError) {
                        _ = try Dataset(json: withinLimit)
                    } catch { withinError = error }
                    continuation.resume(returning: (deepKind, withinError))
                }
                thread.stackSize = 256 << 10
                thread.start()
            }
        #expect(outcome.deep == .tooDeep)
        #expect(outcome.within?.kind == .unknownKey)
        #expect(outcome.within?.path == "extra")
    }

    @Test("A 50 MB string where an identifier belongs is refused at its path, quoted short")
    func fiftyMegabyteString() throws {
        let data = Self.baseWithInstitutionID(String(repeating: "a", count: 50_000_000))
        #expect(data.count > 50_000_000)
        let error = try #require(throws: DatasetDecodingError.self) { try Dataset(json: data) }
        #expect(error.kind == .invalidValue)
        #expect(error.path == "institutions[0].id")
        #expect(error.reason.utf8.count < 300, "the reason is \(error.reason.utf8.count) bytes")
        #expect(error.reason.contains(String(repeating: "a", count: 80) + "…"))
    }

    @Test(
        "validate-dataset refuses a 50 MB string and a 65 MiB file with exit 2 and one short line")
    func programRefusesHugeInput() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let string = try scratch.write(
            "string.json", Self.baseWithInstitutionID(String(repeating: "a", count: 50_000_000)))
        let large = try scratch.write(
            "large.json", Data(repeating: UInt8(ascii: " "), count: 65 << 20))
        for (file, says) in [
            (string, "institutions[0].id: "), (large, "the limit is 67108864 bytes"),
        ] {
            let result = try BuiltProgram.run("validate-dataset", [file])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(result.stderr.contains(says), "\(result)")
            #expect(result.stderr.utf8.count < 500, "\(result.stderr.utf8.count) bytes")
        }
    }
}
