import Foundation
import GameRules

/// Reads a save file, keeping every valid action before the first damaged line.
public enum SaveReader {
    /// The contents of the save at `path`, or the problem that leaves nothing to recover
    /// (no file, or no readable header).
    public static func read(path: String) -> Result<SaveContents, SaveProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(SaveProblem(file: path, line: 0, key: "save.unreadable"))
        }
        return read(data: data, file: path)
    }

    /// The contents of save data; `file` names it in problems.
    public static func read(data: Data, file: String) -> Result<SaveContents, SaveProblem> {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let complete = text.hasSuffix("\n")
        if complete || lines.last == "" { lines.removeLast() }
        let decoder = JSONDecoder()
        guard let first = lines.first,
            let header = try? decoder.decode(SaveHeader.self, from: Data(first.utf8)),
            header.format.hasPrefix("wijkspel-save/")
        else {
            return .failure(SaveProblem(file: file, line: 1, key: "save.no-header"))
        }
        var contents = SaveContents(header: header, actions: [], lines: [], damage: nil, undos: 0)
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if line.trimmingCharacters().isEmpty { continue }
            let entry = try? decoder.decode(SaveEntry.self, from: Data(line.utf8))
            if let action = entry?.action {
                contents.actions.append(action)
                contents.lines.append(number)
            } else if let undo = entry?.undo, undo > 0, undo <= contents.actions.count {
                contents.actions.removeLast(undo)
                contents.lines.removeLast(undo)
                contents.undos += 1
            } else {
                let truncated = offset == lines.count - 1 && !complete
                contents.damage = SaveProblem(
                    file: file, line: number, key: truncated ? "save.truncated" : "save.garbage",
                    arguments: [String(line.prefix(40))])
                break
            }
        }
        return .success(contents)
    }
}
