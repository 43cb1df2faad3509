import Dispatch

/// Runs numbered jobs on a few worker threads and hands each result to a sink, one at a
/// time, in the order they finish; nothing is kept, so memory does not grow with the count.
public enum ParallelRunner {
    /// Runs `work(0..<count)` on `workers` threads; `sink` is called serially.
    public static func run<Result>(
        count: Int, workers: Int, work: @escaping @Sendable (Int) -> Result, sink: (Result) -> Void
    ) {
        guard count > 0 else { return }
        let threads = max(1, min(workers, count))
        if threads == 1 {
            for job in 0..<count { sink(work(job)) }
            return
        }
        nonisolated(unsafe) let serialSink = sink
        let queue = JobQueue(count: count)
        let lock = DispatchSemaphore(value: 1)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let job = queue.next() {
                let result = work(job)
                lock.wait()
                serialSink(result)
                lock.signal()
            }
        }
    }
}

/// A shared counter handing out job numbers.
private final class JobQueue: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var nextJob = 0
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next job number, or nil when all were handed out.
    func next() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard nextJob < count else { return nil }
        nextJob += 1
        return nextJob - 1
    }
}
