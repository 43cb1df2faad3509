import GameRules

/// What was read from a save file: the header and the actions up to the first damage.
public struct SaveContents: Sendable {
    /// The header.
    public var header: SaveHeader
    /// The intact actions, after applying the recorded undos.
    public var actions: [Action]
    /// For each action, its line in the file (1-based).
    public var lines: [Int]
    /// The first damaged line, if any; everything from it on was dropped.
    public var damage: SaveProblem?
    /// The number of undo lines applied.
    public var undos: Int
    /// Where each line of the file starts (byte offset), by line number minus one.
    public var lineStarts: [Int]
    /// The length in bytes of the intact part: everything before the damaged line.
    public var intactLength: Int
}
