/// Where in a document a violation lies: a path that names entities by identifier, editions by
/// ordinal, membership events by institution and date, and partnerships by their two codes.
///
/// Every path a rule reports comes from these builders, so that one kind of entity is always
/// named the same way:
///
/// ```swift
/// Subject.edition(2, of: "korea-central-asia-think-tank-forum").path
/// // "forums[korea-central-asia-think-tank-forum].editions[2]"
/// Subject.institution("iica").field("parent").path
/// // "institutions[iica].parent"
/// ```
///
/// A subject compares by its path; in JSON it is the path as a string, and a string literal is
/// one: `violation.subject == "forums[forum].editions[2]"`.
public struct Subject: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The path, for example `forums[korea-central-asia-think-tank-forum].editions[2]`.
    public let path: String

    private init(_ path: String) { self.path = path }

    /// A subject of any path, as a document's acknowledgement names one.
    public init(path: String) { self.path = path }

    /// A subject from a literal path in source code.
    public init(stringLiteral path: String) { self.path = path }

    /// Decodes a subject from its path.
    public init(from decoder: any Decoder) throws {
        path = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the subject as its path.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }

    /// Orders subjects by their paths.
    public static func < (lhs: Subject, rhs: Subject) -> Bool { lhs.path < rhs.path }

    /// The path.
    public var description: String { path }

    /// A field of the subject: `institutions[iica].parent`.
    public func field(_ name: String) -> Subject { Subject("\(path).\(name)") }

    /// `sources[id]`.
    public static func source(_ id: Source.ID) -> Subject { Subject("sources[\(id)]") }

    /// `institutions[id]`.
    public static func institution(_ id: Institution.ID) -> Subject {
        Subject("institutions[\(id)]")
    }

    /// `partnerships[KR-UZ]`.
    public static func partnership(_ partnership: Partnership) -> Subject {
        Subject("partnerships[\(partnership.key)]")
    }

    /// `forums[id]`.
    public static func forum(_ id: Forum.ID) -> Subject { Subject("forums[\(id)]") }

    /// `forums[id].editions[ordinal]`.
    public static func edition(_ ordinal: Int, of forum: Forum.ID) -> Subject {
        Subject("forums[\(forum)].editions[\(ordinal)]")
    }

    /// `forums[id].membership[institution@date]`.
    public static func membershipEvent(_ event: Membership.Event, of forum: Forum.ID) -> Subject {
        Subject("forums[\(forum)].membership[\(event.key)]")
    }

    /// `forums[id].years[2017]`: a year of a forum's calendar.
    public static func year(_ year: Int, of forum: Forum.ID) -> Subject {
        Subject("forums[\(forum)].years[\(year)]")
    }

    /// `formats[id]`.
    public static func format(_ id: DialogueFormat.ID) -> Subject { Subject("formats[\(id)]") }

    /// `forums[id].charters[index]`: periods have no identifier, so they are named by their
    /// position.
    public static func charterPeriod(_ index: Int, of forum: Forum.ID) -> Subject {
        Subject("forums[\(forum)].charters[\(index)]")
    }

    /// `agreements[id]`.
    public static func agreement(_ id: Agreement.ID) -> Subject { Subject("agreements[\(id)]") }

    /// `meetings[id]`.
    public static func meeting(_ id: Meeting.ID) -> Subject { Subject("meetings[\(id)]") }

    /// `indicators[id]`.
    public static func indicator(_ id: Indicator.ID) -> Subject { Subject("indicators[\(id)]") }

    /// `initiatives[id]`.
    public static func initiative(_ id: Initiative.ID) -> Subject { Subject("initiatives[\(id)]") }

    /// `persons[id]`.
    public static func person(_ id: Person.ID) -> Subject { Subject("persons[\(id)]") }

    /// `posts[id]`.
    public static func post(_ id: Post.ID) -> Subject { Subject("posts[\(id)]") }

    /// `acknowledgements[index]`: acknowledgements have no identifier, so they are named by
    /// their position.
    public static func acknowledgement(_ index: Int) -> Subject {
        Subject("acknowledgements[\(index)]")
    }
}
