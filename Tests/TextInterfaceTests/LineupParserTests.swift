import ExecBots
import Testing

@testable import TextInterface

/// `--strategy` with bots in any language: an `exec:` command keeps its commas and `=`.
struct LineupParserTests {
    @Test(
        "pairs, single names and exec commands",
        arguments: [
            ("sociaal=exec:python3 bot.py", [3: StrategyChoice.exec("python3 bot.py")]),
            (
                "beheer=greedy,sociaal=exec:./bot --level=2,--mood=calm",
                [0: .greedy, 3: .exec("./bot --level=2,--mood=calm")]
            ),
            (
                "sociaal=exec:./bot a,b,beheer=sectoral",
                [3: .exec("./bot a,b"), 0: .sectoral]
            ),
        ])
    func seats(_ text: String, _ expected: [Int: StrategyChoice]) throws {
        let (spec, _) = try Fixtures.example()
        #expect(spec.roles.map(\.id) == ["beheer", "netbeheer", "ontwikkeling", "sociaal"])
        let choices = try LineupParser.choices(text, fallback: .cooperative, spec: spec)
        for role in spec.roles.indices {
            #expect(choices[role] == expected[role] ?? .cooperative, "role \(role)")
        }
    }

    @Test("one exec command for every seat, even with `=` in it")
    func everySeat() throws {
        let (spec, _) = try Fixtures.example()
        let choices = try LineupParser.choices(
            "exec:./bot --level=2", fallback: .cooperative, spec: spec)
        #expect(choices == Array(repeating: .exec("./bot --level=2"), count: spec.roles.count))
    }

    @Test("an unknown name lists the names, exec included")
    func unknown() throws {
        let (spec, _) = try Fixtures.example()
        #expect(throws: SimulationArguments.UsageError.self) {
            _ = try LineupParser.choices("sociaal=python3", fallback: .cooperative, spec: spec)
        }
        #expect(StrategyChoice.names.contains("exec:COMMAND"))
    }
}
