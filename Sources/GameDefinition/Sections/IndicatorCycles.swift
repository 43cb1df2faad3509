import GameRules
import TOML

/// Finds indicators that are computed from themselves, directly or through others.
enum IndicatorCycles {
    /// The indices of indicators on a cycle, in order.
    static func find(_ indicators: [IndicatorSpec]) -> [Int] {
        indicators.indices.filter { start in
            var seen: Set<Int> = []
            var stack = references(indicators[start].value.root)
            while let next = stack.popLast() {
                if next == start { return true }
                guard indicators.indices.contains(next), seen.insert(next).inserted else {
                    continue
                }
                stack += references(indicators[next].value.root)
            }
            return false
        }
    }

    /// The indicators a node reads.
    static func references(_ node: ExpressionNode) -> [Int] {
        switch node {
        case .indicator(let index): [index]
        case .negate(let operand), .not(let operand): references(operand)
        case .binary(_, let left, let right): references(left) + references(right)
        case .aggregate(_, let operands): operands.flatMap(references)
        default: []
        }
    }
}
