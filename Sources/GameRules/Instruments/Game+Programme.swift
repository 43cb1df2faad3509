/// The joint programme (instrument 4, the tactical frame of seed 003): started by a proposal
/// all accept, it holds soft commitments to couplings up to its horizon ahead, agreed by
/// the couplings' owners; a coupling held long enough saves more when it is made, and a
/// commitment let drop costs its members a little trust.
extension Game {
    /// Whether the table started the joint programme.
    public var hasProgramme: Bool { state.programme != nil }

    /// The open commitments in the programme, oldest first (empty without one).
    public var programmeCommitments: [ProgrammeEntry] {
        state.programme?.entries.filter { $0.kept == nil } ?? []
    }

    /// Why proposing to start the programme would be refused now, or nil.
    func checkProgrammeStart() -> Rejection? {
        guard let rules = spec.programme else { return Rejection(.noProgramme) }
        guard !hasProgramme else { return Rejection(.programmeStarted) }
        guard groupTrust >= rules.minGroupTrust else {
            return Rejection(.trustTooLow, .trust(groupTrust), .trust(rules.minGroupTrust))
        }
        return nil
    }

    /// Why `role` (nil: any owner) may not propose to put `coupling` in the programme for
    /// `round` now, or nil.
    func checkProgrammeCoupling(_ role: Int?, _ coupling: Int, _ round: Int) -> Rejection? {
        // The programme's rules and state are read in place, not copied (bots check every
        // coupling for every round in reach).
        guard let horizon = spec.programme?.horizon else { return Rejection(.noProgramme) }
        guard state.programme != nil else { return Rejection(.programmeNotStarted) }
        guard spec.couplings.indices.contains(coupling) else {
            return Rejection(.unknownCoupling, .coupling(coupling))
        }
        let projects = spec.couplings[coupling].projects
        if let role, !projects.contains(where: { spec.projects[$0].owner == role }) {
            return Rejection(.notConcerned, .coupling(coupling))
        }
        for project in projects {
            let phase = state.projects[project].phase
            guard phase == .idle || phase == .planned else {
                return Rejection(.alreadyStarted, .project(project))
            }
        }
        guard round >= state.round else { return Rejection(.roundInPast, .round(round)) }
        guard round <= state.round + horizon else {
            return Rejection(.beyondProgramme, .round(round), .count(horizon))
        }
        for project in projects {
            let earliest = spec.projects[project].earliestStart
            guard round >= earliest else {
                return Rejection(.tooEarly, .project(project), .round(earliest))
            }
            let latest = Swift.min(
                spec.projects[project].latestStart ?? spec.rounds - 1, spec.rounds - 1)
            guard round <= latest else {
                return Rejection(.tooLate, .project(project), .round(latest))
            }
        }
        if let open = state.programme?.open(coupling), state.programme?.entries[open].round == round
        {
            return Rejection(.alreadyProgrammed, .coupling(coupling), .round(round))
        }
        return nil
    }

    /// Starts the joint programme from this round on.
    mutating func startProgramme(_ told: inout [ToldEvent]) {
        state.programme = ProgrammeState(since: state.round)
        tell(ToldEvent(.programmeStarted), &told)
    }

    /// Puts `coupling` in the programme for `round`, or moves its open commitment there (a
    /// move the owners agreed costs no trust; it counts as put in now).
    mutating func programme(_ coupling: Int, for round: Int, _ told: inout [ToldEvent]) {
        let entry = ProgrammeEntry(coupling: coupling, round: round, since: state.round)
        if let open = state.programme?.open(coupling) {
            state.programme?.entries[open] = entry
        } else {
            state.programme?.entries.append(entry)
        }
        tell(ToldEvent(.couplingProgrammed(coupling: coupling, round: round)), &told)
    }

    /// At the execution: the programme is paid, from its fund as far as it reaches, the rest
    /// by the roles (its own key, else the agreement's, else equal shares); this year's
    /// account starts afresh.
    mutating func payProgramme(_ told: inout [ToldEvent]) {
        guard hasProgramme, let rules = spec.programme else { return }
        state.programme?.paid = 0
        state.programme?.kept = []
        state.programme?.dropped = []
        guard rules.cost > 0 else { return }
        let fromFund = payJointly(rules.cost, from: rules.fund) { rules.share(of: $0, for: $1) }
        state.programme?.paid = rules.cost
        tell(ToldEvent(.programmePaid(amount: rules.cost, fromFund: fromFund)), &told)
    }

    /// At the end of the execution: a commitment whose coupling was made is kept (and pays
    /// the early bonus when it was held long enough); one whose round passed without it, or
    /// whose coupling was missed, is dropped, and the others trust the members that let it
    /// drop a little less: those whose project did not start in its round (unless an event
    /// forced it to start), or all of them when every project started then but apart.
    mutating func resolveProgramme(_ told: inout [ToldEvent]) {
        guard let programme = state.programme, let rules = spec.programme else { return }
        for (index, entry) in programme.entries.enumerated() where entry.kept == nil {
            let coupling = entry.coupling
            let owners = uniqueOwners(of: coupling)
            if state.couplingMade[coupling] {
                state.programme?.entries[index].kept = true
                state.programme?.kept.append(coupling)
                var bonus = 0.0
                if rules.earlyBonus > 0, state.round - entry.since >= rules.earlyYears {
                    bonus = rules.earlyBonus
                    for owner in owners {
                        setBudget(owner, state.budgets[owner] + bonus / Double(owners.count))
                    }
                }
                tell(ToldEvent(.programmeKept(coupling: coupling, bonus: bonus)), &told)
            } else if state.couplingMissed[coupling] || state.round >= entry.round {
                state.programme?.entries[index].kept = false
                state.programme?.dropped.append(coupling)
                let late = spec.couplings[coupling].projects.filter {
                    state.projects[$0].startedRound != entry.round
                }
                // A work an event forced to start early was not let drop by its owner.
                let letDrop = late.filter { !state.projects[$0].forced }.map {
                    spec.projects[$0].owner
                }
                let blamed = late.isEmpty ? owners : owners.filter(letDrop.contains)
                for role in blamed { changeTrust(in: role, by: rules.breakTrust) }
                tell(ToldEvent(.programmeDropped(coupling: coupling, roles: blamed)), &told)
            }
        }
    }

    /// The owners of a coupling's projects, each once, in project order.
    func uniqueOwners(of coupling: Int) -> [Int] {
        var owners: [Int] = []
        for project in spec.couplings[coupling].projects {
            let owner = spec.projects[project].owner
            if !owners.contains(owner) { owners.append(owner) }
        }
        return owners
    }
}

extension Game {
    /// Starting the programme, and putting each of `role`'s couplings in it for every round
    /// within its horizon, where the game has a programme.
    func appendProgrammeProposals(_ role: Int, _ candidates: inout [Action]) {
        guard let rules = spec.programme else { return }
        guard hasProgramme else {
            candidates.append(.propose(role: role, proposal: .programme))
            return
        }
        let last = Swift.min(spec.rounds - 1, state.round + rules.horizon)
        guard last >= state.round else { return }
        for coupling in spec.couplings.indices
        where spec.couplings[coupling].projects.contains(where: {
            spec.projects[$0].owner == role
        }) {
            for round in state.round...last {
                let kind = ProposalKind.programmeCoupling(coupling: coupling, round: round)
                candidates.append(.propose(role: role, proposal: kind))
            }
        }
    }
}
