import Foundation

/// How long a bot outside the engine may take and how much it may write.
public struct ExecBotSettings: Hashable, Sendable {
    /// Seconds a bot may take to answer one decision (and to read one message).
    public var timeout: Double
    /// The longest line, in bytes, a bot may write.
    public var lineLimit: Int
    /// Seconds a bot gets to exit by itself once its input is closed, before it is killed.
    public var grace: Double

    /// The default answer time in seconds.
    public static let defaultTimeout = 10.0
    /// The environment variable that sets the answer time in seconds.
    public static let timeoutVariable = "WIJKSPEL_BOT_TIMEOUT"

    /// Creates settings.
    public init(timeout: Double = defaultTimeout, lineLimit: Int = 1 << 20, grace: Double = 1) {
        self.timeout = timeout
        self.lineLimit = lineLimit
        self.grace = grace
    }

    /// The defaults, with the answer time from `WIJKSPEL_BOT_TIMEOUT` when it holds a
    /// positive number of seconds.
    public static var standard: ExecBotSettings {
        let text = ProcessInfo.processInfo.environment[timeoutVariable] ?? ""
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
            return ExecBotSettings()
        }
        return ExecBotSettings(timeout: seconds)
    }
}
