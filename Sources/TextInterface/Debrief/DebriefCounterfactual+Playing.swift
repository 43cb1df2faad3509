import ExecBots
import GameRules
import Strategies

extension DebriefCounterfactual {
    /// The table's own game `played` beside the same game and seed played to its end by
    /// all-cooperative bots, all-sectoral bots, and the table's line-up with cooperative bots
    /// in the people's seats.
    init(setup: SessionSetup, played: Game, text: Messages) {
        let spec = setup.spec
        let lineup = spec.roles.indices.map { setup.bots[$0] ?? .cooperative }
        let alternatives: [(DebriefPlay.Kind, [StrategyChoice])] = [
            (.cooperative, Array(repeating: .cooperative, count: spec.roles.count)),
            (.sectoral, Array(repeating: .sectoral, count: spec.roles.count)),
            (.lineup, lineup),
        ]
        var plays = [DebriefCounterfactual.play(.table, played, text)]
        for (kind, strategies) in alternatives {
            let playout = Playout(
                spec: spec, seed: setup.seed, strategies: strategies.map { $0.make() })
            plays.append(DebriefCounterfactual.play(kind, playout.game, text))
        }
        self.plays = plays
        differences = spec.events.indices.compactMap { event in
            let fired = plays.map { $0.fired[event] }
            guard Set(fired).count > 1 else { return nil }
            return DebriefEventDifference(
                id: spec.events[event].id, title: spec.events[event].title, fired: fired)
        }
    }

    private static func play(_ kind: DebriefPlay.Kind, _ game: Game, _ text: Messages)
        -> DebriefPlay
    {
        DebriefPlay(
            kind: kind, name: text("debrief.play-\(kind.rawValue)"), sharedScore: game.sharedScore,
            scores: game.spec.roles.indices.map { game.score(of: $0) },
            groupTrust: game.groupTrust, couplingsMade: game.state.couplingMade.filter { $0 }.count,
            finished: game.isOver, fired: game.state.fired)
    }
}
