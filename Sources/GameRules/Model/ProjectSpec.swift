/// A piece of work a role can plan: where, what it costs, how long, and what it does.
public struct ProjectSpec: Hashable, Sendable, Codable {
    /// The five kinds of project of the domain (seed 003).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Management-led, such as sewer replacement.
        case beheer
        /// Transition-led: heat network, charging, water storage.
        case transitie
        /// Development-led: new housing.
        case ontwikkeling
        /// Restructuring an existing area.
        case herstructurering
        /// Neighbourhood-led, the socio-economic agenda.
        case wijk
    }

    /// The project's id.
    public var id: String
    /// The display name.
    public var name: String
    /// A short description for players.
    public var text: String
    /// The owning role.
    public var owner: Int
    /// Other roles that share the work and the cost (a joint project).
    public var partners: [Int]
    /// How a joint project's cost is split.
    public var sharing: CostSharing
    /// The kind of project.
    public var kind: Kind
    /// The district it is in.
    public var district: Int
    /// The cost, paid at the start.
    public var cost: Double
    /// How many rounds it runs.
    public var duration: Int
    /// The first round (index) in which it may start.
    public var earliestStart: Int
    /// The last round (index) in which it may start; after it the project fails.
    public var latestStart: Int?
    /// The round (index) by which it must be done.
    public var deadline: Int?
    /// What happens when the deadline is missed.
    public var deadlineEffects: [Effect]
    /// Whether it opens the street.
    public var digs: Bool
    /// Underground slots it takes from its start on.
    public var slots: Int
    /// Extra nuisance per round while it runs (on top of the opening's).
    public var nuisance: Double
    /// What must hold before it may be planned and started.
    public var precondition: Expression?
    /// Effects applied in every round it runs.
    public var runningEffects: [Effect]
    /// Effects applied when it is done.
    public var doneEffects: [Effect]
    /// Whether it was done before the game (`status = "done"`): done from the start, its
    /// slots taken, its cost and effects left out.
    public var doneBefore = false
    /// The round (index, below 0) it started in before the game (`started = 2025`): it is
    /// running at the start with the rounds of work it has left; nil when it was not.
    public var startedBefore: Int? = nil

    /// Creates a project.
    public init(
        id: String, name: String, text: String = "", owner: Int, partners: [Int] = [],
        sharing: CostSharing = .proportional, kind: Kind, district: Int, cost: Double,
        duration: Int = 1, earliestStart: Int = 0, latestStart: Int? = nil, deadline: Int? = nil,
        deadlineEffects: [Effect] = [], digs: Bool = false, slots: Int = 0, nuisance: Double = 0,
        precondition: Expression? = nil, runningEffects: [Effect] = [], doneEffects: [Effect] = []
    ) {
        self.id = id
        self.name = name
        self.text = text
        self.owner = owner
        self.partners = partners
        self.sharing = sharing
        self.kind = kind
        self.district = district
        self.cost = cost
        self.duration = duration
        self.earliestStart = earliestStart
        self.latestStart = latestStart
        self.deadline = deadline
        self.deadlineEffects = deadlineEffects
        self.digs = digs
        self.slots = slots
        self.nuisance = nuisance
        self.precondition = precondition
        self.runningEffects = runningEffects
        self.doneEffects = doneEffects
    }

    /// The owner followed by the partners: everyone who pays.
    public var payers: [Int] { [owner] + partners }

    /// How many roles pay for it as a joint project (`payers.count`, without making the list).
    public var payerCount: Int { partners.count + 1 }
}
