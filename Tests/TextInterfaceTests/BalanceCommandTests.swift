import Foundation
import TestSupport
import Testing

/// `wijkspel balance` as a designer runs it: formats, reproducibility, `--strict`, and
/// usage errors that say what to fix.
@Suite("wijkspel balance")
struct BalanceCommandTests {
    static let wijkspel = BuiltProgram("wijkspel")
    static let example = Fixtures.examplePath
    static let quick = ["--games", "1", "--strong-games", "0", "--workers", "2"]

    @Test("JSON is the same for the same seed, names every verdict, and parses")
    func json() async throws {
        try await offPool {
            try #require(Self.wijkspel.exists)
            let arguments =
                ["balance", Self.example, "--format", "json", "--seed", "9"] + Self.quick
            let first = try Self.wijkspel.run(arguments)
            let second = try Self.wijkspel.run(arguments)
            #expect(first.status == 0, "\(first.errors)")
            #expect(first.output == second.output)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
            let verdicts = try #require(object["verdicts"] as? [[String: Any]])
            let kinds = Set(verdicts.compactMap { $0["kind"] as? String })
            #expect(
                kinds == ["cooperation", "temptation", "assurance", "dominance", "dead-content"])
            #expect(
                (object["lines"] as? [Any])?.count == 18,
                "no strong-bot lines with --strong-games 0")
            #expect(object["masterSeed"] as? Int == 9)
        }
    }

    @Test("Text and Markdown show the verdicts and the line-up table")
    func tables() async throws {
        try await offPool {
            try #require(Self.wijkspel.exists)
            let text = try Self.wijkspel.run(["balance", Self.example] + Self.quick)
            #expect(text.output.contains("Verdicts\n--------"))
            #expect(text.output.contains("temptation beheer"))
            #expect(text.output.contains("all combinations (no mcts)"))
            let markdown = try Self.wijkspel.run(
                ["balance", Self.example, "--format", "markdown"] + Self.quick)
            #expect(markdown.output.contains("### Verdicts"))
            #expect(markdown.output.contains("| verdict | status | finding |"))
            #expect(markdown.output.contains("|---|---|---|"))
            #expect(markdown.output.contains("| all cooperative | 1 |"))
        }
    }

    @Test("--strict exits 1 and names the verdicts that do not hold")
    func strict() async throws {
        try await offPool {
            try #require(Self.wijkspel.exists)
            let strict = try Self.wijkspel.run(["balance", Self.example, "--strict"] + Self.quick)
            #expect(strict.status == 1)
            #expect(strict.errors.contains("balance: not every verdict holds:"))
            #expect(
                strict.errors.contains("dead-content"), "the example game's goal nobody reaches")
        }
    }

    @Test("A bot in another language is tried as a deviation in the seat it names")
    func execBot() async throws {
        try await offPool {
            try #require(Self.wijkspel.exists)
            let bot = "exec:python3 " + Fixtures.root + "/bots/example_bot.py"
            let ending = try Self.wijkspel.run(
                ["balance", Self.example, "--format", "json", "--strategy", "sociaal=" + bot]
                    + Self.quick)
            #expect(ending.status == 0, "\(ending.errors)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(ending.output.utf8)) as? [String: Any])
            let labels = (object["lines"] as? [[String: Any]] ?? []).compactMap {
                $0["label"] as? String
            }
            #expect(labels.contains("\(bot) sociaal, rest cooperative"))
            #expect(labels.contains("\(bot) sociaal, rest sectoral"))
            #expect(!labels.contains("\(bot) beheer, rest cooperative"))
        }
    }

    @Test(
        "Usage errors exit 2 with a message",
        arguments: [
            (["--format", "html"], "--format must be text, markdown or json, not `html`"),
            (["--strategy", "smart"], "unknown strategy `smart`"),
            (["--strategy", "burgemeester=greedy"], "unknown role `burgemeester`"),
            (["--games", "0"], "--games must be a whole number from 1"),
            (["--strong-games", "-1"], "--strong-games must be a whole number from 0"),
            (["--wide"], "unknown option --wide"),
            (["--strict=yes"], "--strict takes no value"),
        ])
    func usage(arguments: [String], message: String) async throws {
        try await offPool {
            try #require(Self.wijkspel.exists)
            let ending = try Self.wijkspel.run(["balance", Self.example] + arguments)
            #expect(ending.status == 2)
            #expect(ending.errors.contains(message), "\(ending.errors)")
            #expect(ending.errors.contains("run `wijkspel balance --help`"))
        }
    }

    @Test("A game that does not read exits 1 with its diagnostics")
    func badGame() async throws {
        try await offPool {
            try #require(Self.wijkspel.exists)
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("balance-\(UUID().uuidString).toml").path
            try Data("title = \"kapot\"\nrounds = [".utf8).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let ending = try Self.wijkspel.run(["balance", path])
            #expect(ending.status == 1)
            #expect(ending.errors.contains("is not a valid game"))
            #expect(ending.output.isEmpty)
        }
    }
}
