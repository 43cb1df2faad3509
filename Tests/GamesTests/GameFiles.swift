import Foundation
import GameDefinition
import GameRules

/// Every game file in `Games/`, read once for all tests.
enum GameFiles {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The paths of all `.toml` files in `Games/`, sorted.
    static let paths: [String] = {
        let folder = root.appendingPathComponent("Games")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map {
            folder.appendingPathComponent($0).path
        }
    }()

    /// The file names, for test arguments.
    static let names: [String] = paths.map { URL(fileURLWithPath: $0).lastPathComponent }

    /// Reads a game by file name.
    static func spec(_ name: String) -> GameSpec? {
        GameDefinitionReader.read(contentsOf: root.appendingPathComponent("Games/\(name)").path)
            .spec
    }
}
