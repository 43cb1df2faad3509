/// Everything a role or the facilitator can do; the only way the state changes.
public enum Action: Hashable, Sendable, Codable {
    /// Schedule one of the role's projects to start in a round (index).
    case plan(role: Int, project: Int, round: Int)
    /// Take a planned project off the schedule.
    case unplan(role: Int, project: Int)
    /// Pay money from the role's budget into a shared fund.
    case contribute(role: Int, fund: Int, amount: Int)
    /// Give money to another role.
    case transfer(role: Int, to: Int, amount: Int)
    /// Show this round's plans to the whole table.
    case share(role: Int)
    /// Put a proposal on the table.
    case propose(role: Int, proposal: ProposalKind)
    /// Accept or refuse an open proposal (by its number).
    case respond(role: Int, proposal: Int, accept: Bool)
    /// Promise publicly that a planned project will start in its planned round.
    case commit(role: Int, project: Int)
    /// Choose an option of an open dilemma.
    case choose(role: Int, dilemma: Int, option: Int)
    /// Say the role is done for this phase.
    case ready(role: Int)
    /// Meet another role on purpose (`kennismaken`): pay a little, gain mutual trust, and
    /// learn one of its goals.
    case meet(role: Int, with: Int)
    /// Show the plan of one of the role's projects to the table.
    case shareProject(role: Int, project: Int)
    /// A facilitator's intervention.
    case facilitator(FacilitatorAction)

    /// The role that acts, or nil for the facilitator.
    public var role: Int? {
        switch self {
        case .plan(let role, _, _), .unplan(let role, _), .contribute(let role, _, _),
            .transfer(let role, _, _), .share(let role), .propose(let role, _),
            .respond(let role, _, _), .commit(let role, _), .choose(let role, _, _),
            .ready(let role), .meet(let role, _), .shareProject(let role, _):
            return role
        case .facilitator:
            return nil
        }
    }
}
