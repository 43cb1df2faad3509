import GameRules

/// Which parts of a game happened in at least one of a set of games.
struct Coverage: Sendable {
    var fired: [Bool]
    var started: [Bool]
    var goals: [[Bool]]
    var sharedGoals: [Bool]
    var dilemmas: [Bool]
    var couplings: [Bool]

    /// Nothing happened yet.
    init(spec: GameSpec) {
        fired = Array(repeating: false, count: spec.events.count)
        started = Array(repeating: false, count: spec.projects.count)
        goals = spec.roles.map { Array(repeating: false, count: $0.goals.count) }
        sharedGoals = Array(repeating: false, count: spec.sharedGoals.count)
        dilemmas = Array(repeating: false, count: spec.dilemmas.count)
        couplings = Array(repeating: false, count: spec.couplings.count)
    }

    /// What happened in one finished game.
    init(game: Game) {
        let state = game.state
        fired = state.fired.map { $0 > 0 }
        started = state.projects.map { $0.startedRound != nil }
        goals = state.goalsReached
        sharedGoals = state.sharedGoalsReached
        dilemmas = state.dilemmas.map { $0.decisions > 0 }
        couplings = state.couplingMade
    }

    /// Adds what happened elsewhere.
    mutating func merge(_ other: Coverage) {
        func or(_ a: inout [Bool], _ b: [Bool]) {
            for i in a.indices where i < b.count && b[i] { a[i] = true }
        }
        or(&fired, other.fired)
        or(&started, other.started)
        for role in goals.indices where role < other.goals.count {
            or(&goals[role], other.goals[role])
        }
        or(&sharedGoals, other.sharedGoals)
        or(&dilemmas, other.dilemmas)
        or(&couplings, other.couplings)
    }
}
