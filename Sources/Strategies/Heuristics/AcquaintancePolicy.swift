import GameRules

/// When a cooperative player builds trust on purpose: meeting a partner whose trust is
/// too low for cheap joint work, and showing the plans that partners need to couple.
enum AcquaintancePolicy {
    /// A meeting with the partner of a coupling still to be made (or of joint work still to
    /// do) that it trusts least, or that trusts it least, when that mutual trust is below the
    /// transaction threshold (below it, joint work costs extra), when the role can spare
    /// the money: its `reserve` and its plans of the next three years stay paid, and the
    /// game has more than three years left for the trust to pay back; nil when none pays.
    static func meeting(
        _ decision: Decision, view: RoleView, reserve: Double, willing: (Int) -> Bool
    ) -> Action? {
        let spec = decision.spec
        let role = decision.role
        guard spec.trust.meet != 0 else { return nil }
        guard decision.round + 3 < spec.rounds else { return nil }
        let budget = view.budgets[role] ?? 0
        let due = ProjectPlanner.committed(
            upTo: decision.round + 2, role: role, spec: spec, view: view)
        guard spec.allowDebt || budget - spec.trust.meetCost >= reserve + due else { return nil }
        let target = spec.trust.transactionThreshold
        var best: (other: Int, trust: Double)?
        for other in partners(of: role, spec: spec, view: view) where willing(other) {
            let mutual = min(view.trust[role][other] ?? 100, view.trust[other][role] ?? 100)
            guard mutual < target, mutual < best?.trust ?? .infinity else { continue }
            guard decision.allows(.meet(role: role, with: other)) else { continue }
            best = (other, mutual)
        }
        return best.map { .meet(role: role, with: $0.other) }
    }

    /// The roles `role` can still do joint work with: partners in a coupling not yet made
    /// whose projects have not started, or in a joint project not yet started.
    static func partners(of role: Int, spec: GameSpec, view: RoleView) -> [Int] {
        var found = Set<Int>()
        // Couplings' projects read in place (a copy of each coupling and an array of its
        // owners cost more).
        let projects = spec.projects
        let couplings = spec.couplings
        for index in couplings.indices where !view.couplingMade[index] {
            let members = couplings[index].projects
            let open = members.allSatisfy {
                view.projects[$0].phase == .idle || view.projects[$0].phase == .planned
            }
            if open && members.contains(where: { projects[$0].owner == role }) {
                for member in members { found.insert(projects[member].owner) }
            }
        }
        // Payers read as owner and partners in place (`payers` makes an array every time).
        for index in projects.indices
        where !projects[index].partners.isEmpty
            && (projects[index].owner == role
                || projects[index].partners.contains(role))
            && (view.projects[index].phase == .idle || view.projects[index].phase == .planned)
        {
            found.insert(projects[index].owner)
            found.formUnion(projects[index].partners)
        }
        found.remove(role)
        return found.sorted()
    }

    /// One project of the role planned to start this year, not yet shown, that is in a
    /// coupling with a partner it is willing to work with: a plan it will not move, so
    /// showing it costs no trust later.
    static func projectToShare(_ decision: Decision, view: RoleView, willing: (Int) -> Bool)
        -> Action?
    {
        let spec = decision.spec
        let role = decision.role
        // Couplings' projects read in place (a copy of each coupling and an array of its
        // owners cost more).
        let projects = spec.projects
        let couplings = spec.couplings
        for index in couplings.indices {
            let members = couplings[index].projects
            guard members.contains(where: { projects[$0].owner == role }),
                CooperationPolicy.partnersWilling(index, role: role, spec: spec, willing: willing)
            else { continue }
            for project in members
            where projects[project].owner == role
                && view.projects[project].plannedRound == decision.round
            {
                let action = Action.shareProject(role: role, project: project)
                if decision.allows(action) { return action }
            }
        }
        return nil
    }
}
