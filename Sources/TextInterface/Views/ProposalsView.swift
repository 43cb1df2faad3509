import GameRules

/// `voorstellen`: the proposals of this round, numbered, with every answer so far.
enum ProposalsView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let narrator = EventNarrator(
            game: c.game, proposalsBefore: [], text: c.text, style: c.style)
        var lines = [c.heading(c.text("proposals.title"))]
        if c.view.proposals.isEmpty { return lines + ["  " + c.text("proposals.none")] }
        for (index, proposal) in c.view.proposals.enumerated() {
            let state: String
            switch proposal.accepted {
            case .some(true): state = c.style.green(c.text("proposals.accepted"))
            case .some(false): state = c.style.red(c.text("proposals.rejected"))
            case .none: state = c.text("proposals.open")
            }
            lines += Format.wrap(
                "\(index + 1). " + narrator.describe(proposal.kind) + " (" + c.role(proposal.from)
                    + ") " + state, indent: "  ")
            let answers = proposal.concerned.map { role -> String in
                let answer =
                    proposal.answers[role].map {
                        $0 ? c.text("proposals.yes") : c.text("proposals.no")
                    } ?? "?"
                return "\(c.role(role)): \(answer)"
            }
            if !answers.isEmpty {
                lines += Format.wrap(answers.joined(separator: ", "), indent: "     ")
            }
        }
        lines.append(c.text("proposals.how"))
        return lines
    }
}
