import GameRules

/// `/muur`: the projector's view, public information only: year, phase, form, group trust,
/// districts, the plans the whole table may see, open proposals, funds, shared goals, and
/// the scores once the game is over. Never a secret plan.
///
/// A pure function of the game and the language, so a server can show it on a wall too.
public enum WallView {
    /// The lines of the wall for `game`, in `language`.
    public static func render(_ game: Game, language: Language, color: Bool = false) -> [String] {
        let c = ViewContext(
            game: game, viewer: nil, text: Messages(language), style: Style(color: color))
        let spec = game.spec
        let state = game.state
        let phase = game.isOver ? c.text("prompt.over") : c.text.phaseName(game.phase)
        var lines = [
            c.heading(c.text("wall.title", "\(game.currentYear)", phase))
        ]
        var form = spec.forms[state.form].name
        if let next = state.pendingForm {
            form += " " + c.text("status.next-form", spec.forms[next].name)
        }
        lines.append(c.text("status.form", form, Format.number(game.groupTrust)))
        lines += InstrumentLines.status(
            c, agreement: state.agreement, since: state.agreementRound,
            coordinator: game.hasCoordinator)
        lines += ProgrammeLines.wall(c, state.programme)
        lines.append(c.text("wall.districts"))
        for district in spec.districts.indices { lines += districtLines(c, district) }
        lines.append(c.text("wall.plans"))
        let plans = spec.projects.indices.filter {
            state.projects[$0].phase == .planned && isPublic(game, plan: $0)
        }
        if plans.isEmpty { lines.append("  " + c.text("wall.no-plans")) }
        for project in plans { lines.append("  " + planLine(c, project)) }
        lines += proposalLines(c)
        if !spec.funds.isEmpty {
            let funds = spec.funds.indices.map {
                "\(spec.funds[$0].name) (\(spec.funds[$0].id)) \(Format.number(state.funds[$0]))"
            }
            lines += Format.wrap(c.text("status.funds", funds.joined(separator: ", ")))
        }
        if !spec.sharedGoals.isEmpty {
            lines.append(c.text("scores.shared", Format.number(game.sharedScore)))
            lines += ScoresView.goals(c, spec.sharedGoals, state.sharedGoalsReached)
        }
        if game.isOver {
            for role in spec.roles.indices {
                lines.append(
                    "  " + c.text("scores.role", c.role(role), Format.number(game.score(of: role))))
            }
        }
        return lines
    }

    /// Whether the plan of `project` is public: every role may see it, or it is promised.
    public static func isPublic(_ game: Game, plan project: Int) -> Bool {
        let promised = game.state.commitments.contains { $0.project == project && $0.kept == nil }
        return promised || game.spec.roles.indices.allSatisfy { game.seesPlan(of: project, by: $0) }
    }

    private static func districtLines(_ c: ViewContext, _ district: Int) -> [String] {
        let spec = c.spec
        let state = c.game.state
        var parts = [
            c.text("district.nuisance") + " " + Format.number(state.nuisance[district])
        ]
        if let rest = state.graafrustUntil[district], rest >= state.round {
            parts.append(c.text("wall.graafrust", c.year(rest)))
        }
        let running = spec.projects.indices.filter {
            spec.projects[$0].district == district && state.projects[$0].phase == .running
        }
        if !running.isEmpty {
            parts.append(
                c.text("wall.running", running.map { c.project($0) }.joined(separator: ", ")))
        }
        let head = spec.districts[district].id + " (" + spec.districts[district].name + "): "
        return Format.wrap(head + parts.joined(separator: "; "), indent: "  ")
    }

    private static func planLine(_ c: ViewContext, _ project: Int) -> String {
        let rules = c.spec.projects[project]
        let round = c.game.state.projects[project].plannedRound ?? c.game.state.round
        let promised = c.game.state.commitments.contains { $0.project == project && $0.kept == nil }
        return Format.pad(c.year(round), 6) + Format.column(rules.id, 20) + " "
            + Format.column(c.role(rules.owner), 18) + " "
            + Format.column(c.spec.districts[rules.district].id, 8)
            + (rules.digs ? "  " + c.text("plans.digs") : "")
            + (promised ? "  " + c.text("plans.promised") : "")
    }

    private static func proposalLines(_ c: ViewContext) -> [String] {
        let open = c.game.state.proposals.enumerated().filter { $0.element.accepted == nil }
        guard !open.isEmpty else { return [] }
        let narrator = EventNarrator(
            game: c.game, proposalsBefore: [], text: c.text, style: c.style)
        var lines = [c.text("wall.proposals")]
        for (index, proposal) in open {
            lines += Format.wrap(
                "\(index + 1). " + narrator.describe(proposal.kind) + " (" + c.role(proposal.from)
                    + ")", indent: "  ")
        }
        return lines
    }
}
