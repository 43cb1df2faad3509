extension Game {
    /// The execution phase: the coordinator is paid, planned projects start (coupled ones
    /// together), streets open, running projects progress, and deadlines, commitments and
    /// missed couplings resolve.
    mutating func runExecution(_ told: inout [ToldEvent]) {
        payCoordinator(&told)
        payProcessCoordinator(&told)
        payProgramme(&told)
        startCoupledProjects(&told)
        for project in spec.projects.indices
        where state.projects[project].phase == .planned
            && state.projects[project].plannedRound == state.round
        {
            tryStart(project, &told)
        }
        openStreets(&told)
        dropImpossiblePlans(&told)
        progressProjects(&told)
        resolveDeadlines(&told)
        resolveCommitments(&told)
        recordMissedCouplings(&told)
        resolveProgramme(&told)
    }

    private mutating func payCoordinator(_ told: inout [ToldEvent]) {
        let cost = spec.forms[state.form].coordinatorCost
        guard cost > 0 else { return }
        let share = cost / Double(spec.roles.count)
        for role in spec.roles.indices { setBudget(role, state.budgets[role] - share) }
        tell(ToldEvent(.coordinatorPaid(amount: cost)), &told)
    }

    /// Starts the agreed couplings whose projects are all due this round: planned for it,
    /// forced to start now by an event (whose owner then gets back what it paid alone), or
    /// started now in another coupling (already paid for: it adds no work, so this coupling's
    /// saving goes off the others' cost).
    private mutating func startCoupledProjects(_ told: inout [ToldEvent]) {
        // Only an agreed coupling is copied (a copy of each retained its texts and effects).
        for index in spec.couplings.indices where state.couplingAgreed[index] {
            guard
                spec.couplings[index].projects.allSatisfy({ couplingRound(of: $0) == state.round })
            else { continue }
            let coupling = spec.couplings[index]
            state.couplingAgreed[index] = false
            let waiting = coupling.projects.filter { state.projects[$0].phase == .planned }
            let owners = coupling.projects.map { spec.projects[$0].owner }
            let joined = coupling.projects.filter { startedInCoupling($0, other: index) }
            let work = coupling.projects.map {
                joined.contains($0) ? 0 : spec.projects[$0].cost - state.projects[$0].fundMoney
            }
            let saving = coupling.saving + spec.forms[state.form].couplingBonus
            var total = Swift.max(0, work.reduce(0, +) - saving)
            total *= 1 + transactionSurcharge(among: owners)
            let paid = coupling.sharing.split(total, work: work)
            var due: [Int: Double] = [:]
            for (owner, amount) in zip(owners, paid) { due[owner, default: 0] += amount }
            for project in coupling.projects
            where state.projects[project].phase == .running && !joined.contains(project) {
                due[spec.projects[project].owner, default: 0] -= state.projects[project].paid
            }
            let affordable =
                spec.allowDebt || due.allSatisfy { $0.value <= state.budgets[$0.key] + 0.000_001 }
            let possible = waiting.allSatisfy { startBlocker($0) == nil }
            guard affordable && possible else { continue }
            for (owner, amount) in due {
                if let kind = spec.roles[owner].earmark?.kind {
                    let part = earmarkedPart(of: owner, kind, coupling.projects, work: work)
                    spendEarmark(owner, amount * part, on: kind)
                }
                setBudget(owner, state.budgets[owner] - amount)
            }
            for project in waiting { begin(project, paid: [], &told) }
            state.couplingMade[index] = true
            let apart = work.reduce(0, +) * (1 + transactionSurcharge(among: owners))
            tell(
                ToldEvent(.couplingMade(coupling: index, paid: paid, saved: apart - total)), &told)
            applyEffects(coupling.effects, telling: &told)
        }
    }

    /// The part (0 to 1) of what `owner` pays for a coupling that goes to its projects of
    /// `kind`: their share of its work in the coupling, by cost.
    private func earmarkedPart(
        of owner: Int, _ kind: ProjectSpec.Kind, _ projects: [Int], work: [Double]
    ) -> Double {
        var all = 0.0
        var ofKind = 0.0
        for (project, amount) in zip(projects, work) where spec.projects[project].owner == owner {
            all += amount
            if spec.projects[project].kind == kind { ofKind += amount }
        }
        return all > 0 ? ofKind / all : 0
    }

    /// Whether `project` started this round in a coupling other than `other`.
    private func startedInCoupling(_ project: Int, other: Int) -> Bool {
        state.projects[project].startedRound == state.round
            && spec.couplings.indices.contains { index in
                index != other && state.couplingMade[index]
                    && spec.couplings[index].projects.contains(project)
            }
    }

    /// Why a project cannot start now, or nil.
    private func startBlocker(_ project: Int) -> Rejection? {
        let projects = spec.projects
        if let precondition = projects[project].precondition, !precondition.isTrue(in: self) {
            return Rejection(.preconditionUnmet, .project(project), .condition(project: project))
        }
        let district = projects[project].district
        if state.slotsUsed[district] + projects[project].slots > spec.districts[district].slots {
            return Rejection(.noUndergroundSpace, .district(district))
        }
        return nil
    }

    private mutating func tryStart(_ project: Int, _ told: inout [ToldEvent]) {
        var blocker = startBlocker(project)
        // Worked out once, for the check and for the start.
        let shares = blocker == nil ? costShares(of: project) : []
        if blocker == nil && !spec.allowDebt,
            let short = shares.first(where: { $0.amount > state.budgets[$0.role] + 0.000_001 })
        {
            blocker = Rejection(
                .overBudget,
                .money(short.amount), .money(state.budgets[short.role]), .money(short.amount),
                .money(0))
        }
        if let blocker {
            returnFundMoney(project, &told)
            state.projects[project].phase = .idle
            state.projects[project].plannedRound = nil
            tell(ToldEvent(.projectCouldNotStart(project: project, reason: blocker)), &told)
            return
        }
        start(project, paying: shares, &told)
    }

    /// Starts a project now, paying its cost shares.
    mutating func start(_ project: Int, _ told: inout [ToldEvent]) {
        start(project, paying: costShares(of: project), &told)
    }

    /// Starts a project now, its payers paying `shares` (its cost shares now).
    private mutating func start(
        _ project: Int, paying shares: [(role: Int, amount: Double)], _ told: inout [ToldEvent]
    ) {
        for share in shares {
            spendEarmark(share.role, share.amount, on: spec.projects[project].kind)
            setBudget(share.role, state.budgets[share.role] - share.amount)
        }
        state.projects[project].paid = shares.reduce(0) { $0 + $1.amount }
        begin(project, paid: shares.map(\.amount), &told)
    }

    private mutating func begin(_ project: Int, paid: [Double], _ told: inout [ToldEvent]) {
        state.projects[project].phase = .running
        state.projects[project].startedRound = state.round
        state.projects[project].plannedRound = nil
        state.projects[project].shared = false
        state.projects[project].remaining = Swift.max(1, spec.projects[project].duration)
        state.slotsUsed[spec.projects[project].district] += spec.projects[project].slots
        tell(ToldEvent(.projectStarted(project: project, paid: paid)), &told)
    }

    /// Takes off the schedule every planned project that can no longer start (no underground
    /// space is ever freed), and tells its owner.
    private mutating func dropImpossiblePlans(_ told: inout [ToldEvent]) {
        for project in spec.projects.indices where state.projects[project].phase == .planned {
            let district = spec.projects[project].district
            let slots = spec.projects[project].slots
            guard state.slotsUsed[district] + slots > spec.districts[district].slots else {
                continue
            }
            returnFundMoney(project, &told)
            state.projects[project].phase = .idle
            state.projects[project].plannedRound = nil
            state.projects[project].shared = false
            tell(
                ToldEvent(
                    .planDropped(
                        project: project,
                        reason: Rejection(.noUndergroundSpace, .district(district))),
                    to: .role(spec.projects[project].owner)), &told)
        }
    }

    /// The street openings of this round. Every digging project has its own trench, except
    /// that the projects of a coupling made together share one (and, where the game says
    /// so, all digging projects of a district share one). Each trench adds nuisance; a new
    /// trench during graafrust breaks it; projects starting in a shared trench get part of
    /// their cost back.
    private mutating func openStreets(_ told: inout [ToldEvent]) {
        // The digging projects of every district, found in one pass over the projects.
        var digging: [[Int]] = []
        for project in spec.projects.indices
        where spec.projects[project].digs && state.projects[project].phase == .running {
            // No lists at all while no street is open, as in most rounds.
            if digging.isEmpty { digging = Array(repeating: [], count: spec.districts.count) }
            digging[spec.projects[project].district].append(project)
        }
        for district in digging.indices where !digging[district].isEmpty {
            for trench in trenches(of: digging[district]) {
                let continuing = trench.contains {
                    (state.projects[$0].startedRound ?? state.round) < state.round
                }
                let resting = state.graafrustUntil[district].map { state.round <= $0 } ?? false
                let breach = !continuing && resting
                state.openings.append(
                    Opening(
                        district: district, round: state.round, projects: trench, breach: breach))
                tell(ToldEvent(.streetOpened(district: district, projects: trench)), &told)
                setNuisance(district, state.nuisance[district] + spec.digging.nuisancePerOpening)
                if breach { punishBreach(district, trench, &told) }
                if trench.count > 1 { refundSharedOpening(district, trench, &told) }
            }
        }
    }

    /// The digging projects of one district grouped by the trench they share.
    private func trenches(of digging: [Int]) -> [[Int]] {
        if spec.digging.sharedWithoutAgreement || digging.count == 1 { return [digging] }
        var groups = digging.map { [$0] }
        for index in spec.couplings.indices where state.couplingMade[index] {
            let members = groups.indices.filter { group in
                groups[group].contains { spec.couplings[index].projects.contains($0) }
            }
            guard let first = members.first, members.count > 1 else { continue }
            for other in members.dropFirst() { groups[first] += groups[other] }
            for other in members.dropFirst().reversed() { groups.remove(at: other) }
        }
        return groups.map { $0.sorted() }
    }

    private mutating func punishBreach(_ district: Int, _ digging: [Int], _ told: inout [ToldEvent])
    {
        setNuisance(district, state.nuisance[district] + spec.digging.graafrustNuisance)
        for project in digging where state.projects[project].startedRound == state.round {
            guard !state.projects[project].forced else { continue }
            tell(ToldEvent(.graafrustBreached(district: district, project: project)), &told)
            changeTrust(in: spec.projects[project].owner, by: spec.trust.graafrustBreach)
            if graafrustIsAgreed { breakTerm(.graafrust, by: spec.projects[project].owner, &told) }
        }
    }

    /// Projects that start in a shared opening get part of their cost back.
    private mutating func refundSharedOpening(
        _ district: Int, _ digging: [Int], _ told: inout [ToldEvent]
    ) {
        var saved = 0.0
        for project in digging where state.projects[project].startedRound == state.round {
            let refund = spec.projects[project].cost * spec.digging.sharedOpeningSaving
            guard refund > 0 else { continue }
            let payers = payers(of: project)
            for role in payers {
                setBudget(role, state.budgets[role] + refund / Double(payers.count))
            }
            saved += refund
        }
        if saved > 0 { tell(ToldEvent(.openingShared(district: district, saving: saved)), &told) }
    }

    private mutating func progressProjects(_ told: inout [ToldEvent]) {
        // The projects' rules are read in place: a copy retained every field of them.
        for project in spec.projects.indices where state.projects[project].phase == .running {
            if !spec.projects[project].runningEffects.isEmpty {
                applyEffects(spec.projects[project].runningEffects)
            }
            let nuisance = spec.projects[project].nuisance
            let district = spec.projects[project].district
            if nuisance != 0 { setNuisance(district, state.nuisance[district] + nuisance) }
            state.projects[project].remaining -= 1
            guard state.projects[project].remaining <= 0 else { continue }
            state.projects[project].phase = .done
            if spec.projects[project].digs { startGraafrust(in: district) }
            tell(ToldEvent(.projectCompleted(project: project)), &told)
            applyEffects(spec.projects[project].doneEffects, telling: &told)
            for (a, b) in jointPairs(of: project) {
                changeMutualTrust(a, b, by: spec.trust.jointWork)
            }
        }
    }

    /// The street of `district` closes after this round's work: graafrust holds from the next
    /// round on.
    private mutating func startGraafrust(in district: Int) {
        let rounds = graafrustRounds
        guard rounds > 0 else { return }
        state.graafrustUntil[district] = Swift.max(
            state.graafrustUntil[district] ?? 0, state.round + rounds)
    }

    /// Whether coupling `index` was made and `project` is part of it.
    private func isMade(_ index: Int, with project: Int) -> Bool {
        state.couplingMade[index] && spec.couplings[index].projects.contains(project)
    }

    /// Pairs of roles that did joint work on a project (a joint project or a coupling).
    private func jointPairs(of project: Int) -> [(Int, Int)] {
        let couplings = spec.couplings.indices
        // Most projects are done by their owner alone: no lists for them.
        guard state.jointAgreed[project] || couplings.contains(where: { isMade($0, with: project) })
        else { return [] }
        var roles = payers(of: project)
        for index in couplings where isMade(index, with: project) {
            roles += spec.couplings[index].projects.map { spec.projects[$0].owner }
        }
        var unique: [Int] = []
        for role in roles where !unique.contains(role) { unique.append(role) }
        var pairs: [(Int, Int)] = []
        for (index, a) in unique.enumerated() {
            for b in unique[(index + 1)...] { pairs.append((a, b)) }
        }
        return pairs
    }

    private mutating func resolveDeadlines(_ told: inout [ToldEvent]) {
        let projects = spec.projects
        for project in projects.indices {
            // Read field by field: a copy of the project's state retained its fund grants.
            let phase = state.projects[project].phase
            let missed = state.projects[project].deadlineMissed
            if phase == .idle || phase == .planned,
                let latest = projects[project].latestStart, latest <= state.round
            {
                returnFundMoney(project, &told)
                state.projects[project].phase = .failed
                state.projects[project].plannedRound = nil
                tell(ToldEvent(.projectFailed(project: project)), &told)
            }
            if let deadline = projects[project].deadline, deadline == state.round,
                state.projects[project].phase != .done, !missed
            {
                state.projects[project].deadlineMissed = true
                tell(ToldEvent(.deadlineMissed(project: project)), &told)
                applyEffects(projects[project].deadlineEffects, telling: &told)
            }
        }
    }

    private mutating func resolveCommitments(_ told: inout [ToldEvent]) {
        for index in state.commitments.indices where state.commitments[index].kept == nil {
            let commitment = state.commitments[index]
            guard commitment.round <= state.round else { continue }
            let kept = state.projects[commitment.project].startedRound == commitment.round
            state.commitments[index].kept = kept
            let role = commitment.role
            if kept {
                changeTrust(in: role, by: spec.trust.keepCommitment)
                tell(ToldEvent(.commitmentKept(role: role, project: commitment.project)), &told)
            } else {
                changeTrust(in: role, by: spec.trust.breakCommitment)
                tell(ToldEvent(.commitmentBroken(role: role, project: commitment.project)), &told)
            }
        }
    }

    private mutating func recordMissedCouplings(_ told: inout [ToldEvent]) {
        // The couplings are read in place: a copy of each retained its name, projects and effects.
        for index in spec.couplings.indices
        where !state.couplingMade[index] && !state.couplingMissed[index] {
            guard
                spec.couplings[index].projects.allSatisfy({ state.projects[$0].startedRound != nil }
                )
            else { continue }
            if sharedATrench(spec.couplings[index].projects) { continue }
            state.couplingMissed[index] = true
            tell(ToldEvent(.couplingMissed(coupling: index)), &told)
        }
    }

    /// Whether projects dug in one trench: they opened the street together at least once.
    private func sharedATrench(_ projects: [Int]) -> Bool {
        state.openings.contains { opening in projects.allSatisfy(opening.projects.contains) }
    }
}
