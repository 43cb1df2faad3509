/// One district in the debrief.
public struct DebriefDistrict: Hashable, Sendable {
    /// The district's id in the game file.
    public var id: String
    /// The district's name.
    public var name: String
}
