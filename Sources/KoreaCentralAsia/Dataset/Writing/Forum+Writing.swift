// The forums' part of the writer: each `write(to:)` mirrors the type's `encode(to:)`, its keys
// in the order `JSONEncoder` sorts them (see Dataset+Writing.swift).

extension Forum: DocumentWritable {
    /// Writes the forum; one binding period from the start, with nothing of its own, as
    /// version 1 wrote it: `charter`.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        if charters.count == 1, let only = charters.first,
            only == CharterPeriod(charter: only.charter)
        {
            sink.field("charter", only.charter)
        } else {
            sink.field("charters", unlessEmpty: charters)
        }
        sink.field("claims", unlessEmpty: claims)
        sink.field("editions", editions)
        sink.field("established", ifPresent: established)
        sink.field("establishedBy", ifPresent: establishedBy)
        sink.field("format", ifPresent: format)
        sink.field("id", id)
        sink.field("identifiers", unlessEmpty: identifiers)
        sink.field("kind", kind)
        sink.field("membership", membership)
        sink.field("name", text: name)
        sink.field("names", unlessEmpty: names)
        sink.field("secretariat", ifPresent: secretariat)
        sink.field("sources", sources)
        sink.endObject()
    }
}

extension Charter: DocumentWritable {
    /// Writes the charter's rules, leaving out absent ones.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        writeRules(to: &sink)
        sink.endObject()
    }

    /// Writes the rules' keys into the open object, each at its place among the keys of
    /// ``CharterPeriod``, which writes its own between them.
    ///
    /// `before` writes the period's keys that sort before `cadence` (`admission` aside),
    /// `afterFirstEdition` those between `firstEdition` and `level`, `afterLevel` those between
    /// `level` and `rotation`, and `afterRotation` the rest.
    func writeRules<Sink: DocumentSink>(
        to sink: inout Sink, before: (inout Sink) -> Void = { _ in },
        afterFirstEdition: (inout Sink) -> Void = { _ in },
        afterLevel: (inout Sink) -> Void = { _ in },
        afterRotation: (inout Sink) -> Void = { _ in }
    ) {
        sink.field("admission", ifPresent: admission)
        before(&sink)
        sink.field("cadence", cadence)
        sink.field("firstEdition", ifPresent: firstEdition)
        afterFirstEdition(&sink)
        sink.field("level", ifPresent: level)
        afterLevel(&sink)
        sink.field("rotation", ifPresent: rotation)
        afterRotation(&sink)
    }
}

extension CharterPeriod: DocumentWritable {
    /// Writes the period's own keys beside its charter's, leaving out a start at the
    /// beginning, binding force and absent values.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        // Among the charter's keys: admission, [agreement], cadence, firstEdition, [force,
        // from], level, [note], rotation, [sources].
        sink.beginObject()
        charter.writeRules(
            to: &sink,
            before: { sink in sink.field("agreement", ifPresent: agreement) },
            afterFirstEdition: { sink in
                if force != .binding { sink.field("force", force) }
                switch start {
                case .beginning: break
                case .date(let date):
                    sink.key("from")
                    sink.beginObject()
                    sink.field("date", date)
                    sink.endObject()
                case .edition(let ordinal):
                    sink.key("from")
                    sink.beginObject()
                    sink.field("edition", ordinal)
                    sink.endObject()
                }
            },
            afterLevel: { sink in sink.field("note", ifPresent: note) },
            afterRotation: { sink in sink.field("sources", unlessEmpty: sources) })
        sink.endObject()
    }
}

extension Charter.Rotation: DocumentWritable {
    /// Writes the rotation: its rule with that rule's parameters, leaving out the default
    /// order (listed).
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("group", group)
        if case .reciprocal(let order) = rule, order != .listed { sink.field("order", order) }
        sink.field("pivot", pivot)
        if case .parity(let years) = rule { sink.field("pivotYears", years) }
        sink.field("rule", kind)
        if case .chairmanship(let years) = rule { sink.field("termYears", years) }
        sink.endObject()
    }
}

extension Charter.FirstEdition: DocumentWritable {
    /// Writes the host and the year.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("host", host)
        sink.field("year", year)
        sink.endObject()
    }
}

extension Charter.AdmissionPolicy: DocumentWritable {
    /// Writes the minimum and the rule.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("minimumRecommenders", minimumRecommenders)
        sink.field("rule", kind)
        sink.endObject()
    }
}

extension Membership: DocumentWritable {
    /// Writes the history as an array of events.
    func write<Sink: DocumentSink>(to sink: inout Sink) { events.write(to: &sink) }
}

extension Membership.Event: DocumentWritable {
    /// Writes the event; an admission always states its status and recommenders.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("claims", unlessEmpty: claims)
        if case .country(let country) = member { sink.field("country", country) }
        sink.field("date", date)
        switch decision {
        case nil: break
        case .edition(let ordinal, let forum):
            sink.key("decision")
            sink.beginObject()
            sink.field("edition", ordinal)
            sink.field("forum", forum)
            sink.endObject()
        case .meeting(let id):
            sink.key("decision")
            sink.beginObject()
            sink.field("meeting", id)
            sink.endObject()
        }
        sink.field("event", text: change.name)
        if case .institution(let id) = member { sink.field("institution", id) }
        if case .admitted(let status, let recommenders) = change {
            sink.field("recommendedBy", recommenders)
            sink.field("sources", unlessEmpty: sources)
            sink.field("status", status)
        } else {
            sink.field("sources", unlessEmpty: sources)
        }
        sink.endObject()
    }
}

extension Edition: DocumentWritable {
    /// Writes the edition, leaving out the default status (held), absent values and empty
    /// lists.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("adopted", unlessEmpty: adopted)
        sink.field("chairPersons", unlessEmpty: chairPersons)
        sink.field("chairs", unlessEmpty: chairs)
        sink.field("city", ifPresent: city)
        sink.field("claims", unlessEmpty: claims)
        sink.field("date", date)
        sink.field("delegations", unlessEmpty: delegations)
        sink.field("endDate", ifPresent: endDate)
        sink.field("guests", unlessEmpty: guests)
        sink.field("host", host)
        sink.field("level", ifPresent: level)
        sink.field("marginsOf", ifPresent: marginsOf)
        sink.field("mode", ifPresent: mode)
        sink.field("ordinal", ordinal)
        sink.field("organizers", unlessEmpty: organizers)
        sink.field("schedule", unlessEmpty: schedule)
        sink.field("sources", unlessEmpty: sources)
        if status != .held { sink.field("status", status) }
        sink.endObject()
    }
}

extension Announcement: DocumentWritable {
    /// Writes the announcement, leaving out absent dates and no sources.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("announced", announced)
        sink.field("date", ifPresent: date)
        sink.field("endDate", ifPresent: endDate)
        sink.field("sources", unlessEmpty: sources)
        sink.endObject()
    }
}

extension Delegation: DocumentWritable {
    /// Writes the delegation, leaving out absent values and no sources.
    func write<Sink: DocumentSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.field("country", country)
        sink.field("head", ifPresent: head)
        sink.field("level", ifPresent: level)
        sink.field("person", ifPresent: person)
        sink.field("post", ifPresent: post)
        sink.field("sources", unlessEmpty: sources)
        sink.field("title", ifPresent: title)
        sink.endObject()
    }
}
