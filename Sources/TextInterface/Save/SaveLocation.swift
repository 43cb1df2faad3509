import Foundation

/// Where save files go: `saves/` in the working directory, or `~/.wijkspel/saves/` when
/// that cannot be written.
public enum SaveLocation {
    /// The directory for new saves (created if needed).
    public static func directory() -> String {
        let manager = FileManager.default
        let local = manager.currentDirectoryPath + "/saves"
        if (try? manager.createDirectory(atPath: local, withIntermediateDirectories: true)) != nil,
            manager.isWritableFile(atPath: local)
        {
            return local
        }
        let home = NSHomeDirectory() + "/.wijkspel/saves"
        try? manager.createDirectory(atPath: home, withIntermediateDirectories: true)
        return home
    }

    /// A fresh save path for a game file: `DIR/GAME-YYYYMMDD-HHMMSS.jsonl`.
    public static func newPath(for game: String, date: Date = Date()) -> String {
        let name = ((game as NSString).lastPathComponent as NSString).deletingPathExtension
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var path = directory() + "/\(name)-\(formatter.string(from: date)).jsonl"
        var counter = 2
        while FileManager.default.fileExists(atPath: path) {
            path = directory() + "/\(name)-\(formatter.string(from: date))-\(counter).jsonl"
            counter += 1
        }
        return path
    }

    /// The most recently changed save in `saves/` or `~/.wijkspel/saves/`, if any.
    public static func latest() -> String? {
        let manager = FileManager.default
        let directories = [
            manager.currentDirectoryPath + "/saves", NSHomeDirectory() + "/.wijkspel/saves",
        ]
        var best: (String, Date)?
        for directory in directories {
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where name.hasSuffix(".jsonl") {
                let path = directory + "/" + name
                let date =
                    (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date)
                    ?? .distantPast
                if let current = best, current.1 >= date { continue }
                best = (path, date)
            }
        }
        return best?.0
    }
}
