import KoreaCentralAsia
import Testing

@Suite("Membership and editions")
struct MembershipTests {
    /// Founders kaziss and iica (2023-11-20); isrs admitted as a member and an embassy as a
    /// participant (2024-07-30); iica withdrew in March 2025.
    let membership = Fixtures.membership

    @Test(
        "Members on a date replay every event that does not definitely follow it",
        arguments: [
            ("2023-11-19", [String]()),
            ("2023-11-20", ["iica", "kaziss"]),
            ("2023-11", ["iica", "kaziss"]),
            ("2023", ["iica", "kaziss"]),
            ("2024-07-29", ["iica", "kaziss"]),
            ("2024-07-30", ["iica", "isrs", "kaziss"]),
            ("2024", ["iica", "isrs", "kaziss"]),
            ("2025-02-28", ["iica", "isrs", "kaziss"]),
            ("2025-03-01", ["isrs", "kaziss"]),
            ("2025", ["isrs", "kaziss"]),
        ])
    func members(on date: String, expected: [String]) throws {
        let members = membership.members(on: try PartialDate(date))
        #expect(members.map(\.description).sorted() == expected)
    }

    @Test("A participant in meetings is not a member")
    func participants() {
        #expect(membership.participants(on: "2024-08") == ["tashkent-embassy"])
        #expect(!membership.members(on: "2024-08").contains("tashkent-embassy"))
        #expect(membership.participants(on: "2024-07-29").isEmpty)
        #expect(membership.standings(on: "2024-08")["tashkent-embassy"] == .participant)
        #expect(membership.standings(on: "2025-04")["iica"] == nil)
    }

    @Test("A forum's members are its membership's")
    func forumMembers() {
        let forum = Fixtures.forum
        #expect(forum.members(on: "2024-12-31") == ["kaziss", "iica", "isrs"])
        #expect(forum.members(on: "2023-01-01").isEmpty)
    }

    @Test("An event known only to the year counts for every day of that year")
    func coarseEvents() {
        let history = Membership(events: [
            .founded("kaziss", on: "2023-11-20"),
            .admitted("isrs", on: "2024", recommendedBy: ["kaziss"]),
        ])
        #expect(history.members(on: "2024-01-01").contains("isrs"))
        #expect(history.members(on: "2024-12-31").contains("isrs"))
        #expect(!history.members(on: "2023-12-31").contains("isrs"))
    }

    @Test("Events are replayed in date order, whatever order they were recorded in")
    func recordedOrder() {
        let history = Membership(events: [
            .withdrew("iica", on: "2025-03"),
            .admitted("iica", on: "2026-01-10", recommendedBy: ["kaziss"]),
            .founded("iica", on: "2023-11-20"),
            .founded("kaziss", on: "2023-11-20"),
        ])
        #expect(
            history.chronologicalEvents.map(\.date) == [
                "2023-11-20", "2023-11-20", "2025-03", "2026-01-10",
            ])
        #expect(history.chronologicalEvents.first?.change == .founded)
        #expect(history.members(on: "2024") == ["iica", "kaziss"])
        #expect(history.members(on: "2025-06") == ["kaziss"])
        #expect(history.members(on: "2026-02") == ["iica", "kaziss"])
        #expect(history.institutions == ["iica", "kaziss"])
    }

    @Test("Events of the same date keep their recorded order")
    func sameDate() {
        let joinedThenLeft = Membership(events: [
            .founded("iica", on: "2023-11-20"), .withdrew("iica", on: "2023-11-20"),
        ])
        #expect(joinedThenLeft.members(on: "2023-11-20").isEmpty)
        let leftThenJoined = Membership(events: [
            .withdrew("iica", on: "2023-11-20"), .founded("iica", on: "2023-11-20"),
        ])
        #expect(leftThenJoined.members(on: "2023-11-20") == ["iica"])
    }

    @Test("A change names its event and the standing it leaves")
    func changes() {
        #expect(Membership.Change.founded.resultingStatus == .member)
        #expect(
            Membership.Change.admitted(status: .participant, recommendedBy: []).resultingStatus
                == .participant)
        #expect(
            Membership.Change.admitted(status: .member, recommendedBy: ["a"]).resultingStatus
                == .member)
        #expect(Membership.Change.withdrew.resultingStatus == nil)
        #expect(Membership.Change.founded.name == "founded")
        #expect(Membership.Change.admitted(status: .member, recommendedBy: []).name == "admitted")
        #expect(Membership.Change.withdrew.name == "withdrew")
        #expect(Membership.Event.founded("kaziss", on: "2023-11-20").key == "kaziss@2023-11-20")
    }

    @Test(
        "Ordinals read as English ordinal numbers",
        arguments: [
            (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
            (13, "13th"),
            (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th"),
            (112, "112th"),
        ])
    func ordinalText(number: Int, text: String) {
        #expect(Edition.ordinalText(number) == text)
    }

    @Test("Held and planned editions count for rotation, in date order; cancelled ones do not")
    func scheduledEditions() throws {
        var forum = Fixtures.forum
        forum.editions = [
            try Edition(ordinal: 3, date: "2026", host: .korea, status: .planned),
            try Edition(ordinal: 2, date: "2025-06-12", host: .kyrgyzstan),
            try Edition(ordinal: 4, date: "2027", host: .tajikistan, status: .cancelled),
            try Edition(ordinal: 1, date: "2024-07-30", host: .uzbekistan),
        ]
        #expect(forum.scheduledEditions.map(\.ordinal) == [1, 2, 3])
        #expect(forum.edition(2)?.host == .kyrgyzstan)
        #expect(forum.edition(9) == nil)
        #expect(forum.editions.map(\.isScheduled) == [true, true, false, true])
        #expect(forum.editions[0].ordinalText == "3rd")
    }

    @Test("A rotation tells the side of each host")
    func sides() {
        let rotation = Charter.thinkTankForum.rotation
        #expect(rotation?.side(of: .korea) == .pivot)
        #expect(rotation?.side(of: .tajikistan) == .group)
        #expect(rotation?.side(of: .mongolia) == nil)
        #expect(Charter.Side.pivot.opposite == .group)
        #expect(Charter.Side.group.opposite == .pivot)
    }
}
