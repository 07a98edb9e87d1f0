// The direct readers of the values a large document holds most of (see `DirectReading.swift`).
// Each reads the plain form only and answers `nil` for anything else, so that `init(from:)`
// decodes or refuses it; each builds the value `init(from:)` builds, checked by
// `DirectReadingTests`.

extension Membership.Event: DirectlyReadable {
    /// An event of an institution, by recommendation or founding or withdrawal; an event of a
    /// country, a decision or claims are left to `init(from:)`.
    static func read(_ document: ScannedDocument, at index: Int) -> Self? {
        var event = -1
        var institution = -1
        var date = -1
        var status = -1
        var recommendedBy = -1
        var sources = -1
        let plain = document.forEachMember(of: index) { key, value in
            if document.key(key, is: "event") {
                event = value
            } else if document.key(key, is: "institution") {
                institution = value
            } else if document.key(key, is: "date") {
                date = value
            } else if document.key(key, is: "status") {
                status = value
            } else if document.key(key, is: "recommendedBy") {
                recommendedBy = value
            } else if document.key(key, is: "sources") {
                sources = value
            } else {
                return false  // a key this reader does not know
            }
            return true
        }
        guard plain else { return nil }
        guard event >= 0, institution >= 0, date >= 0,
            let member: Institution.ID = document.directIdentifier(institution),
            let day = document.directDate(date)
        else { return nil }
        var cited: [Source.ID] = []
        if sources >= 0 {
            guard let list = document.directSources(sources) else { return nil }
            cited = list
        }
        let change: Membership.Change
        if document.plainString(event, is: "admitted") {
            var standing = Membership.Status.member
            if status >= 0 {
                guard let stated = document.directWire(Membership.Status.self, at: status) else {
                    return nil
                }
                standing = stated
            }
            var recommenders: [Institution.ID] = []
            if recommendedBy >= 0 {
                guard let listed: [Institution.ID] = document.directIdentifiers(recommendedBy)
                else { return nil }
                recommenders = listed
            }
            change = .admitted(status: standing, recommendedBy: recommenders)
        } else {
            // Only an admission has a status or recommenders.
            guard status < 0, recommendedBy < 0 else { return nil }
            if document.plainString(event, is: "founded") {
                change = .founded
            } else if document.plainString(event, is: "withdrew") {
                change = .withdrew
            } else {
                return nil
            }
        }
        return Self(member: .institution(member), date: day, change: change, sources: cited)
    }
}

