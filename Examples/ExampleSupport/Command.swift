/// How a program ends: the exit statuses every example uses.
///
/// `0` success, `1` the checked thing is refused or has errors, `2` bad usage or unreadable
/// input.
public enum ExitStatus: Int32, Sendable {
    /// Everything worked, and the checked thing passed.
    case success = 0
    /// The program ran, and the thing it checked is refused or has errors.
    case refused = 1
    /// The command line was wrong, or an input could not be read.
    case usageError = 2
}

/// A problem with the command line or an input file; the program prints its message on one line
/// of standard error and exits with ``ExitStatus/usageError``.
///
/// ```swift
/// throw UsageError("--through needs a year from 1 to 9999, not \"soon\"")
/// ```
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, as one sentence a person can act on.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// One option of a command line: a flag such as `--json`, or an option with a value such as
/// `--forum ID`.
public struct Option: Sendable, Hashable {
    /// The option's name with its dashes, for example `--forum`.
    public var name: String
    /// The placeholder of its value in help, for example `ID`, or `nil` for a flag.
    public var placeholder: String?
    /// Whether the command needs the option.
    public var isRequired: Bool
    /// One line that says what the option does.
    public var help: String

    /// A flag: present or absent, without a value.
    public static func flag(_ name: String, help: String) -> Option {
        Option(name: name, placeholder: nil, isRequired: false, help: help)
    }

    /// An option that takes a value, as `--name VALUE` or `--name=VALUE`.
    public static func value(
        _ name: String, _ placeholder: String, required: Bool = false, help: String
    ) -> Option {
        Option(name: name, placeholder: placeholder, isRequired: required, help: help)
    }

    /// How the option reads in a usage line: `--json`, `--forum ID`, `[--on DATE]`.
    var usage: String {
        let text = placeholder.map { "\(name) \($0)" } ?? name
        return isRequired ? text : "[\(text)]"
    }
}

/// A program's command line: its name, what it does, its options and positional arguments.
///
/// ```swift
/// let command = Command(
///     name: "forum-schedule", summary: "Shows and plans the host rotation of a forum.",
///     options: [.value("--forum", "ID", help: "the forum"), .flag("--json", help: "JSON")])
/// command.run { arguments in
///     let forum = arguments.value("--forum") ?? "korea-central-asia-think-tank-forum"
///     …
///     return .success
/// }
/// ```
public struct Command: Sendable {
    /// The program's name, as typed: `forum-schedule`.
    public var name: String
    /// One line that says what the program does.
    public var summary: String
    /// The options, in the order help lists them; `--help` is added.
    public var options: [Option]
    /// The positional arguments in the usage line, for example `[FILE…]`; `nil` for none.
    public var positionals: String?
    /// Paragraphs printed after the options: output shapes, exit statuses, examples.
    public var details: [String]

    /// Creates a command.
    public init(
        name: String, summary: String, options: [Option], positionals: String? = nil,
        details: [String] = []
    ) {
        self.name = name
        self.summary = summary
        self.options = options
        self.positionals = positionals
        self.details = details
    }

    /// The usage line: `usage: forum-schedule [--forum ID] [--through YEAR] [--json]`.
    public var usage: String {
        (["usage: \(name)"] + options.map(\.usage) + [positionals].compactMap { $0 })
            .joined(separator: " ")
    }

    /// The whole help text: summary, usage line, every option, then the details.
    public var help: String {
        let all = options + [.flag("--help", help: "show this help and exit")]
        let rows = all.map { option in
            [
                "  " + (option.placeholder.map { "\(option.name) \($0)" } ?? option.name),
                option.help,
            ]
        }
        var text = "\(summary)\n\n\(wrap(usage, width: 100, hangingIndent: "    "))\n\noptions:\n"
        text += formatTable(rows, width: 100)
        for paragraph in details { text += "\n" + wrap(paragraph, width: 100) + "\n" }
        return text
    }

    /// Reads a command line (without the program's name).
    ///
    /// `--name value` and `--name=value` both give a value; `--` ends the options; `-h` is
    /// `--help`. Required options are checked only when help is not asked for.
    ///
    /// - Throws: ``UsageError`` for an unknown option, a missing value, a value given to a flag,
    ///   an option given twice, a missing required option, or positional arguments the command
    ///   does not take.
    public func parse(_ arguments: [String]) throws(UsageError) -> Arguments {
        var parsed = Arguments()
        var index = arguments.startIndex
        var onlyPositionals = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "--help" || argument == "-h" {
                parsed.wantsHelp = true
                continue
            }
            let parts = argument.split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard let option = options.first(where: { $0.name == name }) else {
                throw UsageError("unknown option \(name) (see \(self.name) --help)")
            }
            guard parsed.values[name] == nil, !parsed.flags.contains(name) else {
                throw UsageError("\(name) is given more than once")
            }
            guard let placeholder = option.placeholder else {
                guard parts.count == 1 else {
                    throw UsageError("\(name) is a flag and takes no value")
                }
                parsed.flags.insert(name)
                continue
            }
            if parts.count == 2 {
                parsed.values[name] = String(parts[1])
            } else if index < arguments.endIndex, !arguments[index].hasPrefix("--") {
                parsed.values[name] = arguments[index]
                index += 1
            } else {
                throw UsageError("\(name) needs a value: \(name) \(placeholder)")
            }
        }
        if parsed.wantsHelp { return parsed }
        if positionals == nil, let first = parsed.positionals.first {
            throw UsageError("unexpected argument \(quoted(first)) (see \(name) --help)")
        }
        for option in options where option.isRequired && parsed.values[option.name] == nil {
            throw UsageError(
                "missing \(option.name) \(option.placeholder ?? "") (see \(name) --help)")
        }
        return parsed
    }
}

/// A parsed command line: the flags given, the options' values and the positional arguments.
public struct Arguments: Sendable, Hashable {
    /// Whether `--help` or `-h` was given.
    public var wantsHelp = false
    /// The flags given, by name.
    public var flags: Set<String> = []
    /// The values of the options given, by name.
    public var values: [String: String] = [:]
    /// The positional arguments, in order.
    public var positionals: [String] = []

    /// Creates an empty command line.
    public init() {}

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of an option, or `nil` when it was not given.
    public func value(_ name: String) -> String? { values[name] }

    /// The value of an option converted by `convert`, or `nil` when the option was not given.
    ///
    /// ```swift
    /// let year = try arguments.value("--through", as: "a year from 1 to 9999") {
    ///     Int($0).flatMap { (1...9999).contains($0) ? $0 : nil }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - name: The option.
    ///   - expected: What a good value is, for the error message.
    ///   - convert: Returns the value, or `nil` (or throws) when the text is not one.
    /// - Returns: The converted value, or `nil` when the option was not given.
    /// - Throws: ``UsageError`` naming the option, the bad text and what was expected (or, when
    ///   `convert` throws, the option and the error's own description).
    public func value<Value>(
        _ name: String, as expected: String, _ convert: (String) throws -> Value?
    ) throws(UsageError) -> Value? {
        guard let text = values[name] else { return nil }
        let converted: Value?
        do {
            converted = try convert(text)
        } catch {
            throw UsageError("\(name): \(error)")
        }
        guard let converted else {
            throw UsageError("\(name) needs \(expected), not \(quoted(text))")
        }
        return converted
    }
}

/// Quotes a command-line text for an error message.
public func quoted(_ text: String) -> String { "\"\(text)\"" }
