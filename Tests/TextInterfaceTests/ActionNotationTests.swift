import Foundation
import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import TextInterface

/// Version-2 notation: every action by id and year, read back to the same action.
@Suite("Action notation")
struct ActionNotationTests {
    /// The games in `Games/`.
    static let games = ["voorbeeld.toml", "tutorial.toml", "wijken-van-de-toekomst.toml"]

    /// A game by file name.
    static func spec(_ name: String) throws -> GameSpec {
        let result = GameDefinitionReader.read(contentsOf: Fixtures.root + "/Games/" + name)
        return try #require(result.spec)
    }

    /// `action` written as a JSON line and read back.
    static func roundTrip(_ action: Action, _ notation: ActionNotation) throws -> Action {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(notation.line(for: action))
        switch try JSONDecoder().decode(SaveLine.self, from: data) {
        case .action(let record): return try notation.action(record)
        case .facilitator(let record): return .facilitator(try notation.intervention(record))
        case .undo, .seat: throw FixtureError(message: "an action read back as an undo or a seat")
        }
    }

    /// Plays `games` random games of `spec` (ready one time in five) and hands every
    /// decision on the way to `body`: the game, the role to act and its legal actions.
    static func everyDecision(
        _ spec: GameSpec, games: UInt64, _ body: (Game, Int, [Action]) throws -> Void
    ) rethrows {
        for seed in 0..<games {
            var game = Game(spec: spec, seed: seed)
            var chooser = SeededGenerator(seed: seed &+ 31)
            var steps = 0
            while let role = game.activeRole, steps < 2_000 {
                let legal = game.legalActions(for: role)
                try body(game, role, legal)
                let action =
                    chooser.chance(0.2)
                    ? Action.ready(role: role) : legal[chooser.below(legal.count)]
                _ = game.apply(action)
                steps += 1
            }
        }
    }

