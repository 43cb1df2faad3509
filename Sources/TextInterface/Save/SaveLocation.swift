import Foundation
import GameRules
import Glibc

/// Where save files go: `saves/` in the working directory, or the XDG state directory
/// (`$XDG_STATE_HOME/wijkspel/saves`, else `$HOME/.local/state/wijkspel/saves`) when
/// `saves/` cannot be written.
public enum SaveLocation {
    /// The directories saves may go to, in order of preference; `saves/` is looked for in
    /// `workingDirectory`.
    public static func candidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> [String] {
        var directories = [workingDirectory + "/saves"]
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            directories.append(state + "/wijkspel/saves")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            directories.append(home + "/.local/state/wijkspel/saves")
        }
        return directories
    }

    /// The first candidate directory that exists (or can be made) and can be written.
    public static func directory(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String? {
        for directory in candidates(environment: environment, workingDirectory: workingDirectory) {
            if SaveFileKind(path: directory) == .missing {
                try? FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true)
            }
            if SaveFileKind(path: directory) == .directory, access(directory, W_OK) == 0 {
                return directory
            }
        }
        return nil
    }

    /// Creates a new save for `game` under a fresh name, `DIR/GAME-YYYYMMDD-HHMMSS.jsonl`
    /// or with `-2`, `-3`, ... added; each name is created exclusively, so games started at
    /// the same moment never share a file.
    public static func createNew(
        for game: String, header: SaveHeader, spec: GameSpec, date: Date = Date(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(SaveProblem) -> SaveWriter {
        guard
            let directory = directory(environment: environment, workingDirectory: workingDirectory)
        else {
            let places = candidates(environment: environment, workingDirectory: workingDirectory)
                .joined(separator: ", ")
            throw SaveProblem(file: places, line: 0, key: "save.nowhere")
        }
        let name = ((game as NSString).lastPathComponent as NSString).deletingPathExtension
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = directory + "/\(name)-\(formatter.string(from: date))"
        var number = 1
        while true {
            let path = stem + (number == 1 ? "" : "-\(number)") + ".jsonl"
            do {
                return try SaveWriter.create(path: path, header: header, spec: spec, actions: [])
            } catch  where error.id == "exists" && number < 10_000 {
                number += 1
            }
        }
    }

    /// `path` made absolute against the working directory, lexically: a symbolic link in
    /// it stays a link, so that saving can refuse it.
    public static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The most recently changed save in the candidate directories (and the old
    /// `~/.wijkspel/saves/`), if any.
    public static func latest(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String? {
        var directories = candidates(environment: environment, workingDirectory: workingDirectory)
        if let home = environment["HOME"], home.hasPrefix("/") {
            directories.append(home + "/.wijkspel/saves")
        }
        let manager = FileManager.default
        var best: (String, Date)?
        for directory in directories {
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where name.hasSuffix(".jsonl") {
                let path = directory + "/" + name
                let attributes = (try? manager.attributesOfItem(atPath: path)) ?? [:]
                // An empty file is a save whose creation failed: nothing to resume.
                guard (attributes[.size] as? Int ?? 0) > 0 else { continue }
                let date = attributes[.modificationDate] as? Date ?? .distantPast
                if let current = best, current.1 >= date { continue }
                best = (path, date)
            }
        }
        return best?.0
    }
}
