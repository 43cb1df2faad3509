import ExecBots
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The end of a year at the table: the summary on one screen, the question, and the next
/// year only when the facilitator goes on.
@Suite("The end of a year")
struct YearEndTests {
    /// Plays the first year of the example game with every role a person saying `klaar`.
    static func atYearEnd(_ language: Language) throws -> (Session, [String]) {
        let session = try Fixtures.session(language: language)
        var shown: [String] = []
        var steps = 0
        while session.yearEnd == nil, steps < 100 {
            shown = session.handle(session.awaitingHandoff != nil ? "" : "klaar")
            steps += 1
        }
        return (session, shown)
    }

    @Test(arguments: [
        (Language.nl, "Het jaar 2026 in één oogopslag", "/verder"),
        (Language.en, "The year 2026 at a glance", "/continue"),
    ])
    func theSummaryShowsEveryRoleAndTheGameWaits(
        language: Language, title: String, command: String
    ) throws {
        let (session, shown) = try Self.atYearEnd(language)
        let text = shown.joined(separator: "\n")
        #expect(text.contains(title), "\(text)")
        for role in session.game.spec.roles { #expect(text.contains(role.name)) }
        #expect(session.prompt.contains(command))
        let news = session.yearEnd ?? []
        #expect(!news.isEmpty, "the next year's news waits")
        #expect(!news.contains { text.contains($0) && !$0.isEmpty && $0.count > 20 })
        let actions = session.record.actions.count
        let refused = session.handle(language == .nl ? "klaar" : "ready").joined()
        #expect(refused.contains("[year-end]"))
        #expect(session.record.actions.count == actions, "no action while the year waits")
        let views = session.handle("status").joined()
        #expect(!views.contains("[year-end]"), "looking around still works")
        let going = session.handle(command)
        #expect(session.yearEnd == nil)
        #expect(going.contains { $0.contains("2027") })
    }

    @Test func aGameWithOnlyBotsDoesNotStop() throws {
        let bots = Dictionary(
            uniqueKeysWithValues: (0..<4).map { ($0, StrategyChoice.cooperative) })
        let session = Session(setup: try Fixtures.setup(bots: bots))
        _ = session.start()
        #expect(session.game.isOver)
        #expect(session.yearEnd == nil)
    }

    @Test func aGameResumedAtTheEndOfAYearWaitsAsBefore() throws {
        let (session, _) = try Self.atYearEnd(.nl)
        let resumed = Session(setup: try Fixtures.setup(actions: session.record.actions))
        _ = resumed.start()
        #expect(resumed.yearEnd != nil)
        #expect(resumed.prompt.contains("/verder"))
    }
}
