/// Building trust on purpose (seed 002: "Investeer in elkaar leren kennen"): meeting another
/// role (`kennismaken`), and showing the plan of one project instead of all or nothing.
extension Game {
    /// Why `role` may not meet `other` now, or nil.
    func checkMeeting(_ role: Int, _ other: Int) -> Rejection? {
        guard spec.trust.meet != 0 else { return Rejection(.meetingOff) }
        guard spec.roles.indices.contains(other) else {
            return Rejection(.unknownRole, .role(other))
        }
        guard other != role else { return Rejection(.sameRole) }
        if state.met[role * spec.roles.count + other] {
            return Rejection(.alreadyMet, .role(other))
        }
        let cost = spec.trust.meetCost
        if cost > 0, !spec.allowDebt, cost > state.budgets[role] + 0.000_001 {
            return Rejection(
                .overBudget, .money(cost), .money(state.budgets[role]), .money(cost), .money(0))
        }
        return nil
    }

    /// `role` meets `other`: pays the cost, both gain trust in each other, and `role` alone
    /// learns the first goal of `other` it did not know yet.
    mutating func meet(_ role: Int, _ other: Int, _ told: inout [ToldEvent]) {
        state.met[role * spec.roles.count + other] = true
        if spec.trust.meetCost > 0 {
            let before = state.budgets[role]
            setBudget(role, before - spec.trust.meetCost)
            tell(change(.budget(role: role, before: before, after: state.budgets[role])), &told)
        }
        setTrust(role, other, trust(role, other) + spec.trust.meet)
        setTrust(other, role, trust(other, role) + spec.trust.meet)
        tell(ToldEvent(.met(role: role, with: other, trust: spec.trust.meet)), &told)
        let known = Set(
            state.revealedGoals.filter { $0.to == role && $0.role == other }.map(\.goal))
        if let goal = spec.roles[other].goals.indices.first(where: { !known.contains($0) }) {
            state.revealedGoals.append(RevealedGoal(to: role, role: other, goal: goal))
            tell(
                ToldEvent(.goalRevealed(role: role, of: other, goal: goal), to: .role(role)), &told)
        }
    }

    /// The goals (indices) of `role` that meetings revealed to `viewer`.
    public func revealedGoals(of role: Int, to viewer: Int) -> [Int] {
        state.revealedGoals.filter { $0.to == viewer && $0.role == role }.map(\.goal)
    }

    /// Why `role` may not show the plan of `project` now, or nil.
    func checkProjectSharing(_ role: Int, _ project: Int) -> Rejection? {
        guard spec.trust.shareProject != nil else { return Rejection(.projectSharingOff) }
        guard spec.projects.indices.contains(project) else {
            return Rejection(.unknownProject, .project(project))
        }
        let owner = spec.projects[project].owner
        guard owner == role else { return Rejection(.notOwner, .project(project), .role(owner)) }
        guard state.projects[project].phase == .planned else {
            return Rejection(.notPlanned, .project(project))
        }
        return state.projects[project].shared
            ? Rejection(.projectShared, .project(project)) : nil
    }

    /// `role` shows the plan of `project`: everyone sees it while it is planned, and trusts
    /// `role` a little more.
    mutating func shareProject(_ role: Int, _ project: Int, _ told: inout [ToldEvent]) {
        state.projects[project].shared = true
        changeTrust(in: role, by: spec.trust.shareProject ?? 0)
        let round = state.projects[project].plannedRound ?? state.round
        tell(ToldEvent(.planShared(role: role, project: project, round: round)), &told)
    }

    /// When `role` moves or drops the plan of `project` after showing it (on its own, or
    /// with all its plans this round), the others trust it less; a plan dropped is no
    /// longer shown.
    mutating func changeSharedPlan(
        _ role: Int, _ project: Int, dropped: Bool, _ told: inout [ToldEvent]
    ) {
        let shown = state.projects[project].shared || state.shared[role]
        if dropped { state.projects[project].shared = false }
        guard shown, state.projects[project].phase == .planned, spec.trust.changeSharedPlan != 0
        else { return }
        changeTrust(in: role, by: spec.trust.changeSharedPlan)
        tell(ToldEvent(.sharedPlanChanged(role: role, project: project)), &told)
    }
}
