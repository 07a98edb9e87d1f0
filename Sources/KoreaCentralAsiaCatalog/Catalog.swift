public import KoreaCentralAsia

#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The built-in, curated catalog of Korea–Central Asia cooperation: every fact of the project's
/// source documents, each with its sources.
///
/// The catalog's JSON (`Sources/KoreaCentralAsiaCatalog/Resources/catalog.json`, the canonical
/// file people edit and other tools read) is compiled into the library as bytes, so a program
/// needs no resource bundle or file beside it at run time. It is decoded once, on first use,
/// thread-safely.
///
/// ```swift
/// import KoreaCentralAsiaCatalog
///
/// let catalog = try Catalog.dataset
/// let forum = catalog.forum(Catalog.thinkTankForumID)
/// ```
///
/// ## What validation reports on it
///
/// `try Catalog.dataset.validate()` reports no error that is not acknowledged. It acknowledges
/// the Think Tank Forum's two deviations from the Joint Statement, which the record keeps as
/// they happened: `rotation.first-edition` on edition 1 (held in Tashkent, not in Korea) and
/// `rotation.reciprocity` on edition 2 (Bishkek right after Tashkent); and
/// `admission.no-recommendation` on the participation of Turkmenistan's strategic research
/// centre (of the Institute of International Relations of its Ministry of Foreign Affairs) in
/// edition 1, whose recommender no source names.
///
/// The catalog is a record as of 2026-11-26 (``KoreaCentralAsia/Dataset/asOf``): validated as
/// of that date it has no error, and in particular no `source.predates-fact`,
/// `source.after-record` or `edition.held-after-record`. Its 37 warnings are the record's real
/// gaps:
/// - `cadence.gap` for 2008, 2010, 2011, 2017, 2020 and 2025: years between the Cooperation
///   Forum's 1st edition (2007) and the planned 18th (2026) with no recorded edition. Some are
///   real gaps in the forum's history (the 11th came two years after the 10th); others hide the
///   editions below.
/// - `edition.unrecorded` for the Cooperation Forum's 2nd, 4th, 5th and 13th editions, which the
///   sources name without a verified date or host (the 13th, on 2020-11-25, was held partly by
///   video).
/// - `indicator.conflict` for Korea–Kazakhstan trade in 2020: Korea's figure ($3.08 billion)
///   and Kazakhstan's (about $5.9 billion) cannot both be true; both are kept.
/// - `edition.overdue` for the Summit's 1st edition, planned for 2026-09-16 to 2026-09-17: no
///   source read says whether it was held.
/// - `source.undated` for the 25 sources whose publication date was not found (each says so in
///   its note): they cannot be checked against the facts they support.
public enum Catalog {
    /// The catalog's interchange document, byte for byte as shipped.
    public static var json: Data { Data(PackageResources.catalog_json) }

    /// The decoded catalog.
    ///
    /// - Throws: ``KoreaCentralAsia/DatasetDecodingError`` if the shipped file does not decode.
    ///   The project's tests decode it, so a release never ships a catalog that fails; the error
    ///   exists so that a broken build reports it rather than stopping the program.
    public static var dataset: Dataset {
        get throws(DatasetDecodingError) { try decoded.get() }
    }

    private static let decoded: Result<Dataset, DatasetDecodingError> = Result {
        () throws(DatasetDecodingError) -> Dataset in
        try Dataset(json: Data(PackageResources.catalog_json))
    }

    /// The Korea–Central Asia Think Tank Forum, launched by the Joint Statement of
    /// 20 November 2023.
    public static let thinkTankForumID: Forum.ID = "korea-central-asia-think-tank-forum"
    /// The Korea–Central Asia Cooperation Forum, the ministerial forum held since 2007.
    public static let cooperationForumID: Forum.ID = "korea-central-asia-cooperation-forum"
    /// The Korea–Central Asia Summit, first planned in Korea in 2026.
    public static let summitID: Forum.ID = "korea-central-asia-summit"
    /// The Korea–Central Asia Cooperation Expert Forum.
    public static let expertForumID: Forum.ID = "korea-central-asia-cooperation-expert-forum"
}
