import GameRules
import Testing

/// The test game with two agreements and a process coordinator, eight rounds long.
///
/// Agreements: `intentie` (0: trust 45, fee 3 in equal parts, share plans, breach -4) and
/// `convenant` (1: after `intentie`, trust 50, fee 10 by the key 0.5/0.3/0.2, graafrust 3,
/// hires the coordinator, holds the form 2 rounds, lasts 2 rounds, breach -6). The
/// coordinator costs 6 a round, paid from the wijkfonds first, and needs trust 40. The
/// random storm of the test game is left out.
enum InstrumentGame {
    static var spec: GameSpec {
        var spec = TestGame.spec
        spec.rounds = 8
        spec.events = [spec.events[0]]
        var intent = AgreementSpec(id: "intentie", name: "Intentieverklaring")
        intent.minGroupTrust = 45
        intent.fee = 3
        intent.sharePlans = true
        intent.breach = -4
        var covenant = AgreementSpec(id: "convenant", name: "Convenant")
        covenant.after = 0
        covenant.minGroupTrust = 50
        covenant.fee = 10
        covenant.rounds = 2
        covenant.graafrust = 3
        covenant.key = [0.5, 0.3, 0.2]
        covenant.coordinator = true
        covenant.holdForm = 2
        covenant.breach = -6
        spec.agreements = [intent, covenant]
        var coordinator = CoordinatorSpec(name: "Coördinator")
        coordinator.cost = 6
        coordinator.fund = 0
        coordinator.minGroupTrust = 40
        spec.coordinator = coordinator
        return spec
    }

    /// A fresh game in its first planning phase.
    static func start(_ spec: GameSpec = spec) -> Game { Game(spec: spec, seed: 1) }

    /// From the planning phase: everyone ready, then at the table the active role proposes
    /// `kinds` and everyone accepts (and, when `sharing`, shares its plans); the round plays
    /// on to the next planning phase. The events told on the way.
    @discardableResult
    static func agree(_ game: inout Game, _ kinds: ProposalKind..., sharing: Bool = true)
        -> [ToldEvent]
    {
        var told = game.everyoneReady()
        guard let proposer = game.activeRole else {
            Issue.record("no role at the table")
            return told
        }
        let first = game.state.proposals.count + 1
        for kind in kinds { told += game.must(.propose(role: proposer, proposal: kind)) }
        let table = game.state.phase
        let round = game.state.round
        while let role = game.activeRole, game.state.phase == table, game.state.round == round {
            for number in first..<(first + kinds.count)
            where game.state.proposals[number - 1].answers[role] == nil {
                told += game.must(.respond(role: role, proposal: number, accept: true))
            }
            if sharing && !game.state.shared[role] { told += game.must(.share(role: role)) }
            told += game.must(.ready(role: role))
        }
        while game.state.round == round, !game.isOver { told += game.everyoneReady() }
        return told
    }

    /// Lowers every role's trust in every other role by `amount`.
    static func lowerTrust(_ game: inout Game, by amount: Double) {
        for from in 0..<3 {
            for to in 0..<3 where from != to {
                game.must(.facilitator(.adjustTrust(from: from, to: to, by: -amount)))
            }
        }
    }
}
