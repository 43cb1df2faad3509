import Dispatch
import Foundation

/// Runs `body`, which may block on a child process, a socket or a timeout, on a thread of its
/// own instead of one of the few threads (one per core) that Swift Testing runs tests on.
///
/// The body stays in the calling task, so `#expect` and `#require` inside it count for the
/// running test as usual. While it waits, the pool's threads go on with tests that compute.
public func offPool<Value>(_ body: () throws -> Value) async rethrows -> Value {
    try await withTaskExecutorPreference(ThreadPerJobExecutor.shared) { try body() }
}

/// A task executor that starts a new thread for every job it is given.
///
/// Meant for test bodies that block: one job each, so a thread each, never a shared queue a
/// blocked job could hold up.
public final class ThreadPerJobExecutor: TaskExecutor {
    /// The one executor the tests share; it keeps no state.
    public static let shared = ThreadPerJobExecutor()

    /// Runs `job` on a new thread with a main thread's stack size.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        let thread = Thread { job.runSynchronously(on: executor) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// Runs `body` off the pool, as ``offPool(_:)`` does, once one of `slots` is free.
///
/// For tests whose children must answer in time (bots with a one-second timeout): started all
/// at once, their children would compete for the cores and miss it.
public func offPool<Value>(in slots: Slots, _ body: () throws -> Value) async rethrows -> Value {
    try await offPool { try slots.hold(body) }
}

/// A fixed number of places; ``hold(_:)`` waits, on its own thread, for one to be free.
public final class Slots: Sendable {
    private let free: DispatchSemaphore

    /// `count` places.
    public init(_ count: Int) { free = DispatchSemaphore(value: count) }

    /// Runs `body` in a place of its own, waiting for one first.
    public func hold<Value>(_ body: () throws -> Value) rethrows -> Value {
        free.wait()
        defer { free.signal() }
        return try body()
    }
}
