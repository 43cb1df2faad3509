import Foundation
import GameRules

@testable import TextInterface

/// The whole example game played from its golden script (`Golden/voorbeeld-LANG.script`),
/// the same way every time.
enum ScriptedGame {
    /// The session after the script, and the transcript of it.
    static func play(_ language: Language) throws -> (session: Session, transcript: String) {
        let script = try String(
            contentsOfFile: Fixtures.goldenDirectory + "/voorbeeld-\(language.rawValue).script",
            encoding: .utf8)
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let session = Session(setup: try Fixtures.setup(language: language, seed: 2026))
        // A clock that moves 20 seconds each time it is read, so the phase timer runs out
        // within the script, the same way every time.
        var now = 0.0
        session.clock = {
            now += 20
            return now
        }
        return (session, Transcript.run(session, lines: lines))
    }
}
