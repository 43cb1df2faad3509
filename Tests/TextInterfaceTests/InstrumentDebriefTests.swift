import GameDefinition
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The debrief asks about the instruments the table used, and about those it left unused.
@Suite("The debrief's questions about agreements, the coordinator and the programme")
struct InstrumentDebriefTests {
    /// A whole default game of `kind` bots.
    static func played(_ kind: StrategyKind) throws -> Game {
        let path = Fixtures.root + "/Games/wijken-van-de-toekomst.toml"
        let spec = try #require(GameDefinitionReader.read(contentsOf: path).spec)
        return Playout(spec: spec, seed: 11, strategies: spec.roles.map { _ in kind.make() }).game
    }

    @Test func aTableThatUsedThemIsAskedWhatChanged() throws {
        let game = try Self.played(.cooperative)
        let questions = InstrumentDebrief.questions(game, text: Messages(.nl))
        #expect(questions.count == 3)
        #expect(questions[0].text.hasPrefix("Jullie tekenden Intentieverklaring, Convenant"))
        #expect(questions[0].facts.contains { $0.hasPrefix("Afspraken gebroken: ") })
        #expect(
            questions[1].facts.first?.hasPrefix("Procescoördinator: aan het werk sinds") == true)
        #expect(questions[1].topics == [.couplings, .hotPotatoes])
        #expect(
            questions[2].text.hasPrefix(
                "Met Uitvoeringsprogramma Zuiderhaven legden jullie koppelingen jaren vooruit vast")
        )
        #expect(
            questions[2].facts.first?.hasPrefix(
                "Uitvoeringsprogramma Zuiderhaven: gestart in 2026; koppelingen nagekomen: ")
                == true)
    }

    @Test func aTableThatDidNotIsAskedWhatHeldItBack() throws {
        let game = try Self.played(.sectoral)
        let questions = InstrumentDebrief.questions(game, text: Messages(.en))
        #expect(
            questions.map(\.text) == [
                "You signed no agreement (Intentieverklaring was ready). What held you back: trust, money, or the need for it?",
                "You hired no process coordinator. Who steered the process, or did nobody?",
                "You did not start Uitvoeringsprogramma Zuiderhaven. How far ahead could you look together, and who was the weakest link?",
            ])
        #expect(
            questions.flatMap(\.facts) == [
                "Agreements signed: none.", "Process coordinator: not hired.",
                "Uitvoeringsprogramma Zuiderhaven: not started.",
            ])
    }
}
