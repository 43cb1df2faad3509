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

    /// Creates a district.
    public init(id: String, name: String, slots: Int, slotsUsed: Int = 0, variables: [Int] = []) {
        self.id = id
        self.name = name
        self.slots = slots
        self.slotsUsed = slotsUsed
        self.variables = variables
    }
}
