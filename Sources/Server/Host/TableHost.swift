import Foundation
import GameRules
import TextInterface

/// The game side of `wijkspel serve`: the tables, their join codes and the console.
///
/// A code opens one seat at one table (or that table's facilitator); a seat can only ever
/// act as its own role, and `/` commands come only from the console or a facilitator code.
public final class TableHost: LineHost {
    /// The tables, numbered from 1.
    public let tables: [HostedTable]
    /// Each table's codes, in table order.
    public let codes: [TableCodes]
    /// The seat each code (normalized) opens.
    ///
    /// A dictionary's lookup time says nothing useful to an attacker: Swift seeds its
    /// hashing anew in every process, and wrong codes are rate-limited per address.
    private let seats: [String: SeatKey]
    /// What the console prints.
    private var consoleLog = OutputLog()
    /// How far each table's facilitator output was copied to the console.
    private var copied: [Int]
    /// The table that console lines without a number go to.
    private var selected = 1

    /// A host for `tables` with `codes` (one set per table, in order).
    public init(tables: [HostedTable], codes: [TableCodes]) {
        self.tables = tables
        self.codes = codes
        var seats: [String: SeatKey] = [:]
        for (index, table) in codes.enumerated() {
            seats[SeatCode.normalized(table.facilitator) ?? table.facilitator] = SeatKey(
                table: index + 1, role: nil)
            for (role, code) in table.roles {
                seats[SeatCode.normalized(code) ?? code] = SeatKey(table: index + 1, role: role)
            }
        }
        self.seats = seats
        copied = tables.map { _ in 0 }
    }

    /// Opens every table, and shows the codes on the console.
    public func start(announcing intro: [String] = []) {
        consoleLog.append(intro + codeLines())
        for table in tables { table.start() }
    }

    /// The join codes as the console shows them.
    public func codeLines() -> [String] {
        var lines: [String] = []
        for (index, table) in codes.enumerated() {
            lines.append("tafel/table \(index + 1): facilitator \(table.facilitator)")
            for (role, code) in table.roles.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(role): \(code)")
            }
        }
        return lines
    }

    public var tableCount: Int { tables.count }

    public var revision: Int {
        tables.indices.reduce(consoleLog.next) { $0 + revision(table: $1 + 1) }
    }

    public func revision(table number: Int) -> Int {
        guard tables.indices.contains(number - 1) else { return 0 }
        let table = tables[number - 1]
        return table.wall.next + table.facilitator.next + table.wallDrawings + table.outputEnd
    }

    public func seat(forCode code: String) -> SeatKey? {
        guard let typed = SeatCode.normalized(code) else { return nil }
        return seats[typed]
    }

    public func attach(_ seat: SeatKey) -> Int {
        guard let (table, role) = resolve(seat) else { return 0 }
        guard let role else { return table.facilitator.next }
        return table.attach(role: role)
    }

    public func detach(_ seat: SeatKey) {
        guard let (table, role) = resolve(seat), let role else { return }
        table.detach(role: role)
    }

    public func receive(_ line: String, from seat: SeatKey) {
        guard let (table, role) = resolve(seat) else { return }
        guard let role else { return table.facilitate(line) }
        table.receive(line, from: role)
    }

    public func output(for seat: SeatKey, after: Int) -> OutputSlice {
        guard let (table, role) = resolve(seat) else {
            return OutputSlice(lines: [], next: 0, prompt: "")
        }
        guard let role else {
            let (lines, next) = table.facilitator.lines(after: after)
            return OutputSlice(lines: lines, next: next, prompt: table.facilitatorPrompt)
        }
        let (lines, next) = table.output(role: role, after: after)
        return OutputSlice(lines: lines, next: next, prompt: table.prompt(role: role))
    }

    public func wall(table number: Int, after: Int) -> (state: [String], slice: OutputSlice)? {
        guard tables.indices.contains(number - 1) else { return nil }
        let table = tables[number - 1]
        let (lines, next) = table.wall.lines(after: after)
        return (table.wallState, OutputSlice(lines: lines, next: next, prompt: ""))
    }

    public func console(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first else { return }
        let lowered = first.lowercased()
        if ["/tafels", "/tables", "tafels", "tables"].contains(lowered) {
            return consoleLog.append(tableLines())
        }
        if ["/codes", "codes"].contains(lowered) { return consoleLog.append(codeLines()) }
        if ["/tafel", "/table"].contains(lowered) {
            guard let number = words.count > 1 ? Int(words[1]) : nil,
                tables.indices.contains(number - 1)
            else { return consoleLog.append(["/tafel 1-\(tables.count)"]) }
            selected = number
            return consoleLog.append(["tafel/table \(number)"])
        }
        if let number = Int(first.trimmingCharacters(in: CharacterSet(charactersIn: ":"))),
            words.count > 1
        {
            guard tables.indices.contains(number - 1) else {
                return consoleLog.append(["tafel/table \(number)? 1-\(tables.count)"])
            }
            return tables[number - 1].facilitate(words[1])
        }
        tables[selected - 1].facilitate(trimmed)
    }

    /// One line per table: its round, phase and who is still playing.
    public func tableLines() -> [String] {
        tables.map { table in
            let game = table.game
            let state =
                game.isOver
                ? "over"
                : "\(game.currentYear) \(game.phase.id)"
                    + (game.state.paused ? " (paused)" : "")
            let waiting = game.spec.roles.indices.filter { !game.state.ready[$0] }
                .map { game.spec.roles[$0].id }
            return "tafel/table \(table.number): \(state); \(table.actionCount) acties/actions"
                + (waiting.isEmpty ? "" : "; " + waiting.joined(separator: ", "))
        }
    }

    public func consoleOutput(after: Int) -> OutputSlice {
        for (index, table) in tables.enumerated() {
            let (lines, next) = table.facilitator.lines(after: copied[index])
            copied[index] = next
            let prefix = tables.count > 1 ? "[\(table.number)] " : ""
            consoleLog.append(lines.map { prefix + $0 })
        }
        let (lines, next) = consoleLog.lines(after: after)
        return OutputSlice(lines: lines, next: next, prompt: tables[selected - 1].facilitatorPrompt)
    }

    public func tick() {
        for table in tables { table.tick() }
    }

    /// The table and role (index, or nil for the facilitator) of a seat.
    private func resolve(_ seat: SeatKey) -> (HostedTable, Int?)? {
        guard tables.indices.contains(seat.table - 1) else { return nil }
        let table = tables[seat.table - 1]
        guard let id = seat.role else { return (table, nil) }
        guard let role = table.game.spec.roles.firstIndex(where: { $0.id == id }) else {
            return nil
        }
        return (table, role)
    }
}
