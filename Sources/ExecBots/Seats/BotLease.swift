import Foundation
import GameRules
import Strategies

/// One game's use of a bot process: it greets the bot with `hello` before the game's first
/// decision, asks it for each move, and gives the process back to its pool when the game
/// is done with it (or stops it, after a failure).
final class BotLease: @unchecked Sendable {
    // One game at a time uses a lease, on one thread at a time.
    private let process: BotProcess
    private let pool: BotPool
    private var greeted = false
    private var broken = false
    /// How many entries of the game's public history the bot was sent.
    private var historySent = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }()

    /// A lease of `process`, which goes back to `pool` afterwards.
    init(process: BotProcess, pool: BotPool) {
        self.process = process
        self.pool = pool
    }

    deinit {
        if broken { process.killNow() } else { pool.giveBack(process) }
    }

    /// The bot's choice among `decision`'s legal actions, with `seed` for its randomness;
    /// any failure stops the process.
    func ask(_ decision: Decision, seed: UInt64) throws(BotFailure) -> Action {
        do {
            if !greeted {
                greeted = true
                process.games += 1
                try send(
                    HelloMessage(
                        n: process.messages + 1, gameNumber: process.games, role: decision.role,
                        spec: decision.spec, timeout: process.settings.timeout))
            }
            let legal = decision.legalActions
            try process.checkQuiet()
            let message = DecisionMessage(
                n: process.messages + 1, decision: decision, legal: legal, seed: seed,
                historyStart: historySent)
            historySent = message.historyStart + message.history.count
            try send(message)
            let line = try process.receive()
            return legal[try BotAnswer.choice(in: line, of: legal.count, from: process)]
        } catch {
            broken = true
            process.killNow()
            throw error
        }
    }

    /// Sends one message as a line of JSON.
    private func send(_ message: some Encodable) throws(BotFailure) {
        let data: Data
        do {
            data = try encoder.encode(message)
        } catch {
            throw process.failure(
                .malformed, line: nil, detail: "the engine could not write its message: \(error)")
        }
        try process.send(String(decoding: data, as: UTF8.self))
    }
}
