import GameRules

/// One line after the header: an accepted action, or an undo of the last `undo` actions.
struct SaveEntry: Codable, Hashable {
    /// The action, when the line records one.
    var action: Action?
    /// How many actions were taken back, when the line records an undo.
    var undo: Int?
}
