/// A role's action as a version-2 save writes it: every thing by its id, a round by its year,
/// for example `{"plan":{"project":"riool_noord","role":"beheer","year":2027}}`.
enum ActionRecord: Codable, Hashable {
    /// Schedule a project to start in a year.
    case plan(role: String, project: String, year: Int)
    /// Take a planned project off the schedule.
    case unplan(role: String, project: String)
    /// Pay into a shared fund.
    case contribute(role: String, fund: String, amount: Int)
    /// Give money to another role.
    case transfer(role: String, to: String, amount: Int)
    /// Show this round's plans to the table.
    case share(role: String)
    /// Put a proposal on the table.
    case propose(role: String, proposal: ProposalRecord)
    /// Accept or refuse an open proposal, by its number in the game.
    case respond(role: String, proposal: Int, accept: Bool)
    /// Promise a planned project publicly.
    case commit(role: String, project: String)
    /// Choose an option of a dilemma.
    case choose(role: String, dilemma: String, option: String)
    /// Say the role is done for this phase.
    case ready(role: String)
    /// Meet another role on purpose (`kennismaken`).
    case meet(role: String, with: String)
    /// Show the plan of one project.
    case shareProject(role: String, project: String)
}
