public import KoreaCentralAsia
import KoreaCentralAsiaCatalog

extension Option {
    /// `--comparators`: add the built-in comparators (``Catalog/comparators``, the nine other
    /// "Central Asia + 1" formats) to the dataset a program reads.
    public static let comparators = Option.flag(
        "--comparators",
        help:
            "add the built-in comparators (the nine other Central Asia + 1 formats) to the dataset"
    )
}

/// Loads the dataset a program works on, as ``loadDataset(from:limits:)`` does, and merges the
/// built-in comparators into it when `comparators` is `true`.
///
/// ```swift
/// let dataset = try loadDataset(
///     from: arguments.value("--dataset"), limits: arguments.decodingLimits(),
///     comparators: arguments.flag("--comparators"))
/// ```
///
/// - Throws: ``UsageError`` for a file that cannot be read or decoded, and for a dataset whose
///   ids collide with the comparators' (each collision with its two paths).
public func loadDataset(
    from path: String?, limits: DecodingLimits = .standard, comparators: Bool
) throws(UsageError) -> Dataset {
    let dataset = try loadDataset(from: path, limits: limits)
    guard comparators else { return dataset }
    let name = path.map(inputName) ?? "the built-in catalog"
    do {
        return try dataset.merging(Catalog.comparators)
    } catch let error as DatasetMergeError {
        let collisions = error.collisions.map(\.description).joined(separator: "; ")
        throw UsageError("\(name) cannot take the comparators (first: \(name)): \(collisions)")
    } catch {
        throw UsageError("the built-in comparators: \(error)")
    }
}
