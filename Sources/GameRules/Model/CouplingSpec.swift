/// A declared coupling opportunity (koppelkans): two or more projects that gain by running
/// together; a project may be in several.
public struct CouplingSpec: Hashable, Sendable, Codable {
    /// The coupling's id.
    public var id: String
    /// The display name.
    public var name: String
    /// The projects (indices), two or more; they are in the same district.
    public var projects: [Int]
    /// Money saved on the joint cost when both start in the same round by agreement.
    public var saving: Double
    /// How the joint cost after the saving is split between the owners.
    public var sharing: CostSharing
    /// Extra effects when the coupling is made.
    public var effects: [Effect]

    /// Creates a coupling.
    public init(
        id: String, name: String, projects: [Int], saving: Double,
        sharing: CostSharing = .proportional, effects: [Effect] = []
    ) {
        self.id = id
        self.name = name
        self.projects = projects
        self.saving = saving
        self.sharing = sharing
        self.effects = effects
    }
}
