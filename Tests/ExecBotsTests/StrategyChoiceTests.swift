import ExecBots
import Strategies
import Testing

/// Reading strategy names: built-in names in any case, `exec:` and a command.
struct StrategyChoiceTests {
    @Test(
        "names read as built-in or exec choices, and write back",
        arguments: [
            ("cooperative", StrategyChoice.cooperative, "cooperative"),
            ("GREEDY", .greedy, "greedy"),
            ("search", .mcts, "mcts"),
            ("exec:python3 bots/x.py", .exec("python3 bots/x.py"), "exec:python3 bots/x.py"),
            ("EXEC: ./bot --level=2 ", .exec("./bot --level=2"), "exec:./bot --level=2"),
        ])
    func reads(_ text: String, _ expected: StrategyChoice, _ name: String) {
        #expect(StrategyChoice(name: text) == expected)
        #expect(StrategyChoice(name: text)?.name == name)
    }

    @Test(
        "unknown names and empty commands are refused", arguments: ["", "exec:", "exec:  ", "kind"])
    func refuses(_ text: String) {
        #expect(StrategyChoice(name: text) == nil)
    }
}
