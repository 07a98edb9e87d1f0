extension Dataset {
    /// The changes from an earlier version of the dataset to this one: every entity added or
    /// removed, and every field that changed, with its old and new value.
    ///
    /// Both datasets are compared as the interchange documents that ``json(prettyPrinted:)``
    /// writes, so every field counts, those added to the model later included. Lists are
    /// compared by what their order means:
    ///
    /// - Entities are matched by identity, in any order: sources, institutions, forums,
    ///   agreements, meetings, indicators, initiatives and formats by `id`; partnerships by
    ///   their two countries (`partnerships[KR-UZ]`); editions by ordinal
    ///   (`forums[…].editions[2]`); membership events by institution (or country) and date
    ///   (`forums[…].membership[kaziss@2023-11-20]`); acknowledgements by code and subject.
    ///   Names (by language and text), outside identifiers (by scheme and value), delegations
    ///   (by country) and claims (by property and value) are matched the same way.
    /// - Lists of ids and codes (an entity's `sources`, `organizers`, `recommendedBy`,
    ///   `signatories`, `participants`, `countries`, `topics`, …) are sets: a member is added
    ///   or removed (`sources[kf-1]`), and their order is no change.
    /// - Every other list keeps its order, as a partnership's `stages`, an edition's
    ///   `schedule` or a rotation's `group` do: after the elements that both lists start and end
    ///   with, the differing ones are compared position by position (`stages[1]`, counted from
    ///   0), the extra ones added or removed. A list the library does not know yet is compared
    ///   this way too.
    ///
    /// Two entities of one list with the same identity (which the rule `reference.duplicate-id`
    /// reports) are told apart by their order: `sources[kf-1#2]` is the second.
    ///
    /// ```swift
    /// var updated = released
    /// updated.sources.reverse()  // order carries no meaning: no change
    /// updated.changes(from: released).isEmpty  // true
    /// ```
    ///
    /// - Parameter earlier: The older version.
    /// - Returns: The changes, sorted by entity (by their keys, ordinals as numbers; an entity
    ///   before the entities inside it), then by field.
    /// - Complexity: O(*n* log *n*) in the size of the two datasets: lists are matched by
    ///   dictionaries of their keys, never pairwise.
    public func changes(from earlier: Dataset) -> DatasetChanges {
        changes(from: earlier, leavingOutShared: true)
    }

    /// The changes from an earlier version, comparing the whole documents when
    /// `leavingOutShared` is `false`.
    ///
    /// Both give the same changes: what the two versions hold equal has no change in it, and
    /// leaving it out of both (``leaveOutShared(_:_:)``) only saves writing and comparing it.
    func changes(from earlier: Dataset, leavingOutShared: Bool) -> DatasetChanges {
        var (before, after) = (earlier, self)
        if leavingOutShared { Self.leaveOutShared(&before, &after) }
        // Both are written by the document's writer into value trees. Writing fails only for
        // a claim value that JSON cannot hold, which no dataset built through the library's
        // initialisers has; such a dataset is compared as an empty document.
        let old = ValueTreeBuilder.tree(of: before) ?? .object([:])
        let new = ValueTreeBuilder.tree(of: after) ?? .object([:])
        var differ = TreeDiff()
        differ.compare(old, new, at: [], entityDepth: 0)
        return DatasetChanges(differ.sortedChanges())
    }

    /// Leaves out of both datasets what they hold equal, keeping every change between them.
    ///
    /// The comparison matches the entities of a list by their keys (``ListRule``), so an entity
    /// that both versions hold once under one key, and hold equal, has no change in it: it is
    /// left out of both lists. Equal values write equal documents, so no change is lost and
    /// none is added; a key that a list holds twice is left as it is, since the comparison
    /// tells such entities apart by their order. The same goes, inside each forum that both
    /// hold and that changed, for its editions and its membership events.
    ///
    /// - Complexity: O(*n*) comparisons of values, most of them of shared storage, and O(*n*)
    ///   keys in dictionaries.
    static func leaveOutShared(_ old: inout Dataset, _ new: inout Dataset) {
        // Each key is the comparison's key as a value, equal when the comparison's text is:
        // an `id`, an ordinal, a partnership's two countries, an acknowledgement's code and
        // subject, an event's member and date (`kaziss@2023-11-20`).
        leaveOutShared(&old.sources, &new.sources) { $0.id }
        leaveOutShared(&old.institutions, &new.institutions) { $0.id }
        leaveOutShared(&old.partnerships, &new.partnerships) { KeyPair($0.first, $0.second) }
        leaveOutShared(&old.agreements, &new.agreements) { $0.id }
        leaveOutShared(&old.meetings, &new.meetings) { $0.id }
        leaveOutShared(&old.indicators, &new.indicators) { $0.id }
        leaveOutShared(&old.initiatives, &new.initiatives) { $0.id }
        leaveOutShared(&old.acknowledgements, &new.acknowledgements) {
            KeyPair($0.code.rawValue, $0.subject.path)
        }
        leaveOutShared(&old.formats, &new.formats) { $0.id }
        leaveOutShared(&old.persons, &new.persons) { $0.id }
        leaveOutShared(&old.posts, &new.posts) { $0.id }
        leaveOutShared(
            &old.forums, &new.forums, key: { $0.id },
            inside: { old, new in
                leaveOutShared(&old.editions, &new.editions) { $0.ordinal }
                leaveOutShared(&old.membership.events, &new.membership.events) {
                    KeyPair($0.member, $0.date)
                }
            })
    }

    /// Leaves out of two lists of entities, matched by `key` as the comparison matches them,
    /// each entity that both lists hold once under its key and hold equal; two equal lists
    /// become empty.
    ///
    /// `inside` may leave out what two entities of one key that differ hold equal.
    private static func leaveOutShared<Element: Equatable, Key: Hashable>(
        _ old: inout [Element], _ new: inout [Element], key: (Element) -> Key,
        inside: (inout Element, inout Element) -> Void = { _, _ in }
    ) {
        if old == new {
            old = []
            new = []
            return
        }
        /// The position of each key the list holds once.
        func positions(_ list: [Element]) -> [Key: Int] {
            var positions: [Key: Int] = [:]
            var repeated: Set<Key> = []
            positions.reserveCapacity(list.count)
            for (position, element) in list.enumerated() {
                let name = key(element)
                if positions.updateValue(position, forKey: name) != nil { repeated.insert(name) }
            }
            for name in repeated { positions[name] = nil }
            return positions
        }
        let newPositions = positions(new)
        var keepOld = [Bool](repeating: true, count: old.count)
        var keepNew = [Bool](repeating: true, count: new.count)
        for (name, oldPosition) in positions(old) {
            guard let newPosition = newPositions[name] else { continue }
            if old[oldPosition] == new[newPosition] {
                keepOld[oldPosition] = false
                keepNew[newPosition] = false
            } else {
                inside(&old[oldPosition], &new[newPosition])
            }
        }
        old = old.indices.filter { keepOld[$0] }.map { old[$0] }
        new = new.indices.filter { keepNew[$0] }.map { new[$0] }
    }
}

