/// What a proposal asks the table to agree to.
public enum ProposalKind: Hashable, Sendable, Codable {
    /// Run the two projects of a declared coupling together, in the round both are planned.
    case coupling(Int)
    /// Carry out a joint project with its partners, sharing the cost by its key.
    case jointProject(Int)
    /// Move to another collaboration form from the next round on.
    case form(Int)
    /// Pay part of a project's cost from a shared fund.
    case fundSpending(fund: Int, project: Int, amount: Int)
    /// Sign an agreement (index) with its terms; everyone must accept.
    case agreement(Int)
    /// Hire the independent process coordinator; everyone must accept.
    case coordinator
    /// Start the joint programme (tactical frame); everyone must accept.
    case programme
    /// Put a coupling in the joint programme for a round (or move it there); its owners
    /// must accept.
    case programmeCoupling(coupling: Int, round: Int)
}
