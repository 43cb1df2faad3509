import Foundation

/// The thread-safe handle of a running `ServerLoop`: its port, its counters, and `stop()`.
public final class ServerController: Sendable {
    /// The port the server listens on (the chosen one when the configuration said 0).
    public let port: Int
    private let wakePipe: WakePipe
    private let state = LockedState()

    /// A handle for the loop listening on `port`, woken through `wakePipe`.
    init(port: Int, wakePipe: WakePipe) {
        self.port = port
        self.wakePipe = wakePipe
    }

    /// Asks the loop to finish; `run()` returns soon after. Callable from any thread.
    public func stop() {
        state.withLock { $0.stopping = true }
        wakePipe.wake()
    }

    /// Whether `stop()` has been called.
    public var isStopping: Bool { state.withLock { $0.stopping } }

    /// The loop's counters now.
    public var statistics: ServerStatistics { state.withLock { $0.statistics } }

    /// Changes the counters (from the loop thread).
    func update(_ change: (inout ServerStatistics) -> Void) {
        state.withLock { change(&$0.statistics) }
    }
}

/// The controller's mutable part behind a lock.
private final class LockedState: @unchecked Sendable {
    // @unchecked: every access to `value` goes through `lock`.
    struct Value {
        var stopping = false
        var statistics = ServerStatistics()
    }

    private let lock = NSLock()
    private var value = Value()

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
