/// A district of the neighbourhood: its underground capacity and its variables.
public struct DistrictSpec: Hashable, Sendable, Codable {
    /// The district's id.
    public var id: String
    /// The display name.
    public var name: String
    /// Underground slots available for cables and pipes.
    public var slots: Int
    /// Slots already taken at the start.
    public var slotsUsed: Int
    /// Indices of this district's variables in `GameSpec.variables`.
    public var variables: [Int]
    /// The rounds (indices, below 0) in which its street was dug before the game
    /// (`dug = [2024, 2025]`): graafrust after the last one may still hold at the start.
    public var dugBefore: [Int] = []
    /// Its nuisance at the start.
    public var startNuisance: Double = 0

    /// Creates a district.
    public init(id: String, name: String, slots: Int, slotsUsed: Int = 0, variables: [Int] = []) {
        self.id = id
        self.name = name
        self.slots = slots
        self.slotsUsed = slotsUsed
        self.variables = variables
    }
}
