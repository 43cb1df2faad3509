import GameRules

/// A fast default policy for every role in search rollouts: answer open dilemmas at
/// random, plan own projects at the earliest affordable round, then say ready.
///
/// It tests candidate actions with `Game.check` instead of listing all legal actions.
enum RolloutPolicy {
    /// The rollout move of the active role.
    static func move(_ game: Game, role: Int, random: inout SeededGenerator) -> Action {
        let spec = game.spec
        let state = game.state
        for (dilemma, rules) in spec.dilemmas.enumerated() where state.dilemmas[dilemma].isOpen {
            guard let slot = rules.choosers.firstIndex(of: role),
                state.dilemmas[dilemma].choices[slot] == nil,
                !rules.options.isEmpty
            else { continue }
            return .choose(role: role, dilemma: dilemma, option: random.below(rules.options.count))
        }
        guard game.phase.kind == .planning, state.actionsThisPhase[role] < 8 else {
            return .ready(role: role)
        }
        let budget = state.budgets[role]
        var planned = 0.0
        for (index, project) in spec.projects.enumerated()
        where project.owner == role && state.projects[index].phase == .planned {
            planned += project.cost
        }
        for (index, project) in spec.projects.enumerated()
        where project.owner == role && state.projects[index].phase == .idle {
            guard planned + project.cost <= budget + 0.000_001 || spec.allowDebt else { continue }
            let last = min(spec.rounds - 1, state.round + 2)
            guard state.round <= last else { continue }
            for round in state.round...last {
                let action = Action.plan(role: role, project: index, round: round)
                if game.check(action) == nil { return action }
            }
        }
        return .ready(role: role)
    }
}
