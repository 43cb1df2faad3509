/// What random testing of a game found: problems, and parts of the game that never happened.
public struct RandomTestReport: Hashable, Sendable, Codable {
    /// Games played.
    public var games = 0
    /// Actions applied.
    public var actions = 0
    /// Legal actions the rules refused (the nearest to a crash Swift lets us catch).
    public var crashes = 0
    /// Broken invariants, counted once per game in which they occurred.
    public var violations = 0
    /// Games that did not end within the action cap.
    public var stalls = 0
    /// Up to ten examples of problems, each with its game's seed.
    public var examples: [String] = []
    /// Events that never fired.
    public var eventsNeverFired: [String] = []
    /// Projects never started.
    public var projectsNeverStarted: [String] = []
    /// Private goals nobody reached, as `role.goal`.
    public var goalsNeverReached: [String] = []
    /// Shared goals never reached.
    public var sharedGoalsNeverReached: [String] = []
    /// Dilemmas never decided.
    public var dilemmasNeverDecided: [String] = []
    /// Declared couplings never made.
    public var couplingsNeverMade: [String] = []
    /// Games ending in a collective loss.
    public var collectiveLosses = 0
    /// Games stopped because a bot failed (a bot given with `seats`).
    public var failures = 0

    /// Creates an empty report.
    public init() {}

    /// Whether any crash, violation, stall or bot failure was found.
    public var isBroken: Bool { crashes > 0 || violations > 0 || stalls > 0 || failures > 0 }

    /// How many parts of the game never happened in any game: events, projects, goals,
    /// dilemmas and couplings.
    public var partsNeverSeen: Int {
        eventsNeverFired.count + projectsNeverStarted.count + goalsNeverReached.count
            + sharedGoalsNeverReached.count + dilemmasNeverDecided.count
            + couplingsNeverMade.count
    }

    /// `ok` only when nothing is reported; `check` when the game runs but parts of it never
    /// happened (random bots may miss what people would reach, so it is not an error);
    /// `BROKEN` on a crash, violation, stall or bot failure.
    public var verdict: String {
        if isBroken { return "verdict: BROKEN" }
        guard partsNeverSeen > 0 else { return "verdict: ok" }
        return
            "verdict: check: \(partsNeverSeen) part\(partsNeverSeen == 1 ? "" : "s") of the game "
            + "never happened in \(games) games (listed above); `wijkspel validate` may say why"
    }

    /// The report as lines of English text.
    public var lines: [String] {
        var out = [
            "games: \(games), actions: \(actions), collective losses: \(collectiveLosses)",
            "crashes (legal actions refused): \(crashes)",
            "invariant violations: \(violations)",
            "stalls: \(stalls)",
        ]
        if failures > 0 { out.append("games failed by a bot: \(failures)") }
        out += examples.map { "  \($0)" }
        func list(_ title: String, _ items: [String]) {
            out.append(
                "\(title): \(items.count)\(items.isEmpty ? "" : " (" + items.joined(separator: ", ") + ")")"
            )
        }
        list("events that never fired", eventsNeverFired)
        list("projects never started", projectsNeverStarted)
        list("goals nobody reached", goalsNeverReached)
        list("shared goals never reached", sharedGoalsNeverReached)
        list("dilemmas never decided", dilemmasNeverDecided)
        list("couplings never made", couplingsNeverMade)
        out.append(verdict)
        return out
    }
}
