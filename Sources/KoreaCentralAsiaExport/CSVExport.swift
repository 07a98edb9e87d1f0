public import Foundation
public import KoreaCentralAsia

/// A dataset as CSV tables, one per kind of record, for pandas, R and spreadsheets.
///
/// Each table is an RFC 4180 file: UTF-8, a header row, lines ending in CRLF, and a field in
/// double quotes (its quotes doubled) whenever it holds a comma, a quote, a carriage return or a
/// line feed. Columns are snake_case; ids are as in the interchange document, dates their ISO
/// 8601 text (`2024`, `2023-12`, `2023-11-20`), lists of ids joined with `;`, and an absent
/// value an empty field.
///
/// ```swift
/// let export = CSVExport(dataset)
/// let editions = export.table(named: "editions")  // header and one row per edition
/// try export.write(to: URL(fileURLWithPath: "tables"))
/// ```
///
/// The tables, in order: `sources`, `institutions` (with the `head_post` of its head),
/// `names` (every name in another language or of another period, of institutions, forums,
/// agreements, initiatives and persons), `identifiers` (of institutions, forums and persons in
/// other databases), `partnership_stages`, `formats` (dialogue formats, with their partner),
/// `forums`, `charter_periods` (a row per period of a forum's rules), `memberships` (a row per
/// event, of an institution or a state), `editions`, `schedules` (a row per announced date of an
/// edition), `delegations` (with the `person` who led it and the `post` they held),
/// `agreements`, `provisions`, `meetings`, `indicators`, `initiatives`, `persons`, `posts` (each
/// a `country`'s or an `institution`'s), `post_holders` (a row per term of a post's holder,
/// `acting` `true` or `false`), `acknowledgements`, `claims` (a row per claim on any fact, beside
/// the preferred value). The same dataset gives the same bytes.
public struct CSVExport: Sendable, Hashable {
    /// The tables, in a fixed order.
    public let tables: [Table]

    /// Writes a dataset as CSV tables.
    ///
    /// - Parameter dataset: The dataset; its records are written in the order it holds them.
    /// - Complexity: O(*n*) in the size of the dataset.
    public init(_ dataset: Dataset) {
        tables = [
            Self.sources(dataset), Self.institutions(dataset), Self.names(dataset),
            Self.identifiers(dataset),
            Self.partnershipStages(dataset), Self.formats(dataset), Self.forums(dataset),
            Self.charterPeriods(dataset), Self.memberships(dataset), Self.editions(dataset),
            Self.schedules(dataset), Self.delegations(dataset), Self.agreements(dataset),
            Self.provisions(dataset),
            Self.meetings(dataset), Self.indicators(dataset), Self.initiatives(dataset),
            Self.persons(dataset), Self.posts(dataset), Self.postHolders(dataset),
            Self.acknowledgements(dataset), Self.claims(dataset),
        ]
    }

    /// The table with a name (`"editions"`), or `nil`.
    public func table(named name: String) -> Table? { tables.first { $0.name == name } }
}

extension CSVExport {
    /// One CSV table: its name, its columns and its bytes.
    public struct Table: Sendable, Hashable {
        /// The table's name, also its file name without `.csv`: `editions`.
        public let name: String
        /// The column names, as in the header row.
        public let columns: [String]
        /// The number of rows after the header.
        public let rowCount: Int
        /// The whole file: the header row and every row, each ending in CRLF.
        public let data: Data
        /// What each column holds, the table's key and its references to other tables: the
        /// source of its Table Schema in ``DataPackageExport``.
        let schema: Schema

        /// The file name: `editions.csv`.
        public var fileName: String { name + ".csv" }
    }
}

// MARK: - Columns, keys and references

extension CSVExport.Table {
    /// A table's columns with their kinds, its primary key and its foreign keys.
    struct Schema: Sendable, Hashable {
        var columns: [Column]
        /// The columns whose values name one row; empty for a table without such a key.
        var primaryKey: [String]
        var foreignKeys: [ForeignKey]
    }

