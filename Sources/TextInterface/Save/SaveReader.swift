import ExecBots
import Foundation
import GameRules
import Strategies

/// Reads a save file, keeping every valid action before the first damaged line.
public enum SaveReader {
    /// The header of save data, or why it has none this build can read.
    public static func header(data: [UInt8], file: String) -> Result<SaveHeader, SaveProblem> {
        let end = data.firstIndex(of: 0x0A) ?? data.endIndex
        guard let header = try? JSONDecoder().decode(SaveHeader.self, from: Data(data[..<end])),
            let version = header.version
        else {
            return .failure(SaveProblem(file: file, line: 1, key: "save.no-header"))
        }
        guard (1...2).contains(version) else {
            return .failure(
                SaveProblem(
                    file: file, line: 1, key: "save.newer-format",
                    arguments: [header.format, SaveHeader.currentFormat]))
        }
        return .success(header)
    }

    /// The contents of save data for the game `spec`; `file` names it in problems.
    public static func read(data: [UInt8], file: String, spec: GameSpec) -> Result<
        SaveContents, SaveProblem
    > {
        let header: SaveHeader
        switch self.header(data: data, file: file) {
        case .failure(let problem): return .failure(problem)
        case .success(let read): header = read
        }
        let notation = header.version == 1 ? nil : ActionNotation(spec: spec)
        var starts: [Int] = [0]
        for (offset, byte) in data.enumerated() where byte == 0x0A && offset + 1 < data.count {
            starts.append(offset + 1)
        }
        var contents = SaveContents(
            header: header, actions: [], lines: [], damage: nil, undos: 0, lineStarts: starts,
            intactLength: data.count)
        for number in stride(from: 2, through: starts.count, by: 1) {
            let start = starts[number - 1]
            let end = number < starts.count ? starts[number] : data.count
            let complete = data[end - 1] == 0x0A
            let text = String(decoding: data[start..<(complete ? end - 1 : end)], as: UTF8.self)
            if text.allSatisfy(\.isWhitespace) { continue }
            switch entry(text, notation: notation) {
            case .success(let entry):
                if let action = entry.action {
                    contents.actions.append(action)
                    contents.lines.append(number)
                    continue
                }
                if let seat = entry.seat, contents.header.seats != nil {
                    contents.header.seats?[seat.role] = seat.player
                    continue
                }
                if let undo = entry.undo, undo > 0, undo <= contents.actions.count {
                    contents.actions.removeLast(undo)
                    contents.lines.removeLast(undo)
                    contents.undos += 1
                    continue
                }
                contents.damage = SaveProblem(
                    file: file, line: number, key: "save.garbage",
                    arguments: [String(text.prefix(40))])
            case .failure(.unknown(let unknown)):
                contents.damage = unknown.problem(file: file, line: number, text: text)
            case .failure(.malformed):
                contents.damage = SaveProblem(
                    file: file, line: number, key: complete ? "save.garbage" : "save.truncated",
                    arguments: [String(text.prefix(40))])
            }
            contents.intactLength = start
            break
        }
        return .success(contents)
    }

    /// Why a line could not be read.
    private enum LineFailure: Error {
        /// Not JSON of the format (or cut off).
        case malformed
        /// An id the game does not have.
        case unknown(UnknownID)
    }

    /// The entry a line records.
    private static func entry(_ text: String, notation: ActionNotation?) -> Result<
        SaveEntry, LineFailure
    > {
        let decoder = JSONDecoder()
        guard let notation else {
            guard let entry = try? decoder.decode(SaveEntry.self, from: Data(text.utf8)) else {
                return .failure(.malformed)
            }
            return .success(entry)
        }
        guard let line = try? decoder.decode(SaveLine.self, from: Data(text.utf8)) else {
            return .failure(.malformed)
        }
        do throws(UnknownID) {
            switch line {
            case .action(let record):
                return .success(SaveEntry(action: try notation.action(record)))
            case .facilitator(let record):
                return .success(
                    SaveEntry(action: .facilitator(try notation.intervention(record))))
            case .undo(let count): return .success(SaveEntry(undo: count))
            case .seat(let record):
                guard notation.spec.roles.contains(where: { $0.id == record.role }) else {
                    throw UnknownID(kind: "role", id: record.role)
                }
                guard
                    record.player == SaveHeader.person
                        || StrategyChoice(name: record.player) != nil
                else { throw UnknownID(kind: "player", id: record.player) }
                return .success(SaveEntry(seat: record))
            }
        } catch {
            return .failure(.unknown(error))
        }
    }
}
