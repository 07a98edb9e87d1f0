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
/// ## What it holds
///
/// One dialogue format, Korea–Central Asia (`korea-central-asia`), and its ten tracks: the
/// Cooperation Forum (15 editions, with its charter periods: the founding practice, the Seoul
/// Declaration's proposals from the 10th edition, the alternation observed since the 11th and
/// the ministerial level since the 12th), the Summit (planned, with its schedule history), the
/// Think Tank Forum, the Expert Forum, the C5+1 vice foreign ministers' meeting, the senior
/// officials' meetings, the Business Council, the Business Forum, the parliamentary speakers'
/// meetings and the executive committee of the Cooperation Forum Secretariat.
///
/// Its persons and posts: the foreign ministers of the six states since 2019 and who held each
/// post when, the heads of the Secretariat (its `headPost`), and the deputy ministers and
/// ambassadors who led delegations. Every delegation of the Cooperation Forum's 12th to 17th
/// editions names its head by person and post (29 persons, 14 posts, 31 terms).
///
/// The Secretariat is an institution (kind `secretariat`, inside the Korea Foundation); an
/// institution lists member states only when it is an organisation of states, and then without
/// dates. The Secretariat's members are states, and they join on dated decisions, so they are the
/// members of its executive committee, a forum of kind `executiveCommittee` whose `secretariat`
/// is the Secretariat: Korea, Kazakhstan, Tajikistan, Turkmenistan and Uzbekistan as founders on
/// 2016-11-15 (the 10th Cooperation Forum, which declared the Secretariat), and Kyrgyzstan
/// admitted as a member in November 2018 by decision of the 11th Cooperation Forum, with the
/// claim of the sources that count it among the founders.
///
/// ## What validation reports on it
///
/// `try Catalog.dataset.validate()` reports no error that is not acknowledged. It acknowledges
/// the Think Tank Forum's two deviations from the Joint Statement, which the record keeps as
/// they happened: `rotation.first-edition` on edition 1 (held in Tashkent, not in Korea) and
/// `rotation.reciprocity` on edition 2 (Bishkek right after Tashkent);
/// `admission.no-recommendation` on the participation of Turkmenistan's strategic research
/// centre (of the Institute of International Relations of its Ministry of Foreign Affairs) in
/// edition 1, whose recommender no source names; and `source.predates-fact` on the claim that
/// the Cooperation Forum's 10th edition was ministerial, whose sources (2015) report the Seoul
/// Declaration's plan before the forum, kept as the disagreement it is.
///
/// The catalog is a record as of 2026-12-05 (``KoreaCentralAsia/Dataset/asOf``): validated as
/// of that date it has no error, and in particular no unacknowledged `source.predates-fact`,
/// no `source.after-record` and no `edition.held-after-record`. Its 48 warnings are the record's
/// real gaps:
/// - `rotation.parity` for the Cooperation Forum's 18th edition, planned in Uzbekistan in 2026,
///   an even year, which the alternation practised since 2018 gives to Korea.
/// - `cadence.gap` for 2008, 2010, 2011 and 2025: years with no recorded Cooperation Forum within
///   an annual charter period (2017, between the 10th and the 11th, falls between two periods).
/// - `edition.unrecorded` for the Cooperation Forum's 2nd, 4th and 5th editions, which no source
///   read dates or places, and for the 2nd to the 15th meetings of the Secretariat's executive
///   committee, of which the sources number only the 1st (2017) and the 16th (2025).
/// - `indicator.conflict` for Korea–Kazakhstan trade in 2020: Korea's figure ($3.08 billion)
///   and Kazakhstan's (about $5.9 billion) cannot both be true; both are kept.
/// - `edition.overdue` for the Summit's 1st edition, planned for 2026-09-16 to 2026-09-17: no
///   source read says whether it was held.
/// - `source.undated` for the 9 sources (of 206) whose publication date was not found (each
///   says so in its note): they cannot be checked against the facts they support.
/// - `source.unretrieved` and `source.unquoted` for the 7 sources whose pages could not be found
///   again (each note says why a fact still rests on it): 199 of the 206 were read on
///   2026-12-05 and quote the words that state their facts.
/// - `edition.level-below-charter` for the Cooperation Forum's 10th edition: vice-ministerial,
///   where the Seoul Declaration's proposal set ministerial.
public enum Catalog {
    /// The catalog's interchange document, byte for byte as shipped.
    public static var json: Data { Data(catalogJSONText.utf8) }

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
        try Dataset(json: Data(catalogJSONText.utf8))
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
