import Foundation
import Glibc

/// The folder where `wijkspel serve` keeps a served game: `serve.json` (the game and the
/// join codes, readable by its owner only) and one save per table, `table-N.jsonl`.
///
/// It is made new (an existing folder only when empty) and never written over: a folder
/// that holds anything else is refused.
public struct ServeDirectory {
    /// The folder.
    public let path: String
    /// What it holds.
    public let manifest: ServeManifest

    /// The manifest's file name.
    public static let manifestName = "serve.json"

    /// The save of table `number` (from 1).
    public func savePath(table number: Int) -> String { path + "/table-\(number).jsonl" }

    /// Makes the folder at `path` (or takes it when it exists and is empty) and writes the
    /// manifest into it exclusively.
    public static func create(path: String, manifest: ServeManifest) throws(ServeProblem)
        -> ServeDirectory
    {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ServeProblem(
                    "dir-is-file", "\(path) is a file, not a folder",
                    suggestion: "choose another --dir; wijkspel never writes over a file")
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard contents.isEmpty else {
                if contents.contains(manifestName) {
                    throw ServeProblem(
                        "dir-has-game", "\(path) already holds a served game",
                        suggestion:
                            "continue it with --resume --dir \(path), or choose another --dir")
                }
                throw ServeProblem(
                    "dir-not-empty", "\(path) is not empty and was not made by wijkspel serve",
                    suggestion: "choose a new or empty folder with --dir")
            }
        } else if mkdir(path, 0o700) != 0 {
            throw ServeProblem(
                "dir-cannot-create", "cannot make \(path): \(String(cString: strerror(errno)))",
                suggestion: "check that the parent folder exists and can be written, or use --dir")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(manifest) else {
            throw ServeProblem("manifest-encode", "cannot encode serve.json", suggestion: "")
        }
        try writeNew(path + "/" + manifestName, Array(data) + [0x0A], mode: 0o600)
        return ServeDirectory(path: path, manifest: manifest)
    }

    /// Opens the served game in `path`, to resume it.
    public static func open(path: String) throws(ServeProblem) -> ServeDirectory {
        let file = path + "/" + manifestName
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ServeProblem(
                "no-served-game", "\(path) holds no served game (no \(manifestName))",
                suggestion: "give the folder that wijkspel serve printed at its start, with --dir")
        }
        guard let manifest = try? JSONDecoder().decode(ServeManifest.self, from: data),
            manifest.format == ServeManifest.currentFormat, !manifest.tables.isEmpty
        else {
            throw ServeProblem(
                "manifest-unreadable", "\(file) is not a wijkspel-serve/1 manifest",
                suggestion: "it may be damaged or from a newer wijkspel; check the file")
        }
        return ServeDirectory(path: path, manifest: manifest)
    }

    /// A fresh folder for serving `game` in `parent`: `GAME-serve-YYYYMMDD-HHMMSS`, with
    /// `-2`, `-3`, ... when taken.
    public static func freshPath(in parent: String, game: String, date: Date = Date()) -> String {
        let name = ((game as NSString).lastPathComponent as NSString).deletingPathExtension
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = parent + "/\(name)-serve-\(formatter.string(from: date))"
        var number = 1
        while FileManager.default.fileExists(atPath: stem + (number == 1 ? "" : "-\(number)")) {
            number += 1
        }
        return stem + (number == 1 ? "" : "-\(number)")
    }

    /// The newest served game in `parent` (by its folder's name, which holds the time).
    public static func latest(in parent: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.filter { $0.contains("-serve-") }.sorted().reversed()
            .map { parent + "/" + $0 }
            .first { FileManager.default.fileExists(atPath: $0 + "/" + manifestName) }
    }

    /// Writes `bytes` to a new file at `path` (never over an existing one) and syncs it.
    public static func writeNew(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(ServeProblem)
    {
        let descriptor = Glibc.open(
            path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ServeProblem(
                errno == EEXIST ? "file-exists" : "cannot-write",
                "cannot create \(path): \(reason)",
                suggestion: "wijkspel never writes over a file; choose another name")
        }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw ServeProblem(
                "cannot-write", "cannot write \(path): \(String(cString: strerror(errno)))",
                suggestion: "check the free space and the folder's permissions")
        }
    }
}
