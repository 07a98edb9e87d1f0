/// What changed between two versions of a dataset: every entity added or removed, and every
/// field of an entity that changed, with its old and new value, as a reviewer reads a diff.
///
/// ``Dataset/changes(from:)`` gives it:
///
/// ```swift
/// let changes = updated.changes(from: released)
/// for change in changes {
///     print(change)  // ~ forums[korea-central-asia-summit].editions[1].date: "2026-09-16" → …
/// }
/// ```
///
/// Changes come sorted by entity, then by field, entities by their keys (ordinals as numbers),
/// so that the same two datasets always give the same list and an entity's changes stay
/// together. The JSON form is
/// `{"changes": [{"kind", "entity", "field", "path", "old", "new"}]}`, `old` absent for an
/// addition and `new` for a removal.
public struct DatasetChanges: Sendable, Hashable, RandomAccessCollection {
    /// The changes, sorted by entity, then by field.
    public let changes: [Change]

    /// Creates a list of changes, in the order given.
    package init(_ changes: [Change]) { self.changes = changes }

    /// The position of the first change.
    public var startIndex: Int { changes.startIndex }
    /// The position after the last change.
    public var endIndex: Int { changes.endIndex }
    /// The change at a position.
    public subscript(position: Int) -> Change { changes[position] }

    /// The number of changes of a kind.
    public func count(of kind: Change.Kind) -> Int { changes.count { $0.kind == kind } }

    /// The changes grouped by the entity they belong to, in the order of the list: each
    /// entity's path (`forums[…].editions[2]`; empty for the document's own fields such as
    /// `asOf`) with its changes.
    public var byEntity: [EntityChanges] {
        var groups: [EntityChanges] = []
        for change in changes {
            if let last = groups.indices.last, groups[last].entity == change.entity {
                groups[last].changes.append(change)
            } else {
                groups.append(EntityChanges(entity: change.entity, changes: [change]))
            }
        }
        return groups
    }

    /// The changes of one entity, as ``byEntity`` groups them.
    public struct EntityChanges: Sendable, Hashable {
        /// The entity's path, `forums[…].editions[2]`; empty for the document's own fields.
        public let entity: String
        /// Its changes, in the order of the list.
        public fileprivate(set) var changes: [Change]
    }
}

extension DatasetChanges: Codable {
    private enum CodingKeys: String, CodingKey { case changes }

    /// Decodes a list of changes from `{"changes": […]}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        changes = try container.decode([Change].self, forKey: .changes)
    }

    /// Encodes the list as `{"changes": […]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(changes, forKey: .changes)
    }
}

extension DatasetChanges {
    /// One change: an entity or a list member added or removed, or a field whose value differs.
    ///
    /// Its ``kind`` follows from its values: no ``old`` value is an addition, no ``new`` value
    /// a removal, both a change.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        /// What happened at the path.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// Something the old dataset does not have: an entity, a member of a list, a field.
            case added
            /// Something the new dataset no longer has.
            case removed
            /// A value present in both that differs.
            case changed
        }

        /// The entity the change belongs to, in the rules' subject style:
        /// `forums[korea-central-asia-think-tank-forum].editions[2]`, `sources[kf-126694]`;
        /// empty for the document's own fields (`asOf`).
        public let entity: String
        /// The field inside the entity: `city`, `charter.rotation.group`, `sources[kf-1]`;
        /// empty when the whole entity is added or removed.
        public let field: String
        /// The old value, or `nil` when the change adds something.
        public let old: Value?
        /// The new value, or `nil` when the change removes something.
        public let new: Value?

        /// Creates a change; `old` and `new` are never both `nil`.
        init(entity: String, field: String, old: Value?, new: Value?) {
            self.entity = entity
            self.field = field
            self.old = old
            self.new = new
        }

        /// An addition: `value` is at a path where the old dataset has nothing.
        ///
        /// - Parameters:
        ///   - value: What the new dataset has.
        ///   - entity: The entity's path, or the added entity's own.
        ///   - field: The field inside the entity; empty for the whole entity.
        /// - Returns: The change.
        package static func added(_ value: Value, entity: String, field: String = "") -> Change {
            Change(entity: entity, field: field, old: nil, new: value)
        }

        /// A removal: `value` was at a path where the new dataset has nothing.
        package static func removed(_ value: Value, entity: String, field: String = "") -> Change {
            Change(entity: entity, field: field, old: value, new: nil)
        }

        /// A change of a value present in both datasets.
        package static func changed(
            from old: Value, to new: Value, entity: String, field: String
        ) -> Change {
            Change(entity: entity, field: field, old: old, new: new)
        }

        /// Added, removed or changed.
        public var kind: Kind {
            if old == nil { return .added }
            return new == nil ? .removed : .changed
        }

        /// The whole path: the entity, then the field (`forums[…].editions[2].city`).
        public var path: String {
            if field.isEmpty { return entity }
            if entity.isEmpty { return field }
            return field.hasPrefix("[") ? entity + field : entity + "." + field
        }

        /// One line: `+ path: new`, `- path: old` or `~ path: old → new`, values as compact
        /// JSON.
        public var description: String {
            switch kind {
            case .added: "+ \(path): \(new?.jsonText ?? "")"
            case .removed: "- \(path): \(old?.jsonText ?? "")"
            case .changed: "~ \(path): \(old?.jsonText ?? "") → \(new?.jsonText ?? "")"
            }
        }
    }
}

