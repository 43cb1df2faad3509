/// A complete, validated game: everything the rules need, with every name resolved to an index.
///
/// `GameDefinition` builds it from a TOML file; the engine never sees text it must parse.
public struct GameSpec: Hashable, Sendable, Codable {
    /// The game's title.
    public var title: String
    /// The language of the players' texts (`nl` or `en`).
    public var language: String
    /// The calendar year of the first round.
    public var firstYear: Int
    /// The number of rounds (years).
    public var rounds: Int
    /// The phases of every round, in order.
    public var phases: [PhaseSpec]
    /// The roles (two to eight).
    public var roles: [RoleSpec]
    /// The shared funds.
    public var funds: [FundSpec]
    /// How trust starts, changes and drifts.
    public var trust: TrustSpec
    /// The districts of the neighbourhood.
    public var districts: [DistrictSpec]
    /// Every variable, district and global, in index order.
    public var variables: [VariableSpec]
    /// Named values shown on the score board.
    public var indicators: [IndicatorSpec]
    /// The projects roles can plan.
    public var projects: [ProjectSpec]
    /// Declared coupling opportunities (koppelkansen).
    public var couplings: [CouplingSpec]
    /// Openings, shared digging and graafrust.
    public var digging: DiggingSpec
    /// How kept and broken commitments move trust.
    public var commitments: CommitmentSpec
    /// Choice cards.
    public var dilemmas: [DilemmaSpec]
    /// Scheduled, conditional and random events.
    public var events: [EventSpec]
    /// The collaboration forms, lowest first.
    public var forms: [FormSpec]
    /// The form the game starts in.
    public var startForm: Int
    /// The shared goals (social value).
    public var sharedGoals: [GoalSpec]
    /// When this holds at a review, everyone loses and the game ends.
    public var collectiveLoss: Expression?
    /// When this holds at a review, the game ends early.
    public var endWhen: Expression?
    /// Whether budgets may go below zero.
    public var allowDebt: Bool
    /// Questions for the debrief at the end.
    public var reflection: [String]
    /// A question asked at the review of a given round (index), if any.
    public var roundQuestions: [RoundQuestion]
    /// The amounts offered to bots for contributions and transfers.
    public var moneySteps: [Int]

    /// Creates a game with sensible defaults; `GameDefinition` fills it in.
    public init(
        title: String, language: String = "nl", firstYear: Int = 2025, rounds: Int,
        phases: [PhaseSpec] = PhaseSpec.standard, roles: [RoleSpec], funds: [FundSpec] = [],
        trust: TrustSpec = TrustSpec(), districts: [DistrictSpec] = [],
        variables: [VariableSpec] = [], indicators: [IndicatorSpec] = [],
        projects: [ProjectSpec] = [], couplings: [CouplingSpec] = [],
        digging: DiggingSpec = DiggingSpec(), commitments: CommitmentSpec = CommitmentSpec(),
        dilemmas: [DilemmaSpec] = [], events: [EventSpec] = [], forms: [FormSpec] = [FormSpec.solo],
        startForm: Int = 0, sharedGoals: [GoalSpec] = [], collectiveLoss: Expression? = nil,
        endWhen: Expression? = nil, allowDebt: Bool = false, reflection: [String] = [],
        roundQuestions: [RoundQuestion] = [], moneySteps: [Int] = [5, 10, 20]
    ) {
        self.title = title
        self.language = language
        self.firstYear = firstYear
        self.rounds = rounds
        self.phases = phases
        self.roles = roles
        self.funds = funds
        self.trust = trust
        self.districts = districts
        self.variables = variables
        self.indicators = indicators
        self.projects = projects
        self.couplings = couplings
        self.digging = digging
        self.commitments = commitments
        self.dilemmas = dilemmas
        self.events = events
        self.forms = forms
        self.startForm = startForm
        self.sharedGoals = sharedGoals
        self.collectiveLoss = collectiveLoss
        self.endWhen = endWhen
        self.allowDebt = allowDebt
        self.reflection = reflection
        self.roundQuestions = roundQuestions
        self.moneySteps = moneySteps
    }
}
