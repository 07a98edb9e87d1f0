public import KoreaCentralAsia

#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

extension Catalog {
    /// The comparators' interchange document, byte for byte as shipped.
    public static var comparatorsJSON: Data { Data(comparatorsJSONText.utf8) }

    /// The nine other "Central Asia + 1" formats, beside Korea's: Japan, China, the United
    /// States, the European Union, India, Russia, Germany, the Gulf Cooperation Council and
    /// Italy, each with its tracks, editions, charter periods, secretariat and disagreements.
    ///
    /// A second built-in dataset (`Sources/KoreaCentralAsiaCatalog/Resources/comparators.json`),
    /// decoded once, on first use, thread-safely, and only when a program asks for it. Korea's
    /// own format stays in ``dataset``; merge the two to compare them:
    ///
    /// ```swift
    /// let all = try Catalog.dataset.merging(Catalog.comparators)
    /// let rows = all.formatSummaries()
    /// ```
    ///
    /// The EU and the GCC are partners as organisations (``KoreaCentralAsia/Party/organization(_:)``)
    /// with their member states. Türkiye has no "Central Asia + 1" format: it works with the
    /// region through the Organization of Turkic States (founded at Nakhchivan in 2009, General
    /// Secretariat in Istanbul), whose membership differs from the five (Azerbaijan is a member,
    /// Tajikistan is not, Turkmenistan is an observer); the comparators record nothing for it.
    ///
    /// ## What the record holds
    ///
    /// 9 formats, 20 tracks, 74 editions (72 held; China's 3rd summit planned in China in 2027;
    /// the GCC's 2nd summit, set for Samarkand on 2025-05-05, postponed with no new date), 5
    /// meetings, 15 agreements, 3 institutions, 157 sources, 6 claims, and the 12 persons the
    /// sources name as heads of delegations, each in the post they led it in (11 posts, their
    /// terms undated: the sources give the day of the meeting only). Charter periods: China's
    /// summits by the Xi'an Declaration (every two years, China and the five in alphabetical order
    /// by turns) and India's summits ("every two years") are `binding`; the Japan foreign
    /// ministers' chairmanship, the India dialogue's annual meetings and the alternations of
    /// Germany, the GCC and Italy are `practice`. The China–Central Asia Secretariat (Xi'an,
    /// 2024-03-30) is the only format secretariat recorded: the C5+1's is virtual, with no seat a
    /// source names. Turkmenistan is an observer of the Japan dialogue.
    ///
    /// Five held events are meetings, not editions, because no source names a host (the EU's
    /// 16th ministerial and Russia's 3rd, both by video in 2020) or they come before a track's
    /// own count (the C5+1 New York meeting of 2015, China's virtual summit of 2022, Japan's
    /// special video conference of 2020).
    ///
    /// ## What validation reports on it
    ///
    /// Validated as of its date, 2026-12-05, it has no error and acknowledges nothing. Its 40
    /// warnings are the record's real gaps:
    /// - `cadence.gap` for 2022, 2023 and 2024 on the India–Central Asia Dialogue, whose annual
    ///   meetings (a practice the MEA stated in 2021) paused between the 3rd and the 4th.
    /// - `edition.unrecorded` for the Japan senior officials' 8th, 9th, 10th and 15th meetings
    ///   and the EU ministerial's 10th (not found) and 16th (held by video with no host, so a
    ///   meeting).
    /// - `source.undated` for the 29 sources whose page prints no date (each says so in its
    ///   note).
    /// - `source.unretrieved` and `source.unquoted` for the Chinese embassy's page of 2021
    ///   (china-embassy-lr-t1875496), which is no longer at its address.
    ///
    /// India's summits are breached and not reported: the Delhi summit (2022-01-27) decided to
    /// meet every two years, with the next expected in 2024, but no source names the 2nd
    /// summit's host or says it was held. An edition needs a host, and `cadence.gap` looks only
    /// between recorded editions, so with one edition no rule can see the breach; the record
    /// invents no host to make it visible.
    public static var comparators: Dataset {
        get throws(DatasetDecodingError) { try decodedComparators.get() }
    }

    private static let decodedComparators: Result<Dataset, DatasetDecodingError> = Result {
        () throws(DatasetDecodingError) -> Dataset in
        try Dataset(json: Data(comparatorsJSONText.utf8))
    }

    /// The China–Central Asia summit, whose Xi'an Declaration (2023) sets its rotation.
    public static let chinaSummitID: Forum.ID = "china-central-asia-summit"
}
