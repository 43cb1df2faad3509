/// One role's turn in one phase of one round: who has the keyboard, or is announced.
struct Turn: Hashable {
    /// The round (index).
    var round: Int
    /// The phase (index).
    var phase: Int
    /// The role.
    var role: Int
}
