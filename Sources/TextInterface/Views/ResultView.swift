import GameRules

/// The end of the game: scores, goals, couplings made and missed, and the reflection
/// questions for the group.
enum ResultView {
    /// The lines of the result screen (seen by all: the game is over).
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        let game = c.game
        var lines = ["", c.style.bold(Format.heading(c.text("result.title")))]
        switch game.state.outcome {
        case .collectiveLoss: lines.append(c.style.red(c.text("result.collective-loss")))
        case .ended: lines.append(c.text("result.ended", c.year(game.state.round)))
        default: lines.append(c.text("result.completed", "\(spec.rounds)"))
        }
        lines.append("")
        for role in spec.roles.indices {
            let reached = game.state.goalsReached[role].filter { $0 }.count
            lines.append(
                "  " + Format.pad(spec.roles[role].name, 28)
                    + Format.right(Format.number(game.score(of: role)), 5)
                    + "   "
                    + c.text("result.goals", "\(reached)", "\(spec.roles[role].goals.count)"))
        }
        lines.append(
            "  " + Format.pad(c.text("result.shared"), 28)
                + Format.right(Format.number(game.sharedScore), 5))
        lines.append("")
        lines.append(c.text("result.goals-title"))
        for role in spec.roles.indices {
            lines.append("  " + spec.roles[role].name)
            lines += ScoresView.goals(c, spec.roles[role].goals, game.state.goalsReached[role]).map
            { "  " + $0 }
        }
        if !spec.sharedGoals.isEmpty {
            lines.append("  " + c.text("result.shared"))
            lines += ScoresView.goals(c, spec.sharedGoals, game.state.sharedGoalsReached).map {
                "  " + $0
            }
        }
        lines += couplings(c)
        if !spec.reflection.isEmpty {
            lines.append("")
            lines.append(c.style.bold(c.text("result.reflection")))
            for (number, question) in spec.reflection.enumerated() {
                let wrapped = Format.wrap(question, width: Format.width - 6)
                lines += wrapped.enumerated().map {
                    ($0.offset == 0 ? "  \(number + 1). " : "     ") + $0.element
                }
            }
        }
        lines.append("")
        lines.append(c.text("result.after"))
        return lines
    }

    private static func couplings(_ c: ViewContext) -> [String] {
        let spec = c.spec
        guard !spec.couplings.isEmpty else { return [] }
        var lines = ["", c.text("result.couplings")]
        for (index, coupling) in spec.couplings.enumerated() {
            let state: String
            if c.game.state.couplingMade[index] {
                state = c.style.green(c.text("result.coupling-made"))
            } else if c.game.state.couplingMissed[index] {
                state = c.style.red(c.text("result.coupling-missed"))
            } else {
                state = c.text("result.coupling-unused")
            }
            lines.append("  " + Format.pad(coupling.name, 44) + " " + state)
        }
        return lines
    }
}
