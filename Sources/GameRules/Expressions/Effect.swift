/// A compiled assignment from a game file, such as `budget(beheer) -= 20`.
public struct Effect: Hashable, Sendable, Codable {
    /// What an effect changes.
    public enum Target: Hashable, Sendable, Codable {
        case variable(Int)
        case budget(Int)
        /// nil on a side means every role (never a role's trust in itself).
        case trust(from: Int?, to: Int?)
        case fund(Int)
        case nuisance(Int)
        /// A role's score (points on top of its goals).
        case score(Int)
    }

    /// How the new value is made from the old one.
    public enum Operation: String, Hashable, Sendable, Codable {
        case set = "="
        case add = "+="
        case subtract = "-="
        case multiply = "*="

        /// The new value from `old` and `value`.
        public func combine(_ old: Double, _ value: Double) -> Double {
            switch self {
            case .set: return value
            case .add: return old + value
            case .subtract: return old - value
            case .multiply: return old * value
            }
        }
    }

    /// The text as the facilitator wrote it.
    public var source: String
    /// What it changes.
    public var target: Target
    /// How.
    public var operation: Operation
    /// The value on the right.
    public var value: ExpressionNode
    /// The number of roles, for wildcards.
    public var roleCount: Int

    /// Creates an effect.
    public init(
        source: String, target: Target, operation: Operation, value: ExpressionNode, roleCount: Int
    ) {
        self.source = source
        self.target = target
        self.operation = operation
        self.value = value
        self.roleCount = roleCount
    }

    /// Applies the effect; the value is computed once, before anything changes.
    public func apply<E: MutableExpressionEnvironment>(to env: inout E) {
        let amount = value.value(in: env)
        switch target {
        case .variable(let index):
            env.setVariable(index, operation.combine(env.variable(index), amount))
        case .budget(let role): env.setBudget(role, operation.combine(env.budget(role), amount))
        case .fund(let index): env.setFund(index, operation.combine(env.fund(index), amount))
        case .nuisance(let district):
            env.setNuisance(district, operation.combine(env.nuisance(district), amount))
        case .score(let role): env.setScore(role, operation.combine(env.score(role), amount))
        case .trust(let from, let to):
            let froms = from.map { [$0] } ?? Array(0..<roleCount)
            let tos = to.map { [$0] } ?? Array(0..<roleCount)
            for a in froms {
                for b in tos where a != b {
                    env.setTrust(a, b, operation.combine(env.trust(a, b), amount))
                }
            }
        }
    }
}
