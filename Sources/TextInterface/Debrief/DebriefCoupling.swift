/// One declared coupling chance and what became of it.
public struct DebriefCoupling: Hashable, Sendable {
    /// What became of a coupling chance.
    public enum Status: String, Hashable, Sendable {
        /// Carried out together.
        case made
        /// Both projects ran, apart.
        case missed
        /// Not (yet) both projects ran.
        case unused
    }

    /// The coupling's id in the game file.
    public var id: String
    /// The coupling's name.
    public var name: String
    /// The names of its projects.
    public var projects: [String]
    /// What became of it.
    public var status: Status
    /// The saving the game file declares.
    public var saving: Double
    /// The money actually saved (0 unless made).
    public var saved: Double
    /// The calendar year it was made, if it was.
    public var year: Int?
}
