import GameRules
import Testing

@testable import TextInterface

/// The keyboard at one table: it moves only when a player says ready, every hand-over in a
/// secret phase clears the screen, and the hand-over prompt takes only Enter.
@Suite("The keyboard never jumps")
struct KeyboardTests {
    /// A session in the first open phase of the example game, every role a person.
    static func inOpenPhase() throws -> Session {
        let session = try Fixtures.session()
        for _ in 0..<4 {
            _ = session.handle("")
            _ = session.handle("klaar")
        }
        #expect(!session.game.phase.secret, "the table phase")
        return session
    }

    @Test func aProposalToARoleThatIsDoneWaitsForTheProposerToFinish() throws {
        let session = try Self.inOpenPhase()
        let first = try #require(session.game.activeRole)
        _ = session.handle("klaar")
        let second = try #require(session.game.activeRole)
        _ = session.handle("stel-voor vorm coordinatie")
        #expect(session.game.activeRole == second, "the proposer keeps the keyboard")
        #expect(session.prompt.contains(session.game.spec.roles[second].name))
        let shown = session.handle("klaar").joined(separator: "\n")
        #expect(session.game.activeRole != first, "the others come first")
        #expect(!shown.contains("voorstel 1"), "\(shown)")
        while session.game.activeRole != first, session.game.phase.kind == .table {
            _ = session.handle("klaar")
        }
        #expect(session.game.activeRole == first, "then the role that was done gets a turn")
        let answer = session.handle("ja 1").joined(separator: "\n")
        #expect(answer.contains("ja tegen voorstel 1"), "\(answer)")
    }

    @Test(arguments: [(Language.nl, "druk alleen op Enter"), (Language.en, "just press Enter")])
    func theHandOverPromptTakesOnlyEnter(language: Language, says: String) throws {
        let session = try Fixtures.session(language: language)
        let state = session.game.state
        let waiting = try #require(session.awaitingHandoff)
        let shown = session.handle(language == .nl ? "plannen" : "plans").joined(separator: "\n")
        #expect(shown.contains("[enter-only]"))
        #expect(shown.contains(says), "\(shown)")
        #expect(session.awaitingHandoff == waiting, "still waiting for Enter")
        #expect(session.game.state == state)
        let confirmed = session.handle("")
        #expect(confirmed.first == Session.clearScreen)
        #expect(session.awaitingHandoff == nil)
    }

    @Test func aHandOverAfterTheFacilitatorMovesOnClearsTheSecrets() throws {
        let session = try Fixtures.session()
        _ = session.handle("")
        _ = session.handle("plan riool_noord 2027")
        let shown = session.handle("/volgende")
        let clear = try #require(shown.firstIndex(of: Session.clearScreen))
        let plan = shown.firstIndex { $0.contains("riool_noord") }
        #expect(plan == nil || plan! < clear, "nothing secret after the clear")
        #expect(session.keyboard == nil)
    }
}
