import Testing

@testable import TextInterface

/// Every save message exists in Dutch and English, names the file, and errors carry their id.
@Suite("Save messages")
struct SaveMessagesTests {
    /// Each error key with arguments as the code fills them.
    static let errors: [(key: String, arguments: [String])] = [
        ("save.exists", ["/p/s.jsonl"]), ("save.is-directory", []), ("save.is-symlink", []),
        ("save.not-regular", []), ("save.missing", []), ("save.cannot-open", ["Permission denied"]),
        ("save.cannot-create", ["Read-only file system"]), ("save.cannot-lock", ["No locks"]),
        ("save.in-use", ["1234", "wijkspel resume s.jsonl"]), ("save.in-use-unknown", []),
        ("save.write-failed", ["No space left on device"]),
        ("save.closed", ["/p/s.jsonl", "write-failed"]), ("save.nowhere", []),
        ("save.cannot-encode", []),
        ("save.newer-format", ["wijkspel-save/3", "wijkspel-save/2"]), ("save.unreadable", []),
        ("save.no-header", []), ("save.truncated", ["{\"re"]), ("save.garbage", ["x"]),
        ("save.no-longer-applies", ["not-your-turn"]), ("save.game-missing", ["g.toml"]),
        ("save.game-invalid", ["g.toml"]), ("save.unknown-id", ["save.kind.project", "p"]),
        ("save.unknown-id.suggest", ["save.kind.role", "behee", "beheer"]),
    ]

    @Test("errors are located, translated, filled and end with their stable id", arguments: errors)
    func error(_ key: String, _ arguments: [String]) {
        let problem = SaveProblem(
            file: "/p/s.jsonl", line: 3, column: 7, key: key, arguments: arguments)
        let dutch = problem.message(in: .nl)
        let english = problem.message(in: .en)
        for message in [dutch, english] {
            #expect(message.hasPrefix("/p/s.jsonl:3:7: "))
            #expect(message.hasSuffix(" [\(problem.id)]"))
            #expect(!message.contains("save.kind."), "an untranslated word in: \(message)")
            #expect(!message.contains(" ? ") && !message.contains("'?'"), "\(message)")
        }
        #expect(dutch != english)
        #expect(Messages(.nl).has(key) && Messages(.en).has(key))
    }

    @Test(
        "the player is told where the game is, in both languages",
        arguments: [
            ("save.saving-to", ["/p/s.jsonl"]), ("save.where", ["/p/s.jsonl"]),
            ("save.checkpoint", ["/p/k.jsonl", "/p/s.jsonl"]),
            ("save.picked", ["/p/s.jsonl", "4"]),
            ("save.repaired", ["/p/s.jsonl", "/p/s.jsonl.damaged", "4"]),
            ("save.damaged-read-only", ["/p/s.jsonl", "4"]),
        ])
    func told(_ key: String, _ arguments: [String]) {
        for language in Language.allCases {
            let message = Messages(language).fill(key, arguments)
            for argument in arguments { #expect(message.contains(argument), "\(language): \(key)") }
        }
        #expect(Messages(.nl).fill(key, arguments) != Messages(.en).fill(key, arguments))
    }

    @Test("a problem without a line or column names just the file")
    func places() {
        let whole = SaveProblem(
            file: "s.jsonl", line: 0, key: "save.exists", arguments: ["s.jsonl"])
        #expect(whole.message(in: .en).hasPrefix("s.jsonl: this file already exists"))
        let line = SaveProblem(file: "s.jsonl", line: 4, key: "save.garbage", arguments: ["x"])
        #expect(line.message(in: .nl).hasPrefix("s.jsonl:4: deze regel"))
        #expect(line.id == "garbage")
    }
}
