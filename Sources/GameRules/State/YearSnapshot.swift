/// The numbers of a game at one moment, for charts and reports.
public struct YearSnapshot: Hashable, Sendable, Codable {
    /// Each role's budget.
    public var budgets: [Double]
    /// Each fund's balance.
    public var funds: [Double]
    /// Trust as a row-major matrix: `trust[from * roles + to]`.
    public var trust: [Double]
    /// The mean trust between different roles.
    public var groupTrust: Double
    /// Every variable's value.
    public var variables: [Double]
    /// Every indicator's value.
    public var indicators: [Double]
    /// Each district's nuisance.
    public var nuisance: [Double]
    /// Each role's score.
    public var scores: [Double]
    /// The shared score.
    public var sharedScore: Double
    /// The collaboration form (index).
    public var form: Int
    /// The number of street openings so far.
    public var openings: Int
    /// Per role, how many of its goals are reached.
    public var goalsReached: [Int]
    /// The number of couplings made so far.
    public var couplingsMade: Int
    /// The agreement (index) in force, if any.
    public var agreement: Int? = nil
    /// True while the process coordinator is at work, else nil.
    public var coordinator: Bool? = nil
    /// Per role, the earmarked money that lapsed at this year's end; nil without earmarks.
    public var lapsed: [Double]? = nil
    /// The projects (indices) whose plans were fixed at this review; nil in a game whose
    /// plans never become fixed.
    public var fixedPlans: [Int]? = nil
    /// The joint programme at the year's end (its commitments, what it cost this year and
    /// which commitments were kept or dropped); nil while there is none.
    public var programme: ProgrammeState? = nil

    /// The numbers of `game` now.
    public init(_ game: Game) {
        // The state's fields are read in place: a copy of the state retained every array of it.
        budgets = game.state.budgets
        funds = game.state.funds
        trust = game.state.trust
        groupTrust = game.groupTrust
        variables = game.state.variables
        indicators = game.spec.indicators.indices.map { game.indicator($0) }
        nuisance = game.state.nuisance
        scores = game.spec.roles.indices.map { game.score(of: $0) }
        sharedScore = game.sharedScore
        form = game.state.form
        openings = game.state.openings.count
        goalsReached = game.state.goalsReached.map { $0.filter { $0 }.count }
        couplingsMade = game.state.couplingMade.filter { $0 }.count
        agreement = game.state.agreement
        coordinator = game.hasCoordinator ? true : nil
        lapsed = game.state.lapsed
        if game.spec.planFixing != nil {
            let round = game.state.round
            fixedPlans = game.state.projects.indices.filter {
                game.isFixed($0) && game.state.projects[$0].fixedSince == round
            }
        }
        programme = game.state.programme
    }
}
