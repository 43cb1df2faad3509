/// Limits how fast wrong join codes may be tried, per client address and in all.
///
/// A code is only checked when `mayTry` says so; each wrong code is then reported with
/// `recordFailure`. An address with `maxFailuresPerAddressPerMinute` wrong codes within a
/// minute is refused for `blockSeconds`; and when all addresses together fail too often
/// (a bucket of `maxFailuresPerMinute`) every check is refused until the bucket refills, so
/// many addresses cannot share the work of guessing.
struct CodeAttemptLimiter {
    private struct Address {
        /// When its recent wrong codes came, oldest first, at most the limit.
        var failures: [Double] = []
        var blockedUntil = 0.0
    }

    private let limits: ServerLimits
    private var addresses: [String: Address] = [:]
    private var global: TokenBucket
    private var lastSweep: Double

    /// A limiter with nothing tried yet.
    init(limits: ServerLimits, now: Double) {
        self.limits = limits
        let perMinute = Double(limits.maxFailuresPerMinute)
        self.global = TokenBucket(rate: perMinute / 60, capacity: perMinute, now: now)
        self.lastSweep = now
    }

    /// Whether a code from `address` may be checked now.
    mutating func mayTry(from address: String, now: Double) -> Bool {
        sweep(now: now)
        if let entry = addresses[address], entry.blockedUntil > now { return false }
        return global.hasToken(now: now)
    }

    /// A code from `address` was wrong.
    mutating func recordFailure(from address: String, now: Double) {
        _ = global.take(now: now)
        var entry = addresses[address] ?? Address()
        entry.failures.removeAll { now - $0 >= 60 }
        entry.failures.append(now)
        if entry.failures.count >= limits.maxFailuresPerAddressPerMinute {
            entry.blockedUntil = now + limits.blockSeconds
            entry.failures = []
        }
        addresses[address] = entry
    }

    /// Forgets addresses that have nothing left to hold against them, once a minute.
    private mutating func sweep(now: Double) {
        guard now - lastSweep >= 60 else { return }
        lastSweep = now
        addresses = addresses.filter { _, entry in
            entry.blockedUntil > now || entry.failures.contains { now - $0 < 60 }
        }
    }
}
