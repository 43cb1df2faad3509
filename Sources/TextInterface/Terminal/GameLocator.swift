import Foundation

/// Finds game files: the default game, and a game a save file names.
public enum GameLocator {
    /// The default games, preferred first.
    public static let defaults = ["Games/wijken-van-de-toekomst.toml", "Games/voorbeeld.toml"]

    /// The default game: relative to the working directory, then to the executable and the
    /// directories above it (the package root when run from `.build`).
    public static func defaultGame() -> String? {
        for base in searchBases() {
            for name in defaults {
                let path = base + "/" + name
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    /// A game recorded in a save: the path itself, else `Games/NAME` in the usual places.
    public static func find(recorded path: String) -> String? {
        if FileManager.default.fileExists(atPath: path) { return path }
        let name = (path as NSString).lastPathComponent
        for base in searchBases() {
            let candidate = base + "/Games/" + name
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `path` made absolute against the working directory.
    public static func absolute(_ path: String) -> String {
        let full =
            path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }

    private static func searchBases() -> [String] {
        var bases = [FileManager.default.currentDirectoryPath]
        var directory =
            (Bundle.main.executablePath.map { ($0 as NSString).resolvingSymlinksInPath }
                ?? CommandLine.arguments[0])
        for _ in 0..<6 {
            directory = (directory as NSString).deletingLastPathComponent
            if directory.isEmpty || directory == "/" { break }
            bases.append(directory)
        }
        return bases
    }
}
