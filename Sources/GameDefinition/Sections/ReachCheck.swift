import GameRules

/// Finds conditions that can never hold because of the ranges their values are kept in,
/// such as `noord.riool >= 600` for a variable kept between 0 and 100, or `round == 9` in a
/// game of 8 rounds.
struct ReachCheck {
    /// The ranges of the game's values.
    let ranges: ValueRanges

    /// Why `condition` can never hold, or nil when it might.
    func whyNever(_ condition: ExpressionNode) -> String? {
        switch condition {
        case .constant(let value): return value == 0 ? "it is always false" : nil
        case .binary(.and, let left, let right): return whyNever(left) ?? whyNever(right)
        case .binary(.or, let left, let right):
            guard let reason = whyNever(left), whyNever(right) != nil else { return nil }
            return reason
        case .not(let operand): return whyAlways(operand)
        case .binary(let op, let left, let right): return comparison(op, left, right, never: true)
        default: return nil
        }
    }

    /// Why `condition` always holds, or nil when it might not.
    func whyAlways(_ condition: ExpressionNode) -> String? {
        switch condition {
        case .constant(let value): return value != 0 ? "it is always true" : nil
        case .binary(.or, let left, let right): return whyAlways(left) ?? whyAlways(right)
        case .binary(.and, let left, let right):
            guard let reason = whyAlways(left), whyAlways(right) != nil else { return nil }
            return reason
        case .not(let operand): return whyNever(operand)
        case .binary(let op, let left, let right): return comparison(op, left, right, never: false)
        default: return nil
        }
    }

    /// Whether a comparison never holds (`never`) or always holds, with the reason.
    private func comparison(
        _ op: ExpressionNode.BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode,
        never: Bool
    ) -> String? {
        guard let a = ranges.range(of: left), let b = ranges.range(of: right) else { return nil }
        let (possible, certain): (Bool, Bool)
        switch op {
        case .less: (possible, certain) = (a.lowerBound < b.upperBound, a.upperBound < b.lowerBound)
        case .lessOrEqual:
            (possible, certain) = (a.lowerBound <= b.upperBound, a.upperBound <= b.lowerBound)
        case .greater:
            (possible, certain) = (a.upperBound > b.lowerBound, a.lowerBound > b.upperBound)
        case .greaterOrEqual:
            (possible, certain) = (a.upperBound >= b.lowerBound, a.lowerBound >= b.upperBound)
        case .equal:
            (possible, certain) = (a.overlaps(b), a == b && a.lowerBound == a.upperBound)
        case .notEqual:
            (possible, certain) = (!(a == b && a.lowerBound == a.upperBound), !a.overlaps(b))
        default: return nil
        }
        guard never ? !possible : certain else { return nil }
        let verdict = never ? "never holds" : "always holds"
        let sides = [(left, a, "left"), (right, b, "right")]
        let shown = sides.map { node, _, _ in ranges.name(of: node) ?? "…" }
        let limits = sides.compactMap { node, range, place -> String? in
            if case .constant = node { return nil }
            let what = ranges.name(of: node).map { "`\($0)`" } ?? "its \(place) side"
            let low = number(range.lowerBound)
            guard range.upperBound.isFinite else { return "\(what) is never below \(low)" }
            return "\(what) lies between \(low) and \(number(range.upperBound))"
        }
        return limits.joined(separator: " and ")
            + ", so `\(shown[0]) \(op.rawValue) \(shown[1])` \(verdict)"
    }

    private func number(_ value: Double) -> String { ValueDescription.number(value) }
}
