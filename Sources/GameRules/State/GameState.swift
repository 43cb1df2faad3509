/// Everything that changes during a game; a plain value, cheap to copy.
public struct GameState: Hashable, Sendable, Codable {
    /// The current round (index, 0-based).
    public var round: Int = 0
    /// The current phase (index into the spec's phases).
    public var phase: Int = 0
    /// Set when the game is over.
    public var outcome: Outcome? = nil
    /// While paused, roles cannot act.
    public var paused = false
    /// Each role's budget.
    public var budgets: [Double]
    /// Each fund's balance.
    public var funds: [Double]
    /// Trust as a row-major matrix: `trust[from * roles + to]`.
    public var trust: [Double]
    /// Every variable's value.
    public var variables: [Double]
    /// Each district's nuisance.
    public var nuisance: [Double]
    /// Each district's used underground slots.
    public var slotsUsed: [Int]
    /// Each project's progress.
    public var projects: [ProjectState]
    /// Which roles said ready in the current phase.
    public var ready: [Bool]
    /// Which roles shared their plans this round.
    public var shared: [Bool]
    /// Which roles met which this round (`kennismaken`), row-major like `trust`.
    public var met: [Bool]
    /// The goals of others that meetings revealed, to whom, oldest first.
    public var revealedGoals: [RevealedGoal] = []
    /// Proposals of this round, numbered from 1 by their position.
    public var proposals: [Proposal] = []
    /// Commitments made, kept and broken.
    public var commitments: [Commitment] = []
    /// Each dilemma's progress.
    public var dilemmas: [DilemmaState]
    /// How often each event fired.
    public var fired: [Int]
    /// Every opening of a street so far.
    public var openings: [Opening] = []
    /// Per district, the last round (index) of the graafrust that began when a digging work
    /// there ended, if any.
    public var graafrustUntil: [Int?]
    /// Per coupling: agreed by the owners for the planned round.
    public var couplingAgreed: [Bool]
    /// Per coupling: carried out together.
    public var couplingMade: [Bool]
    /// Per coupling: both projects ran, apart.
    public var couplingMissed: [Bool]
    /// Per joint project: agreed by all partners.
    public var jointAgreed: [Bool]
    /// The current collaboration form.
    public var form: Int
    /// A form agreed for the next round.
    public var pendingForm: Int? = nil
    /// Per role, per goal: reached.
    public var goalsReached: [[Bool]]
    /// Per shared goal: reached.
    public var sharedGoalsReached: [Bool]
    /// Per role: the points effects gave it (`score(beheer) += 3`), on top of its goals.
    public var points: [Double]
    /// Proposals made per role in the current phase.
    public var proposalsThisPhase: [Int]
    /// Actions taken per role in the current phase.
    public var actionsThisPhase: [Int]
    /// Roles that were done for the phase when a proposal came that asks their answer: they
    /// get one more turn once everyone is done, so the keyboard never moves mid-turn.
    public var answerDue: [Bool]
    /// The agreement (index) in force, if any.
    public var agreement: Int? = nil
    /// The round (index) in which the agreement in force was signed.
    public var agreementRound: Int? = nil
    /// Per agreement: signed at some time in this game.
    public var agreementsSigned: [Bool]
    /// How often a party broke a term of an agreement.
    public var agreementBreaches = 0
    /// The round (index) the process coordinator was hired in, while one is at work.
    public var coordinatorRound: Int? = nil
    /// Per role, the money still earmarked this year; nil in a game without earmarks.
    public var earmarked: [Double]? = nil
    /// Per role, the earmarked money that lapsed at the last year's end; nil until then.
    public var lapsed: [Double]? = nil
    /// The joint programme once the table started it; nil before (and in games without one).
    public var programme: ProgrammeState? = nil
    /// The game's random generator.
    public var random: SeededGenerator
    /// Everything that happened in public so far, oldest first; only ever appended to, so
    /// a view shares it instead of copying it.
    public var history: [HistoryEntry] = []

    /// Number of roles.
    public var roleCount: Int { budgets.count }

    /// How much `from` trusts `to`.
    public func trust(_ from: Int, _ to: Int) -> Double { trust[from * roleCount + to] }

    /// The starting state of `spec` with `seed`.
    public init(spec: GameSpec, seed: UInt64) {
        let roles = spec.roles.count
        budgets = spec.roles.map(\.budget)
        funds = spec.funds.map(\.start)
        var matrix = Array(repeating: spec.trust.initial, count: roles * roles)
        for role in 0..<roles { matrix[role * roles + role] = 100 }
        for pair in spec.trust.start { matrix[pair.from * roles + pair.to] = pair.value }
        trust = matrix
        variables = spec.variables.map(\.start)
        nuisance = spec.districts.map(\.startNuisance)
        slotsUsed = spec.districts.map(\.slotsUsed)
        projects = Array(repeating: ProjectState(), count: spec.projects.count)
        ready = Array(repeating: false, count: roles)
        shared = Array(repeating: false, count: roles)
        met = Array(repeating: false, count: roles * roles)
        dilemmas = spec.dilemmas.map { DilemmaState(choosers: $0.choosers.count) }
        fired = Array(repeating: 0, count: spec.events.count)
        graafrustUntil = spec.districts.map { district in
            district.dugBefore.max().map { $0 + spec.digging.graafrustRounds }.flatMap {
                spec.digging.graafrustRounds > 0 && $0 >= 0 ? $0 : nil
            }
        }
        if spec.digging.graafrustBy == .agreement {
            graafrustUntil = spec.districts.map { _ in nil }
        }
        agreementsSigned = Array(repeating: false, count: spec.agreements.count)
        couplingAgreed = Array(repeating: false, count: spec.couplings.count)
        couplingMade = Array(repeating: false, count: spec.couplings.count)
        couplingMissed = Array(repeating: false, count: spec.couplings.count)
        jointAgreed = Array(repeating: false, count: spec.projects.count)
        form = spec.startForm
        goalsReached = spec.roles.map { Array(repeating: false, count: $0.goals.count) }
        sharedGoalsReached = Array(repeating: false, count: spec.sharedGoals.count)
        points = Array(repeating: 0, count: roles)
        proposalsThisPhase = Array(repeating: 0, count: roles)
        actionsThisPhase = Array(repeating: 0, count: roles)
        answerDue = Array(repeating: false, count: roles)
        random = SeededGenerator(seed: seed)
        earmarked = Game.startingEarmarks(spec)
        setUpProjectsBefore(spec)
    }

    /// Projects done or running before the game: their state, and the slots they take.
    private mutating func setUpProjectsBefore(_ spec: GameSpec) {
        for (index, rules) in spec.projects.enumerated() {
            if rules.doneBefore {
                projects[index].phase = .done
            } else if let started = rules.startedBefore {
                projects[index].phase = .running
                projects[index].startedRound = started
                projects[index].remaining = rules.duration + started
            } else {
                continue
            }
            slotsUsed[rules.district] += rules.slots
        }
    }
}
