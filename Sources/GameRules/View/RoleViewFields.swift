/// The stored fields of a `RoleView`, behind its one reference (`RoleViewBox`).
@usableFromInline struct RoleViewFields: Hashable, Sendable, Codable {
    /// The role looking, or nil for the facilitator.
    @usableFromInline var viewer: Int?
    /// The current round (index).
    @usableFromInline var round: Int
    /// The current phase (index).
    @usableFromInline var phase: Int
    /// The role whose turn it is.
    @usableFromInline var activeRole: Int?
    /// The current collaboration form and the one agreed for next round.
    @usableFromInline var form: Int
    /// The form agreed for the next round, if any.
    @usableFromInline var pendingForm: Int?
    /// Whether the facilitator paused the game.
    @usableFromInline var paused: Bool
    /// How the game ended, once it has.
    @usableFromInline var outcome: Outcome?
    /// Budgets: the viewer's own (all for the facilitator); nil where hidden.
    @usableFromInline var budgets: [Double?]
    /// Fund balances (public).
    @usableFromInline var funds: [Double]
    /// Trust: the viewer's own row and others' trust in the viewer; nil where hidden.
    @usableFromInline var trust: [[Double?]]
    /// The group trust (public).
    @usableFromInline var groupTrust: Double
    /// Variables (public).
    @usableFromInline var variables: [Double]
    /// Nuisance per district (public).
    @usableFromInline var nuisance: [Double]
    /// Used underground slots per district (public).
    @usableFromInline var slotsUsed: [Int]
    /// Projects as the viewer sees them.
    @usableFromInline var projects: [ProjectView]
    /// Which roles shared their plans this round.
    @usableFromInline var shared: [Bool]
    /// Proposals on the table (public).
    @usableFromInline var proposals: [Proposal]
    /// Commitments (public).
    @usableFromInline var commitments: [Commitment]
    /// Dilemmas as the viewer sees them.
    @usableFromInline var dilemmas: [DilemmaView]
    /// How often each event fired (public).
    @usableFromInline var fired: [Int]
    /// Street openings so far (public).
    @usableFromInline var openings: [Opening]
    /// Couplings made and missed (public).
    @usableFromInline var couplingMade: [Bool]
    /// Couplings missed (public).
    @usableFromInline var couplingMissed: [Bool]
    /// Agreed couplings waiting for their round (public).
    @usableFromInline var couplingAgreed: [Bool]
    /// Agreed joint projects (public).
    @usableFromInline var jointAgreed: [Bool]
    /// Goals reached: the viewer's own (all for the facilitator); nil where hidden.
    @usableFromInline var goalsReached: [[Bool]?]
    /// Shared goals reached (public).
    @usableFromInline var sharedGoalsReached: [Bool]
    /// Which roles said ready in this phase (public).
    @usableFromInline var ready: [Bool]
    /// Per role, the goals (indices) of it that meetings revealed to the viewer (to the
    /// facilitator: to anyone); nil in a game without meetings.
    @usableFromInline var knownGoals: [[Int]]? = nil
    /// Everything that happened in public so far, with rounds, oldest first: the game's
    /// own history, shared and not copied. It is left out of the view's JSON (a client that
    /// wants it is sent the new entries only, as the bot protocol does).
    @usableFromInline var history: [HistoryEntry] = []
    /// The agreement (index) in force, if any (public).
    @usableFromInline var agreement: Int? = nil
    /// The round (index) it was signed in (public).
    @usableFromInline var agreementRound: Int? = nil
    /// True while the independent process coordinator is at work, else nil (public).
    @usableFromInline var coordinator: Bool? = nil
    /// Per role, the money still earmarked this year: the viewer's own (all for the
    /// facilitator); nil where hidden, and nil as a whole in a game without earmarks.
    @usableFromInline var earmarked: [Double?]? = nil
    /// The joint programme once started: its commitments and this year's account (public);
    /// nil before and in games without one.
    @usableFromInline var programme: ProgrammeState? = nil

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

extension RoleViewFields {
    /// `RoleView.dropSharedState()` on the fields themselves.
    mutating func dropSharedState() {
        (funds, variables, nuisance, slotsUsed) = ([], [], [], [])
        (shared, couplingMade, couplingMissed, couplingAgreed) = ([], [], [], [])
        (proposals, commitments, fired, openings) = ([], [], [], [])
        (jointAgreed, sharedGoalsReached, ready, history) = ([], [], [], [])
        for role in goalsReached.indices { goalsReached[role] = nil }
        for dilemma in dilemmas.indices { dilemmas[dilemma].decided = nil }
        programme = nil
    }
}
