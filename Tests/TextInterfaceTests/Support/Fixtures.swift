import ExecBots
import Foundation
import GameDefinition
import GameRules
import Strategies
import TextInterface

/// Shared test material: the example game, sessions on it, and temporary files.
enum Fixtures {
    /// The package root (three levels above this file).
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The example game's path.
    static var examplePath: String { root + "/Games/voorbeeld.toml" }

    /// The golden files' directory.
    static var goldenDirectory: String { root + "/Tests/TextInterfaceTests/Golden" }

    /// The start of a one-year game of two roles, beheer (Stadsbeheer) and sociaal (Sociaal
    /// domein), for tests that add the one part they need.
    static let twoRoles = """
        title = "Twee rollen"
        first_year = 2026
        rounds = 1

        [roles.beheer]
        name = "Stadsbeheer"
        brief = "Beheer."

        [roles.sociaal]
        name = "Sociaal domein"
        brief = "Sociaal."

        """

    /// The example game, read once.
    static func example() throws -> (spec: GameSpec, hash: String) {
        try exampleRead.get()
    }

    /// The example game, read once for all tests: reading it for every test cost a fifth of
    /// this target's time.
    private static let exampleRead = Result { () throws(FixtureError) -> (GameSpec, String) in
        let result = GameDefinitionReader.read(contentsOf: examplePath)
        guard let spec = result.spec else { throw FixtureError(message: result.rendered()) }
        return (spec, result.hash)
    }

    /// A setup for the example game.
    static func setup(
        language: Language = .nl, seed: UInt64 = 7, bots: [Int: StrategyChoice] = [:],
        actions: [Action] = []
    ) throws -> SessionSetup {
        let (spec, hash) = try example()
        return SessionSetup(
            spec: spec, gamePath: examplePath, definitionHash: hash, seed: seed, language: language,
            bots: bots,
            color: false, actions: actions)
    }

    /// A started session on the example game.
    static func session(
        language: Language = .nl, seed: UInt64 = 7, bots: [Int: StrategyChoice] = [:],
        writer: SaveWriter? = nil
    ) throws -> Session {
        let session = Session(
            setup: try setup(language: language, seed: seed, bots: bots), saveWriter: writer)
        _ = session.start()
        return session
    }

    /// A started hot-seat session on `Games/<game>` with its texts in `language`, seed 3,
    /// past the opening screen.
    static func hotSeatSession(
        _ game: String = "wijken-van-de-toekomst.toml", _ language: Language = .nl
    ) throws -> Session {
        let path = root + "/Games/" + game
        let result = GameDefinitionReader.read(contentsOf: path, language: language.rawValue)
        guard let spec = result.spec else { throw FixtureError(message: "\(game) does not read") }
        let session = Session(
            setup: SessionSetup(
                spec: spec, gamePath: path, definitionHash: result.hash, seed: 3,
                language: language))
        _ = session.start()
        _ = session.handle("")
        return session
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "wijkspel-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A fixture that could not be built.
struct FixtureError: Error, CustomStringConvertible {
    /// What went wrong.
    var message: String
    /// The message.
    var description: String { message }
}
