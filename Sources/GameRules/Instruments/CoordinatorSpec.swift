/// An independent process coordinator (*samenwerkingscoördinator*): paid jointly, in any
/// collaboration form, with no vote. It steers the process, not the content.
public struct CoordinatorSpec: Hashable, Sendable, Codable {
    /// The display name.
    public var name: String
    /// A short explanation for players.
    public var text: String = ""
    /// The cost per round, paid from `fund` as far as it reaches, the rest by the parties.
    public var cost: Double = 0
    /// A fund (index) that pays the coordinator first, or nil.
    public var fund: Int? = nil
    /// The group trust needed to hire one.
    public var minGroupTrust: Double = 0
    /// Rounds added, once, to a dilemma whose deadline passes undecided (a hot potato).
    public var extraRounds = 1
    /// The part of the trust lost on a refused proposal that still counts (0 to 1).
    public var refusalFactor = 0.5
    /// Whether everyone sees the plans of projects in couplings not yet made.
    public var showsCouplings = true

    /// Creates a coordinator with the defaults.
    public init(name: String) {
        self.name = name
    }
}