    @Test("random legal actions read back the same", arguments: games)
    func legalActionsRoundTrip(_ name: String) throws {
        let spec = try Self.spec(name)
        let notation = ActionNotation(spec: spec)
        var checked = 0
        try Self.everyDecision(spec, games: UInt64(TestScale.count(quick: 1, full: 10))) {
            (_, _, legal) throws in
            for action in legal {
                #expect(try Self.roundTrip(action, notation) == action, "\(name): \(action)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test("every legal action typed as a command line parses back to itself", arguments: games)
    func typedCommandsRoundTrip(_ name: String) throws {
        let spec = try Self.spec(name)
        var checked = 0
        try Self.everyDecision(spec, games: UInt64(TestScale.count(quick: 1, full: 6))) {
            game, role, legal in
            let commands = PlayerCommands(
                game: game, viewer: role, actor: role, text: Messages(.en),
                style: Style(color: false), isBot: { _ in false })
            for action in legal {
                let line = try #require(ActionCommand.line(for: action, in: spec))
                #expect(commands.run(line) == .action(action), "\(name): \(line)")
                checked += 1
            }
        }
        #expect(checked > 300)
        #expect(ActionCommand.line(for: .facilitator(.pause(true)), in: spec) == nil)
    }

    @Test("every proposal and intervention on every thing reads back the same", arguments: games)
    func everyKindRoundTrips(_ name: String) throws {
        let spec = try Self.spec(name)
        let notation = ActionNotation(spec: spec)
        var actions: [Action] = []
        for role in spec.roles.indices {
            actions += spec.couplings.indices.map { .propose(role: role, proposal: .coupling($0)) }
            actions += spec.projects.indices.map {
                .propose(role: role, proposal: .jointProject($0))
            }
            actions += spec.forms.indices.map { .propose(role: role, proposal: .form($0)) }
            for fund in spec.funds.indices {
                actions += spec.projects.indices.map {
                    .propose(
                        role: role, proposal: .fundSpending(fund: fund, project: $0, amount: 7))
                }
            }
            for (number, dilemma) in spec.dilemmas.enumerated() {
                actions += dilemma.options.indices.map {
                    .choose(role: role, dilemma: number, option: $0)
                }
            }
            actions += spec.roles.indices.map { .transfer(role: role, to: $0, amount: 3) }
            actions += [
                .respond(role: role, proposal: 2, accept: true), .share(role: role),
                .ready(role: role), .unplan(role: role, project: 0),
                .commit(role: role, project: 0),
                .facilitator(.adjustBudget(role: role, by: -2.5)),
            ]
            actions += spec.roles.indices.map {
                .facilitator(.adjustTrust(from: role, to: $0, by: 4))
            }
        }
        actions += spec.events.indices.map { .facilitator(.inject(event: $0)) }
        actions += spec.variables.indices.map { .facilitator(.adjustVariable(variable: $0, by: 1)) }
        actions += [
            .facilitator(.pause(true)), .facilitator(.pause(false)), .facilitator(.nextPhase),
        ]
        for action in actions {
            #expect(try Self.roundTrip(action, notation) == action, "\(name): \(action)")
        }
    }

    @Test("the lines read as the format promises")
    func shapes() throws {
        let spec = try Self.spec("voorbeeld.toml")
        let notation = ActionNotation(spec: spec)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func text(_ line: SaveLine) throws -> String {
            String(decoding: try encoder.encode(line), as: UTF8.self)
        }
        #expect(
            try text(notation.line(for: .plan(role: 0, project: 0, round: 1)))
                == #"{"plan":{"project":"riool_noord","role":"beheer","year":2027}}"#)
        #expect(
            try text(notation.line(for: .facilitator(.adjustBudget(role: 0, by: 5))))
                == #"{"facilitator":{"adjustBudget":{"by":5,"role":"beheer"}}}"#)
        #expect(try text(.undo(2)) == #"{"undo":2}"#)
    }

    @Test(
        "decoding errors are located, with an id and a suggestion where one exists",
        arguments: [
            (
                #"{"plan":{"project":"riool_nord","role":"beheer","year":2027}}"#,
                "save.unknown-id.suggest", 20, "riool_noord"
            ),
            (#"{"ready":{"role":"bestuur"}}"#, "save.unknown-id", 18, nil),
            (#"{"ready":{"role":"behee"}}"#, "save.unknown-id.suggest", 18, "beheer"),
            (
                #"{"contribute":{"amount":5,"fund":"wijkfods","role":"beheer"}}"#,
                "save.unknown-id.suggest", 34, "wijkfonds"
            ),
            (
                #"{"choose":{"dilemma":"parkeren","option":"nergens","role":"beheer"}}"#,
                "save.unknown-id", 42, nil
            ),
            (
                #"{"choose":{"dilemma":"parkeer","option":"a","role":"beheer"}}"#,
                "save.unknown-id.suggest", 22, "parkeren"
            ),
            (
                #"{"facilitator":{"inject":{"event":"subsidy"}}}"#, "save.unknown-id.suggest", 35,
                "subsidie"
            ),
            (
                #"{"facilitator":{"adjustVariable":{"by":1,"variable":"noord.riol"}}}"#,
                "save.unknown-id.suggest", 53, "noord.riool"
            ),
            (
                #"{"propose":{"proposal":{"form":{"id":"cooperation"}},"role":"beheer"}}"#,
                "save.unknown-id.suggest", 38, "cooperatie"
            ),
            (#"{"plan":{"project":"riool_noord","role":"beheer"}}"#, "save.garbage", 0, nil),
            (#"{"dance":{"role":"beheer"}}"#, "save.garbage", 0, nil),
            (#"{"undo":"twee"}"#, "save.garbage", 0, nil),
            (#"{"undo":9}"#, "save.garbage", 0, nil),
            (#"{"ready":{"role":"#, "save.truncated", 0, nil),
        ] as [(String, String, Int, String?)])
    func decodingErrors(_ line: String, _ key: String, _ column: Int, _ suggestion: String?)
        throws
    {
        let spec = try Self.spec("voorbeeld.toml")
        let setup = try Fixtures.setup()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = String(decoding: try encoder.encode(setup.header), as: UTF8.self)
        let complete = key != "save.truncated"
        let data = Array((header + "\n" + line + (complete ? "\n" : "")).utf8)
        let contents = try SaveReader.read(data: data, file: "s.jsonl", spec: spec).get()
        let damage = try #require(contents.damage)
        #expect(damage.key == key)
        #expect(damage.line == 2)
        #expect(damage.column == column)
        #expect(contents.intactLength == header.utf8.count + 1)
        if let suggestion {
            #expect(damage.message(in: .en).contains("did you mean '\(suggestion)'?"))
        }
        let place = column > 0 ? "s.jsonl:2:\(column): " : "s.jsonl:2: "
        #expect(damage.message(in: .nl).hasPrefix(place))
        #expect(damage.message(in: .en).hasSuffix("[\(damage.id)]"))
    }
}
