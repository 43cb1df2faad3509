/// A rate limit: `rate` tokens a second, at most `capacity` saved up; each event takes one.
struct TokenBucket {
    /// Tokens added per second.
    let rate: Double
    /// Tokens at most.
    let capacity: Double
    private var tokens: Double
    private var updated: Double

    /// A full bucket.
    init(rate: Double, capacity: Double, now: Double) {
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = now
    }

    /// Takes a token if there is one.
    mutating func take(now: Double) -> Bool {
        refill(now: now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// Whether a token is there, without taking it.
    mutating func hasToken(now: Double) -> Bool {
        refill(now: now)
        return tokens >= 1
    }

    /// Whether the bucket is full again (nothing to remember).
    mutating func isFull(now: Double) -> Bool {
        refill(now: now)
        return tokens >= capacity
    }

    private mutating func refill(now: Double) {
        tokens = min(capacity, tokens + max(0, now - updated) * rate)
        updated = now
    }
}
