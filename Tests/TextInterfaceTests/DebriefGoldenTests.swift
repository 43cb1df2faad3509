import Foundation
import GameRules
import Testing

@testable import TextInterface

/// The debrief of the scripted example game (the golden transcript's script): its Markdown
/// and its CSV files must match the golden files exactly. Re-record with
/// `WIJKSPEL_RECORD_GOLDEN=1 swift test --filter DebriefGolden`.
@Suite("Debrief golden files")
struct DebriefGoldenTests {
    /// The setup of the scripted game, with the actions the script played.
    static func scriptedSetup(_ language: Language) throws -> SessionSetup {
        let session = try ScriptedGame.play(language).session
        #expect(session.game.isOver, "the script should play the game to its end")
        return try Fixtures.setup(language: language, seed: 2026, actions: session.record.actions)
    }

    @Test("the Markdown and CSV files of the scripted game", arguments: [Language.nl, Language.en])
    func golden(_ language: Language) throws {
        let report = DebriefReport(
            setup: try DebriefGoldenTests.scriptedSetup(language), language: language)
        var files = [("debrief-\(language.rawValue).md", DebriefMarkdown.render(report))]
        for (name, table) in DebriefCSV.render(report) {
            files.append(("debrief-\(language.rawValue)-\(name)", table.text))
        }
        let record = ProcessInfo.processInfo.environment["WIJKSPEL_RECORD_GOLDEN"] != nil
        for (name, text) in files {
            let path = Fixtures.goldenDirectory + "/" + name
            if record {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try String(contentsOfFile: path, encoding: .utf8)
            if text != golden {
                let got = text.components(separatedBy: "\n")
                let want = golden.components(separatedBy: "\n")
                let line =
                    zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(got.count, want.count)
                Issue.record(
                    """
                    \(name) differs from the golden file at line \(line + 1)
                      got:  \(line < got.count ? got[line] : "<end>")
                      want: \(line < want.count ? want[line] : "<end>")
                    re-record with WIJKSPEL_RECORD_GOLDEN=1 swift test --filter DebriefGolden
                    """)
            }
        }
    }
}
