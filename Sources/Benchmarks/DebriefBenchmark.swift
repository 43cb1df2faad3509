import Dispatch
import ExecBots
import GameDefinition
import GameRules
import Strategies
import TextInterface

/// Times the debrief of a whole game: replaying its record with the per-year log, the
/// counterfactual's three bot plays, and rendering the HTML page, the Markdown and the CSV.
enum DebriefBenchmark {
    /// Plays one game of `gamePath` with a mixed line-up of bots and times its debrief `runs`
    /// times; prints the median and the slowest run.
    static func run(gamePath: String, runs: Int = 10) {
        let read = GameDefinitionReader.read(contentsOf: gamePath)
        guard let spec = read.spec else {
            print("  debrief: cannot read \(gamePath)")
            return
        }
        let kinds: [StrategyKind] = [.cooperative, .sectoral, .reciprocal, .greedy]
        let strategies = spec.roles.indices.map { kinds[$0 % kinds.count] }
        let seed: UInt64 = 2026
        let played = Playout(spec: spec, seed: seed, strategies: strategies.map { $0.make() })
        var bots: [Int: StrategyChoice] = [:]
        for (role, kind) in strategies.enumerated() where role % 2 == 1 {
            bots[role] = .builtin(kind)
        }
        let setup = SessionSetup(
            spec: spec, gamePath: gamePath, definitionHash: read.hash, seed: seed, language: .nl,
            bots: bots, actions: played.table.record.actions)
        print(
            "Debrief benchmark on \(gamePath): \(spec.rounds) years, "
                + "\(setup.actions.count) actions, with the counterfactual (release build expected)"
        )
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<runs {
            let start = DispatchTime.now()
            let report = DebriefReport(setup: setup, language: .nl)
            bytes = DebriefFiles.render(report).map(\.contents.utf8.count).reduce(0, +)
            times.append(
                Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
        times.sort()
        let median = times[times.count / 2]
        print(
            "  debrief: median \(Int(median * 1000)) ms, slowest \(Int(times.last! * 1000)) ms "
                + "over \(runs) runs, \(bytes / 1024) KiB written")
    }
}
