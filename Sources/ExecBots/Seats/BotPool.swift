import Foundation
import Strategies

/// The idle processes of one bot command, shared by the games of one seat: a game takes
/// one (or starts one) and gives it back when it is done, so a series of games needs no
/// more processes than it plays games at once. Processes still idle when the pool goes are
/// stopped.
final class BotPool: @unchecked Sendable {
    // Every access to `idle` holds `lock`.
    /// The command that starts a process.
    let command: String
    /// The limits for each process.
    let settings: ExecBotSettings
    private let lock = NSLock()
    private var idle: [BotProcess] = []

    /// An empty pool for `command`.
    init(command: String, settings: ExecBotSettings) {
        self.command = command
        self.settings = settings
    }

    deinit {
        for process in idle { process.stop() }
    }

    /// An idle process, or a new one.
    func lease() throws(BotFailure) -> BotLease {
        lock.lock()
        let process = idle.popLast()
        lock.unlock()
        if let process { return BotLease(process: process, pool: self) }
        return BotLease(
            process: try BotProcess(command: command, settings: settings), pool: self)
    }

    /// Takes back a process whose game is done.
    func giveBack(_ process: BotProcess) {
        lock.lock()
        idle.append(process)
        lock.unlock()
    }
}
