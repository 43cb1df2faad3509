extension Game {
    /// Who pays for a project if it starts now: the owner, plus partners once they agreed.
    func payers(of project: Int) -> [Int] {
        state.jointAgreed[project] ? spec.projects[project].payers : [spec.projects[project].owner]
    }

    /// What a project costs now beyond the money funds granted it (never below 0): what its
    /// owner pays when it alone pays, before any split or surcharge.
    private func uncoveredCost(of project: Int) -> Double {
        // The spec's fields are read in place (a copy of the whole project retained every
        // string and array of it).
        Swift.max(0, spec.projects[project].cost - state.projects[project].fundMoney)
    }

    /// What each payer of a project pays if it starts now on its own (not coupled).
    func costShares(of project: Int) -> [(role: Int, amount: Double)] {
        // The owner alone: no surcharge and no split (the same number, without their arrays).
        guard state.jointAgreed[project] else {
            return [(spec.projects[project].owner, uncoveredCost(of: project))]
        }
        let payers = spec.projects[project].payers
        let total = uncoveredCost(of: project) * (1 + transactionSurcharge(among: payers))
        let sharing: CostSharing = payers.count == 1 ? .equal : spec.projects[project].sharing
        let split = sharing.split(total, work: payers.map { _ in 1 })
        return zip(payers, split).map { (role: $0, amount: $1) }
    }

    /// What `project` costs if it starts now on its own (not coupled), as the rules charge
    /// it at the start: after fund money and trust surcharges. For one of its payers, that
    /// payer's share; for anyone else (or nil, the facilitator), the whole cost.
    public func startCost(of project: Int, for role: Int?) -> Double {
        let shares = costShares(of: project)
        if let role, let share = shares.first(where: { $0.role == role }) { return share.amount }
        return shares.reduce(0) { $0 + $1.amount }
    }

    /// What `role` pays for `project` if it starts now on its own.
    func ownShare(_ project: Int, _ role: Int) -> Double {
        guard state.jointAgreed[project] else {
            // The owner alone pays (the number `costShares` gives, without its arrays).
            return spec.projects[project].owner == role ? uncoveredCost(of: project) : 0
        }
        return costShares(of: project).first { $0.role == role }?.amount ?? 0
    }

    /// What `role` has planned to pay in `round`, leaving one project out (`skipped` may be
    /// -1 to leave none out).
    func plannedShare(of role: Int, in round: Int, excluding skipped: Int) -> Double {
        var total = 0.0
        for project in state.projects.indices where project != skipped {
            guard state.projects[project].phase == .planned,
                state.projects[project].plannedRound == round
            else { continue }
            total += ownShare(project, role)
        }
        return total
    }

    /// The extra fraction joint work costs when some pair of parties trusts too little.
    func transactionSurcharge(among roles: [Int]) -> Double {
        for (index, a) in roles.enumerated() {
            for b in roles[(index + 1)...]
            where mutualTrust(a, b) < spec.trust.transactionThreshold {
                return spec.trust.transactionCost
            }
        }
        return 0
    }
}
