import Foundation
import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import KoreaCentralAsiaTesting
import Testing

@Suite("However a document is spelt, it decodes to the same value")
struct SpellingInvarianceTests {
    /// Writes JSON values with random but equivalent spellings: escapes for any character,
    /// any whitespace between tokens, members in any order, numbers with fractions and
    /// exponents.
    struct Speller {
        var random: SeededRandom

        mutating func whitespace() -> String {
            guard random.chance(0.3) else { return "" }
            return String(
                (0..<random.int(1...3)).map { _ in random.pick([" ", "\t", "\n", "\r"]) })
        }

        mutating func write(_ value: JSONValue) -> String {
            switch value {
            case .null: return "null"
            case .bool(let value): return value ? "true" : "false"
            case .number(let text): return number(text)
            case .string(let text): return string(text)
            case .array(let items):
                return "[" + whitespace()
                    + items.map { write($0) + whitespace() }.joined(separator: "," + whitespace())
                    + "]"
            case .object(let members):
                return "{" + whitespace()
                    + members.shuffled(using: &random).map {
                        string($0.key) + whitespace() + ":" + whitespace() + write($0.value)
                            + whitespace()
                    }.joined(separator: "," + whitespace()) + "}"
            }
        }

        /// A string with some characters escaped: short escapes where JSON has them, `\uXXXX`
        /// in either case, surrogate pairs beyond the Basic Multilingual Plane.
        mutating func string(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                let short: String? =
                    switch scalar {
                    case "\"": "\\\""
                    case "\\": "\\\\"
                    case "/": "\\/"
                    case "\u{08}": "\\b"
                    case "\u{0C}": "\\f"
                    case "\n": "\\n"
                    case "\r": "\\r"
                    case "\t": "\\t"
                    default: nil
                    }
                let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
                guard mustEscape || random.chance(0.3) else {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                if let short, random.chance(0.5) {
                    out += short
                    continue
                }
                let upper = random.chance(0.5)
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: upper)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
            return out + "\""
        }

        /// The same decimal number, written with its point moved and an exponent, or with
        /// trailing zeros: `15000000000` as `1.5e10`, `150000000000E-1` or `15000000000.00`.
        mutating func number(_ text: String) -> String {
            var rest = Substring(text)
            let negative = rest.first == "-"
            if negative { rest = rest.dropFirst() }
            var exponent = 0
            if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                exponent = Int(rest[rest.index(after: e)...]) ?? 0
                rest = rest[..<e]
            }
            var digits = String(rest)
            if let point = digits.firstIndex(of: ".") {
                exponent -= digits.distance(from: point, to: digits.endIndex) - 1
                digits.remove(at: point)
            }
            digits = String(digits.drop { $0 == "0" })
            guard !digits.isEmpty else { return random.pick(["0", "0.0", "0e3", "0.00E-2"]) }
            // value = digits × 10^exponent; add zeros, then choose where the point goes.
            let zeros = random.int(0...2)
            digits += String(repeating: "0", count: zeros)
            exponent -= zeros
            let point = random.int(1...digits.count)
            let shown = exponent + (digits.count - point)
            var out = (negative ? "-" : "") + String(digits.prefix(point))
            if point < digits.count { out += "." + digits.dropFirst(point) }
            if shown != 0 || random.chance(0.2) {
                let letter: String = random.pick(["e", "E"])
                let sign: String = shown >= 0 ? random.pick(["", "+"]) : ""
                out += letter + sign + String(shown)
            }
            return out
        }
    }

    @Test(
        "Escapes, whitespace, key order and number spellings give the same dataset, through both decoders",
        arguments: ["catalog", "every-entity"])
    func respelt(_ name: String) throws {
        let original =
            name == "catalog"
            ? try Dataset(json: Catalog.json) : try Dataset(json: Fixtures.data(named: name))
        let tree = try JSONDecoder().decode(JSONValue.self, from: try original.json())
        var speller = Speller(random: SeededRandom(seed: 20_231_120))
        for round in 0..<40 {
            let text = speller.write(tree)
            let data = Data(text.utf8)
            #expect(try Dataset(json: data) == original, "round \(round)")
            #expect(
                try JSONDecoder().decode(Dataset.self, from: data) == original, "round \(round)")
        }
    }

    @Test(
        "The speller's number spellings are the same number",
        arguments: [
            "0", "1", "-3", "2024", "15000000000", "1.5", "-0.25", "1e+16", "1.5e-07", "123.456",
        ])
    func numberSpellings(_ number: String) throws {
        var speller = Speller(random: SeededRandom(seed: 7))
        for _ in 0..<50 {
            let spelt = speller.number(number)
            #expect(Double(spelt) == Double(number), "\(number) spelt \(spelt)")
        }
    }
}