extension Edition: DirectlyReadable {
    /// An edition without guests or claims, its schedule and delegations read directly too.
    static func read(_ document: ScannedDocument, at index: Int) -> Self? {
        var ordinal = -1
        var date = -1
        var endDate = -1
        var host = -1
        var city = -1
        var status = -1
        var mode = -1
        var level = -1
        var organizers = -1
        var sources = -1
        var schedule = -1
        var chairs = -1
        var delegations = -1
        var marginsOf = -1
        var adopted = -1
        var chairPersons = -1
        let plain = document.forEachMember(of: index) { key, value in
            if document.key(key, is: "ordinal") {
                ordinal = value
            } else if document.key(key, is: "date") {
                date = value
            } else if document.key(key, is: "endDate") {
                endDate = value
            } else if document.key(key, is: "host") {
                host = value
            } else if document.key(key, is: "city") {
                city = value
            } else if document.key(key, is: "status") {
                status = value
            } else if document.key(key, is: "mode") {
                mode = value
            } else if document.key(key, is: "level") {
                level = value
            } else if document.key(key, is: "organizers") {
                organizers = value
            } else if document.key(key, is: "sources") {
                sources = value
            } else if document.key(key, is: "schedule") {
                schedule = value
            } else if document.key(key, is: "chairs") {
                chairs = value
            } else if document.key(key, is: "delegations") {
                delegations = value
            } else if document.key(key, is: "marginsOf") {
                marginsOf = value
            } else if document.key(key, is: "adopted") {
                adopted = value
            } else if document.key(key, is: "chairPersons") {
                chairPersons = value
            } else {
                return false  // a key this reader does not know
            }
            return true
        }
        guard plain else { return nil }
        guard ordinal >= 0, date >= 0, host >= 0,
            let number = document.directInteger(ordinal, in: Edition.ordinalRange),
            let day = document.directDate(date),
            let country = document.directCountry(host)
        else { return nil }
        var lastDay: PartialDate?
        if endDate >= 0 {
            guard let last = document.directDate(endDate), !last.definitelyPrecedes(day) else {
                return nil
            }
            lastDay = last
        }
        var announcements: [Announcement] = []
        if schedule >= 0 {
            guard let values = document.directList(Announcement.self, at: schedule),
                Self.scheduleProblem(values, date: day) == nil
            else { return nil }
            announcements = values
        }
        var heads: [Delegation] = []
        if delegations >= 0 {
            guard let values = document.directList(Delegation.self, at: delegations),
                Set(values.map(\.country)).count == values.count
            else { return nil }
            heads = values
        }
        var edition = Edition(
            unchecked: number, date: day, endDate: lastDay, host: country,
            schedule: announcements, delegations: heads)
        if city >= 0 {
            guard let text = document.directString(city) else { return nil }
            edition.city = text
        }
        if status >= 0 {
            guard let value = document.directWire(Status.self, at: status) else { return nil }
            edition.status = value
        }
        if mode >= 0 {
            guard let value = document.directWire(Mode.self, at: mode) else { return nil }
            edition.mode = value
        }
        if level >= 0 {
            guard let text = document.plainBytes(level),
                let value = Level(rawValue: String(decoding: text, as: UTF8.self))
            else { return nil }
            edition.level = value
        }
        if organizers >= 0 {
            guard let values: [Institution.ID] = document.directIdentifiers(organizers) else {
                return nil
            }
            edition.organizers = values
        }
        if sources >= 0 {
            guard let values = document.directSources(sources) else { return nil }
            edition.sources = values
        }
        if chairs >= 0 {
            guard let values = document.directElements(chairs, document.directCountry) else {
                return nil
            }
            edition.chairs = values
        }
        if marginsOf >= 0 {
            guard let text = document.directString(marginsOf) else { return nil }
            edition.marginsOf = text
        }
        if adopted >= 0 {
            guard let values: [Agreement.ID] = document.directIdentifiers(adopted) else {
                return nil
            }
            edition.adopted = values
        }
        if chairPersons >= 0 {
            guard let values: [Person.ID] = document.directIdentifiers(chairPersons) else {
                return nil
            }
            edition.chairPersons = values
        }
        return edition
    }
}

extension Announcement: DirectlyReadable {
    /// An announcement; an end date needs a date and does not precede it.
    static func read(_ document: ScannedDocument, at index: Int) -> Self? {
        var announced = -1
        var date = -1
        var endDate = -1
        var sources = -1
        let plain = document.forEachMember(of: index) { key, value in
            if document.key(key, is: "announced") {
                announced = value
            } else if document.key(key, is: "date") {
                date = value
            } else if document.key(key, is: "endDate") {
                endDate = value
            } else if document.key(key, is: "sources") {
                sources = value
            } else {
                return false  // a key this reader does not know
            }
            return true
        }
        guard plain else { return nil }
        guard announced >= 0, let made = document.directDate(announced) else { return nil }
        var announcement = Announcement(announced: made)
        if date >= 0 {
            guard let value = document.directDate(date) else { return nil }
            announcement.date = value
        }
        if endDate >= 0 {
            guard let first = announcement.date, let last = document.directDate(endDate),
                !last.definitelyPrecedes(first)
            else { return nil }
            announcement.endDate = last
        }
        if sources >= 0 {
            guard let values = document.directSources(sources) else { return nil }
            announcement.sources = values
        }
        return announcement
    }
}

extension Delegation: DirectlyReadable {
    /// A delegation.
    static func read(_ document: ScannedDocument, at index: Int) -> Self? {
        var country = -1
        var head = -1
        var title = -1
        var level = -1
        var sources = -1
        var person = -1
        var post = -1
        let plain = document.forEachMember(of: index) { key, value in
            if document.key(key, is: "country") {
                country = value
            } else if document.key(key, is: "head") {
                head = value
            } else if document.key(key, is: "title") {
                title = value
            } else if document.key(key, is: "level") {
                level = value
            } else if document.key(key, is: "sources") {
                sources = value
            } else if document.key(key, is: "person") {
                person = value
            } else if document.key(key, is: "post") {
                post = value
            } else {
                return false  // a key this reader does not know
            }
            return true
        }
        guard plain else { return nil }
        guard country >= 0, let represented = document.directCountry(country) else { return nil }
        var delegation = Delegation(country: represented)
        if head >= 0 {
            guard let text = document.directString(head) else { return nil }
            delegation.head = text
        }
        if title >= 0 {
            guard let text = document.directString(title) else { return nil }
            delegation.title = text
        }
        if level >= 0 {
            guard let value = document.directWire(Level.self, at: level) else { return nil }
            delegation.level = value
        }
        if sources >= 0 {
            guard let values = document.directSources(sources) else { return nil }
            delegation.sources = values
        }
        if person >= 0 {
            guard let value: Person.ID = document.directIdentifier(person) else { return nil }
            delegation.person = value
        }
        if post >= 0 {
            guard let value: Post.ID = document.directIdentifier(post) else { return nil }
            delegation.post = value
        }
        return delegation
    }
}

