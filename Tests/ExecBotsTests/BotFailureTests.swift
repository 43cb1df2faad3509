import ExecBots
import Foundation
import Strategies
import TestSupport
import Testing

/// Every way a bot can break the protocol stops its game as failed, with a message that
/// names the bot and the offending line, and nothing hangs.
@Suite(.timeLimit(.minutes(2)))
struct BotFailureTests {
    /// A misbehaving bot: its command, the failures it may cause (some depend on timing,
    /// such as a bot that never reads: silent or not reading), and a piece of the line the
    /// failure must quote (nil when the bot wrote no line).
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var command: String
        var kinds: Set<BotFailureKind>
        var line: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "malformed JSON",
            command: TestBots.python("malformed", "print('{not json')"),
            kinds: [.malformed], line: "{not json"),
        Case(
            name: "an action id that is not a number",
            command: TestBots.python("unknown", "print(json.dumps({'action': 'plan-riool'}))"),
            kinds: [.malformed], line: "plan-riool"),
        Case(
            name: "an answer without an action",
            command: TestBots.python("missing", "print(json.dumps({'choice': 0}))"),
            kinds: [.malformed], line: "choice"),
        Case(
            name: "an id that is not among the legal actions",
            command: TestBots.python(
                "illegal", "print(json.dumps({'action': len(message['actions'])}))"),
            kinds: [.illegal], line: "\"action\""),
        Case(
            name: "a negative id",
            command: TestBots.python("negative", "print(json.dumps({'action': -1}))"),
            kinds: [.illegal], line: "-1"),
        Case(
            name: "two answers to one decision",
            command: TestBots.python(
                "twice",
                "answer = json.dumps({'action': 0})\nsys.stdout.write(answer + '\\n' + answer + '\\n')"
            ),
            kinds: [.unasked], line: "{\"action\": 0}"),
        Case(
            name: "a greeting before the first decision",
            command: TestBots.shell("greeting", "echo 'hello engine'\nexec sleep 30\n"),
            kinds: [.unasked, .malformed], line: "hello engine"),
        Case(
            name: "an empty line",
            command: TestBots.python("empty", "print('')"), kinds: [.emptyLine], line: ""),
        Case(
            name: "an over-long line",
            command: TestBots.python("long", "print('x' * 200000)"),
            kinds: [.lineTooLong], line: "xxxx"),
        Case(
            name: "silence",
            command: TestBots.python("silent", "import time\ntime.sleep(30)"),
            kinds: [.timeout], line: nil),
        Case(
            name: "half a line, then silence",
            command: TestBots.python(
                "half",
                "sys.stdout.write('{\"action\"')\nsys.stdout.flush()\nimport time\ntime.sleep(30)"),
            kinds: [.timeout], line: "{\"action\""),
        Case(
            name: "it exits mid-game",
            command: TestBots.python(
                "quits", "if count > 5:\n    sys.exit(3)\n" + TestBots.randomAnswer),
            kinds: [.exited], line: nil),
        Case(
            name: "it crashes mid-game",
            command: TestBots.python(
                "crashes", "if count > 3:\n    raise RuntimeError('boom')\n" + TestBots.randomAnswer
            ),
            kinds: [.exited], line: nil),
        Case(
            name: "it never reads",
            command: TestBots.shell("deaf", "exec sleep 30\n"),
            kinds: [.timeout, .notReading], line: nil),
        Case(
            name: "it exits at once",
            command: TestBots.shell("gone", "exit 0\n"), kinds: [.exited], line: nil),
        Case(
            name: "the program does not exist",
            command: "wijkspel-no-such-bot-program --please", kinds: [.exited, .notReading],
            line: nil),
    ]

    @Test("a broken bot fails its game, naming the bot and the line", arguments: cases)
    func failsTheGame(_ bad: Case) async throws {
        try await offPool(in: TestBots.slots) {
            let playout = try #require(TestBots.play(bad.command))
            let failure = try #require(playout.failure, "the game should fail")
            #expect(bad.kinds.contains(failure.kind), "\(failure)")
            #expect(failure.bot == bad.command)
            #expect(failure.role == "sociaal")
            #expect(failure.message >= 1)
            #expect(failure.description.contains("bot `\(bad.command)`"))
            #expect(failure.description.contains("answering message \(failure.message)"))
            #expect(failure.description.hasPrefix(failure.kind.rawValue))
            if let line = bad.line {
                let quoted = try #require(failure.line, "the failure should quote the line")
                #expect(line.isEmpty ? quoted.isEmpty : quoted.contains(line))
                #expect(quoted.count <= BotFailure.lineLimit + 40)
                #expect(failure.description.contains("line: "))
            }
            #expect(!playout.stalled)
            #expect(!playout.game.isOver)
            let result = GameResult(index: 0, seed: 5, strategies: [], playout: playout)
            #expect(result.outcome == GameResult.failedOutcome)
            #expect(result.failure == failure.description)
            #expect(result.winners.isEmpty)
        }
    }

    @Test("a crash keeps the bot's last words on stderr")
    func crashKeepsStderr() async throws {
        try await offPool(in: TestBots.slots) {
            let command = TestBots.python("traceback", "raise ValueError('no idea what to do')")
            let failure = try #require(TestBots.play(command)?.failure)
            #expect(failure.kind == .exited)
            #expect(failure.stderr.contains("no idea what to do"))
            #expect(failure.description.contains("its stderr:"))
            #expect(failure.description.contains("exited with status 1"))
        }
    }

    @Test("a bot that writes much to stderr still plays the whole game")
    func chattyBotPlays() async throws {
        try await offPool(in: TestBots.slots) {
            let command = TestBots.python(
                "chatty",
                "sys.stderr.write('garbage \\x00\\xff ' * 20000 + '\\n')\n" + TestBots.randomAnswer)
            let playout = try #require(TestBots.play(command))
            #expect(playout.failure == nil)
            #expect(playout.game.isOver)
        }
    }

    @Test("a failed series counts its failures apart from its statistics")
    func summaryCountsFailures() async throws {
        try await offPool(in: TestBots.slots) {
            let spec = try #require(TestBots.spec)
            let command = TestBots.python("bad-series", "print('nope')")
            var strategies: [any Strategy] = spec.roles.map { _ in CooperativeStrategy() }
            strategies[0] = ExecStrategy(command: command, settings: TestBots.settings)
            let summary = Tournament(
                spec: spec, lineup: .fixed(strategies), games: 3, workers: 2
            ).summary()
            #expect(summary.failures == 3)
            #expect(summary.games == 0)
        }
    }
}
