/// Why an interchange document was refused: what was wrong, and where, as a JSON path.
///
/// ```swift
/// do {
///     _ = try Dataset(json: data)
/// } catch {
///     print(error)  // forums[0].editions[3].host: "XX" is not an assigned ISO 3166-1 alpha-2 code
///     error.path    // "forums[0].editions[3].host"
/// }
/// ```
public struct DatasetDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem refused the document, as a machine-readable code.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The bytes are not JSON.
        case invalidJSON
        /// A required key is absent.
        case missingKey
        /// A value has the wrong JSON type, or is `null` where a value is required.
        case wrongType
        /// A value is of the right type but not allowed: an unknown enum value, an unassigned
        /// country code, an impossible date, an unknown currency.
        case invalidValue
        /// The document's `schemaVersion` is newer than this library reads.
        case unsupportedSchemaVersion
        /// Any other malformation.
        case malformed
        /// The document is larger than ``DecodingLimits/maximumBytes``.
        case tooLarge
        /// Arrays and objects nest deeper than ``DecodingLimits/maximumDepth``.
        case tooDeep
        /// An object has the same key twice, so JSON readers may disagree on its value.
        case duplicateKey
        /// An object has a key its type does not define, such as a misspelt `"hots"`.
        case unknownKey
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// The JSON path of the offending value, for example `forums[0].editions[3].host`; empty for
    /// the document as a whole.
    public let path: String
    /// What was wrong, in words.
    public let reason: String

    /// Creates an error.
    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    /// Translates a `DecodingError` into a path and a reason.
    public init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(
                .missingKey, path: Self.path(context.codingPath + [key]),
                reason: "the required key \(quoted(key.stringValue)) is missing")
        case .typeMismatch(let type, let context):
            self.init(
                .wrongType, path: Self.path(context.codingPath),
                reason: "expected \(Self.jsonType(type)); \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            self.init(
                .wrongType, path: Self.path(context.codingPath),
                reason: "expected \(Self.jsonType(type)), found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let underlying = context.underlyingError.map { " (\($0))" } ?? ""
                self.init(
                    .invalidJSON, path: "",
                    reason: "the data is not valid JSON: \(context.debugDescription)\(underlying)")
            } else {
                self.init(
                    .invalidValue, path: Self.path(context.codingPath),
                    reason: context.debugDescription)
            }
        @unknown default:
            self.init(.malformed, path: "", reason: "\(error)")
        }
    }

    /// "path: reason", or the reason alone for the document as a whole.
    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }

    /// Formats a coding path as `forums[0].editions[3].host`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
