public import KoreaCentralAsia

extension Figure {
    /// The amount in words with its bound: "about $15 million", "more than $10 billion",
    /// "KRW 1.2 trillion".
    public var text: String {
        let scales: [(Double, String)] = [
            (1e12, " trillion"), (1e9, " billion"), (1e6, " million"),
        ]
        let (divisor, word) = scales.first { amount.magnitude >= $0.0 } ?? (1, "")
        let scaled = (amount / divisor * 10).rounded() / 10
        let number = scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
        let money = currency == .usd ? "$\(number)\(word)" : "\(currency.code) \(number)\(word)"
        return bound.phrase.isEmpty ? money : "\(bound.phrase) \(money)"
    }
}

extension RawRepresentable where RawValue == String {
    /// A camelCase raw value as lower-case words: `thinkTank` → "think tank".
    public var words: String {
        rawValue.reduce(into: "") { text, character in
            text += character.isUppercase ? " " + character.lowercased() : String(character)
        }
    }
}
