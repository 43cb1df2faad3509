extension Game {
    /// The graafrust (rounds) that starts when a digging work ends now: the agreed term of the
    /// agreement in force, else the game's own rule (none when only agreements set it).
    public var graafrustRounds: Int {
        if let agreement = state.agreement, let agreed = spec.agreements[agreement].graafrust {
            return agreed
        }
        return spec.digging.graafrustBy == .opening ? spec.digging.graafrustRounds : 0
    }

    /// The agreement in force and its rules, if any.
    public var agreementInForce: AgreementSpec? {
        state.agreement.map { spec.agreements[$0] }
    }

    /// Why proposing `agreement` would be refused now, or nil.
    func checkAgreementProposal(_ agreement: Int) -> Rejection? {
        guard spec.agreements.indices.contains(agreement) else {
            return Rejection(.unknownAgreement, .agreement(agreement))
        }
        if let current = state.agreement, current >= agreement {
            return Rejection(.alreadyAgreed, .agreement(current))
        }
        let rules = spec.agreements[agreement]
        if let first = rules.after, !state.agreementsSigned[first] {
            return Rejection(.agreementFirst, .agreement(first))
        }
        guard groupTrust >= rules.minGroupTrust else {
            return Rejection(.trustTooLow, .trust(groupTrust), .trust(rules.minGroupTrust))
        }
        return nil
    }

    /// What each role pays of the fee of `agreement` when it is signed.
    public func agreementFees(_ agreement: Int) -> [Double] {
        let rules = spec.agreements[agreement]
        return spec.roles.indices.map { rules.share(of: rules.fee, for: $0, roles: roleCount) }
    }

    /// Whether `agreement` can still be signed at the decision: trust enough and every
    /// party able to pay its part of the fee.
    func agreementStillPossible(_ agreement: Int) -> Bool {
        guard checkAgreementProposal(agreement) == nil else { return false }
        guard !spec.allowDebt else { return true }
        return zip(agreementFees(agreement), state.budgets).allSatisfy { $0 <= $1 + 0.000_001 }
    }

    /// Signs `agreement`: the fee is paid, it replaces the one in force, and a coordinator
    /// term hires the process coordinator.
    mutating func signAgreement(_ agreement: Int, _ told: inout [ToldEvent]) {
        let fees = agreementFees(agreement)
        for (role, fee) in fees.enumerated() where fee != 0 {
            setBudget(role, state.budgets[role] - fee)
        }
        state.agreement = agreement
        state.agreementRound = state.round
        state.agreementsSigned[agreement] = true
        tell(ToldEvent(.agreementSigned(agreement: agreement, paid: fees)), &told)
        if spec.agreements[agreement].coordinator, spec.coordinator != nil,
            state.coordinatorRound == nil
        {
            hireCoordinator(&told)
        }
    }

    /// At the decision: every party that did not share its plans this round breaks the
    /// agreement's term to share them (from the round after signing on).
    mutating func checkSharedPlansTerm(_ told: inout [ToldEvent]) {
        guard let agreement = state.agreement, let signed = state.agreementRound,
            signed < state.round, spec.agreements[agreement].sharePlans
        else { return }
        for role in spec.roles.indices where !state.shared[role] {
            breakTerm(.sharePlans, by: role, &told)
        }
    }

    /// `role` broke a term of the agreement in force: the others' trust in it falls.
    mutating func breakTerm(_ term: AgreementTerm, by role: Int, _ told: inout [ToldEvent]) {
        guard let agreement = state.agreement else { return }
        changeTrust(in: role, by: spec.agreements[agreement].breach)
        state.agreementBreaches += 1
        tell(
            ToldEvent(.agreementBreached(role: role, agreement: agreement, term: term)), &told)
    }

    /// Whether a new opening during graafrust breaks a term of the agreement in force.
    var graafrustIsAgreed: Bool {
        state.agreement.map { spec.agreements[$0].graafrust != nil } ?? false
    }

    /// At the review: the agreement in force ends when its rounds are over.
    mutating func lapseAgreement(_ told: inout [ToldEvent]) {
        guard let agreement = state.agreement, let signed = state.agreementRound,
            let rounds = spec.agreements[agreement].rounds, state.round >= signed + rounds
        else { return }
        state.agreement = nil
        state.agreementRound = nil
        tell(ToldEvent(.agreementLapsed(agreement: agreement)), &told)
    }

    /// The agreement (index) that keeps the form from falling back now, if any.
    var agreementHoldingForm: Int? {
        guard let agreement = state.agreement, let signed = state.agreementRound else {
            return nil
        }
        let hold = spec.agreements[agreement].holdForm
        return hold > 0 && state.round - signed <= hold ? agreement : nil
    }
}
