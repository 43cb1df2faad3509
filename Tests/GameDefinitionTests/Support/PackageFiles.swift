import Foundation

/// Files of the package, found from this file's path.
enum PackageFiles {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The paths of every `.toml` file in `Games/`, sorted.
    static let games: [String] = {
        let folder = root.appendingPathComponent("Games")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map {
            folder.appendingPathComponent($0).path
        }
    }()

    /// The path of the example game.
    static let example = root.appendingPathComponent("Games/voorbeeld.toml").path

    /// The text of the example game.
    static let exampleText: String = (try? String(contentsOfFile: example, encoding: .utf8)) ?? ""
}
