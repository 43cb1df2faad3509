/// Limits how fast wrong join codes may be tried, per client address and in all.
///
/// A code is only checked when `mayTry` says so; each wrong code is then reported with
/// `recordFailure`. An address that fails too often is refused for a while, and when all
/// addresses together fail too often every check is refused until the budget refills (so
/// many addresses cannot share the work of guessing).
struct CodeAttemptLimiter {
    private struct Address {
        var failures: TokenBucket
        var blockedUntil: Double
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
        let perMinute = Double(limits.maxFailuresPerAddressPerMinute)
        var entry =
            addresses[address]
            ?? Address(
                failures: TokenBucket(rate: perMinute / 60, capacity: perMinute, now: now),
                blockedUntil: 0)
        if !entry.failures.take(now: now) || !entry.failures.hasToken(now: now) {
            entry.blockedUntil = now + limits.blockSeconds
        }
        addresses[address] = entry
    }

    /// Forgets addresses that have nothing left to hold against them, once a minute.
    private mutating func sweep(now: Double) {
        guard now - lastSweep >= 60 else { return }
        lastSweep = now
        addresses = addresses.filter { _, entry in
            var entry = entry
            return entry.blockedUntil > now || !entry.failures.isFull(now: now)
        }
    }
}
