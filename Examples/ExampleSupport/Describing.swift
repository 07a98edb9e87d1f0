public import KoreaCentralAsia

extension Figure {
    /// The amount in words with its bound (the figure's description): "about $15 million".
    public var text: String { description }
}

extension RawRepresentable where RawValue == String {
    /// A camelCase raw value as lower-case words: `thinkTank` → "think tank".
    public var words: String {
        rawValue.reduce(into: "") { text, character in
            text += character.isUppercase ? " " + character.lowercased() : String(character)
        }
    }
}
