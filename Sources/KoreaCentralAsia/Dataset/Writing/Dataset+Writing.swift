// Each type's `write(to:)` mirrors its `encode(to:)`: the same keys, left out in the same
// cases. Keys are written in the order `JSONEncoder` sorts them, by their UTF-8 bytes: upper
// case before lower case (`chairPersons` before `chairs`), a key before the keys it starts
// (`title` before `titleIsDescriptive`).

extension Dataset: DocumentWritable {
    /// Writes the document, with its schema version.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("acknowledgements", unlessEmpty: acknowledgements)
        sink.field("agreements", agreements)
        sink.field("asOf", ifPresent: asOf)
        sink.field("formats", unlessEmpty: formats)
        sink.field("forums", forums)
        sink.field("indicators", indicators)
        sink.field("initiatives", unlessEmpty: initiatives)
        sink.field("institutions", institutions)
        sink.field("meetings", meetings)
        sink.field("partnerships", partnerships)
        sink.field("persons", unlessEmpty: persons)
        sink.field("posts", unlessEmpty: posts)
        sink.field("schemaVersion", Self.schemaVersion)
        sink.field("sources", sources)
        sink.endObject()
    }
}

// MARK: Provenance

extension Source: DocumentWritable {
    /// Writes the source, leaving out absent values, no quotes and a title that is not
    /// descriptive.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("archive", ifPresent: archive)
        sink.field("id", id)
        sink.field("language", ifPresent: language)
        sink.field("note", ifPresent: note)
        sink.field("published", ifPresent: published)
        sink.field("publisher", text: publisher)
        sink.field("quotes", unlessEmpty: quotes)
        sink.field("retrieved", ifPresent: retrieved)
        sink.field("title", text: title)
        if titleIsDescriptive { sink.field("titleIsDescriptive", true) }
        sink.field("url", ifPresent: url)
        sink.endObject()
    }
}

extension Source.Quote: DocumentWritable {
    /// Writes the quotation, leaving out an absent language and translation.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("language", ifPresent: language)
        sink.field("text", text: text)
        sink.field("translation", ifPresent: translation)
        sink.endObject()
    }
}

extension Place: DocumentWritable {
    /// Writes the place, leaving out an absent city.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("city", ifPresent: city)
        sink.field("country", country)
        sink.endObject()
    }
}

extension Acknowledgement: DocumentWritable {
    /// Writes the acknowledgement, its sources even when there are none.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("code", code)
        sink.field("note", text: note)
        sink.field("sources", sources)
        sink.field("subject", subject)
        sink.endObject()
    }
}

extension LocalizedName: DocumentWritable {
    /// Writes the name, leaving out absent dates and no sources.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("from", ifPresent: from)
        sink.field("language", language)
        sink.field("sources", unlessEmpty: sources)
        sink.field("text", text: text)
        sink.field("until", ifPresent: until)
        sink.endObject()
    }
}

extension ExternalIdentifier: DocumentWritable {
    /// Writes the scheme and the value.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("scheme", scheme)
        sink.field("value", text: value)
        sink.endObject()
    }
}

// MARK: Claims

extension Claim: DocumentWritable {
    /// Writes the claim, leaving out no sources and an absent note.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("note", ifPresent: note)
        sink.field("property", text: property)
        sink.field("sources", unlessEmpty: sources)
        sink.key("value")
        value.write(to: &sink)
        sink.endObject()
    }
}

extension AnyClaimValue: DocumentWritable {
    /// Writes the value in its own JSON form.
    ///
    /// Every type that a claim of the library's entities can hold writes itself; any other
    /// goes through its `encode(to:)` into a value tree, which is then written.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        if let writable = base as? any DocumentWritable {
            writable.write(to: &sink)
            return
        }
        do {
            try ValueTreeEncoder.encode(base).write(to: &sink)
        } catch {
            sink.refuse(error)
        }
    }
}

// MARK: Institutions, partnerships, persons

extension Institution: DocumentWritable {
    /// Writes the institution, leaving out absent values and empty lists (but its sources).
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("acronym", ifPresent: acronym)
        sink.field("affiliation", ifPresent: affiliation)
        sink.field("city", ifPresent: city)
        sink.field("claims", unlessEmpty: claims)
        sink.field("country", country)
        sink.field("established", ifPresent: established)
        sink.field("headPost", ifPresent: headPost)
        sink.field("id", id)
        sink.field("identifiers", unlessEmpty: identifiers)
        sink.field("kind", kind)
        sink.field("memberStates", unlessEmpty: memberStates)
        sink.field("name", text: name)
        sink.field("names", unlessEmpty: names)
        sink.field("parent", ifPresent: parent)
        sink.field("sources", sources)
        sink.endObject()
    }
}

extension Partnership: DocumentWritable {
    /// Writes the two countries and the stages.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.key("countries")
        sink.beginArray()
        first.write(to: &sink)
        second.write(to: &sink)
        sink.endArray()
        sink.field("stages", stages)
        sink.endObject()
    }
}

extension Partnership.Stage: DocumentWritable {
    /// Writes the stage, leaving out an absent note and no claims.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("claims", unlessEmpty: claims)
        sink.field("level", level)
        sink.field("note", ifPresent: note)
        sink.field("since", since)
        sink.field("sources", sources)
        sink.endObject()
    }
}

