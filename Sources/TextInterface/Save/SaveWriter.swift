import Foundation
import GameRules
import Strategies

/// The table's journal in a save file (JSON Lines): one whole line per accepted action,
/// written with one `write(2)` and synced before `append` returns.
///
/// The file stays locked while the writer lives. After a failed write the file is cut back
/// to its last whole line and the writer refuses every further line: reopen the save
/// (`wijkspel resume FILE`) to go on.
public final class SaveWriter: TableJournal {
    /// The file written to.
    public var path: String { file.path }
    private let file: SaveFile
    private let notation: ActionNotation
    /// Whether lines are written as version 1 (indices) rather than version 2 (ids).
    private let writesVersion1: Bool
    /// The length of the file up to its last whole line written by this writer.
    private var intactLength: Int
    /// The failed write that closed this writer, if any.
    public private(set) var failure: SaveProblem?

    private init(file: SaveFile, spec: GameSpec, version: Int) {
        self.file = file
        self.notation = ActionNotation(spec: spec)
        self.writesVersion1 = version == 1
        self.intactLength = file.size
    }

    /// Creates a new save file at `path` (never over an existing file) with `header` and
    /// `actions`, locked, and keeps it open for appending.
    public static func create(path: String, header: SaveHeader, spec: GameSpec, actions: [Action])
        throws(SaveProblem) -> SaveWriter
    {
        let file = try SaveFile.create(path: path)
        let writer = SaveWriter(file: file, spec: spec, version: header.version ?? 2)
        try writer.write(try writer.bytes(header: header, actions: actions))
        return writer
    }

    /// Writes a whole save file at `path` (never over an existing file) and closes it: a
    /// checkpoint copy that can be resumed on its own.
    public static func checkpoint(
        path: String, header: SaveHeader, spec: GameSpec, actions: [Action]
    ) throws(SaveProblem) {
        _ = try create(path: path, header: header, spec: spec, actions: actions)
    }

    /// Continues an open, locked save file whose header is `header`; ends it with a newline
    /// when its last line has none.
    static func continuing(_ file: SaveFile, header: SaveHeader, spec: GameSpec)
        throws(SaveProblem) -> SaveWriter
    {
        let writer = SaveWriter(file: file, spec: spec, version: header.version ?? 2)
        if let last = file.contents().last, last != 0x0A { try writer.write([0x0A]) }
        return writer
    }

    /// Appends an accepted action, synced to disk.
    public func append(_ action: Action) throws(SaveProblem) {
        try write(try entry(action))
    }

    /// Notes that the last `count` actions were taken back, synced to disk.
    public func appendUndo(_ count: Int) throws(SaveProblem) {
        try write(try writesVersion1 ? line(SaveEntry(undo: count)) : line(SaveLine.undo(count)))
    }

    /// Notes that `role` is played by `player` (`person` or a strategy) from here on, synced
    /// to disk; a version-1 save cannot say so, and the change then lasts for this session.
    func appendSeat(role: String, player: String) throws(SaveProblem) {
        guard !writesVersion1 else { return }
        try write(try line(SaveLine.seat(SeatRecord(role: role, player: player))))
    }

    /// Writes `bytes` whole or cuts the file back to its last whole line and closes.
    private func write(_ bytes: [UInt8]) throws(SaveProblem) {
        if let failure {
            throw SaveProblem(
                file: path, line: 0, key: "save.closed", arguments: [path, failure.id])
        }
        do {
            try file.append(bytes)
            intactLength += bytes.count
        } catch {
            try? file.truncate(to: intactLength)
            failure = error
            throw error
        }
    }

    private func bytes(header: SaveHeader, actions: [Action]) throws(SaveProblem) -> [UInt8] {
        var bytes = try line(header)
        for action in actions { bytes += try entry(action) }
        return bytes
    }

    /// The line recording `action`, in the file's version.
    private func entry(_ action: Action) throws(SaveProblem) -> [UInt8] {
        try writesVersion1 ? line(SaveEntry(action: action)) : line(notation.line(for: action))
    }

    /// One value as a JSON line with sorted keys; a value JSON cannot hold (an amount that
    /// is not a number) is refused rather than written.
    private func line(_ value: some Encodable) throws(SaveProblem) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(value) else {
            throw SaveProblem(file: path, line: 0, key: "save.cannot-encode")
        }
        data.append(0x0A)
        return [UInt8](data)
    }
}
