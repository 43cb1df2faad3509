import GameRules
import Strategies

extension DebriefReport {
    /// The debrief of the game of `setup` as far as its record goes, in `language` (the
    /// game's texts too, where `setup` has them in that language); with
    /// `counterfactual`, the same game and seed is also played by bots (see
    /// `DebriefCounterfactual`).
    ///
    /// The record is replayed on a `Table` that keeps its per-year log: the debrief reads the
    /// log and the final state, and holds no rules of its own. Replaying stops at the first
    /// action the rules refuse.
    public init(setup played: SessionSetup, language: Language, counterfactual: Bool = true) {
        let text = Messages(language)
        var setup = played
        setup.spec = played.spec(in: language)
        var recorder = DebriefRecorder(spec: setup.spec, text: text)
        let opening = Game(spec: setup.spec, seed: setup.seed)
        recorder.start(opening)
        let (table, _) = Table.replaying(
            spec: setup.spec, seed: setup.seed, definitionHash: setup.definitionHash,
            actions: setup.actions, keepsLog: true
        ) { step, game in
            recorder.record(step, game: game)
        }
        let builder = DebriefBuilder(
            setup: setup, text: text, game: table.game, log: table.log, recorder: recorder)
        self = builder.report()
        if counterfactual {
            self.counterfactual = DebriefCounterfactual(
                setup: setup, played: table.game, text: text)
        }
    }
}
