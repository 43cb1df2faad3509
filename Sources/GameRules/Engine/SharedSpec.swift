/// One immutable copy of a game's rules, shared by reference between copies of a game.
///
/// Strategies copy games constantly; with the rules behind one reference a copy retains
/// one object instead of every array of the spec.
final class SharedSpec: Sendable {
    /// The rules.
    let spec: GameSpec

    /// Wraps `spec`.
    init(_ spec: GameSpec) { self.spec = spec }
}
