import GameRules

/// The words about plans that become fixed (*vastgesteld*): beside a plan, in a coupling
/// proposal and in the year summary; none in a game whose plans never become fixed.
enum PlanFixingLines {
    /// "vastgesteld sinds 2028" or "wordt vastgesteld in 2029" for a plan the viewer sees,
    /// or nil.
    static func note(_ c: ViewContext, project: Int) -> String? {
        guard let rules = c.spec.planFixing else { return nil }
        // From the view, not the game: only what the viewer may see of the plan.
        let view = c.view.projects[project]
        guard view.phase == .planned, let start = view.plannedRound else { return nil }
        if let since = view.fixedSince { return c.text("plans.fixed-since", c.year(since)) }
        let round = max(c.view.round, rules.fixingRound(forStart: start))
        guard round < start else { return nil }
        return c.text("plans.fixed-in", c.year(round))
    }

    /// The year summary's line: the plans fixed at this review, with owner and start.
    static func summary(_ c: ViewContext, _ snapshot: YearSnapshot) -> [String] {
        guard let fixed = snapshot.fixedPlans, !fixed.isEmpty else { return [] }
        let plans = fixed.map { project -> String in
            let status = c.game.state.projects[project]
            let start = (status.plannedRound ?? status.startedRound).map { c.year($0) } ?? "?"
            return "\(c.project(project)) (\(c.role(c.spec.projects[project].owner)), \(start))"
        }
        return Format.hang(c.text("summary.fixed", plans.joined(separator: ", ")))
    }

    /// What each owner of a fixed plan pays to couple `coupling` now, as "Netbeheer 2,
    /// Gemeente 2", or nil when no one pays.
    static func surcharges(_ game: Game, coupling: Int, role: (Int) -> String) -> String? {
        guard game.spec.planFixing != nil else { return nil }
        let owners = game.spec.couplings[coupling].projects.map { game.spec.projects[$0].owner }
        var seen: Set<Int> = []
        let parts = owners.compactMap { owner -> String? in
            guard seen.insert(owner).inserted else { return nil }
            let amount = game.lateCouplingSurcharge(coupling, for: owner)
            return amount > 0 ? "\(role(owner)) \(Format.number(amount))" : nil
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