    /// One column: its name and what it holds.
    ///
    /// A string literal is a text column.
    struct Column: Sendable, Hashable, ExpressibleByStringLiteral {
        /// What a column holds.
        enum Kind: Sendable, Hashable {
            /// Free text, an id or a closed-set name.
            case text
            /// A partial date: `2024`, `2023-12`, `2023-11-20`.
            case date
            /// A whole number: an ordinal, a year, a position.
            case integer
            /// An amount.
            case number
            /// An ISO 3166-1 alpha-2 code.
            case country
            /// Values joined with `;`.
            case list
            /// `true` or `false`.
            case boolean
        }

        let name: String
        let kind: Kind

        init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }

        init(stringLiteral name: String) { self.init(name, .text) }

        static func date(_ name: String) -> Column { Column(name, .date) }
        static func integer(_ name: String) -> Column { Column(name, .integer) }
        static func number(_ name: String) -> Column { Column(name, .number) }
        static func country(_ name: String) -> Column { Column(name, .country) }
        static func list(_ name: String) -> Column { Column(name, .list) }
        static func boolean(_ name: String) -> Column { Column(name, .boolean) }
    }

    /// Columns whose values, when not empty, are the key of a row of another table (or of
    /// the same one).
    struct ForeignKey: Sendable, Hashable {
        var columns: [String]
        var table: String
        var referencedColumns: [String]

        /// `column` names a row of `table` by its `id`.
        static func id(_ column: String, of table: String) -> ForeignKey {
            ForeignKey(columns: [column], table: table, referencedColumns: ["id"])
        }
    }
}

// MARK: - Writing fields

/// Builds one table, a row at a time.
struct TableWriter {
    let name: String
    let schema: CSVExport.Table.Schema
    private var text = ""
    private var rows = 0

    /// Starts a table with its header row.
    ///
    /// - Parameters:
    ///   - name: The table's name.
    ///   - columns: Its columns, in order; a string literal is a text column.
    ///   - key: The columns that name one row (none when no column does).
    ///   - references: The columns that name rows of other tables.
    init(
        _ name: String, _ columns: [CSVExport.Table.Column], key: [String] = [],
        references: [CSVExport.Table.ForeignKey] = []
    ) {
        self.name = name
        self.schema = .init(columns: columns, primaryKey: key, foreignKeys: references)
        row(columns.map(\.name))
        rows = 0
    }

    /// Appends a row; `nil` is an empty field.
    mutating func row(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            if let field { Self.appendField(field, to: &text) }
        }
        text += "\r\n"
        rows += 1
    }

    var table: CSVExport.Table {
        CSVExport.Table(
            name: name, columns: schema.columns.map(\.name), rowCount: rows,
            data: Data(text.utf8), schema: schema)
    }

    /// Appends a field, quoted when it holds a comma, a quote, CR or LF (RFC 4180, section 2).
    static func appendField(_ field: String, to text: inout String) {
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        }
        guard needsQuotes else {
            text += field
            return
        }
        text += "\""
        text += field.replacingOccurrences(of: "\"", with: "\"\"")
        text += "\""
    }
}

/// Joins a list for one cell: `a;b;c`.
private func list(_ values: [some CustomStringConvertible]) -> String? {
    values.isEmpty ? nil : values.map(\.description).joined(separator: ";")
}

/// `true` or `false`.
private func text(_ value: Bool) -> String { value ? "true" : "false" }

/// A date's ISO text, or `nil`.
private func text(_ date: PartialDate?) -> String? { date?.description }

/// An amount without a needless `.0`: `15000000`, `5.5`.
func amountText(_ amount: Double) -> String {
    if amount == amount.rounded(), amount.magnitude < 1e15 { return String(Int64(amount)) }
    return String(amount)
}

// MARK: - The tables

