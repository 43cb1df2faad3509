/// One collaboration form in the debrief, with the group trust it needs.
public struct DebriefForm: Hashable, Sendable {
    /// The form's id in the game file.
    public var id: String
    /// The form's name.
    public var name: String
    /// The minimum group trust the form needs (a threshold line on the trust chart).
    public var minGroupTrust: Double
}
