/// The kinds of bot failure, each with a stable id (its raw value).
public enum BotFailureKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// The bot's process could not be started.
    case launch = "bot-launch-failed"
    /// The bot did not answer within its time.
    case timeout = "bot-timeout"
    /// The bot's process ended (or closed its output) while the engine waited for it.
    case exited = "bot-exited"
    /// The bot did not read what the engine sent within its time.
    case notReading = "bot-not-reading"
    /// The bot answered with an empty line.
    case emptyLine = "bot-empty-line"
    /// The bot's line was longer than the limit.
    case lineTooLong = "bot-line-too-long"
    /// The bot's line was not a JSON object with an `action` number.
    case malformed = "bot-malformed-answer"
    /// The bot named an action id that was not among the legal actions it was sent.
    case illegal = "bot-illegal-action"
    /// The bot wrote when no answer was asked for: a second answer, or a line before its
    /// first decision (which would otherwise be taken as the next answer).
    case unasked = "bot-unasked-line"
}
