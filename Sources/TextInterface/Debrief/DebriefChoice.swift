/// One role's choice in a dilemma.
public struct DebriefChoice: Hashable, Sendable {
    /// The role (index).
    public var role: Int
    /// The option's id.
    public var option: String
    /// The option's label.
    public var label: String
    /// Whether the role did not choose and got the default.
    public var byDefault: Bool
}
