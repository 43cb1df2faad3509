/// Why a bot could not choose: a bot that runs outside the engine broke its protocol,
/// went silent or stopped. The game it played is then recorded as failed.
///
/// The message names the bot (its command), the message it was answering and, when the
/// bot wrote one, the offending line (shortened to `BotFailure.lineLimit` characters).
public struct BotFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure, with a stable id.
    public var kind: BotFailureKind
    /// The bot, as it was named (for an outside process: its command).
    public var bot: String
    /// The id of the role the bot played, once known.
    public var role: String?
    /// The number of the engine's message the bot was answering (1 is the first message
    /// the process got), or 0 before any message.
    public var message: Int
    /// The line the bot wrote, shortened; nil when it wrote none.
    public var line: String?
    /// What exactly was wrong.
    public var detail: String
    /// The last lines the bot wrote to its standard error, if any.
    public var stderr: String

    /// The longest piece of an offending line that a failure keeps.
    public static let lineLimit = 200

    /// Creates a failure; `line` is shortened to `lineLimit` characters.
    public init(
        _ kind: BotFailureKind, bot: String, role: String? = nil, message: Int,
        line: String? = nil, detail: String, stderr: String = ""
    ) {
        self.kind = kind
        self.bot = bot
        self.role = role
        self.message = message
        self.line = line.map(BotFailure.shortened)
        self.detail = detail
        self.stderr = stderr
    }

    /// `line` cut to `lineLimit` characters, with its length when it was cut.
    public static func shortened(_ line: String) -> String {
        guard line.count > lineLimit else { return line }
        return String(line.prefix(lineLimit)) + "... (\(line.utf8.count) bytes)"
    }

    /// One paragraph: the id, the bot, the role, the message number, the detail, the line
    /// and the bot's last words on standard error.
    public var description: String {
        var text = "\(kind.rawValue): bot `\(bot)`"
        if let role { text += " (role \(role))" }
        text += ", answering message \(message): \(detail)"
        if let line { text += "; line: \(line.debugDescription)" }
        let said = stderr.split(separator: "\n").suffix(3).joined(separator: " | ")
        if !said.isEmpty { text += "; its stderr: \(said)" }
        return text
    }
}
