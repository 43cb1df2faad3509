import GameRules

/// One line after the header, read back: an accepted action, an undo of the last `undo`
/// actions, or a seat handed over. It is also how a version-1 save writes its lines (actions by index).
struct SaveEntry: Codable, Hashable {
    /// The action, when the line records one.
    var action: Action?
    /// How many actions were taken back, when the line records an undo.
    var undo: Int?
    /// The seat handed over, when the line records one (version 2 only).
    var seat: SeatRecord?
}
