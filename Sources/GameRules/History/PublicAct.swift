/// One thing that happened in public: what every role was told, by whom.
///
/// Indices refer to the game's spec; rounds are indices. Secret acts (plans before they are
/// shared, choices in a secret dilemma before it is decided) never appear here.
public enum PublicAct: Hashable, Sendable, Codable {
    /// `role` showed its plans to the table: its planned projects when the others could
    /// see them (at once in an open phase; when the next open phase began, if it shared in a
    /// secret one).
    case shared(role: Int, plans: [SharedPlan])
    /// `role` put proposal `number` (this round's, counting from 1) on the table.
    case proposed(role: Int, number: Int, kind: ProposalKind, concerned: [Int])
    /// `role` accepted or refused proposal `number` of this round.
    case responded(role: Int, proposal: Int, accept: Bool)
    /// The decision phase settled proposal `number` of this round.
    case settled(proposal: Int, accepted: Bool)
    /// `role` promised that `project` starts in `round`.
    case promised(role: Int, project: Int, round: Int)
    /// `role` kept its promise for `project`.
    case promiseKept(role: Int, project: Int)
    /// `role` broke its promise for `project`.
    case promiseBroken(role: Int, project: Int)
    /// `role` paid `amount` into `fund`.
    case contributed(role: Int, fund: Int, amount: Int)
    /// `role` gave `amount` to `to`.
    case transferred(role: Int, to: Int, amount: Int)
    /// A dilemma was decided: the option of each chooser, in the spec's order of choosers.
    case dilemmaDecided(dilemma: Int, choices: [Int])
    /// A dilemma's deadline passed undecided: its default outcome applied.
    case dilemmaDefaulted(dilemma: Int)
}
