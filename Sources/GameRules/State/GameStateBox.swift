/// The one reference a game's state lives behind, shared by copies of the game until one
/// of them changes it.
@usableFromInline final class GameStateBox: @unchecked Sendable {
    // @unchecked, and no exclusivity checks: `state` changes only through `Game.state`'s
    // `_modify`, on a box no other copy of the game shares, so no two accesses ever overlap
    // (and reading the state, done constantly, costs no check).
    /// Where the game stands.
    @usableFromInline @exclusivity(unchecked) var state: GameState

    /// A box holding `state`.
    @usableFromInline init(_ state: GameState) { self.state = state }
}
