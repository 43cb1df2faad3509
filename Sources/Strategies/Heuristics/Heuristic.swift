import GameRules

/// Value functions that lookahead strategies maximise.
public enum Heuristic {
    /// How far along a project is, from the owner's point of view.
    static func stage(_ phase: ProjectPhase) -> Double {
        switch phase {
        case .idle: 0
        case .planned: 0.4
        case .running: 0.8
        case .done: 1
        case .failed: -0.2
        }
    }

    /// A role's score plus budget-weighted progress of its own projects, in goal points.
    ///
    /// Plans that the role cannot pay for (budget plus income up to the planned round)
    /// count against it, so a one-step lookahead does not plan beyond its means.
    public static func ownValue(_ game: Game, role: Int) -> Double {
        ownValue(game, role: role, owned: game.spec.ownedProjects(of: role))
    }

    /// `ownValue(_:role:)` over `owned`, the role's projects in index order (listed once by
    /// a caller that values many games).
    static func ownValue(_ game: Game, role: Int, owned: some Sequence<Int>) -> Double {
        ownValue(game, role: role, owned: owned, budget: game.state.budgets[role])
    }

    /// `ownValue(_:role:owned:)` with the role's budget at `budget`: the value after a move
    /// that changes nothing else the value reads (a payment), without making the move.
    static func ownValue(
        _ game: Game, role: Int, owned: some Sequence<Int>, budget: Double
    ) -> Double {
        let spec = game.spec
        // The role's rules read in place (a copy of its texts and goals cost more).
        let roles = spec.roles
        let points = max(1, roles[role].goals.reduce(0) { $0 + $1.points })
        let income = roles[role].income
        let money = max(1, roles[role].budget + income * Double(spec.rounds))
        var totalCost = 0.0
        var progress = 0.0
        var planned = 0.0
        var overcommitted = false
        // Fields read in place: copying each project's rules and state (or listing the
        // planned rounds first) cost more than the sums.
        let projects = spec.projects
        for index in owned {
            let cost = projects[index].cost
            totalCost += cost
            let phase = game.state.projects[index].phase
            progress += stage(phase) * cost
            guard phase == .planned, let round = game.state.projects[index].plannedRound else {
                continue
            }
            planned += cost
            let reach = budget + income * Double(round - game.state.round)
            if planned > reach + 0.001 { overcommitted = true }
        }
        var value = game.score(of: role)
        if totalCost > 0 { value += points * 0.5 * progress / totalCost }
        value += points * 0.25 * (budget - planned) / money
        if overcommitted { value -= points * 0.3 }
        if game.state.outcome == .collectiveLoss { value -= points }
        return value
    }

    /// The value for society: shared score, group trust, indicators, everyone's progress.
    public static func sharedValue(_ game: Game) -> Double {
        let spec = game.spec
        let points = max(1, spec.sharedGoals.reduce(0) { $0 + $1.points })
        if game.state.outcome == .collectiveLoss { return -10 * points }
        var value = game.sharedScore
        value += points * 0.2 * game.groupTrust / 100
        for (index, indicator) in spec.indicators.enumerated() {
            let reading = game.indicator(index)
            guard reading.isFinite else { continue }
            value += points * 0.05 * (indicator.higherIsBetter ? reading : -reading) / 100
        }
        var own = 0.0
        for role in spec.roles.indices { own += ownValue(game, role: role) }
        return value + 0.5 * own / Double(max(1, spec.roles.count))
    }
}
