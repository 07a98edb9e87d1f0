import KoreaCentralAsia
import Testing

@Suite("Identifiers, addresses and open sets")
struct ValueTests {
    @Test(
        "A slug is an identifier",
        arguments: [
            "kaziss", "korea-central-asia-think-tank-forum", "a", "1992", "nca-2024.07_31",
            String(repeating: "x", count: 128),
        ])
    func slugs(text: String) throws {
        #expect(try Institution.ID(text).rawValue == text)
        #expect(Forum.ID(rawValue: text)?.description == text)
    }

    @Test(
        "Anything else is refused as an identifier",
        arguments: [
            "", "KazISS", "-kaziss", ".hidden", "two words", "kaziss/1", "kazíss",
            String(repeating: "x", count: 129),
        ])
    func notSlugs(text: String) {
        #expect(Source.ID(rawValue: text) == nil)
        #expect {
            try Source.ID(text)
        } throws: { error in
            (error as? ValueError)?.kind == .identifier && (error as? ValueError)?.input == text
        }
    }

    @Test("Identifiers sort by slug")
    func identifierOrder() {
        let ids: [Institution.ID] = ["kaziss", "iica", "isrs"]
        #expect(ids.sorted() == ["iica", "isrs", "kaziss"])
    }

    @Test(
        "An absolute http or https address is kept exactly as written",
        arguments: [
            "https://www.koreaherald.com/view.php?ud=20190419000624", "http://example.org",
            "HTTPS://Example.org/A", "hTtP://a", "https://a.org/\u{7F}", "https://한국.kr/뉴스",
            "HTTPS://例え.jp?q=1", "https://a.org/" + String(repeating: "x", count: 2034),
        ])
    func addresses(text: String) throws {
        let address = try WebAddress(text)
        #expect(address.text == text)
        #expect(address.description == text)
    }

    @Test(
        "Other addresses are refused",
        arguments: [
            "", "example.org", "ftp://example.org", "https://", "https:///path",
            "https://exa mple.org", "mailto:a@b.org", "https://a.org/\n", "http://", "http:/a.org",
            "https://?q", "https://#top", "https://a.org/\r\n", "https://a.org/\u{1F}",
            "https://a.org\t", " https://a.org", "https://한국.kr/ 뉴스", "https://a.org/\u{A0}",
            "https://a.org/\u{2028}", "https:／/a.org",
            "https://a.org/" + String(repeating: "x", count: 2035),
        ])
    func badAddresses(text: String) {
        #expect {
            try WebAddress(text)
        } throws: { error in
            (error as? ValueError)?.kind == .url
        }
    }

    @Test("A Wikidata identifier is Q and digits; any scheme needs a value")
    func externalIdentifiers() throws {
        #expect(try ExternalIdentifier(scheme: .wikidata, value: "Q4200001").value == "Q4200001")
        #expect(try ExternalIdentifier(scheme: .ror, value: "05abc1234").scheme == .ror)
        for value in ["Q", "q42", "42", "Q42a", "Q 42", "", "Q1234567890123"] {
            #expect(throws: ValueError.self, "\(value)") {
                try ExternalIdentifier(scheme: .wikidata, value: value)
            }
        }
        #expect(throws: ValueError.self) { try ExternalIdentifier(scheme: .ror, value: "") }
        #expect(ExternalIdentifier.Scheme(rawValue: "isni")?.rawValue == "isni")
        #expect(ExternalIdentifier.Scheme(rawValue: "Wiki Data") == nil)
    }

    @Test("Cooperation areas: twelve known topics, and any lowerCamel name of one's own")
    func cooperationAreas() {
        #expect(CooperationArea.known.count == 12)
        #expect(Set(CooperationArea.known).count == 12)
        #expect(CooperationArea.known.first == .climateChange)
        #expect(CooperationArea.known.last == .criticalMinerals)
        #expect(
            CooperationArea.cultureAndHumanitarianExchange.rawValue
                == "cultureAndHumanitarianExchange")
        #expect(CooperationArea(rawValue: "waterManagement")?.description == "waterManagement")
        for name in ["", "WaterManagement", "water-management", "water management", "1water"] {
            #expect(CooperationArea(rawValue: name) == nil, "\(name)")
        }
    }

    @Test("Meeting levels are an open set of lowerCamel names")
    func meetingLevels() {
        #expect(Edition.Level.ministerial.rawValue == "ministerial")
        #expect(Edition.Level.headsOfState.rawValue == "headsOfState")
        #expect(Edition.Level(rawValue: "directorGeneral") != nil)
        #expect(Edition.Level(rawValue: "Director General") == nil)
        #expect(Edition.Level.ministerial < Edition.Level.viceMinisterial)
    }

    @Test("Rule codes are dot-separated lower-case words")
    func ruleCodes() {
        #expect(RuleCode(rawValue: "myorg.host-city")?.rawValue == "myorg.host-city")
        #expect(RuleCode.rotationFirstEdition.rawValue == "rotation.first-edition")
        for text in ["rotation", "Rotation.first", "rotation.", ".first", "rotation.first edition"]
        {
            #expect(RuleCode(rawValue: text) == nil, "\(text)")
        }
    }

    @Test("A place reads as its city and country name")
    func places() {
        #expect(Place(city: "Tashkent", country: .uzbekistan).description == "Tashkent, Uzbekistan")
        #expect(Place(country: .kazakhstan).description == "Kazakhstan")
    }

    @Test("An institution's short name is its acronym when it has one")
    func shortNames() throws {
        #expect(try Fixtures.kaziss.shortName == "KazISS")
        #expect(Fixtures.institute.shortName == "Asia Centre")
    }
}
