/// The difference of two independent means with its 95% interval (normal approximation).
public struct MeanDifference: Hashable, Sendable, Codable {
    /// The first mean minus the second.
    public var value: Double
    /// The half-width of the 95% interval of `value`.
    public var halfWidth: Double

    /// `first - second`.
    public init(_ first: RunningStatistic, minus second: RunningStatistic) {
        value = first.mean - second.mean
        let variance = Self.squaredError(first) + Self.squaredError(second)
        halfWidth = 1.959_964 * variance.squareRoot()
    }

    /// The squared standard error of a mean.
    private static func squaredError(_ statistic: RunningStatistic) -> Double {
        statistic.count > 1 ? statistic.variance / Double(statistic.count) : 0
    }

    /// Whether the whole interval lies above zero: the first mean is surely larger.
    public var isSurelyPositive: Bool { value - halfWidth > 0 }

    /// Whether the whole interval lies at or below zero: the first mean is surely not larger.
    public var isSurelyNotPositive: Bool { value + halfWidth <= 0 }
}
