import KoreaCentralAsia
import KoreaCentralAsiaCatalog
import Testing

@Suite("Names of the catalog's institutions and forums, in Korean and the region's languages")
struct CatalogNameTests {
    let catalog: Dataset

    init() throws { catalog = try Catalog.dataset }

    /// The entities for which no source read gives a Korean name.
    static let withoutKoreanName: Set<String> = [
        "hufs-center-for-eurasian-studies", "korea-central-asia-business-forum",
        "korea-central-asia-cooperation-expert-forum",
    ]

    @Test(
        "Every institution and forum has a Korean name with its source, but the three no source names"
    )
    func koreanNames() {
        let entities =
            catalog.institutions.map { ($0.id.rawValue, $0.names) }
            + catalog.forums.map { ($0.id.rawValue, $0.names) }
        for (id, names) in entities {
            let korean = names.filter { $0.language.language == "ko" }
            if Self.withoutKoreanName.contains(id) {
                #expect(korean.isEmpty, "\(id) now has a Korean name: update the list")
            } else {
                #expect(!korean.isEmpty, "\(id) has no Korean name")
            }
            for name in names {
                #expect(!name.sources.isEmpty, "\(id): \(name.text) names no source")
            }
        }
    }

    @Test(
        "Korean names are given by value, with their sources",
        arguments: [
            ("korea-foundation", "한국국제교류재단", "kf-112401"),
            (
                "korea-central-asia-cooperation-forum-secretariat", "한-중앙아협력포럼사무국",
                "wikipedia-ko-cooperation-forum-secretariat"
            ),
            ("iica", "중앙아시아 국제연구소", "kf-126694"),
            ("kaziss", "카자흐스탄 전략연구소", "kf-126694"),
            ("nisi", "국가전략이니셔티브연구소", "kf-126694"),
            ("csr-tajikistan", "타지키스탄 전략연구센터", "kf-126694"),
            (
                "embassy-of-turkmenistan-in-korea", "주한 투르크메니스탄 대사관",
                "wikipedia-ko-korea-turkmenistan-relations"
            ),
            ("hufs", "한국외국어대학교", "dhnews-141315"),
            ("isrs", "우즈베키스탄 전략지역문제연구소", "kf-112401"),
            ("tm-iir-strategic-centre", "투르크메니스탄 외교부 산하 국제관계대학교의 전략연구센터", "kf-126694"),
        ])
    func institutionInKorean(id: String, korean: String, source: String) throws {
        let institution = try #require(Institution.ID(rawValue: id).flatMap(catalog.institution))
        #expect(institution.name(in: .korean) == korean)
        let name = try #require(institution.names.first { $0.text == korean })
        #expect(name.sources.map(\.rawValue) == [source])
    }

    @Test(
        "Forums have their Korean names and, where a source gives one, a Russian name",
        arguments: [
            ("korea-central-asia-cooperation-forum", "한-중앙아시아 협력포럼", nil),
            (
                "korea-central-asia-summit", "한-중앙아시아 정상회의",
                "Саммит «Южная Корея — Центральная Азия»"
            ),
            (
                "korea-central-asia-think-tank-forum", "한국-중앙아시아 싱크탱크 포럼",
                "Форум аналитических центров «ЦА+Южная Корея»"
            ),
        ] as [(String, String, String?)])
    func forumNames(id: String, korean: String, russian: String?) throws {
        let forum = try #require(Forum.ID(rawValue: id).flatMap(catalog.forum))
        #expect(forum.name(in: .korean) == korean)
        if let russian { #expect(forum.name(in: .russian) == russian) }
    }

    @Test(
        "The Kyrgyz institute keeps the seed's name and has its two other names, each with its source"
    )
    func kyrgyzInstituteNames() throws {
        let nisi = try #require(catalog.institution("nisi"))
        #expect(nisi.name == "National Institute for Strategic Studies")
        #expect(nisi.acronym == "NISI")
        let english = nisi.names.filter { $0.language == .english }
        #expect(
            english.map(\.text) == [
                "National Institute for Strategic Initiatives",
                "National Research Institute under the President",
            ])
        #expect(english.map { $0.sources.map(\.rawValue) } == [["kf-126694"], ["mts-tj-2022"]])
    }

    @Test(
        "Russian names where a source gives them",
        arguments: [
            ("korea-foundation", "Корейский Фонд"),
            ("iica", "Международный институт Центральной Азии"),
            (
                "korea-central-asia-cooperation-forum-secretariat",
                "Секретариат Форума Сотрудничества «Центральная Азия - Республика Корея»"
            ),
        ])
    func russianNames(id: String, russian: String) throws {
        let institution = try #require(Institution.ID(rawValue: id).flatMap(catalog.institution))
        #expect(institution.name(in: .russian) == russian)
    }

    @Test("A Korean user finds the Korea Foundation and the Kyrgyz institute by their Korean names")
    func matching() {
        #expect(catalog.institutions(matching: "한국국제교류재단").map(\.id) == ["korea-foundation"])
        #expect(catalog.institutions(matching: "국가전략이니셔티브연구소").map(\.id) == ["nisi"])
        #expect(
            catalog.forums(matching: "한-중앙아시아 정상회의").map(\.id) == [Catalog.summitID])
    }
}

@Suite("Identifiers that join the catalog to other databases")
struct CatalogIdentifierTests {
    /// The items as read in a list generated from Wikidata (IBM/kif,
    /// `kif_lib/vocabulary/wd/item_country.py`, commit 82a7c4fb) on 2026-11-27.
    @Test(
        "Each country carries the Wikidata item read for it",
        arguments: [
            ("KR", "Q884"), ("KZ", "Q232"), ("KG", "Q813"), ("TJ", "Q863"), ("TM", "Q874"),
            ("UZ", "Q265"), ("MN", "Q711"),
        ])
    func countryItems(code: String, item: String) throws {
        let country = try Country(code)
        #expect(country.wikidataItem?.scheme == .wikidata)
        #expect(country.wikidataItem?.value == item)
    }
}
