/// A party at the table: its budget, income, goals and the kinds of project it may own.
public struct RoleSpec: Hashable, Sendable, Codable {
    /// The role's id (`beheer`).
    public var id: String
    /// The display name (`Stadsbeheer`).
    public var name: String
    /// The briefing text shown to the player.
    public var brief: String
    /// The starting budget.
    public var budget: Double
    /// Money received at the start of every round after the first.
    public var income: Double
    /// The private goals that make up this role's score.
    public var goals: [GoalSpec]
    /// The kinds of project this role may own (all five unless the definition says).
    public var kinds: [ProjectSpec.Kind]
    /// Money earmarked each year for one kind of project, lapsing when unspent; nil for none.
    public var earmark: EarmarkSpec? = nil

    /// Creates a role.
    public init(
        id: String, name: String, brief: String = "", budget: Double, income: Double = 0,
        goals: [GoalSpec] = [], kinds: [ProjectSpec.Kind] = ProjectSpec.Kind.allCases
    ) {
        self.id = id
        self.name = name
        self.brief = brief
        self.budget = budget
        self.income = income
        self.goals = goals
        self.kinds = kinds
    }
}
