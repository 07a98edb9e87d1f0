import Foundation
import KoreaCentralAsia
import Testing

@Suite("Country")
struct CountryTests {
    @Test(
        "An assigned ISO 3166-1 alpha-2 code is a country",
        arguments: ["KZ", "KG", "TJ", "TM", "UZ", "KR", "MN", "ID", "FR", "AQ", "BQ", "SS", "ZW"])
    func assigned(code: String) throws {
        let country = try Country(code)
        #expect(country.code == code)
        #expect(country.description == code)
    }

    @Test(
        "Unassigned, reserved, user-assigned, lower-case and malformed codes are refused",
        arguments: [
            "XX", "ZZ", "EU", "UN", "XK", "AA", "QO", "kz", "Kz", "KAZ", "K", "", " KZ", "398",
        ])
    func refused(code: String) {
        #expect {
            try Country(code)
        } throws: { error in
            guard let error = error as? ValueError else { return false }
            return error.kind == .countryCode && error.input == code
                && error.message.hasPrefix("\"\(code)\" is not an assigned ISO 3166-1 alpha-2 code")
        }
    }

    @Test("A lower-case code is refused with a hint to the upper-case one")
    func lowerCaseHint() {
        #expect {
            try Country("kz")
        } throws: { error in
            (error as? ValueError)?.message
                == #""kz" is not an assigned ISO 3166-1 alpha-2 code (country codes are upper case: "KZ")"#
        }
    }

    @Test("The known countries have a name, an alpha-3 code, a numeric code and a capital")
    func profiles() {
        let expected: [(Country, String, String, String, String)] = [
            (.korea, "Republic of Korea", "KOR", "410", "Seoul"),
            (.kazakhstan, "Kazakhstan", "KAZ", "398", "Astana"),
            (.kyrgyzstan, "Kyrgyzstan", "KGZ", "417", "Bishkek"),
            (.tajikistan, "Tajikistan", "TJK", "762", "Dushanbe"),
            (.turkmenistan, "Turkmenistan", "TKM", "795", "Ashgabat"),
            (.uzbekistan, "Uzbekistan", "UZB", "860", "Tashkent"),
            (.mongolia, "Mongolia", "MNG", "496", "Ulaanbaatar"),
        ]
        for (country, name, alpha3, numeric, capital) in expected {
            #expect(country.name == name)
            #expect(country.alpha3 == alpha3)
            #expect(country.numericCode == numeric)
            #expect(country.capital == capital)
            #expect(country.profile != nil)
        }
        #expect(Country.known == expected.map(\.0))
    }

    @Test(
        "Every country of the model has its Wikidata item, to join other datasets",
        arguments: [
            (Country.korea, "Q884"), (.kazakhstan, "Q232"), (.kyrgyzstan, "Q813"),
            (.tajikistan, "Q863"), (.turkmenistan, "Q874"), (.uzbekistan, "Q265"),
            (.mongolia, "Q711"),
        ])
    func wikidataItem(country: Country, item: String) throws {
        #expect(country.wikidataItem?.scheme == .wikidata)
        #expect(country.wikidataItem?.value == item)
        #expect(try Country("FR").wikidataItem == nil)
    }

    @Test(
        "A country outside the model has no profile, and its name and codes are ISO 3166-1's")
    func unknownProfile() throws {
        let france = try Country("FR")
        #expect(france.profile == nil)
        #expect(france.name == "France")
        #expect(france.alpha3 == "FRA")
        #expect(france.numericCode == "250")
        #expect(france.capital == nil)
    }

    @Test("Central Asia is the five states, in the order of their English names")
    func centralAsia() throws {
        #expect(Country.centralAsia.map(\.code) == ["KZ", "KG", "TJ", "TM", "UZ"])
        #expect(!Country.centralAsia.contains(.korea))
        #expect(!Country.centralAsia.contains(.mongolia))
    }

    @Test("Every one of the 249 assigned codes is accepted; the list is sorted")
    func allAssigned() throws {
        let all = Country.allAssigned
        #expect(all.count == 249)
        #expect(all == all.sorted())
        #expect(Set(all).isSuperset(of: Country.known))
        for country in all { #expect(try Country(country.code) == country) }
    }

    @Test("Countries are ordered by code")
    func ordering() {
        #expect(Country.kyrgyzstan < Country.korea)
        #expect(
            [Country.uzbekistan, .korea, .kazakhstan].sorted() == [
                .korea, .kazakhstan, .uzbekistan,
            ])
    }

    @Test("Localised names come from the platform's locale data")
    func localizedNames() {
        #expect(Country.kazakhstan.localizedName(for: Locale(identifier: "en")) == "Kazakhstan")
        #expect(Country.kazakhstan.localizedName(for: Locale(identifier: "ko")) == "카자흐스탄")
        #expect(Country.uzbekistan.localizedName(for: Locale(identifier: "fr")) == "Ouzbékistan")
    }
}
