import GameRules

/// Tit-for-tat: cooperates with roles that cooperate with it, withdraws from those that
/// refuse its proposals, break commitments or free-ride on funds, and forgives slowly.
public struct ReciprocalStrategy: Strategy {
    /// Rounds a role stays distrusted after one offence.
    public var memory: Int
    /// Below this trust in another role, it is treated as uncooperative.
    public var trustFloor: Double

    private var policy = CooperationPolicy()
    /// Per role: rounds of distrust left.
    private var grudge: [Int: Int] = [:]
    /// The round `grudge` was last aged in.
    private var agedRound = 0
    /// Refusals and broken commitments already counted.
    private var seenRefusals: Set<Int> = []
    private var seenCommitments = 0
    /// This round's contributions per role and fund.
    private var contributions: [Int: Int] = [:]

    /// Creates a reciprocal strategy.
    public init(memory: Int = 3, trustFloor: Double = 30) {
        self.memory = memory
        self.trustFloor = trustFloor
    }

    /// `reciprocal`.
    public var name: String { StrategyKind.reciprocal.rawValue }

    /// It keeps its own bookkeeping of what it proposed and paid.
    public var remembersChoices: Bool { true }

    /// It watches contributions to funds to catch free-riders.
    public var observesEvents: Bool { true }

    /// Counts contributions; at a new round, members who paid nothing are offenders.
    public mutating func observe(_ event: GameEvent, as role: Int) {
        switch event {
        case .contributed(let other, _, let amount):
            contributions[other, default: 0] += amount
        case .roundStarted:
            if contributions[role, default: 0] > 0 {
                for other in freeRiderCandidates
                where other != role && contributions[other, default: 0] == 0 {
                    offend(other)
                }
            }
            contributions = [:]
        default:
            break
        }
    }

    /// Roles that belong to some fund together with this strategy's role; set on first decision.
    private var freeRiderCandidates: [Int] = []

    private mutating func offend(_ role: Int) {
        grudge[role] = max(grudge[role] ?? 0, 0) + memory
    }

    /// Cooperates with the roles it is not holding a grudge against.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        let view = decision.view
        let role = decision.role
        if freeRiderCandidates.isEmpty {
            let members = decision.spec.funds.filter { $0.members.contains(role) }.flatMap(
                \.members)
            freeRiderCandidates = Array(Set(members)).sorted()
        }
        remember(view, role: role, round: decision.round)
        let grudges = grudge
        let floor = trustFloor
        let trust = view.trust[role]
        let willing: (Int) -> Bool = { other in
            (grudges[other] ?? 0) <= 0 && (trust[other] ?? 100) >= floor
        }
        // Tested without making the lists of the others and of the fund partners.
        let pays = freeRiderCandidates.allSatisfy { $0 == role || willing($0) }
        let generous = CooperationPolicy.othersWilling(role, spec: decision.spec, willing: willing)
        return policy.choose(
            decision, random: &random, willing: willing, paysIntoFunds: pays,
            generousDilemmas: generous)
    }

    /// Ages grudges and counts new refusals of its proposals and broken commitments.
    private mutating func remember(_ view: RoleView, role: Int, round: Int) {
        if round != agedRound {
            for key in grudge.keys { grudge[key, default: 0] -= round - agedRound }
            agedRound = round
            seenRefusals = []
        }
        // Proposals' answers and commitments read in place (a copy of each proposal, and a
        // list of the broken commitments, cost more).
        let proposals = view.proposals
        for number in proposals.indices where proposals[number].from == role {
            let answers = proposals[number].answers
            for other in answers.indices where answers[other] == false {
                let key = number * 64 + other
                if seenRefusals.insert(key).inserted { offend(other) }
            }
        }
        var broken = 0
        for commitment in view.commitments.indices where view.commitments[commitment].kept == false
        {
            broken += 1
            let offender = view.commitments[commitment].role
            if broken > seenCommitments && offender != role { offend(offender) }
        }
        seenCommitments = max(seenCommitments, broken)
    }
}
