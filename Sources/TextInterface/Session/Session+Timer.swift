import Dispatch
import GameRules

extension Session {
    /// Seconds from a monotonic clock: the default clock of a session.
    public static let systemClock: @Sendable () -> Double = {
        Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000
    }

    /// `/timer DURATION` or `/timer uit`: sets or stops the phase timer.
    func setTimer(_ arguments: [String]) throws(InputError) -> [String] {
        guard arguments.count <= 1 else { throw InputError("too-many-arguments", ["/timer"]) }
        guard let word = arguments.first else {
            guard let left = timeLeft else { return [text("timer.none")] }
            return [text("timer.left", PhaseTimer.clock(left))]
        }
        if ["uit", "off", "stop"].contains(word.lowercased()) {
            timer = nil
            return [text("timer.off")]
        }
        guard let seconds = PhaseTimer.seconds(word) else {
            throw InputError("not-a-duration", [word])
        }
        timer = PhaseTimer(
            end: clock() + Double(seconds), round: game.state.round, phase: game.state.phase)
        return [text("timer.set", PhaseTimer.clock(Double(seconds)), phaseName(game.phase))]
    }

    /// The seconds left on the timer of the current phase, if one runs.
    var timeLeft: Double? {
        guard let timer, timer.round == game.state.round, timer.phase == game.state.phase,
            !game.isOver
        else { return nil }
        return timer.end - clock()
    }

    /// The timer's part of the prompt, such as `⏱ 4:12`, or `⏱ tijd om`.
    var timerPrompt: String? {
        guard let left = timeLeft else { return nil }
        return "⏱ " + (left > 0 ? PhaseTimer.clock(left) : text("timer.up-short"))
    }

    /// The warning that time is up, once; a timer of an earlier phase lapses silently.
    func timerAlarm() -> [String] {
        guard let current = timer else { return [] }
        guard let left = timeLeft else {
            timer = nil
            return []
        }
        guard left <= 0, !current.warned else { return [] }
        timer?.warned = true
        return [style.yellow(style.bold(text("timer.up", phaseName(game.phase))))]
    }

    /// A phase's name in the session's language.
    func phaseName(_ phase: PhaseSpec) -> String { text.phaseName(phase) }
}
