import ExecBots
import Foundation
import GameDefinition
import GameRules
import Strategies
import TestSupport
import Testing

/// Small bots written to a temporary folder by the tests, and the example game they play.
enum TestBots {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The example game's rules.
    static let spec: GameSpec? = GameDefinitionReader.read(
        contentsOf: root.appendingPathComponent("Games/voorbeeld.toml").path
    ).spec

    /// A folder of its own for this test run's bots.
    static let folder: String = {
        let path = NSTemporaryDirectory() + "wijkspel-bots-" + UUID().uuidString
        try? FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Two bot games at a time, as on Swift Testing's pool of two threads before these tests
    /// waited off it: more at once would make bots miss the one-second timeout below.
    static let slots = Slots(2)

    /// Short limits, so that a silent bot fails fast.
    static let settings = ExecBotSettings(timeout: 1, lineLimit: 64 * 1024, grace: 1)

    /// Writes a Python bot whose decision handler is `body` (with `message`, `rng` and
    /// `count`, the number of decisions so far, in scope) and returns its command.
    static func python(_ name: String, _ body: String) -> String {
        let source = """
            import json, random, sys
            count = 0
            for line in sys.stdin:
                message = json.loads(line)
                if message["type"] != "decision":
                    continue
                count += 1
                rng = random.Random(message["seed"])
            \(body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
                sys.stdout.flush()
            """
        let path = folder + "/" + name + ".py"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(source.utf8)))
        return "python3 " + path
    }

    /// Writes a shell bot with `source` and returns its command.
    static func shell(_ name: String, _ source: String) -> String {
        let path = folder + "/" + name + ".sh"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(source.utf8)))
        return "/bin/sh " + path
    }

    /// The answer line of a bot that picks a legal action at random with the seed.
    static let randomAnswer = """
        print(json.dumps({"action": rng.choice(message["actions"])["id"]}))
        """

    /// Plays one game of the example game with `command` as `sociaal` and cooperative bots
    /// elsewhere.
    static func play(_ command: String, seed: UInt64 = 5) -> Playout? {
        guard let spec else { return nil }
        let role = spec.roles.firstIndex { $0.id == "sociaal" } ?? 0
        var strategies: [any Strategy] = spec.roles.map { _ in CooperativeStrategy() }
        strategies[role] = ExecStrategy(command: command, settings: settings)
        return Playout(spec: spec, seed: seed, strategies: strategies)
    }
}
