import ExecBots
import Foundation
import GameDefinition
import GameRules
import Server
import Strategies
import TextInterface

/// A served example game for tests: one host with `tables` tables, saving into a fresh
/// temporary folder.
struct ServedGame {
    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The example game's path.
    static var examplePath: String { root + "/Games/voorbeeld.toml" }

    /// The host.
    let host: TableHost
    /// The folder with the saves.
    let directory: ServeDirectory

    /// A host of `tables` new tables of the example game (seed 7, Dutch), with `bots`.
    init(tables: Int = 1, bots: [Int: StrategyChoice] = [:], language: Language = .nl) throws {
        let read = GameDefinitionReader.read(contentsOf: ServedGame.examplePath)
        let spec = try require(read.spec, read.rendered())
        let folder = NSTemporaryDirectory() + "wijkspel-serve-" + UUID().uuidString
        let codes = (0..<tables).map { _ in TableCodes.random(roleIDs: spec.roles.map(\.id)) }
        directory = try ServeDirectory.create(
            path: folder, manifest: ServeManifest(game: ServedGame.examplePath, tables: codes))
        var hosted: [HostedTable] = []
        for number in 1...tables {
            let setup = SessionSetup(
                spec: spec, gamePath: ServedGame.examplePath, definitionHash: read.hash, seed: 7,
                language: language, bots: bots)
            let writer = try SaveWriter.create(
                path: directory.savePath(table: number), header: setup.header, spec: spec,
                actions: [])
            hosted.append(HostedTable(number: number, setup: setup, saveWriter: writer))
        }
        host = TableHost(tables: hosted, codes: codes)
        host.start()
    }

    /// The seat of `role` at table 1.
    func seat(_ role: String, table: Int = 1) -> SeatKey { SeatKey(table: table, role: role) }

    /// Everything `seat` was shown after `after`.
    func lines(_ seat: SeatKey, after: Int = 0) -> [String] {
        host.output(for: seat, after: after).lines
    }
}

/// `#require` for plain throwing code outside a test.
func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw RequireError(what: what) }
    return value
}

/// A value a test needed was missing.
struct RequireError: Error {
    /// What was missing.
    var what: String
}
