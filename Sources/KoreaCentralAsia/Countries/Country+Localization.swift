#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

extension Country {
    /// The country's name in a locale's language, as the platform's locale data gives it.
    ///
    /// The names come from Foundation's internationalisation data (ICU). A program that imports
    /// `Foundation` has them; one that links only `FoundationEssentials` does not, and gets `nil`.
    ///
    /// ```swift
    /// import Foundation
    /// Country.kazakhstan.localizedName(for: Locale(identifier: "ko"))  // "카자흐스탄"
    /// ```
    ///
    /// - Parameter locale: The locale whose language to use.
    /// - Returns: The localised name, or `nil` when the platform has no name for the code.
    public func localizedName(for locale: Locale) -> String? {
        guard let name = locale.localizedString(forRegionCode: code), name != code else {
            return nil
        }
        return name
    }
}
