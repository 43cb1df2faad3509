import GameRules
import Testing

/// The instrument test game with a joint programme, eight rounds long.
///
/// The programme holds couplings 3 rounds ahead, costs 3 a round (from the wijkfonds first,
/// the rest in equal parts), needs group trust 40, pays 6 back to a coupling's owners when
/// it was held 2 rounds or more, and costs -2 trust to let drop. Besides `riool_kabel` (0:
/// beheer and netbeheer), coupling 1 joins `plein_zuid` (sociaal) and `warmte_zuid`
/// (netbeheer), and coupling 2 joins `huizen_noord` (beheer, start 1 to 2) and `kabel_noord`.
/// Trust does not drift.
enum ProgrammeGame {
    static var spec: GameSpec {
        var spec = InstrumentGame.spec
        spec.trust.drift = 0
        spec.couplings += [
            CouplingSpec(
                id: "plein_warmte", name: "Plein met warmte", projects: [2, 3], saving: 4),
            CouplingSpec(
                id: "huizen_kabel", name: "Huizen met kabel", projects: [4, 1], saving: 4),
        ]
        var programme = ProgrammeSpec(name: "Programma")
        programme.horizon = 3
        programme.cost = 3
        programme.fund = 0
        programme.minGroupTrust = 40
        programme.earlyYears = 2
        programme.earlyBonus = 6
        programme.breakTrust = -2
        spec.programme = programme
        return spec
    }

    /// A fresh game in its first planning phase.
    static func start(_ spec: GameSpec = spec) -> Game { Game(spec: spec, seed: 1) }
}

extension ProgrammeGame {
    /// From the planning phase: everyone ready, then at the table `proposer` proposes `kinds`
    /// when its turn comes and everyone accepts; the round plays on to the next planning
    /// phase. The events told on the way.
    @discardableResult
    static func agree(_ game: inout Game, _ kinds: ProposalKind..., by proposer: Int)
        -> [ToldEvent]
    {
        var told = game.everyoneReady()
        let table = game.state.phase
        let round = game.state.round
        while let role = game.activeRole, role != proposer, game.state.phase == table {
            told += game.must(.ready(role: role))
        }
        let first = game.state.proposals.count + 1
        for kind in kinds { told += game.must(.propose(role: proposer, proposal: kind)) }
        let count = game.state.proposals.count + 1 - first
        while let role = game.activeRole, game.state.phase == table, game.state.round == round {
            for number in first..<(first + count)
            where game.state.proposals[number - 1].answers[role] == nil
                && game.state.proposals[number - 1].from != role
            {
                told += game.must(.respond(role: role, proposal: number, accept: true))
            }
            told += game.must(.ready(role: role))
        }
        while game.state.round == round, !game.isOver { told += game.everyoneReady() }
        return told
    }

    /// From the planning phase to `role`'s turn at the table.
    static func turn(_ game: inout Game, to role: Int) {
        game.everyoneReady()
        let table = game.state.phase
        while let active = game.activeRole, active != role, game.state.phase == table {
            game.must(.ready(role: active))
        }
    }
}
