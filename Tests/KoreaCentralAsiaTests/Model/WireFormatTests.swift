import Foundation
import KoreaCentralAsia
import Testing

/// The interchange format, byte for byte: what a file written by the library looks like.
@Suite("Wire format")
struct WireFormatTests {
    @Test("Scalar values are single JSON strings")
    func scalars() throws {
        #expect(try Fixtures.json(Country.kazakhstan) == #""KZ""#)
        #expect(try Fixtures.json(PartialDate("2023-12")) == #""2023-12""#)
        #expect(try Fixtures.json(PartialDate("2023-11-20")) == #""2023-11-20""#)
        #expect(try Fixtures.json(PartialDate("2024")) == #""2024""#)
        #expect(try Fixtures.json(Institution.ID("kaziss")) == #""kaziss""#)
        #expect(try Fixtures.json(Currency.usd) == #""USD""#)
        #expect(try Fixtures.json(CooperationArea.climateChange) == #""climateChange""#)
        #expect(try Fixtures.json(Edition.Level.viceMinisterial) == #""viceMinisterial""#)
        #expect(try Fixtures.json(RuleCode.rotationFirstEdition) == #""rotation.first-edition""#)
        #expect(try Fixtures.json(Indicator.Economy.centralAsia) == #""centralAsia""#)
        #expect(try Fixtures.json(Indicator.Economy.country(.korea)) == #""KR""#)
        #expect(
            try Fixtures.json(WebAddress("https://example.org/a/b"))
                == #""https://example.org/a/b""#)
    }

    @Test("Closed sets are camelCase strings")
    func enums() throws {
        #expect(try Fixtures.json(Institution.Kind.researchCentre) == #""researchCentre""#)
        #expect(try Fixtures.json(Institution.Kind.governmentOffice) == #""governmentOffice""#)
        #expect(try Fixtures.json(Forum.Kind.thinkTank) == #""thinkTank""#)
        #expect(
            try Fixtures.json(Partnership.Level.specialStrategicPartnership)
                == #""specialStrategicPartnership""#)
        #expect(try Fixtures.json(Edition.Mode.inPerson) == #""inPerson""#)
        #expect(try Fixtures.json(Agreement.Kind.jointStatement) == #""jointStatement""#)
        #expect(try Fixtures.json(Indicator.Measure.tradeTurnover) == #""tradeTurnover""#)
        #expect(try Fixtures.json(Figure.Bound.moreThan) == #""moreThan""#)
    }