extension DatasetChanges.Change: Codable {
    private enum CodingKeys: String, CodingKey { case kind, entity, field, path, old, new }

    /// Decodes a change, refusing a `kind` that its values contradict.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entity = try container.decode(String.self, forKey: .entity)
        field = try container.decode(String.self, forKey: .field)
        old = try container.decodeIfPresent(DatasetChanges.Value.self, forKey: .old)
        new = try container.decodeIfPresent(DatasetChanges.Value.self, forKey: .new)
        let kind = try container.decode(Kind.self, forKey: .kind)
        guard old != nil || new != nil, kind == self.kind else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription:
                    "a change \(kind.rawValue) needs \(kind == .added ? "a new value and no old one" : kind == .removed ? "an old value and no new one" : "an old and a new value")"
            )
        }
    }

    /// Encodes the change with its kind and whole path; `old` or `new` is left out when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(entity, forKey: .entity)
        try container.encode(field, forKey: .field)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(old, forKey: .old)
        try container.encodeIfPresent(new, forKey: .new)
    }
}

extension DatasetChanges {
    /// A JSON value, as the interchange document holds it: the old or new value of a change.
    ///
    /// Whole numbers (ordinals, years, whole amounts) are ``integer(_:)``, others
    /// ``number(_:)``, as a JSON reader tells them apart. It encodes as the plain JSON value.
    public indirect enum Value: Sendable, Hashable, CustomStringConvertible {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A whole number, such as an ordinal, a year or a whole amount.
        case integer(Int)
        /// A number with a fraction, or one too large for ``integer(_:)``.
        case number(Double)
        /// A string.
        case string(String)
        /// An array.
        case array([Value])
        /// An object.
        case object([String: Value])

        /// The value as compact JSON with sorted keys: `"Seoul"`, `{"date": "2024", "host": "KR"}`.
        public var jsonText: String {
            var text = ""
            write(to: &text)
            return text
        }

        /// The value as compact JSON (``jsonText``).
        public var description: String { jsonText }

        private func write(to text: inout String) {
            switch self {
            case .null: text += "null"
            case .bool(let flag): text += flag ? "true" : "false"
            case .integer(let number): text += String(number)
            case .number(let number):
                if number == number.rounded(), number.magnitude < 1e15 {
                    text += String(Int64(number))
                } else {
                    text += number.isFinite ? String(number) : "null"
                }
            case .string(let string): Self.writeString(string, to: &text)
            case .array(let elements):
                text += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { text += ", " }
                    element.write(to: &text)
                }
                text += "]"
            case .object(let fields):
                text += "{"
                for (index, key) in fields.keys.sorted().enumerated() {
                    if index > 0 { text += ", " }
                    Self.writeString(key, to: &text)
                    text += ": "
                    fields[key]?.write(to: &text)
                }
                text += "}"
            }
        }

        private static func writeString(_ string: String, to text: inout String) {
            text += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\""
        }
    }
}

extension DatasetChanges.Value: Codable {
    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let elements = try? container.decode([Self].self) {
            self = .array(elements)
        } else {
            self = .object(try container.decode([String: Self].self))
        }
    }

    /// Encodes the plain JSON value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .integer(let number): try container.encode(number)
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        case .array(let elements): try container.encode(elements)
        case .object(let fields): try container.encode(fields)
        }
    }
}