/// Two values as one key.
private struct KeyPair<First: Hashable, Second: Hashable>: Hashable {
    let first: First
    let second: Second

    init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }
}

/// One step of a path: a field of an object, or an element of a list by its key.
private enum PathSegment: Comparable {
    case field(String)
    case element(String)

    static func < (lhs: PathSegment, rhs: PathSegment) -> Bool {
        switch (lhs, rhs) {
        case (.field(let left), .field(let right)): left < right
        case (.element(let left), .element(let right)): keyPrecedes(left, right)
        case (.field, .element): true
        case (.element, .field): false
        }
    }
}

/// The order of keys: whole numbers as numbers and first, then text.
private func keyPrecedes(_ left: String, _ right: String) -> Bool {
    switch (Int(left), Int(right)) {
    case (let left?, let right?): left < right
    case (.some, nil): true
    case (nil, .some): false
    case (nil, nil): left < right
    }
}

/// How a list's elements are matched.
private enum ListRule {
    /// By a key, in any order; `entities` when its elements are entities of their own (a
    /// change inside one belongs to it).
    case keyed(entities: Bool, key: (DatasetChanges.Value) -> String?)
    /// By the members' own values, in any order.
    case set
    /// By position.
    case ordered

    /// The rule of the list at a field; `atRoot` for the document's own lists.
    static func of(_ field: String?, atRoot: Bool) -> ListRule {
        guard let field else { return .ordered }
        if atRoot {
            switch field {
            case "sources", "institutions", "forums", "agreements", "meetings", "indicators",
                "initiatives", "formats", "persons", "posts":
                return .keyed(entities: true) { $0["id"]?.text }
            case "partnerships":
                return .keyed(entities: true) { partnership in
                    guard case .array(let countries)? = partnership["countries"] else {
                        return nil
                    }
                    let codes = countries.compactMap(\.text)
                    return codes.count == countries.count ? codes.joined(separator: "-") : nil
                }
            case "acknowledgements":
                return .keyed(entities: true) { pair($0, "code", "@", "subject") }
            default: return .ordered
            }
        }
        switch field {
        case "editions": return .keyed(entities: true) { $0["ordinal"]?.text }
        case "membership", "events":
            return .keyed(entities: true) { event in
                guard let who = event["institution"]?.text ?? event["country"]?.text,
                    let date = event["date"]?.text
                else { return nil }
                return who + "@" + date
            }
        case "names": return .keyed(entities: false) { pair($0, "language", ":", "text") }
        case "identifiers": return .keyed(entities: false) { pair($0, "scheme", ":", "value") }
        case "delegations": return .keyed(entities: false) { $0["country"]?.text }
        case "claims":
            return .keyed(entities: false) { claim in
                guard let property = claim["property"]?.text, let value = claim["value"] else {
                    return nil
                }
                return property + "=" + value.jsonText
            }
        case "sources", "organizers", "recommendedBy", "signatories", "participants", "countries",
            "topics", "memberStates", "chairs", "adopted", "guests":
            return .set
        default: return .ordered
        }
    }
}

