/// A numeric variable of the game, global or belonging to a district, with bounds.
public struct VariableSpec: Hashable, Sendable, Codable {
    /// The full name: `noord.riool` for a district variable, `draagvlak` for a global one.
    public var name: String
    /// The owning district, if any.
    public var district: Int?
    /// The starting value.
    public var start: Double
    /// The lowest value it may take.
    public var min: Double
    /// The highest value it may take.
    public var max: Double

    /// Creates a variable.
    public init(
        name: String, district: Int? = nil, start: Double, min: Double = 0, max: Double = 100
    ) {
        self.name = name
        self.district = district
        self.start = start
        self.min = min
        self.max = max
    }
}
