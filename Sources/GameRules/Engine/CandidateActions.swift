/// The actions `legalActions(for:)` chooses from, before each is checked, in the order
/// `Game.candidateActions(for:)` documents: counted from a few numbers and each made from
/// its place on demand, so a random player that picks one by its place never lists them all.
public struct CandidateActions: RandomAccessCollection, Sendable {
    /// The game the candidates are of (a copy: two references).
    let game: Game
    /// The role whose candidates these are.
    let role: Int
    /// How many candidates there are.
    public let count: Int
    /// Where each group of segments begins (`CandidateWalk.starts`).
    private let starts: SIMD8<Int>

    /// The candidates of `role` in `game`.
    init(game: Game, role: Int) {
        self.game = game
        self.role = role
        let walk = game.walkCandidates(of: role, to: nil)
        self.count = walk.count
        self.starts = walk.starts
    }

    /// The place of the first candidate.
    public var startIndex: Int { 0 }

    /// The place after the last candidate.
    public var endIndex: Int { count }

    /// The candidate at `position`, made from its place alone.
    public subscript(position: Int) -> Action {
        precondition(position >= 0 && position < count, "candidate index out of range")
        // The walk starts at the last group that begins at or before `position`; it only
        // stops at a place below `count`, so it always makes an action.
        var group = CandidateWalk.groups - 1
        while starts[group] > position { group -= 1 }
        let walk = game.walkCandidates(
            of: role, to: position, fromGroup: group, at: starts[group])
        return walk.action ?? .ready(role: role)
    }

    /// Every candidate in order, listed at once (cheaper than making each from its place).
    public func makeIterator() -> IndexingIterator<[Action]> {
        game.candidateList(for: role).makeIterator()
    }
}
