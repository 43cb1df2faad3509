import GameRules
import Strategies
import Testing

@testable import ExecBots
@testable import TextInterface

/// The `text` that the bot protocol gives each legal action is a command a player could
/// type: the text interface reads it back as the same action.
struct ExecActionTextTests {
    @Test("every legal action's text reads back as that action", arguments: [UInt64(3), 11])
    func textsReadBack(_ seed: UInt64) throws {
        let (spec, _) = try Fixtures.example()
        var bots: [Int: any Strategy] = [:]
        for role in spec.roles.indices { bots[role] = RandomStrategy() }
        var table = Table(spec: spec, seed: seed, bots: bots)
        var checked = 0
        var kinds: Set<String> = []
        for _ in 0..<400 {
            guard let role = table.game.activeRole else { break }
            for action in table.game.legalActions(for: role) {
                let form = ActionForm(action, spec: spec)
                let words = form.text.split(separator: " ").map(String.init)
                let command = try #require(CommandKind(rawValue: words[0]), "\(form.text)")
                let parser = ActionParser(game: table.game, role: role)
                #expect(
                    try parser.action(command, Array(words.dropFirst())) == action, "\(form.text)")
                kinds.insert(form.kind)
                checked += 1
            }
            guard table.stepBot() != nil else { break }
        }
        #expect(checked > 1000)
        #expect(
            kinds.isSuperset(of: [
                "plan", "contribute", "transfer", "share", "ready", "propose", "accept", "refuse",
                "commit", "choose", "unplan",
            ]), "\(kinds.sorted())")
    }
}
