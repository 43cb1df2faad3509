import GameRules

/// Chooses which of a role's own projects to plan next, and for which round, within its means.
struct ProjectPlanner {
    /// Money to keep free this round (for fund contributions).
    var reserve: Double = 0
    /// Whether to avoid opening a street during graafrust.
    var respectsGraafrust = false
    /// Whether to wait for the partner's earliest start of a declared coupling (when the
    /// project's own deadline still allows it), so that the two can run together.
    var waitsForCouplings = false
    /// Whether to spend earmarked money before it lapses: projects of its kind are planned
    /// first, and waiting for a coupling is not worth more money lapsing than it saves.
    var spendsEarmarks = false
    /// What the role has committed up to each round, summed once per round: a planner
    /// serves one decision (one role, one view), in which these sums do not change.
    private let memo = CommittedMemo()

    /// The role's own share of a project if it starts: all of it unless partners agreed.
    static func share(of project: Int, spec: GameSpec, view: RoleView) -> Double {
        let projects = spec.projects
        let payers =
            view.jointAgreed[project] ? projects[project].payerCount : 1
        return projects[project].cost / Double(max(1, payers))
    }

    /// What the role has planned to pay up to and including `round`.
    static func committed(upTo round: Int, role: Int, spec: GameSpec, view: RoleView) -> Double {
        var total = 0.0
        for index in spec.ownedProjects(of: role) {
            guard view.projects[index].phase == .planned,
                let planned = view.projects[index].plannedRound,
                planned <= round
            else { continue }
            total += share(of: index, spec: spec, view: view)
        }
        return total
    }

    /// Whether the role can pay `amount` more in `round`, counting income until then.
    func canAfford(
        _ amount: Double, in round: Int, role: Int, spec: GameSpec, view: RoleView, now: Int
    ) -> Bool {
        if spec.allowDebt { return true }
        let budget = view.budgets[role] ?? 0
        let roles = spec.roles
        let means = budget - reserve + roles[role].income * Double(round - now)
        let committed: Double
        if let known = memo.committed(round) {
            committed = known
        } else {
            committed = ProjectPlanner.committed(upTo: round, role: role, spec: spec, view: view)
            memo.remember(committed, round: round, rounds: spec.rounds)
        }
        return committed + amount <= means + 0.000_001
    }

    /// Whether opening `district` in `round` would break graafrust, judged from past openings.
    static func breaksGraafrust(district: Int, round: Int, spec: GameSpec, view: RoleView) -> Bool {
        if InstrumentPolicy.breaksAgreedGraafrust(
            district: district, round: round, spec: spec, view: view)
        {
            return true
        }
        guard let last = view.openings.last(where: { $0.district == district })?.round else {
            return false
        }
        return round > last + 1 && round <= last + graafrust(spec: spec, view: view)
    }

    /// The graafrust (rounds) in force as the view shows it: the agreement's term, else the
    /// game's own rule.
    static func graafrust(spec: GameSpec, view: RoleView) -> Int {
        if let agreement = view.agreement {
            let agreements = spec.agreements
            if let agreed = agreements[agreement].graafrust { return agreed }
        }
        return spec.digging.graafrustBy == .opening ? spec.digging.graafrustRounds : 0
    }

    /// The earliest round in which `project` can run together with the other project of an
    /// open coupling, if waiting for it still meets the project's deadline and latest start.
    func couplingStart(_ project: Int, spec: GameSpec, view: RoleView, now: Int) -> Int {
        // The project's and couplings' fields are read in place: a copy of the project's
        // rules (texts, expressions) for every plan weighed cost more than the rest.
        let projects = spec.projects
        let couplings = spec.couplings
        let duration = max(1, projects[project].duration)
        var start = now
        for index in couplings.indices
        where couplings[index].projects.contains(project)
            && !view.couplingMade[index]
        {
            // Walked by a method of the element in place (`for in` copies the coupling whole).
            couplings[index].projects.forEach { other in
                guard other != project else { return }
                let phase = view.projects[other].phase
                guard phase == .idle || phase == .planned else { return }
                let round = view.projects[other].plannedRound ?? projects[other].earliestStart
                let finish = round + duration - 1
                if let deadline = projects[project].deadline, finish > deadline { return }
                if let latest = projects[project].latestStart, round > latest { return }
                if spendsEarmarks,
                    ProjectPlanner.lapsesWhileWaiting(project, until: round, spec: spec, view: view)
                        > couplings[index].saving
                {
                    return
                }
                start = max(start, round)
            }
            if let entry = view.programme?.entries.first(where: {
                $0.coupling == index && $0.kept == nil
            }) {
                start = max(start, entry.round)
            }
        }
        return min(start, spec.rounds - 1)
    }

    /// The round an open commitment of the joint programme holds `project` for, if any.
    static func programmedRound(_ project: Int, spec: GameSpec, view: RoleView) -> Int? {
        guard let programme = view.programme else { return nil }
        let couplings = spec.couplings
        return programme.entries.first { entry in
            entry.kept == nil
                && couplings[entry.coupling].projects.contains(project)
        }?.round
    }

