import Foundation

/// Lines made on another thread (a debrief written in the background), collected until
/// the table's own thread takes them.
///
/// All tables share one background thread (`BackgroundThread`): debriefs are written one at
/// a time and at a lower priority, so however many tables end at once, the game comes first.
final class BackgroundLines: @unchecked Sendable {
    // @unchecked: every access to `lines` goes through `lock`.
    private let lock = NSLock()
    private var lines: [String] = []
    private var running = 0

    /// Runs `work` on the background queue; its lines wait for `take()`.
    func run(_ work: @escaping @Sendable () -> [String]) {
        lock.withLock { running += 1 }
        BackgroundThread.shared.run { [self] in
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
