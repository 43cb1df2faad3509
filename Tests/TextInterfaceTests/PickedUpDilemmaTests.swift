import GameDefinition
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// A dilemma that anyone may pick up is told, and kept in the debrief, with the role that
/// picked it up only: the others did not choose, and nothing was forced on them.
@Suite("A picked-up dilemma in words")
struct PickedUpDilemmaTests {
    static let source =
        Fixtures.twoRoles + """
            [dilemmas.klachten]
            title = "Klachten over de bomen"
            text = "Wie pakt het op?"
            year = 2026

            [[dilemmas.klachten.options]]
            id = "oppakken"
            label = "Ik pak het op"
            effects = "score(self) += 2"

            [[dilemmas.klachten.options]]
            id = "laten"
            label = "Laten liggen"
            """

    /// The game after sociaal picked the dilemma up and the year ended, and what was told.
    static func played() throws -> (game: Game, told: [GameEvent], actions: [Action]) {
        let spec = try #require(GameDefinitionReader.read(source: source, file: "k.toml").spec)
        var game = Game(spec: spec, seed: 1)
        var actions: [Action] = [.choose(role: 1, dilemma: 0, option: 0)]
        var told = try game.apply(actions[0]).get().map(\.event)
        while !game.isOver, let role = game.activeRole {
            actions.append(.ready(role: role))
            told += try game.apply(.ready(role: role)).get().map(\.event)
        }
        return (game, told, actions)
    }

    @Test func theNarratorNamesOnlyTheRoleThatPickedItUp() throws {
        let (game, told, _) = try Self.played()
        let decided = try #require(
            told.first {
                if case .dilemmaDecided = $0 { return true }
                return false
            })
        let narrator = EventNarrator(
            game: game, proposalsBefore: [], text: Messages(.en), style: Style(color: false))
        let line = narrator.lines(for: decided).joined(separator: " ")
        #expect(line.contains("Sociaal domein: oppakken"))
        #expect(!line.contains("Stadsbeheer"))
        #expect(game.score(of: 1) == 2 && game.score(of: 0) == 0)
    }

    @Test func theDebriefKeepsOnlyTheRoleThatPickedItUp() throws {
        let (game, _, actions) = try Self.played()
        var recorder = DebriefRecorder(spec: game.spec, text: Messages(.en))
        var replay = Table(spec: game.spec, seed: 1)
        recorder.start(replay.game)
        for action in actions {
            let step = try replay.submit(action).get()
            recorder.record(step, game: replay.game)
        }
        let choices = try #require(recorder.dilemmas.first).choices
        #expect(choices.map(\.role) == [1])
        #expect(choices.map(\.byDefault) == [false])
    }
}
