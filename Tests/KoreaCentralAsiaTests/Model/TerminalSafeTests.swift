import KoreaCentralAsia
import Testing

/// Text from a dataset or a command line is printed on one line, and cannot drive the terminal
/// or reorder what follows it.
@Suite("Terminal-safe text")
struct TerminalSafeTests {
    @Test(
        "Control, separator and bidirectional characters are written as \\u{…} escapes",
        arguments: [
            0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028,
            0x2029, 0x202A, 0x202E, 0x2066, 0x2069,
        ] as [UInt32])
    func escaped(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let text = "a" + String(Character(scalar)) + "b"
        let hex = String(value, radix: 16, uppercase: true)
        #expect(terminalSafe(text) == "a\\u{\(hex)}b")
    }

    @Test(
        "Other text is kept as it is: any script, emoji, combining marks, quotes",
        arguments: [
            "Korea–Central Asia", "카자흐스탄 연구소", "Ташкент", "O'Neil \"quoted\"", "😀",
            "e\u{301}", "العربية", "",
        ])
    func kept(text: String) {
        #expect(terminalSafe(text) == text)
    }

    @Test("The documented example escapes ESC and the right-to-left override")
    func documentedExample() {
        #expect(terminalSafe("Forum\u{1B}[2J\u{202E}") == "Forum\\u{1B}[2J\\u{202E}")
    }
}
