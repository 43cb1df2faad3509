import Foundation
import GameDefinition
import GameRules

@testable import TextInterface

/// A whole game played from its golden script (`Golden/NAME.script`), the same way every
/// time: the example (`voorbeeld-LANG`) or the practice game in English (`tutorial-en`).
enum ScriptedGame {
    /// The session after the script, and the transcript of it.
    static func play(_ language: Language) throws -> (session: Session, transcript: String) {
        let script = try String(
            contentsOfFile: Fixtures.goldenDirectory + "/voorbeeld-\(language.rawValue).script",
            encoding: .utf8)
        return try play(
            script: script, setup: try Fixtures.setup(language: language, seed: 2026))
    }

    /// The practice game `Games/tutorial.toml` played in English from `Golden/tutorial-en.script`,
    /// with the game's English texts.
    static func playTutorialInEnglish() throws -> (session: Session, transcript: String) {
        let script = try String(
            contentsOfFile: Fixtures.goldenDirectory + "/tutorial-en.script", encoding: .utf8)
        let path = Fixtures.root + "/Games/tutorial.toml"
        let definition = GameDefinitionReader.read(contentsOf: path)
        guard let spec = definition.spec else {
            throw FixtureError(message: definition.rendered())
        }
        let setup = SessionSetup(
            spec: spec, gamePath: path, definitionHash: definition.hash, seed: 2026, language: .en,
            translations: GameTranslations.of(definition))
        return try play(script: script, setup: setup)
    }

    private static func play(script: String, setup: SessionSetup) throws -> (
        session: Session, transcript: String
    ) {
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let session = Session(setup: setup)
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
