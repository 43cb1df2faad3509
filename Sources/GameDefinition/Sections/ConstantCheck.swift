import GameRules

/// Finds conditions that the expression compiler folded to a constant.
enum ConstantCheck {
    /// Whether `condition` is false whatever happens in the game.
    static func isAlwaysFalse(_ condition: Expression) -> Bool {
        condition.constantValue == 0
    }
}
