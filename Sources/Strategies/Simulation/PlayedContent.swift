import GameRules

/// What of a game's content one game used: the goals reached, the dilemmas decided, the
/// couplings made and the instruments used, by id (events and projects are in `GameResult`
/// already).
public struct PlayedContent: Hashable, Sendable {
    /// Goals reached: `role.goal` for a role's goal, `shared.goal` for a shared one.
    public var reachedGoals: [String] = []
    /// Dilemmas decided at least once.
    public var decidedDilemmas: [String] = []
    /// Couplings made.
    public var madeCouplings: [String] = []
    /// The instruments the table used: the agreements it signed, by id, `coordinator`
    /// when it hired the process coordinator, and `programme` when it started the programme.
    public var instruments: [String] = []

    /// Nothing used.
    public init() {}

    /// What `game` used by its end, in definition order.
    public init(game: Game) {
        let spec = game.spec
        let state = game.state
        for (role, goals) in spec.roles.enumerated() {
            for (index, goal) in goals.goals.enumerated() where state.goalsReached[role][index] {
                reachedGoals.append("\(goals.id).\(goal.id)")
            }
        }
        for (index, goal) in spec.sharedGoals.enumerated() where state.sharedGoalsReached[index] {
            reachedGoals.append("shared.\(goal.id)")
        }
        decidedDilemmas = spec.dilemmas.indices.filter { state.dilemmas[$0].decisions > 0 }
            .map { spec.dilemmas[$0].id }
        madeCouplings = spec.couplings.indices.filter { state.couplingMade[$0] }
            .map { spec.couplings[$0].id }
        instruments =
            spec.agreements.indices.filter { state.agreementsSigned[$0] }.map {
                spec.agreements[$0].id
            } + (state.coordinatorRound != nil ? ["coordinator"] : [])
        if state.programme != nil { instruments.append("programme") }
    }
}