/// `first` and `second` of an object, joined: `wikidata:Q1`.
private func pair(
    _ value: DatasetChanges.Value, _ first: String, _ separator: String, _ second: String
) -> String? {
    guard let one = value[first]?.text, let two = value[second]?.text else { return nil }
    return one + separator + two
}

extension DatasetChanges.Value {
    /// The field of an object, or `nil`.
    fileprivate subscript(key: String) -> DatasetChanges.Value? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// A string as it is, a whole number as its digits; `nil` for anything else.
    fileprivate var text: String? {
        switch self {
        case .string(let string): string
        case .integer(let number): String(number)
        default: nil
        }
    }
}

/// Compares two value trees and collects the changes.
private struct TreeDiff {
    private struct Found {
        var path: [PathSegment]
        var entityDepth: Int
        var old: DatasetChanges.Value?
        var new: DatasetChanges.Value?
    }

    private var found: [Found] = []

    mutating func compare(
        _ old: DatasetChanges.Value, _ new: DatasetChanges.Value, at path: [PathSegment],
        entityDepth: Int
    ) {
        guard old != new else { return }
        switch (old, new) {
        case (.object(let before), .object(let after)):
            for key in Set(before.keys).union(after.keys).sorted() {
                let here = path + [.field(key)]
                switch (before[key], after[key]) {
                case (let was?, let now?):
                    compare(was, now, at: here, entityDepth: entityDepth)
                // A list left out when empty is an empty list: its members are added one by one.
                case (nil, .array(let now)?):
                    compare(.array([]), .array(now), at: here, entityDepth: entityDepth)
                case (.array(let was)?, nil):
                    compare(.array(was), .array([]), at: here, entityDepth: entityDepth)
                case (let was, let now):
                    found.append(Found(path: here, entityDepth: entityDepth, old: was, new: now))
                }
            }
        case (.array(let before), .array(let after)):
            var field: String?
            if case .field(let name)? = path.last { field = name }
            compareLists(
                before, after, rule: .of(field, atRoot: path.count == 1), at: path,
                entityDepth: entityDepth)
        default:
            found.append(Found(path: path, entityDepth: entityDepth, old: old, new: new))
        }
    }

