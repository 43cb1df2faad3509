import Foundation
import GameRules
import Strategies

/// Appends to a save file (JSON Lines), one line per accepted action, flushed to disk at once.
public final class SaveWriter {
    /// The file written to.
    public let path: String
    private let handle: FileHandle

    private init(path: String, handle: FileHandle) {
        self.path = path
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// Writes a whole save file (header and actions), replacing any file at `path`, and
    /// keeps it open for appending.
    public static func create(path: String, header: SaveHeader, actions: [Action]) throws
        -> SaveWriter
    {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        }
        var data = try line(header)
        for action in actions { data += try line(SaveEntry(action: action)) }
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw CocoaError(.fileWriteUnknown)
        }
        if FileManager.default.fileExists(atPath: path) {
            try FileManager.default.removeItem(atPath: path)
        }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown)
        }
        try handle.seekToEnd()
        try handle.synchronize()
        return SaveWriter(path: path, handle: handle)
    }

    /// Opens an existing save file for appending.
    public static func open(path: String) throws -> SaveWriter {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw CocoaError(.fileNoSuchFile)
        }
        try handle.seekToEnd()
        return SaveWriter(path: path, handle: handle)
    }

    /// Appends an accepted action and flushes it to disk.
    public func append(_ action: Action) throws {
        try write(SaveEntry(action: action))
    }

    /// Notes that the last `count` actions were taken back, and flushes it to disk.
    public func appendUndo(_ count: Int) throws {
        try write(SaveEntry(undo: count))
    }

    private func write(_ entry: SaveEntry) throws {
        try handle.write(contentsOf: SaveWriter.line(entry))
        try handle.synchronize()
    }

    /// One value as a JSON line with sorted keys.
    static func line(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}

extension SaveWriter: TableJournal {}
