/// A proposal as a version-2 save writes it, by ids: `{"coupling":{"id":"riool_warmte"}}`.
enum ProposalRecord: Codable, Hashable {
    /// Run a declared coupling.
    case coupling(id: String)
    /// Carry out a joint project.
    case jointProject(project: String)
    /// Move to another collaboration form.
    case form(id: String)
    /// Pay part of a project's cost from a fund.
    case fundSpending(fund: String, project: String, amount: Int)
    /// Sign an agreement.
    case agreement(id: String)
    /// Hire the process coordinator.
    case coordinator
    /// Start the joint programme.
    case programme
    /// Put a coupling in the joint programme for a year.
    case programmeCoupling(coupling: String, year: Int)
}
