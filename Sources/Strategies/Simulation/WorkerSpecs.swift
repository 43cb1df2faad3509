import Dispatch
import GameRules

/// Each worker thread's own copy of a game's rules, made on first use by that thread's slot
/// and kept for every later series run with the same copies.
///
/// Threads that share no reference-counted storage scale; a balance check runs one series
/// per line-up, and reading the game file again for every series cost more than its games
/// when a line-up plays few.
public final class WorkerSpecs: @unchecked Sendable {
    /// Makes one independent copy (for example by reading the game file again).
    private let make: @Sendable () -> GameSpec
    /// The copies made so far, by thread slot; touched only while `lock` is held.
    private var made: [Int: GameSpec] = [:]
    private let lock = DispatchSemaphore(value: 1)

    /// Copies made by `make`, one per thread slot.
    public init(_ make: @escaping @Sendable () -> GameSpec) {
        self.make = make
    }

    /// The copy of thread slot `thread` (`ParallelRunner`'s slot number, used by one thread
    /// at a time), made now if it is the slot's first use.
    public func spec(forThread thread: Int) -> GameSpec {
        lock.wait()
        if let spec = made[thread] {
            lock.signal()
            return spec
        }
        lock.signal()
        // Made outside the lock, so that threads read their copies at the same time.
        let spec = make()
        lock.wait()
        made[thread] = made[thread] ?? spec
        let kept = made[thread]!
        lock.signal()
        return kept
    }
}