    @Test("An edition leaves out the default status held and every absent value")
    func editionDefaults() throws {
        let held = try Edition(ordinal: 1, date: "2024-07-30", host: .uzbekistan)
        #expect(try Fixtures.json(held) == #"{"date":"2024-07-30","host":"UZ","ordinal":1}"#)
        let planned = try Edition(
            ordinal: 3, date: "2026", host: .korea, city: "Seoul", status: .planned)
        #expect(
            try Fixtures.json(planned)
                == #"{"city":"Seoul","date":"2026","host":"KR","ordinal":3,"status":"planned"}"#)
        #expect(
            try Fixtures.json(Fixtures.edition)
                == #"{"city":"Tashkent","date":"2024-07-30","endDate":"2024-07-31","host":"UZ","level":"viceMinisterial","mode":"hybrid","ordinal":1,"organizers":["isrs"],"sources":["test-news-2023-11-21"]}"#
        )
    }

    @Test("An admission always writes its status and recommenders; other events write neither")
    func membershipEvents() throws {
        #expect(
            try Fixtures.json(Membership.Event.founded("kaziss", on: "2023-11-20"))
                == #"{"date":"2023-11-20","event":"founded","institution":"kaziss"}"#)
        #expect(
            try Fixtures.json(
                Membership.Event.admitted("isrs", on: "2025-01-10", recommendedBy: []))
                == #"{"date":"2025-01-10","event":"admitted","institution":"isrs","recommendedBy":[],"status":"member"}"#
        )
        #expect(
            try Fixtures.json(
                Membership.Event.admitted(
                    "embassy", on: "2024", recommendedBy: ["iica"], status: .participant))
                == #"{"date":"2024","event":"admitted","institution":"embassy","recommendedBy":["iica"],"status":"participant"}"#
        )
        #expect(
            try Fixtures.json(Membership.Event.withdrew("iica", on: "2025-03", sources: ["src"]))
                == #"{"date":"2025-03","event":"withdrew","institution":"iica","sources":["src"]}"#)
        #expect(
            try Fixtures.json(Membership(events: [.founded("a", on: "2023")]))
                == #"[{"date":"2023","event":"founded","institution":"a"}]"#)
    }

    @Test(
        "A provision is an object whose provision key names its kind",
        arguments: try [
            (Provision.cadence(.annual), #"{"cadence":"annual","provision":"cadence"}"#),
            (.reciprocity(pivot: nil, group: []), #"{"provision":"reciprocity"}"#),
            (
                .reciprocity(pivot: .korea, group: [.kazakhstan, .uzbekistan]),
                #"{"group":["KZ","UZ"],"pivot":"KR","provision":"reciprocity"}"#
            ),
            (
                .firstEdition(year: 2024, host: .korea),
                #"{"host":"KR","provision":"firstEdition","year":2024}"#
            ),
            (
                .admissionByRecommendation(minimumRecommenders: 1),
                #"{"minimumRecommenders":1,"provision":"admissionByRecommendation"}"#
            ),
            (
                .text("Meet in Seoul/Tashkent."),
                #"{"provision":"text","text":"Meet in Seoul/Tashkent."}"#
            ),
        ])
    func provisions(provision: Provision, json: String) throws {
        #expect(try Fixtures.json(provision) == json)
        #expect(try JSONDecoder().decode(Provision.self, from: Data(json.utf8)) == provision)
    }

    @Test("A charter writes its rules with their rule names; absent rules are left out")
    func charter() throws {
        #expect(
            try Fixtures.json(Charter.thinkTankForum)
                == #"{"admission":{"minimumRecommenders":1,"rule":"recommendation"},"cadence":"annual","firstEdition":{"host":"KR","year":2024},"rotation":{"group":["KZ","KG","TJ","TM","UZ"],"pivot":"KR","rule":"reciprocal"}}"#
        )
        #expect(try Fixtures.json(Charter(cadence: .annual)) == #"{"cadence":"annual"}"#)
    }

    @Test("Figures, places, partnerships and institutions have the documented shape")
    func objects() throws {
        #expect(
            try Fixtures.json(Figure(amount: 15_000_000, currency: .usd, bound: .approximately))
                == #"{"amount":15000000,"bound":"approximately","currency":"USD"}"#)
        #expect(
            try Fixtures.json(Figure(amount: 1.5, currency: .eur))
                == #"{"amount":1.5,"bound":"exact","currency":"EUR"}"#)
        #expect(try Fixtures.json(Place(country: .uzbekistan)) == #"{"country":"UZ"}"#)
        #expect(
            try Fixtures.json(Place(city: "Seoul", country: .korea))
                == #"{"city":"Seoul","country":"KR"}"#)
        let partnership = Partnership(
            countries: (.korea, .kyrgyzstan),
            stages: [.init(level: .comprehensivePartnership, since: "2024-12-03")])
        #expect(
            try Fixtures.json(partnership)
                == #"{"countries":["KR","KG"],"stages":[{"level":"comprehensivePartnership","since":"2024-12-03","sources":[]}]}"#
        )
        let minimal = Institution(id: "iica", name: "Institute", kind: .thinkTank, country: .korea)
        #expect(
            try Fixtures.json(minimal)
                == #"{"country":"KR","id":"iica","kind":"thinkTank","name":"Institute","sources":[]}"#
        )
        #expect(
            try Fixtures.json(Fixtures.kaziss)
                == #"{"acronym":"KazISS","affiliation":"under the President of the Republic of Kazakhstan","country":"KZ","established":"1993-06","id":"kaziss","identifiers":[{"scheme":"wikidata","value":"Q4200001"}],"kind":"thinkTank","name":"Kazakhstan Institute for Strategic Studies","sources":["test-news-2023-11-21"]}"#
        )
    }

    @Test("An empty dataset is written with sorted keys, two-space indentation and a final newline")
    func emptyDataset() throws {
        let expected = """
            {
              "agreements" : [

              ],
              "forums" : [

              ],
              "indicators" : [

              ],
              "institutions" : [

              ],
              "meetings" : [

              ],
              "partnerships" : [

              ],
              "schemaVersion" : 3,
              "sources" : [

              ]
            }

            """
        #expect(String(decoding: try Dataset().json(), as: UTF8.self) == expected)
        #expect(
            String(decoding: try Dataset().json(prettyPrinted: false), as: UTF8.self)
                == #"{"agreements":[],"forums":[],"indicators":[],"institutions":[],"meetings":[],"partnerships":[],"schemaVersion":3,"sources":[]}"#
                + "\n")
    }

    @Test(
        "A dataset writes initiatives and acknowledgements only when it has some, and slashes unescaped"
    )
    func optionalSections() throws {
        let empty = String(decoding: try Dataset().json(prettyPrinted: false), as: UTF8.self)
        #expect(!empty.contains("initiatives"))
        #expect(!empty.contains("acknowledgements"))
        let full = String(decoding: try Fixtures.dataset.json(), as: UTF8.self)
        #expect(full.contains(#""initiatives" : ["#))
        #expect(full.contains(#""acknowledgements" : ["#))
        #expect(full.contains(#""url" : "https://news.example.org/2023/11/21/think-tanks""#))
        #expect(!full.contains(#"\/"#))
        #expect(full.hasSuffix("}\n"))
    }
}
