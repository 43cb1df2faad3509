import GameRules
import Strategies

extension Session {
    /// A table for `setup` that has replayed `actions` up to the first that no longer
    /// applies (with fresh bots that stand where they stood, and a log), and the private
    /// messages each person has not yet seen: what was told to them in private since their
    /// last secret turn began, as the live session keeps them, so that a resumed game
    /// delivers them as the interrupted one would have. One replay gives both.
    static func replayed(
        _ setup: SessionSetup, _ actions: [Action], text: Messages, style: Style
    ) -> (table: Table, notes: [Int: [String]]) {
        var notes: [Int: [String]] = [:]
        var turnSeen: [Int: Turn] = [:]
        var before = Game(spec: setup.spec, seed: setup.seed)
        let table = Table.replaying(
            spec: setup.spec, seed: setup.seed, definitionHash: setup.definitionHash,
            actions: actions, bots: setup.bots.mapValues { $0.make() }, keepsLog: true
        ) { step, game in
            defer { before = game }
            let actor = step.action.role
            if let actor, before.phase.secret {
                let turn = Turn(round: before.state.round, phase: before.state.phase, role: actor)
                if turnSeen[actor] != turn {
                    turnSeen[actor] = turn
                    notes[actor] = nil
                }
            }
            let shownTo: Int? = if case .ready = step.action { nil } else { actor }
            let narrator = EventNarrator(
                game: game, proposalsBefore: step.proposalsBefore, text: text, style: style)
            for event in step.told {
                guard let roles = event.audience.roles, !roles.contains(where: { $0 == shownTo })
                else { continue }
                for role in roles where setup.bots[role] == nil {
                    notes[role, default: []] += narrator.lines(for: event.event)
                }
            }
        }.table
        return (table, notes.filter { !$0.value.isEmpty })
    }
}