    private mutating func compareLists(
        _ old: [DatasetChanges.Value], _ new: [DatasetChanges.Value], rule: ListRule,
        at path: [PathSegment], entityDepth: Int
    ) {
        switch rule {
        case .keyed(let entities, let key):
            guard let before = Self.keyed(old, by: key), let after = Self.keyed(new, by: key)
            else {
                compareLists(old, new, rule: .ordered, at: path, entityDepth: entityDepth)
                return
            }
            let keys = Set(before.keys).union(after.keys).sorted(by: keyPrecedes)
            for key in keys {
                let here = path + [.element(key)]
                let depth = entities ? here.count : entityDepth
                switch (before[key], after[key]) {
                case (let was?, let now?): compare(was, now, at: here, entityDepth: depth)
                case (let was, let now):
                    found.append(Found(path: here, entityDepth: depth, old: was, new: now))
                }
            }
        case .set:
            let member: (DatasetChanges.Value) -> String? = { $0.text ?? $0.jsonText }
            guard let before = Self.keyed(old, by: member), let after = Self.keyed(new, by: member)
            else {
                compareLists(old, new, rule: .ordered, at: path, entityDepth: entityDepth)
                return
            }
            let keys = Set(before.keys).symmetricDifference(after.keys).sorted(by: keyPrecedes)
            for key in keys {
                found.append(
                    Found(
                        path: path + [.element(key)], entityDepth: entityDepth, old: before[key],
                        new: after[key]))
            }
        case .ordered:
            // The elements both lists start and end with are the same; compare the rest.
            var prefix = 0
            while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] {
                prefix += 1
            }
            var suffix = 0
            while suffix < old.count - prefix, suffix < new.count - prefix,
                old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
            {
                suffix += 1
            }
            let oldEnd = old.count - suffix
            let newEnd = new.count - suffix
            var position = prefix
            while position < oldEnd || position < newEnd {
                let here = path + [.element(String(position))]
                switch (
                    position < oldEnd ? old[position] : nil, position < newEnd ? new[position] : nil
                ) {
                case (let was?, let now?): compare(was, now, at: here, entityDepth: entityDepth)
                case (let was, let now):
                    found.append(Found(path: here, entityDepth: entityDepth, old: was, new: now))
                }
                position += 1
            }
        }
    }

    /// The elements by key, or `nil` when an element has no key.
    ///
    /// A key met again is told apart by its count: `kf-1#2`.
    private static func keyed(
        _ elements: [DatasetChanges.Value], by key: (DatasetChanges.Value) -> String?
    ) -> [String: DatasetChanges.Value]? {
        var result: [String: DatasetChanges.Value] = [:]
        var seen: [String: Int] = [:]
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let base = key(element) else { return nil }
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            result[count == 1 ? base : "\(base)#\(count)"] = element
        }
        return result
    }

    func sortedChanges() -> [DatasetChanges.Change] {
        // By entity, then by field: the changes of one entity stay together, an entity's own
        // fields before the entities inside it.
        found.sorted { left, right in
            let leftEntity = left.path.prefix(left.entityDepth)
            let rightEntity = right.path.prefix(right.entityDepth)
            guard leftEntity == rightEntity else {
                return leftEntity.lexicographicallyPrecedes(rightEntity)
            }
            return left.path.dropFirst(left.entityDepth).lexicographicallyPrecedes(
                right.path.dropFirst(right.entityDepth))
        }.map { change in
            DatasetChanges.Change(
                entity: Self.render(change.path.prefix(change.entityDepth)),
                field: Self.render(change.path.dropFirst(change.entityDepth)),
                old: change.old, new: change.new)
        }
    }

    private static func render(_ segments: ArraySlice<PathSegment>) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .field(let name): text += text.isEmpty ? name : "." + name
            case .element(let key): text += "[" + key + "]"
            }
        }
        return text
    }
}
