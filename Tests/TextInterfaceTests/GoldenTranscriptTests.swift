import Foundation
import Testing

@testable import TextInterface

/// A whole game of the example, played from a script; the transcript must match the golden
/// file exactly. Re-record with `WIJKSPEL_RECORD_GOLDEN=1 swift test --filter Golden`.
@Suite("Golden transcripts")
struct GoldenTranscriptTests {
    @Test("a full game of the example game", arguments: [Language.nl, Language.en])
    func fullGame(_ language: Language) throws {
        let (session, transcript) = try ScriptedGame.play(language)
        try compare(transcript, toGolden: "voorbeeld-\(language.rawValue)")
        #expect(session.game.isOver, "the script should play the game to its end")
    }

    @Test("the practice game in English, with the game's English texts")
    func tutorialInEnglish() throws {
        let (session, transcript) = try ScriptedGame.playTutorialInEnglish()
        try compare(transcript, toGolden: "tutorial-en")
        #expect(session.game.isOver, "the script should play the game to its end")
        #expect(transcript.contains("You are city management (Stadsbeheer)"))
        #expect(!transcript.contains("Rioolvervanging"), "no Dutch game text in English play")
    }

    private func compare(_ transcript: String, toGolden name: String) throws {
        let goldenPath = Fixtures.goldenDirectory + "/\(name).txt"
        if ProcessInfo.processInfo.environment["WIJKSPEL_RECORD_GOLDEN"] != nil {
            try transcript.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
        if transcript != golden {
            let got = transcript.split(separator: "\n", omittingEmptySubsequences: false)
            let want = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first?.offset ?? min(got.count, want.count)
            Issue.record(
                """
                \(name): transcript differs from the golden file at line \(line + 1)
                  got:  \(line < got.count ? String(got[line]) : "<end>")
                  want: \(line < want.count ? String(want[line]) : "<end>")
                re-record with WIJKSPEL_RECORD_GOLDEN=1 swift test --filter Golden
                """)
        }
    }
}
