/// A linear axis: maps values in a domain to positions, and picks round tick values.
struct Axis: Sendable {
    /// The lowest value shown.
    var low: Double
    /// The highest value shown.
    var high: Double
    /// The position of `low`.
    var start: Double
    /// The position of `high`.
    var end: Double
    /// The distance between ticks; nil picks a round one for the range.
    var step: Double? = nil

    /// An axis over `values` (widened to include `including`) from `start` to `end`, with
    /// round bounds.
    static func fitting(
        _ values: [Double], including: [Double] = [], start: Double, end: Double
    ) -> Axis {
        let all = (values + including).filter(\.isFinite)
        var low = all.min() ?? 0
        var high = all.max() ?? 1
        if low == high {
            low -= 1
            high += 1
        }
        let step = niceStep(for: high - low, count: 5)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        return Axis(low: low, high: high, start: start, end: end, step: step)
    }

    /// A round step that divides `span` into about `count` parts: 1, 2 or 5 times a power
    /// of ten.
    static func niceStep(for span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(count, 1))
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for factor in [1.0, 2, 5, 10] where power * factor >= raw {
            return power * factor
        }
        return power * 10
    }

    /// The position of `value`.
    func position(_ value: Double) -> Double {
        guard high > low else { return start }
        return start + (value - low) / (high - low) * (end - start)
    }

    /// Round values from `low` to `high`, about `count` of them.
    func ticks(count: Int = 5) -> [Double] {
        let step = self.step ?? Axis.niceStep(for: high - low, count: count)
        var ticks: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step / 1000 && ticks.count < 50 {
            ticks.append(value == 0 ? 0 : value)
            value += step
        }
        return ticks
    }
}
