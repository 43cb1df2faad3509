import GameRules

/// The plans and unplans of one role among a list of legal actions, kept as one flag per
/// project and round in a flat array: asking about a plan is one read (a set of actions
/// hashed every plan of every project, a sixth of a bot game of 3,000 projects).
struct PlanningMoves {
    /// The role whose plans are flagged.
    private let role: Int
    /// The rounds of the game; slot `rounds` of a project is its unplan.
    private let rounds: Int
    /// Per project, `rounds + 1` flags.
    private var flags: [Bool]
    /// Plans of another role or for a round outside the game, should a list hold any: kept
    /// as they are.
    private var others: Set<Action> = []

    /// The plans and unplans of `actions`, made by `role` in a game of `projects` projects
    /// and `rounds` rounds.
    init(_ actions: [Action], role: Int, projects: Int, rounds: Int) {
        self.role = role
        self.rounds = rounds
        flags = Array(repeating: false, count: projects * (rounds + 1))
        for action in actions {
            switch action {
            case .plan, .unplan:
                if let slot = slot(action) { flags[slot] = true } else { others.insert(action) }
            default:
                continue
            }
        }
    }

    /// Whether `action` is among the actions, if it is a plan or unplan.
    func contains(_ action: Action) -> Bool {
        guard let slot = slot(action) else { return others.contains(action) }
        return flags[slot]
    }

    /// The flag of a plan or unplan of the role, or nil for any other action and for rounds
    /// or projects outside the game.
    private func slot(_ action: Action) -> Int? {
        let project: Int
        let offset: Int
        switch action {
        case .plan(let planner, let planned, let round):
            guard planner == role, round >= 0, round < rounds else { return nil }
            (project, offset) = (planned, round)
        case .unplan(let planner, let unplanned):
            guard planner == role else { return nil }
            (project, offset) = (unplanned, rounds)
        default:
            return nil
        }
        let slot = project * (rounds + 1) + offset
        return project >= 0 && slot < flags.count ? slot : nil
    }
}
