extension GameState {
    /// The number of stored fields `overwrite(with:)` writes: a test holds it to the number
    /// the state has, so a new field cannot be forgotten there.
    static let overwrittenFields = 43

    /// Makes this state equal to `other`, writing its arrays in place: a search that plays
    /// many actions from one position overwrites one scratch state with that position
    /// before each try. The arrays a try changes were copied on the change (as `Array`
    /// does); written in place here, the next try changes them in place instead of
    /// allocating its copies again and freeing them after. An array still shared with
    /// `other` is left alone.
    ///
    /// `other` is taken `inout` only so that it is read in place, never copied whole; it is
    /// not changed.
    mutating func overwrite(with other: inout GameState) {
        round = other.round
        phase = other.phase
        outcome = other.outcome
        paused = other.paused
        Self.copy(other.budgets, into: &budgets)
        Self.copy(other.funds, into: &funds)
        Self.copy(other.trust, into: &trust)
        Self.copy(other.variables, into: &variables)
        Self.copy(other.nuisance, into: &nuisance)
        Self.copy(other.slotsUsed, into: &slotsUsed)
        Self.copy(other.projects, into: &projects)
        Self.copy(other.ready, into: &ready)
        Self.copy(other.shared, into: &shared)
        Self.copy(other.met, into: &met)
        Self.copy(other.revealedGoals, into: &revealedGoals)
        Self.copy(other.proposals, into: &proposals)
        Self.copy(other.commitments, into: &commitments)
        Self.copy(other.dilemmas, into: &dilemmas)
        Self.copy(other.fired, into: &fired)
        Self.copy(other.openings, into: &openings)
        Self.copy(other.graafrustUntil, into: &graafrustUntil)
        Self.copy(other.couplingAgreed, into: &couplingAgreed)
        Self.copy(other.couplingMade, into: &couplingMade)
        Self.copy(other.couplingMissed, into: &couplingMissed)
        Self.copy(other.jointAgreed, into: &jointAgreed)
        form = other.form
        pendingForm = other.pendingForm
        Self.copy(other.goalsReached, into: &goalsReached)
        Self.copy(other.sharedGoalsReached, into: &sharedGoalsReached)
        Self.copy(other.points, into: &points)
        Self.copy(other.proposalsThisPhase, into: &proposalsThisPhase)
        Self.copy(other.actionsThisPhase, into: &actionsThisPhase)
        Self.copy(other.answerDue, into: &answerDue)
        agreement = other.agreement
        agreementRound = other.agreementRound
        Self.copy(other.agreementsSigned, into: &agreementsSigned)
        agreementBreaches = other.agreementBreaches
        coordinatorRound = other.coordinatorRound
        earmarked = other.earmarked
        lapsed = other.lapsed
        programme = other.programme
        random = other.random
        Self.copy(other.history, into: &history)
    }

    /// Makes `target` hold `source`'s elements: written in place when it has room for
    /// them, and left alone when the two already share their storage.
    @inline(__always)
    private static func copy<Element>(_ source: [Element], into target: inout [Element]) {
        let count = source.count
        guard target.count == count else {
            if target.capacity >= count {
                target.removeAll(keepingCapacity: true)
                target.append(contentsOf: source)
            } else {
                target = source
            }
            return
        }
        guard count > 0 else { return }
        source.withUnsafeBufferPointer { from in
            let shared = target.withUnsafeBufferPointer { $0.baseAddress == from.baseAddress }
            guard !shared else { return }
            target.withUnsafeMutableBufferPointer { to in
                for index in 0..<count { to[index] = from[index] }
            }
        }
    }
}
