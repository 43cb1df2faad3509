/// A recorded action that the rules refused on replay: the record does not fit the game.
public struct ReplayFailure: Error, Hashable, Sendable {
    /// The position of the action in the record (0-based).
    public var index: Int
    /// The action.
    public var action: Action
    /// Why it was refused.
    public var rejection: Rejection

    /// Creates a failure.
    public init(index: Int, action: Action, rejection: Rejection) {
        self.index = index
        self.action = action
        self.rejection = rejection
    }
}
