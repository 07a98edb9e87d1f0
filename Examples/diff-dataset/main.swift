// diff-dataset: what changed between two versions of a dataset, as a reviewer reads a diff:
// entities added and removed, and each changed field with its old and new value.
//
//     swift run diff-dataset released.json catalog.json
//     swift run catalog-tour --json | swift run diff-dataset released.json - --json
import ExampleSupport
import Foundation
import KoreaCentralAsia

let command = Command(
    name: "diff-dataset",
    summary: "Prints the changes between two interchange documents, grouped by entity.",
    options: [.flag("--json", help: "print the changes as JSON (see below)")]
        + Option.datasetLimits,
    positionals: "OLD NEW",
    details: [
        """
        OLD, NEW: interchange documents; - reads one of them from standard input. Entities are \
        matched by identity (ids, ordinals, countries), not by position, and the order of a list \
        counts only where it means something (a partnership's stages, a rotation's group).
        """,
        """
        JSON: {"changes": [{"kind": "added"|"removed"|"changed", "entity", "field", "path", \
        "old", "new"}]}, sorted by entity, then field; "old" is absent for an addition, "new" for \
        a removal; values are as the documents hold them.
        """,
        """
        Exit status: 0 the datasets are the same, 1 they differ, 2 bad usage or a document that \
        cannot be read or decoded (reported as "FILE: json.path: reason" on standard error).
        """,
    ])

command.run { arguments in
    guard arguments.positionals.count == 2 else {
        throw UsageError("give two documents, OLD and NEW (see diff-dataset --help)")
    }
    let (oldPath, newPath) = (arguments.positionals[0], arguments.positionals[1])
    if oldPath == "-", newPath == "-" {
        throw UsageError("only one of OLD and NEW can be - (standard input is read once)")
    }
    let limits = try arguments.decodingLimits()
    // `-` reads standard input, as every program's `--dataset` does.
    let old = try loadDataset(from: oldPath, limits: limits)
    let changes = try loadDataset(from: newPath, limits: limits).changes(from: old)

    if arguments.flag("--json") {
        writeToStandardOutput(try prettyJSON(changes))
    } else {
        printChanges(changes, from: inputName(oldPath), to: inputName(newPath))
    }
    return changes.isEmpty ? .success : .refused
}

/// The changes for people: a summary line, then each entity with its changes.
func printChanges(_ changes: DatasetChanges, from old: String, to new: String) {
    guard !changes.isEmpty else {
        print(wrap("\(old) and \(new) hold the same dataset"))
        return
    }
    let groups = changes.byEntity
    let counts = DatasetChanges.Change.Kind.allCases.compactMap { kind in
        changes.count(of: kind) == 0 ? nil : "\(changes.count(of: kind)) \(kind)"
    }
    print(
        wrap(
            "\(old) → \(new): \(changes.count) change\(changes.count == 1 ? "" : "s") in "
                + "\(groups.count) entit\(groups.count == 1 ? "y" : "ies") "
                + "(\(counts.joined(separator: ", ")))"))
    for group in groups {
        print()
        print(wrap(group.entity.isEmpty ? "(the document)" : group.entity))
        for change in group.changes {
            let field = change.field.isEmpty ? "" : change.field + ": "
            let line =
                switch change.kind {
                case .added: "+ \(field)\(change.new?.jsonText ?? "")"
                case .removed: "- \(field)\(change.old?.jsonText ?? "")"
                case .changed:
                    "~ \(field)\(change.old?.jsonText ?? "") → \(change.new?.jsonText ?? "")"
                }
            print(wrap(line, indent: "  ", hangingIndent: "      "))
        }
    }
}
