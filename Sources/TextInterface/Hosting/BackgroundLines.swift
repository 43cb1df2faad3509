import Foundation

/// Lines made on another thread (a debrief written in the background), collected until
/// the table's own thread takes them.
///
/// All tables share one background thread: debriefs are written one at a time, so however
/// many tables end at once, one core stays free for the game.
final class BackgroundLines: @unchecked Sendable {
    /// The one queue every table's background work runs on, in turn.
    private static let queue = DispatchQueue(label: "wijkspel.background", qos: .utility)

    // @unchecked: every access to `lines` goes through `lock`.
    private let lock = NSLock()
    private var lines: [String] = []
    private var running = 0

    /// Runs `work` on the background queue; its lines wait for `take()`.
    func run(_ work: @escaping @Sendable () -> [String]) {
        lock.withLock { running += 1 }
        BackgroundLines.queue.async { [self] in
            let made = work()
            lock.withLock {
                lines += made
                running -= 1
            }
        }
    }

    /// The lines made so far, each once.
    func take() -> [String] {
        lock.withLock {
            defer { lines = [] }
            return lines
        }
    }

    /// Whether work is still running.
    var isBusy: Bool { lock.withLock { running > 0 } }
}
