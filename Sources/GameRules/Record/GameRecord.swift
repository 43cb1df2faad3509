/// A whole game as data: which definition, which seed, and every action in order.
///
/// Save, resume, replay, undo (the record minus its last action) and bug reports all use
/// this one format.
public struct GameRecord: Hashable, Sendable, Codable {
    /// The hash of the definition file the game was played with.
    public var definitionHash: String
    /// The seed of the game's generator.
    public var seed: UInt64
    /// Every accepted action, in order.
    public var actions: [Action]

    /// Creates a record.
    public init(definitionHash: String, seed: UInt64, actions: [Action] = []) {
        self.definitionHash = definitionHash
        self.seed = seed
        self.actions = actions
    }

    /// The record without its last action.
    public var undone: GameRecord {
        var copy = self
        if !copy.actions.isEmpty { copy.actions.removeLast() }
        return copy
    }
}
