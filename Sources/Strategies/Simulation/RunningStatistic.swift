/// A streaming mean and variance (Welford), mergeable (Chan et al.), with a 95% interval.
public struct RunningStatistic: Hashable, Sendable, Codable {
    /// How many values were added.
    public private(set) var count = 0
    /// Their mean.
    public private(set) var mean = 0.0
    /// The sum of squared deviations from the mean.
    public private(set) var m2 = 0.0

    /// An empty statistic.
    public init() {}

    /// Adds one value.
    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        m2 += delta * (value - mean)
    }

    /// Adds all values of another statistic.
    public mutating func merge(_ other: RunningStatistic) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let total = count + other.count
        let delta = other.mean - mean
        mean += delta * Double(other.count) / Double(total)
        m2 += other.m2 + delta * delta * Double(count) * Double(other.count) / Double(total)
        count = total
    }

    /// The sample variance (0 with fewer than two values).
    public var variance: Double { count > 1 ? m2 / Double(count - 1) : 0 }

    /// The sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The half-width of the normal-approximation 95% confidence interval of the mean.
    public var confidence95: Double {
        count > 1 ? 1.959_964 * standardDeviation / Double(count).squareRoot() : 0
    }
}
