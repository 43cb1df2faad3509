/// What one role may see of the game, decided in this one place; the facilitator sees all.
public struct RoleView: Hashable, Sendable, Codable {
    /// The role looking, or nil for the facilitator.
    public var viewer: Int?
    /// The current round (index).
    public var round: Int
    /// The current phase (index).
    public var phase: Int
    /// The role whose turn it is.
    public var activeRole: Int?
    /// The current collaboration form and the one agreed for next round.
    public var form: Int
    /// The form agreed for the next round, if any.
    public var pendingForm: Int?
    /// Whether the facilitator paused the game.
    public var paused: Bool
    /// How the game ended, once it has.
    public var outcome: Outcome?
    /// Budgets: the viewer's own (all for the facilitator); nil where hidden.
    public var budgets: [Double?]
    /// Fund balances (public).
    public var funds: [Double]
    /// Trust: the viewer's own row and others' trust in the viewer; nil where hidden.
    public var trust: [[Double?]]
    /// The group trust (public).
    public var groupTrust: Double
    /// Variables (public).
    public var variables: [Double]
    /// Nuisance per district (public).
    public var nuisance: [Double]
    /// Used underground slots per district (public).
    public var slotsUsed: [Int]
    /// Projects as the viewer sees them.
    public var projects: [ProjectView]
    /// Which roles shared their plans this round.
    public var shared: [Bool]
    /// Proposals on the table (public).
    public var proposals: [Proposal]
    /// Commitments (public).
    public var commitments: [Commitment]
    /// Dilemmas as the viewer sees them.
    public var dilemmas: [DilemmaView]
    /// How often each event fired (public).
    public var fired: [Int]
    /// Street openings so far (public).
    public var openings: [Opening]
    /// Couplings made and missed (public).
    public var couplingMade: [Bool]
    /// Couplings missed (public).
    public var couplingMissed: [Bool]
    /// Agreed couplings waiting for their round (public).
    public var couplingAgreed: [Bool]
    /// Agreed joint projects (public).
    public var jointAgreed: [Bool]
    /// Goals reached: the viewer's own (all for the facilitator); nil where hidden.
    public var goalsReached: [[Bool]?]
    /// Shared goals reached (public).
    public var sharedGoalsReached: [Bool]
    /// Which roles said ready in this phase (public).
    public var ready: [Bool]
    /// Per role, the goals (indices) of it that meetings revealed to the viewer (to the
    /// facilitator: to anyone); nil in a game without meetings.
    public var knownGoals: [[Int]]? = nil
    /// Everything that happened in public so far, with rounds, oldest first: the game's
    /// own history, shared and not copied. It is left out of the view's JSON (a client that
    /// wants it is sent the new entries only, as the bot protocol does).
    public var history: [HistoryEntry] = []
    /// The agreement (index) in force, if any (public).
    public var agreement: Int? = nil
    /// The round (index) it was signed in (public).
    public var agreementRound: Int? = nil
    /// True while the independent process coordinator is at work, else nil (public).
    public var coordinator: Bool? = nil
    /// Per role, the money still earmarked this year: the viewer's own (all for the
    /// facilitator); nil where hidden, and nil as a whole in a game without earmarks.
    public var earmarked: [Double?]? = nil
    /// The joint programme once started: its commitments and this year's account (public);
    /// nil before and in games without one.
    public var programme: ProgrammeState? = nil

    /// The keys of the view's JSON: every field but `history`.
    private enum CodingKeys: String, CodingKey {
        case viewer, round, phase, activeRole, form, pendingForm, paused, outcome, budgets, funds
        case trust, groupTrust, variables, nuisance, slotsUsed, projects, shared, proposals
        case commitments, dilemmas, fired, openings, couplingMade, couplingMissed
        case couplingAgreed, jointAgreed, goalsReached, sharedGoalsReached, ready, knownGoals
        case agreement, agreementRound, coordinator, earmarked
        case programme
    }
}
