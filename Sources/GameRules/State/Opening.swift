/// One round in which a district's street was open, and the projects digging in it.
public struct Opening: Hashable, Sendable, Codable {
    /// The district.
    public var district: Int
    /// The round (index).
    public var round: Int
    /// The digging projects.
    public var projects: [Int]
    /// Whether it broke graafrust.
    public var breach: Bool

    /// Creates an opening.
    public init(district: Int, round: Int, projects: [Int], breach: Bool) {
        self.district = district
        self.round = round
        self.projects = projects
        self.breach = breach
    }
}
