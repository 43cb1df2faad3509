import GameRules

/// The outcome of one simulated game: one line of a results file.
public struct GameResult: Hashable, Sendable, Codable {
    /// The game's number in its series.
    public var index: Int
    /// The game's seed (derived from the master seed and the index).
    public var seed: UInt64
    /// The role ids, in order.
    public var roles: [String]
    /// The strategy name per role.
    public var strategies: [String]
    /// Each role's score.
    public var scores: [Double]
    /// The shared score.
    public var sharedScore: Double
    /// `completed`, `ended`, `collectiveLoss`, `stalled` when the action cap was hit, or
    /// `failed` when a bot failed (see `failure`).
    public var outcome: String
    /// Rounds played (the last round reached, counting from 1).
    public var rounds: Int
    /// Group trust at the end.
    public var groupTrust: Double
    /// Declared couplings made.
    public var couplingsMade: Int
    /// Declared couplings missed (both projects ran, apart).
    public var couplingsMissed: Int
    /// Events fired (counting repeats).
    public var eventsFired: Int
    /// Projects that started.
    public var projectsStarted: Int
    /// Private goals reached, over all roles.
    public var goalsReached: Int
    /// Shared goals reached.
    public var sharedGoalsReached: Int
    /// Dilemma decisions (by choice or by default).
    public var dilemmasDecided: Int
    /// Actions applied.
    public var actions: Int
    /// Legal actions the rules refused (a bug in the rules if not zero).
    public var refusedLegalActions: Int
    /// The ids of the events that fired at least once, in definition order.
    public var firedEvents: [String]
    /// The ids of the projects that started, in definition order.
    public var startedProjects: [String]
    /// Why the game failed (a bot's failure, with its id first), when it did; absent from
    /// the results file otherwise.
    public var failure: String?
    /// The instruments the table used: the agreements it signed and `coordinator` when it
    /// hired the process coordinator; nil when it used none (not kept in result files).
    public var instruments: [String]? = nil

    /// The outcome of a game in which a bot failed.
    public static let failedOutcome = "failed"

    /// Whether the game hit the action cap without ending.
    public var stalled: Bool { outcome == "stalled" }

    /// Whether a bot failed, so that the game stopped before its end.
    public var failed: Bool { outcome == GameResult.failedOutcome }

    /// Whether everyone lost.
    public var collectiveLoss: Bool { outcome == Outcome.collectiveLoss.rawValue }

    /// The roles with the highest score (all of them when tied); none after a collective
    /// loss or when nobody scored.
    public var winners: [Int] {
        guard !collectiveLoss, !stalled, !failed, let top = scores.max(), top > 0 else { return [] }
        return scores.indices.filter { scores[$0] == top }
    }

    /// Creates a result.
    public init(
        index: Int, seed: UInt64, roles: [String], strategies: [String], scores: [Double],
        sharedScore: Double,
        outcome: String, rounds: Int, groupTrust: Double, couplingsMade: Int, couplingsMissed: Int,
        eventsFired: Int, projectsStarted: Int, goalsReached: Int, sharedGoalsReached: Int,
        dilemmasDecided: Int,
        actions: Int, refusedLegalActions: Int, firedEvents: [String] = [],
        startedProjects: [String] = [], failure: String? = nil
    ) {
        self.index = index
        self.seed = seed
        self.roles = roles
        self.strategies = strategies
        self.scores = scores
        self.sharedScore = sharedScore
        self.outcome = outcome
        self.rounds = rounds
        self.groupTrust = groupTrust
        self.couplingsMade = couplingsMade
        self.couplingsMissed = couplingsMissed
        self.eventsFired = eventsFired
        self.projectsStarted = projectsStarted
        self.goalsReached = goalsReached
        self.sharedGoalsReached = sharedGoalsReached
        self.dilemmasDecided = dilemmasDecided
        self.actions = actions
        self.refusedLegalActions = refusedLegalActions
        self.firedEvents = firedEvents
        self.startedProjects = startedProjects
        self.failure = failure
    }

    /// The result of a finished (or stalled) playout.
    public init(index: Int, seed: UInt64, strategies: [String], playout: Playout) {
        let game = playout.game
        let state = game.state
        self.init(
            index: index, seed: seed, roles: game.spec.roles.map(\.id), strategies: strategies,
            scores: game.spec.roles.indices.map { game.score(of: $0) },
            sharedScore: game.sharedScore,
            outcome: playout.failure != nil
                ? GameResult.failedOutcome
                : playout.stalled ? "stalled" : (state.outcome?.rawValue ?? "stalled"),
            rounds: state.round + 1, groupTrust: game.groupTrust,
            couplingsMade: state.couplingMade.filter { $0 }.count,
            couplingsMissed: state.couplingMissed.filter { $0 }.count,
            eventsFired: state.fired.reduce(0, +),
            projectsStarted: state.projects.filter { $0.startedRound != nil }.count,
            goalsReached: state.goalsReached.reduce(0) { $0 + $1.filter { $0 }.count },
            sharedGoalsReached: state.sharedGoalsReached.filter { $0 }.count,
            dilemmasDecided: state.dilemmas.reduce(0) { $0 + $1.decisions },
            actions: playout.actions, refusedLegalActions: playout.refusedLegalActions,
            firedEvents: game.spec.events.indices.filter { state.fired[$0] > 0 }.map {
                game.spec.events[$0].id
            },
            startedProjects: game.spec.projects.indices.filter {
                state.projects[$0].startedRound != nil
            }.map { game.spec.projects[$0].id },
            failure: playout.failure?.description)
        let used =
            game.spec.agreements.indices.filter { state.agreementsSigned[$0] }.map {
                game.spec.agreements[$0].id
            } + (state.coordinatorRound != nil ? ["coordinator"] : [])
        instruments = used.isEmpty ? nil : used
    }
}