extension CSVExport {
    private static func sources(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "sources", ["id", "title", "publisher", .date("published"), "url", "note"], key: ["id"])
        for source in dataset.sources {
            writer.row([
                source.id.rawValue, source.title, source.publisher, text(source.published),
                source.url?.text, source.note,
            ])
        }
        return writer.table
    }

    private static func institutions(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "institutions",
            [
                "id", "name", "acronym", "kind", .country("country"), "affiliation", "parent",
                .date("established"), .list("sources"), "city", .list("member_states"),
                "head_post",
            ], key: ["id"],
            references: [.id("parent", of: "institutions"), .id("head_post", of: "posts")])
        for institution in dataset.institutions {
            writer.row([
                institution.id.rawValue, institution.name, institution.acronym,
                institution.kind.rawValue, institution.country.code, institution.affiliation,
                institution.parent?.rawValue, text(institution.established),
                list(institution.sources), institution.city, list(institution.memberStates),
                institution.headPost?.rawValue,
            ])
        }
        return writer.table
    }

    private static func names(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "names",
            ["entity", "id", "text", "language", .date("from"), .date("until"), .list("sources")])
        func add(_ entity: String, _ id: String, _ names: [LocalizedName]) {
            for name in names {
                writer.row([
                    entity, id, name.text, name.language.rawValue, text(name.from),
                    text(name.until), list(name.sources),
                ])
            }
        }
        for institution in dataset.institutions {
            add("institution", institution.id.rawValue, institution.names)
        }
        for forum in dataset.forums { add("forum", forum.id.rawValue, forum.names) }
        for agreement in dataset.agreements {
            add("agreement", agreement.id.rawValue, agreement.names)
        }
        for initiative in dataset.initiatives {
            add("initiative", initiative.id.rawValue, initiative.names)
        }
        for person in dataset.persons { add("person", person.id.rawValue, person.names) }
        return writer.table
    }

    private static func identifiers(_ dataset: Dataset) -> Table {
        var writer = TableWriter("identifiers", ["entity", "id", "scheme", "value"])
        func add(_ entity: String, _ id: String, _ identifiers: [ExternalIdentifier]) {
            for identifier in identifiers {
                writer.row([entity, id, identifier.scheme.rawValue, identifier.value])
            }
        }
        for institution in dataset.institutions {
            add("institution", institution.id.rawValue, institution.identifiers)
        }
        for forum in dataset.forums { add("forum", forum.id.rawValue, forum.identifiers) }
        for person in dataset.persons { add("person", person.id.rawValue, person.identifiers) }
        return writer.table
    }

    private static func partnershipStages(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "partnership_stages",
            [
                .country("first_country"), .country("second_country"), "level", .date("since"),
                .list("sources"),
            ])
        for partnership in dataset.partnerships {
            for stage in partnership.stages {
                writer.row([
                    partnership.first.code, partnership.second.code, stage.level.rawValue,
                    stage.since.description, list(stage.sources),
                ])
            }
        }
        return writer.table
    }

    private static func forums(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "forums",
            [
                "id", "name", "kind", .date("established"), "established_by", "secretariat",
                "cadence", "rotation_pivot", .list("rotation_group"),
                .integer("first_edition_year"), .country("first_edition_host"),
                .integer("minimum_recommenders"), .list("sources"), "format",
            ], key: ["id"],
            references: [
                .id("established_by", of: "agreements"), .id("secretariat", of: "institutions"),
                .id("format", of: "formats"),
            ])
        for forum in dataset.forums {
            let charter = forum.charter
            writer.row([
                forum.id.rawValue, forum.name, forum.kind.rawValue, text(forum.established),
                forum.establishedBy?.rawValue, forum.secretariat?.rawValue,
                charter?.cadence.rawValue, charter?.rotation?.pivot.description,
                charter?.rotation.flatMap { list($0.group) },
                charter?.firstEdition.map { String($0.year) }, charter?.firstEdition?.host.code,
                charter?.admission.map { String($0.minimumRecommenders) }, list(forum.sources),
                forum.format?.rawValue,
            ])
        }
        return writer.table
    }

    private static func memberships(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "memberships",
            [
                "forum", "institution", "event", .date("date"), "status", .list("recommended_by"),
                .list("sources"), .country("country"),
            ], references: [.id("forum", of: "forums"), .id("institution", of: "institutions")])
        for forum in dataset.forums {
            for event in forum.membership.events {
                var recommenders: String?
                if case .admitted(_, let recommendedBy) = event.change {
                    recommenders = list(recommendedBy)
                }
                writer.row([
                    forum.id.rawValue, event.institution?.rawValue, event.change.name,
                    event.date.description, event.change.resultingStatus?.rawValue, recommenders,
                    list(event.sources), event.member.country?.code,
                ])
            }
        }
        return writer.table
    }

    private static func editions(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "editions",
            [
                "forum", .integer("ordinal"), .date("date"), .date("end_date"), .country("host"),
                "city", "status", "mode", "level", .list("organizers"), .list("sources"),
                .list("chairs"), .list("guests"), "margins_of", .list("adopted"),
                .list("chair_persons"),
            ], key: ["forum", "ordinal"], references: [.id("forum", of: "forums")])
        for forum in dataset.forums {
            for edition in forum.editions {
                writer.row([
                    forum.id.rawValue, String(edition.ordinal), edition.date.description,
                    text(edition.endDate), edition.host.code, edition.city,
                    edition.status.rawValue, edition.mode?.rawValue, edition.level?.rawValue,
                    list(edition.organizers), list(edition.sources), list(edition.chairs),
                    list(edition.guests), edition.marginsOf, list(edition.adopted),
                    list(edition.chairPersons),
                ])
            }
        }
        return writer.table
    }

    private static func formats(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "formats",
            [
                "id", "name", "partner", .list("group"), .date("established"), "established_by",
                "secretariat", .list("sources"),
            ], key: ["id"],
            references: [
                .id("established_by", of: "agreements"), .id("secretariat", of: "institutions"),
            ])
        for format in dataset.formats {
            writer.row([
                format.id.rawValue, format.name, format.partner.description, list(format.group),
                text(format.established), format.establishedBy?.rawValue,
                format.secretariat?.rawValue, list(format.sources),
            ])
        }
        return writer.table
    }

    private static func charterPeriods(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "charter_periods",
            [
                "forum", .integer("position"), .date("from_date"), .integer("from_edition"),
                "force", "agreement", "cadence", "rotation_rule", "rotation_pivot",
                .list("rotation_group"), "rotation_order", "pivot_years", .integer("term_years"),
                "level", .integer("first_edition_year"), .country("first_edition_host"),
                .integer("minimum_recommenders"), .list("sources"), "note",
            ], key: ["forum", "position"],
            references: [.id("forum", of: "forums"), .id("agreement", of: "agreements")])
        for forum in dataset.forums {
            for (position, period) in forum.charters.enumerated() {
                var fromDate: String?
                var fromEdition: String?
                switch period.start {
                case .beginning: break
                case .date(let date): fromDate = date.description
                case .edition(let ordinal): fromEdition = String(ordinal)
                }
                let charter = period.charter
                let rotation = charter.rotation
                writer.row([
                    forum.id.rawValue, String(position + 1), fromDate, fromEdition,
                    period.force.rawValue, period.agreement?.rawValue, charter.cadence.rawValue,
                    rotation?.kind.rawValue, rotation?.pivot.description,
                    rotation.flatMap { list($0.group) }, rotation?.order.rawValue,
                    rotation?.pivotYears?.rawValue, rotation?.termYears.map { String($0) },
                    charter.level?.rawValue, charter.firstEdition.map { String($0.year) },
                    charter.firstEdition?.host.code,
                    charter.admission.map { String($0.minimumRecommenders) },
                    list(period.sources), period.note,
                ])
            }
        }
        return writer.table
    }

    private static func schedules(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "schedules",
            [
                "forum", .integer("ordinal"), .integer("position"), .date("announced"),
                .date("date"), .date("end_date"), .list("sources"),
            ], key: ["forum", "ordinal", "position"], references: [.id("forum", of: "forums")])
        for forum in dataset.forums {
            for edition in forum.editions {
                for (position, announcement) in edition.schedule.enumerated() {
                    writer.row([
                        forum.id.rawValue, String(edition.ordinal), String(position + 1),
                        announcement.announced.description, text(announcement.date),
                        text(announcement.endDate), list(announcement.sources),
                    ])
                }
            }
        }
        return writer.table
    }

    private static func delegations(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "delegations",
            [
                "forum", .integer("ordinal"), .country("country"), "head", "title", "level",
                .list("sources"), "person", "post",
            ], key: ["forum", "ordinal", "country"],
            references: [
                .id("forum", of: "forums"), .id("person", of: "persons"), .id("post", of: "posts"),
            ])
        for forum in dataset.forums {
            for edition in forum.editions {
                for delegation in edition.delegations {
                    writer.row([
                        forum.id.rawValue, String(edition.ordinal), delegation.country.code,
                        delegation.head, delegation.title, delegation.level?.rawValue,
                        list(delegation.sources), delegation.person?.rawValue,
                        delegation.post?.rawValue,
                    ])
                }
            }
        }
        return writer.table
    }

    private static func agreements(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "agreements",
            [
                "id", "title", "kind", .date("date"), "city", .country("country"),
                .list("signatories"), .list("countries"), "establishes", .list("sources"),
                .list("signers"),
            ], key: ["id"], references: [.id("establishes", of: "forums")])
        for agreement in dataset.agreements {
            writer.row([
                agreement.id.rawValue, agreement.title, agreement.kind.rawValue,
                agreement.date.description, agreement.place?.city, agreement.place?.country.code,
                list(agreement.signatories), list(agreement.countries),
                agreement.establishes?.rawValue, list(agreement.sources),
                list(
                    agreement.signers.map { signer in
                        signer.country.map { "\(signer.person):\($0.code)" }
                            ?? signer.person.rawValue
                    }),
            ])
        }
        return writer.table
    }

    private static func provisions(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "provisions",
            [
                "agreement", .integer("position"), "provision", "cadence", .country("pivot"),
                .list("group"), .integer("year"), .country("host"),
                .integer("minimum_recommenders"), "text",
            ], key: ["agreement", "position"], references: [.id("agreement", of: "agreements")])
        for agreement in dataset.agreements {
            for (position, provision) in agreement.provisions.enumerated() {
                var fields: [String?] = [
                    agreement.id.rawValue, String(position + 1), provision.name,
                ]
                switch provision {
                case .cadence(let cadence):
                    fields += [cadence.rawValue, nil, nil, nil, nil, nil, nil]
                case .reciprocity(let pivot, let group):
                    fields += [nil, pivot?.code, list(group), nil, nil, nil, nil]
                case .firstEdition(let first):
                    fields += [nil, nil, nil, String(first.year), first.host.code, nil, nil]
                case .admissionByRecommendation(let policy):
                    fields += [nil, nil, nil, nil, nil, String(policy.minimumRecommenders), nil]
                case .text(let text):
                    fields += [nil, nil, nil, nil, nil, nil, text]
                }
                writer.row(fields)
            }
        }
        return writer.table
    }

    private static func meetings(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "meetings",
            [
                "id", "title", .date("date"), .date("end_date"), "city", .country("country"),
                "host",
                .list("participants"), .list("countries"), "forum", .list("topics"),
                .list("sources"),
            ], key: ["id"],
            references: [.id("host", of: "institutions"), .id("forum", of: "forums")])
        for meeting in dataset.meetings {
            writer.row([
                meeting.id.rawValue, meeting.title, meeting.date.description,
                text(meeting.endDate), meeting.place?.city, meeting.place?.country.code,
                meeting.host?.rawValue, list(meeting.participants), list(meeting.countries),
                meeting.forum?.rawValue, list(meeting.topics), list(meeting.sources),
            ])
        }
        return writer.table
    }

    private static func indicators(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "indicators",
            [
                "id", "measure", "between", "and", .integer("year"), .number("amount"), "currency",
                "bound", "note", .list("sources"),
            ], key: ["id"])
        for indicator in dataset.indicators {
            writer.row([
                indicator.id.rawValue, indicator.measure.rawValue, indicator.first.description,
                indicator.second.description, String(indicator.year),
                amountText(indicator.value.amount), indicator.value.currency.code,
                indicator.value.bound.rawValue, indicator.note, list(indicator.sources),
            ])
        }
        return writer.table
    }

    private static func initiatives(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "initiatives",
            [
                "id", "name", .country("country"), .date("announced"), "city",
                .country("place_country"), "parent", .list("sources"),
            ], key: ["id"], references: [.id("parent", of: "initiatives")])
        for initiative in dataset.initiatives {
            writer.row([
                initiative.id.rawValue, initiative.name, initiative.country.code,
                text(initiative.announced), initiative.place?.city,
                initiative.place?.country.code, initiative.parent?.rawValue,
                list(initiative.sources),
            ])
        }
        return writer.table
    }

    private static func persons(_ dataset: Dataset) -> Table {
        var writer = TableWriter("persons", ["id", "name", .list("sources")], key: ["id"])
        for person in dataset.persons {
            writer.row([person.id.rawValue, person.name, list(person.sources)])
        }
        return writer.table
    }

    private static func posts(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "posts",
            [
                "id", "title", .country("country"), "institution", .boolean("single"),
                .list("sources"),
            ], key: ["id"], references: [.id("institution", of: "institutions")])
        for post in dataset.posts {
            var country: String?
            var institution: String?
            switch post.owner {
            case .country(let owner): country = owner.code
            case .institution(let owner): institution = owner.rawValue
            }
            writer.row([
                post.id.rawValue, post.title, country, institution, text(post.single),
                list(post.sources),
            ])
        }
        return writer.table
    }

    private static func postHolders(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "post_holders",
            [
                "post", "person", .date("from"), .date("to"), .boolean("acting"),
                .list("sources"), "note",
            ], references: [.id("post", of: "posts"), .id("person", of: "persons")])
        for post in dataset.posts {
            for term in post.holders {
                writer.row([
                    post.id.rawValue, term.person.rawValue, text(term.from), text(term.to),
                    text(term.acting), list(term.sources), term.note,
                ])
            }
        }
        return writer.table
    }

    private static func acknowledgements(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "acknowledgements", ["code", "subject", "note", .list("sources")])
        for acknowledgement in dataset.acknowledgements {
            writer.row([
                acknowledgement.code.rawValue, acknowledgement.subject.path, acknowledgement.note,
                list(acknowledgement.sources),
            ])
        }
        return writer.table
    }

    private static func claims(_ dataset: Dataset) -> Table {
        var writer = TableWriter(
            "claims",
            [
                "entity", "position", "property", "value", "preferred_value", "compatible",
                "sources", "note",
            ])
        var previous: Subject?
        var position = 0
        for dispute in dataset.disputes {
            position = dispute.entity == previous ? position + 1 : 1
            previous = dispute.entity
            writer.row([
                dispute.entity.path, String(position), dispute.property,
                dispute.claimed.description, dispute.preferred?.description,
                dispute.isCompatible ? "true" : "false", list(dispute.sources), dispute.note,
            ])
        }
        return writer.table
    }
}

extension CSVExport: DatasetExport {
    /// A folder of tables.
    public var layout: ExportLayout { .folder }
    /// Each table, as `NAME.csv`.
    public var files: [ExportFile] { tables.map { ExportFile(name: $0.fileName, data: $0.data) } }
    /// Nothing: every record has a table.
    public var omissions: [ExportOmission] { [] }
    /// "22 tables, 593 rows".
    public var summary: String {
        "\(tables.count) tables, \(tables.reduce(0) { $0 + $1.rowCount }) rows"
    }
}
