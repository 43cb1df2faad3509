import GameRules
import Testing

@testable import TextInterface

/// English is complete, texts re-flow, ids are never cut and long input is echoed capped.
@Suite("English and layout")
struct EnglishCompletenessTests {
    /// Command names that are Dutch only (not also an English name).
    static let dutchNames: [String] = {
        let commands = CommandKind.allCases.flatMap { kind in
            kind.names.filter {
                $0 != kind.name(in: .en) && !kind.names.dropFirst().prefix(1).contains($0)
            }
        }
        let facilitator = FacilitatorCommand.allCases.flatMap { command in
            command.names.filter { $0 != command.name(in: .en) }
        }
        return (commands + facilitator).filter { name in
            !CommandKind.allCases.contains { $0.name(in: .en) == name }
                && !FacilitatorCommand.allCases.contains { $0.name(in: .en) == name }
        }
    }()

    @Test("English help names no Dutch command")
    func englishHelp() throws {
        #expect(Self.dutchNames.contains("hulp"))
        #expect(Self.dutchNames.contains("koppelingen"))
        let session = try Fixtures.session(language: .en)
        _ = session.handle("")
        let help = (session.handle("help") + session.handle("/help")).joined(separator: " ")
        let words = Set(
            help.split { $0 == " " || $0 == "," || $0 == "." || $0 == "/" }.map(String.init))
        for name in Self.dutchNames {
            #expect(!words.contains(name), "English help names '\(name)'")
        }
    }

    @Test("the engine's phase names follow the language")
    func phaseNames() throws {
        let session = try Fixtures.session(language: .en)
        #expect(session.prompt.contains("2026 · planning"))
        _ = session.handle("")
        #expect(session.handle("status").first?.contains("planning") == true)
        let dutch = try Fixtures.session(language: .nl)
        #expect(dutch.prompt.contains("2026 · plannen"))
    }

    @Test("an unknown facilitator command points to /help", arguments: Language.allCases)
    func unknownFacilitatorCommand(_ language: Language) throws {
        let session = try Fixtures.session(language: language)
        let shown = session.handle("/onzin").joined()
        #expect(shown.contains("'/help'"), "\(shown)")
    }

    @Test("texts re-flow: hard line breaks join, blank lines part paragraphs, lists stay")
    func reflow() {
        let text =
            "Een zin die\ndoorloopt op de volgende regel.\n\n- een punt dat\n  doorloopt\n- nog een punt"
        #expect(
            Format.wrap(text, indent: "  ") == [
                "  Een zin die doorloopt op de volgende regel.", "", "  - een punt dat doorloopt",
                "  - nog een punt",
            ])
        let long = String(repeating: "woord ", count: 30)
        let lines = Format.wrap("- " + long, width: 40)
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
    }

    @Test("an id is never cut off in a column")
    func idsWhole() {
        #expect(Format.column("wijkfonds_zuiderhaven", 8) == "wijkfonds_zuiderhaven")
        #expect(Format.column("noord", 8) == "noord   ")
    }

    @Test("a very long input line is echoed capped")
    func echoCapped() {
        let line = String(repeating: "x", count: 3000)
        let echo = Transcript.echo(">", line)
        #expect(echo.count == 2 + Transcript.echoLimit + 1)
        #expect(echo.hasSuffix("…"))
        #expect(Transcript.echo(">", "klaar") == "> klaar")
    }
}
