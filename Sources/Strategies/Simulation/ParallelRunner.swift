import Dispatch

/// Runs numbered jobs on a few worker threads and hands each result to a sink, one at a
/// time, in the order of the jobs' numbers, whatever the number of threads: a result that
/// finishes early waits only for the ones before it, so memory stays near the thread count.
public enum ParallelRunner {
    /// Runs `work(0..<count)` on `workers` threads; `sink` is called serially.
    public static func run<Result>(
        count: Int, workers: Int, work: @escaping @Sendable (Int) -> Result, sink: (Result) -> Void
    ) {
        run(
            count: count, workers: workers, makeWorker: { _ in () }, work: { _, job in work(job) },
            sink: sink)
    }

    /// Runs `work(0..<count)` on `workers` threads, each with its own state from
    /// `makeWorker(thread)`, made on that thread; `sink` is called serially.
    ///
    /// Private state lets each thread keep its own copy of shared data, so the threads do not
    /// contend for the reference counts of the same objects.
    public static func run<Worker, Result>(
        count: Int, workers: Int, makeWorker: @escaping @Sendable (Int) -> Worker,
        work: @escaping @Sendable (inout Worker, Int) -> Result, sink: (Result) -> Void
    ) {
        guard count > 0 else { return }
        let threads = max(1, min(workers, count))
        if threads == 1 {
            var worker = makeWorker(0)
            for job in 0..<count { sink(work(&worker, job)) }
            return
        }
        nonisolated(unsafe) let serialSink = sink
        // Touched only while `lock` is held.
        nonisolated(unsafe) var waiting: [Int: Result] = [:]
        nonisolated(unsafe) var nextToSink = 0
        let queue = JobQueue(count: count)
        let lock = DispatchSemaphore(value: 1)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var worker = makeWorker(thread)
            while let job = queue.next() {
                let result = work(&worker, job)
                lock.wait()
                waiting[job] = result
                while let ready = waiting.removeValue(forKey: nextToSink) {
                    serialSink(ready)
                    nextToSink += 1
                }
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