extension Source: DirectlyReadable {
    /// A source with its citation, its quotations read directly too.
    static func read(_ document: ScannedDocument, at index: Int) -> Self? {
        var id = -1
        var title = -1
        var publisher = -1
        var published = -1
        var url = -1
        var note = -1
        var retrieved = -1
        var language = -1
        var quotes = -1
        var archive = -1
        var titleIsDescriptive = -1
        let plain = document.forEachMember(of: index) { key, value in
            if document.key(key, is: "id") {
                id = value
            } else if document.key(key, is: "title") {
                title = value
            } else if document.key(key, is: "publisher") {
                publisher = value
            } else if document.key(key, is: "published") {
                published = value
            } else if document.key(key, is: "url") {
                url = value
            } else if document.key(key, is: "note") {
                note = value
            } else if document.key(key, is: "retrieved") {
                retrieved = value
            } else if document.key(key, is: "language") {
                language = value
            } else if document.key(key, is: "quotes") {
                quotes = value
            } else if document.key(key, is: "archive") {
                archive = value
            } else if document.key(key, is: "titleIsDescriptive") {
                titleIsDescriptive = value
            } else {
                return false  // a key this reader does not know
            }
            return true
        }
        guard plain else { return nil }
        guard id >= 0, title >= 0, publisher >= 0,
            let identifier: Source.ID = document.directIdentifier(id),
            let titled = document.directString(title),
            let publishedBy = document.directString(publisher)
        else { return nil }
        var source = Source(id: identifier, title: titled, publisher: publishedBy)
        if published >= 0 {
            guard let date = document.directDate(published) else { return nil }
            source.published = date
        }
        if url >= 0 {
            guard let address = document.directAddress(url) else { return nil }
            source.url = address
        }
        if note >= 0 {
            guard let text = document.directString(note) else { return nil }
            source.note = text
        }
        if retrieved >= 0 {
            guard let date = document.directDate(retrieved) else { return nil }
            source.retrieved = date
        }
        if language >= 0 {
            guard let tag = document.directLanguage(language) else { return nil }
            source.language = tag
        }
        if quotes >= 0 {
            guard let values = document.directList(Quote.self, at: quotes) else { return nil }
            source.quotes = values
        }
        if archive >= 0 {
            guard let address = document.directAddress(archive) else { return nil }
            source.archive = address
        }
        if titleIsDescriptive >= 0 {
            switch document.lead(titleIsDescriptive) {
            case UInt8(ascii: "t"): source.titleIsDescriptive = true
            case UInt8(ascii: "f"): source.titleIsDescriptive = false
            default: return nil
            }
        }
        return source
    }
}

extension Source.Quote: DirectlyReadable {
    /// A quotation whose text and translation are not empty or only white space.
    static func read(_ document: ScannedDocument, at index: Int) -> Self? {
        var text = -1
        var language = -1
        var translation = -1
        let plain = document.forEachMember(of: index) { key, value in
            if document.key(key, is: "text") {
                text = value
            } else if document.key(key, is: "language") {
                language = value
            } else if document.key(key, is: "translation") {
                translation = value
            } else {
                return false  // a key this reader does not know
            }
            return true
        }
        guard plain else { return nil }
        guard text >= 0, let words = document.directString(text) else { return nil }
        var tag: LanguageTag?
        if language >= 0 {
            guard let value = document.directLanguage(language) else { return nil }
            tag = value
        }
        var english: String?
        if translation >= 0 {
            guard let value = document.directString(translation) else { return nil }
            english = value
        }
        return try? Source.Quote(words, language: tag, translation: english)
    }
}
