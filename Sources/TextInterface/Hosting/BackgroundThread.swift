import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One long-lived thread, at a lower priority than the game, that runs jobs in turn.
///
/// A served table writes its debrief here: however many tables end at once, the work takes
/// at most one core, and the kernel lets the server's own thread go first.
final class BackgroundThread: @unchecked Sendable {
    /// The thread every table's background work shares.
    static let shared = BackgroundThread()

    /// How much nicer than the rest of the process the thread runs (as `nice` counts): as
    /// nice as can be, so it takes only time that the game and its clients leave over.
    static let niceness: Int32 = 19

    // @unchecked: `jobs` and `started` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var started = false

    /// Queues `job`; it runs after the jobs queued before it.
    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        jobs.append(job)
        if !started {
            started = true
            let thread = Thread { [self] in work() }
            thread.name = "wijkspel.background"
            thread.start()
        }
        condition.signal()
    }

    /// Runs jobs as they come, for the life of the process.
    private func work() {
        #if canImport(Glibc)
            // On Linux the nice value belongs to a thread; `who` 0 is the calling thread,
            // which starts with the nice value of the thread that made it.
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            _ = setpriority(which, 0, min(19, getpriority(which, 0) + Self.niceness))
        #endif
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}