extension Person: DocumentWritable {
    /// Writes the person, leaving out no identifiers and no other names.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("id", id)
        sink.field("identifiers", unlessEmpty: identifiers)
        sink.field("name", text: name)
        sink.field("names", unlessEmpty: names)
        sink.field("sources", sources)
        sink.endObject()
    }
}

extension Post: DocumentWritable {
    /// Writes the post: its country or its institution, `single` only when `false`, and
    /// holders and sources unless there are none.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        if case .country(let country) = owner { sink.field("country", country) }
        sink.field("holders", unlessEmpty: holders)
        sink.field("id", id)
        if case .institution(let institution) = owner { sink.field("institution", institution) }
        if !single { sink.field("single", false) }
        sink.field("sources", unlessEmpty: sources)
        sink.field("title", text: title)
        sink.endObject()
    }
}

extension Post.Term: DocumentWritable {
    /// Writes the term, `acting` only when `true`, leaving out absent values and no sources.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        if acting { sink.field("acting", true) }
        sink.field("from", ifPresent: from)
        sink.field("note", ifPresent: note)
        sink.field("person", person)
        sink.field("sources", unlessEmpty: sources)
        sink.field("to", ifPresent: to)
        sink.endObject()
    }
}

// MARK: Agreements, meetings, indicators, initiatives, formats

extension Agreement: DocumentWritable {
    /// Writes the agreement, leaving out absent values and empty optional lists.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("claims", unlessEmpty: claims)
        sink.field("countries", unlessEmpty: countries)
        sink.field("date", date)
        sink.field("establishes", ifPresent: establishes)
        sink.field("id", id)
        sink.field("kind", kind)
        sink.field("names", unlessEmpty: names)
        sink.field("place", ifPresent: place)
        sink.field("provisions", provisions)
        sink.field("signatories", signatories)
        sink.field("signers", unlessEmpty: signers)
        sink.field("sources", sources)
        sink.field("title", text: title)
        sink.endObject()
    }
}

extension Agreement.Signer: DocumentWritable {
    /// Writes the signer, leaving out an absent country.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("country", ifPresent: country)
        sink.field("person", person)
        sink.endObject()
    }
}

extension Provision: DocumentWritable {
    /// Writes the provision's name and its own values.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        switch self {
        case .cadence(let cadence):
            sink.field("cadence", cadence)
            sink.field("provision", text: name)
        case .reciprocity(let pivot, let group):
            sink.field("group", unlessEmpty: group)
            sink.field("pivot", ifPresent: pivot)
            sink.field("provision", text: name)
        case .firstEdition(let first):
            sink.field("host", first.host)
            sink.field("provision", text: name)
            sink.field("year", first.year)
        case .admissionByRecommendation(let policy):
            sink.field("minimumRecommenders", policy.minimumRecommenders)
            sink.field("provision", text: name)
        case .text(let text):
            sink.field("provision", text: name)
            sink.field("text", text: text)
        }
        sink.endObject()
    }
}

extension Meeting: DocumentWritable {
    /// Writes the meeting, leaving out absent values and no countries or claims.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("claims", unlessEmpty: claims)
        sink.field("countries", unlessEmpty: countries)
        sink.field("date", date)
        sink.field("endDate", ifPresent: endDate)
        sink.field("forum", ifPresent: forum)
        sink.field("host", ifPresent: host)
        sink.field("id", id)
        sink.field("participants", participants)
        sink.field("place", ifPresent: place)
        sink.field("sources", sources)
        sink.field("title", text: title)
        sink.field("topics", topics)
        sink.endObject()
    }
}

extension Indicator: DocumentWritable {
    /// Writes the indicator, leaving out an absent note.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("and", second)
        sink.field("between", first)
        sink.field("id", id)
        sink.field("measure", measure)
        sink.field("note", ifPresent: note)
        sink.field("sources", sources)
        sink.field("value", value)
        sink.field("year", year)
        sink.endObject()
    }
}

extension Figure: DocumentWritable {
    /// Writes the amount, the bound and the currency.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("amount", amount)
        sink.field("bound", bound)
        sink.field("currency", currency)
        sink.endObject()
    }
}

extension Initiative: DocumentWritable {
    /// Writes the initiative, leaving out absent values and no other names.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("announced", ifPresent: announced)
        sink.field("country", country)
        sink.field("id", id)
        sink.field("name", text: name)
        sink.field("names", unlessEmpty: names)
        sink.field("parent", ifPresent: parent)
        sink.field("place", ifPresent: place)
        sink.field("sources", sources)
        sink.endObject()
    }
}

extension DialogueFormat: DocumentWritable {
    /// Writes the format, leaving out the default group (the Central Asian states), absent
    /// values and empty optional lists.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("claims", unlessEmpty: claims)
        sink.field("established", ifPresent: established)
        sink.field("establishedBy", ifPresent: establishedBy)
        if group != Country.centralAsia { sink.field("group", group) }
        sink.field("id", id)
        sink.field("identifiers", unlessEmpty: identifiers)
        sink.field("name", text: name)
        sink.field("names", unlessEmpty: names)
        sink.field("partner", partner)
        sink.field("secretariat", ifPresent: secretariat)
        sink.field("sources", sources)
        sink.endObject()
    }
}

extension Party: DocumentWritable {
    /// Writes a country as its code, an organisation as `{"institution": id}`.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        switch self {
        case .country(let country):
            country.write(to: &sink)
        case .organization(let id):
            sink.beginObject()
            sink.field("institution", id)
            sink.endObject()
        }
    }
}
