import Foundation
import GameDefinition
import GameRules
import TextInterface

/// Times one served table without the network: the bots' moves of whole games typed at a
/// `HostedTable`, each command's answer including its synced save line, its narration to
/// every seat and the wall's narration. Reports per-command figures by command word.
enum HostedTableBenchmark {
    /// Plays `games` whole games of the load test's line-up at one table each.
    static func run(games: Int = 20) {
        let read = GameDefinitionReader.read(contentsOf: ServeLoadBenchmark.gamePath)
        guard let spec = read.spec else {
            print("  hosted table: \(ServeLoadBenchmark.gamePath) does not read")
            return
        }
        let commands = ServeLoadBenchmark.botGame(spec)
        let scratch = NSTemporaryDirectory() + "wijkspel-hosted-\(getpid())"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var times: [(seconds: Double, word: String)] = []
        for game in 0..<games {
            let setup = SessionSetup(
                spec: spec, gamePath: ServeLoadBenchmark.gamePath, definitionHash: read.hash,
                seed: 3, language: .nl, bots: [:], rounds: nil)
            guard
                let writer = try? SaveWriter.create(
                    path: scratch + "/table-\(game).jsonl", header: setup.header, spec: spec,
                    actions: [])
            else { return }
            let table = HostedTable(number: 1, setup: setup, saveWriter: writer)
            table.writesDebrief = false
            table.start()
            for role in spec.roles.indices { _ = table.attach(role: role) }
            for command in commands {
                guard let role = spec.roles.firstIndex(where: { $0.id == command.role }) else {
                    continue
                }
                let round = table.game.state.round
                let start = DispatchTime.now().uptimeNanoseconds
                table.receive(command.line, from: role)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                var word = String(command.line.prefix { $0 != " " })
                if table.game.isOver {
                    word += " (game end)"
                } else if table.game.state.round != round {
                    word += " (year end)"
                }
                times.append((seconds, word))
            }
        }
        report(times, games: games)
    }

    /// Prints the overall figures and the costliest command words.
    static func report(_ times: [(seconds: Double, word: String)], games: Int) {
        let sorted = times.map(\.seconds).sorted()
        guard !sorted.isEmpty else { return }
        func micro(_ value: Double) -> String { String(format: "%.0f µs", value * 1e6) }
        print(
            "  hosted table: \(games) games, \(sorted.count) commands; per command p50 "
                + "\(micro(sorted[sorted.count / 2])), p99 \(micro(sorted[sorted.count * 99 / 100])), "
                + "max \(micro(sorted[sorted.count - 1]))")
        let byWord = Dictionary(grouping: times, by: \.word)
        for (word, group) in byWord.sorted(by: { $0.key < $1.key }) {
            let each = group.map(\.seconds).sorted()
            print(
                "    \(word): \(each.count) commands, mean \(micro(each.reduce(0, +) / Double(each.count))), "
                    + "max \(micro(each[each.count - 1]))")
        }
    }
}