    /// The earmarked money of the owner of `project` that would lapse while the project waits
    /// until `round` (when the earmark is for its kind): what is left this year, and each
    /// later year's earmark before `round`. Nil earmarks make it 0.
    static func lapsesWhileWaiting(_ project: Int, until round: Int, spec: GameSpec, view: RoleView)
        -> Double
    {
        let projects = spec.projects
        let roles = spec.roles
        let owner = projects[project].owner
        guard round > view.round, let earmark = roles[owner].earmark,
            earmark.kind == projects[project].kind, let left = view.earmarked?[owner] ?? nil
        else { return 0 }
        return ((view.round + 1)..<round).reduce(left) { $0 + earmark.amount(in: $1) }
    }

    /// The kind of project `role` still has earmarked money for this year, if any.
    private func earmarkLeft(_ role: Int, spec: GameSpec, view: RoleView) -> ProjectSpec.Kind? {
        guard spendsEarmarks, let left = view.earmarked?[role] ?? nil, left > 0 else { return nil }
        let roles = spec.roles
        return roles[role].earmark?.kind
    }

    /// The next own project to plan, at its earliest affordable legal round, or nil.
    func nextPlan(_ decision: Decision, view: RoleView) -> Action? {
        let spec = decision.spec
        let role = decision.role
        let now = decision.round
        let projects = spec.projects
        // Made with room for every own project once it has one: grown by appending, it was
        // copied over and over.
        let owned = spec.ownedProjects(of: role)
        var order: [Int] = []
        for project in owned where view.projects[project].phase == .idle {
            if order.isEmpty { order.reserveCapacity(owned.count) }
            order.append(project)
        }
        guard !order.isEmpty else { return nil }
        // Read once, not per comparison (the order's closure copied the whole view).
        let earmarked = earmarkLeft(role, spec: spec, view: view)
        // A project the joint programme holds for a round in reach comes first: its money is
        // promised.
        var due = Set<Int>()
        if waitsForCouplings, view.programme != nil {
            due = Set(
                order.filter { project in
                    ProjectPlanner.programmedRound(project, spec: spec, view: view).map {
                        $0 >= now && $0 <= now + 2
                    } ?? false
                })
        }
        let anyDue = !due.isEmpty
        order.sort { a, b in
            // Without programmed projects, no comparison hashes its projects to learn that.
            if anyDue && due.contains(a) != due.contains(b) { return due.contains(a) }
            // Earmarked money left this year: its kind first, so that it is spent, not lost.
            if let kind = earmarked, (projects[a].kind == kind) != (projects[b].kind == kind) {
                return projects[a].kind == kind
            }
            let da = projects[a].deadline ?? projects[a].latestStart ?? Int.max
            let db = projects[b].deadline ?? projects[b].latestStart ?? Int.max
            return da != db ? da < db : a < b
        }
        for project in order {
            let digs = projects[project].digs
            let district = projects[project].district
            let cost = ProjectPlanner.share(of: project, spec: spec, view: view)
            if waitsForCouplings,
                let held = ProjectPlanner.programmedRound(project, spec: spec, view: view),
                held >= now
            {
                // Held in the joint programme: that round or, until it is in reach, not yet.
                // A coupling starts before the works planned alone, so the plan is made even
                // when the money is not in sight yet (this year's plan must be paid now).
                let action = Action.plan(role: role, project: project, round: held)
                if decision.allows(action) { return action }
                if held > now + 2 { continue }
            }
            let first =
                waitsForCouplings ? couplingStart(project, spec: spec, view: view, now: now) : now
            // A plan beyond `Game.planAhead` rounds from now, before the project's earliest start
            // or after its latest is never allowed: those rounds are not tried
            // (`PolicyShortcutTests` holds the rules to that).
            let lowest = max(first, projects[project].earliestStart)
            let latest = min(projects[project].latestStart ?? spec.rounds - 1, spec.rounds - 1)
            let highest = min(latest, now + Game.planAhead)
            // Every test is pure: the rules, the dearest, are asked last.
            for round in lowest..<max(lowest, highest + 1)
            where canAfford(cost, in: round, role: role, spec: spec, view: view, now: now) {
                if respectsGraafrust && digs
                    && ProjectPlanner.breaksGraafrust(
                        district: district, round: round, spec: spec, view: view)
                {
                    continue
                }
                let action = Action.plan(role: role, project: project, round: round)
                if decision.allows(action) { return action }
            }
        }
        return nil
    }
}

/// The sums `ProjectPlanner.canAfford` has already made, by round.
private final class CommittedMemo {
    /// The sum up to each round, nil where not made yet.
    // Unchecked: a memo serves one planner on one thread, and no access to it calls out
    // while it holds it, so no two accesses overlap. Each checked access cost more than the
    // lookup it guarded (about 190,000 of them in a balance check of 180 games).
    @exclusivity(unchecked) private var sums: [Double?] = []

    /// The sum made for `round`, if any.
    func committed(_ round: Int) -> Double? {
        sums.indices.contains(round) ? sums[round] : nil
    }

    /// Keeps `sum` as the sum for `round` of a game of `rounds` rounds (a round outside
    /// the game is not kept).
    func remember(_ sum: Double, round: Int, rounds: Int) {
        guard round >= 0, round < rounds else { return }
        if sums.isEmpty { sums = Array(repeating: nil, count: rounds) }
        sums[round] = sum
    }
}
