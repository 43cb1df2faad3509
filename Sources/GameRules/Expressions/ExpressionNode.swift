/// A resolved expression tree: every name is an index, so evaluation never looks up text.
///
/// Truth values are numbers: 1 is true, 0 is false.
public indirect enum ExpressionNode: Hashable, Sendable, Codable {
    case constant(Double)
    case variable(Int)
    case roundNumber
    /// The number of the game's last round (1-based), as long as this game is played.
    case lastRound
    case year
    case groupTrust
    case form
    case budget(Int)
    case trust(Int, Int)
    case trustIn(Int)
    case fund(Int)
    case nuisance(Int)
    case indicator(Int)
    case project(Int, ProjectTest)
    case chose(role: Int, dilemma: Int, option: Int)
    case decided(Int)
    case fired(Int)
    case coupled(Int)
    /// A role's score: the points of its reached goals and of effects.
    case score(Int)
    /// How often a district's street was opened.
    case openings(Int)
    /// How often a district's street was opened during graafrust, unforced.
    case breaches(Int)
    /// How many declared couplings were made.
    case couplingsMade
    case negate(ExpressionNode)
    case not(ExpressionNode)
    case binary(BinaryOperator, ExpressionNode, ExpressionNode)
    case aggregate(Aggregate, [ExpressionNode])

    /// A question about a project's phase.
    public enum ProjectTest: String, Hashable, Sendable, Codable {
        case done, running, started, failed
    }

    /// An operator with two operands.
    public enum BinaryOperator: String, Hashable, Sendable, Codable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case equal = "==", notEqual = "!="
        case and, or
    }

    /// A function over a list of values.
    public enum Aggregate: String, Hashable, Sendable, Codable {
        case min, max, sum, count, abs, clamp
    }

    /// The value in `env`; truth values are 1 or 0, and division by zero gives 0.
    public func value<E: ExpressionEnvironment>(in env: E) -> Double {
        switch self {
        case .constant(let value): return value
        case .variable(let index): return env.variable(index)
        case .roundNumber: return Double(env.roundNumber)
        case .lastRound: return Double(env.lastRound)
        case .year: return Double(env.year)
        case .groupTrust: return env.groupTrust
        case .form: return Double(env.formIndex)
        case .budget(let role): return env.budget(role)
        case .trust(let from, let to): return env.trust(from, to)
        case .trustIn(let role): return Self.trustIn(role, env)
        case .fund(let index): return env.fund(index)
        case .nuisance(let district): return env.nuisance(district)
        case .indicator(let index): return env.indicator(index)
        case .project(let project, let test):
            return Self.truth(Self.test(env.projectPhase(project), test))
        case .chose(let role, let dilemma, let option):
            return Self.truth(env.chose(role: role, dilemma: dilemma, option: option))
        case .decided(let dilemma): return Self.truth(env.decided(dilemma: dilemma))
        case .fired(let event): return Double(env.firedCount(event: event))
        case .coupled(let coupling): return Self.truth(env.coupled(coupling))
        case .score(let role): return env.score(role)
        case .openings(let district): return Double(env.openings(district))
        case .breaches(let district): return Double(env.breaches(district))
        case .couplingsMade: return Double(env.couplingsMade)
        case .negate(let operand): return -operand.value(in: env)
        case .not(let operand): return Self.truth(operand.value(in: env) == 0)
        case .binary(let op, let left, let right): return Self.binary(op, left, right, env)
        case .aggregate(let function, let operands): return Self.aggregate(function, operands, env)
        }
    }

    private static func truth(_ flag: Bool) -> Double { flag ? 1 : 0 }

    private static func test(_ phase: ProjectPhase, _ test: ProjectTest) -> Bool {
        switch test {
        case .done: return phase == .done
        case .running: return phase == .running
        case .started: return phase == .running || phase == .done
        case .failed: return phase == .failed
        }
    }

    private static func trustIn<E: ExpressionEnvironment>(_ role: Int, _ env: E) -> Double {
        var total = 0.0
        var count = 0
        for other in 0..<env.roleCount where other != role {
            total += env.trust(other, role)
            count += 1
        }
        return count == 0 ? 0 : total / Double(count)
    }

    private static func binary<E: ExpressionEnvironment>(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, _ env: E
    ) -> Double {
        switch op {
        case .and: return truth(left.value(in: env) != 0 && right.value(in: env) != 0)
        case .or: return truth(left.value(in: env) != 0 || right.value(in: env) != 0)
        default: break
        }
        let a = left.value(in: env)
        let b = right.value(in: env)
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return b == 0 ? 0 : a / b
        case .less: return truth(a < b)
        case .lessOrEqual: return truth(a <= b)
        case .greater: return truth(a > b)
        case .greaterOrEqual: return truth(a >= b)
        case .equal: return truth(a == b)
        case .notEqual: return truth(a != b)
        case .and, .or: return 0
        }
    }

    private static func aggregate<E: ExpressionEnvironment>(
        _ function: Aggregate, _ operands: [ExpressionNode], _ env: E
    ) -> Double {
        switch function {
        case .min: return operands.map { $0.value(in: env) }.min() ?? 0
        case .max: return operands.map { $0.value(in: env) }.max() ?? 0
        case .sum: return operands.reduce(0) { $0 + $1.value(in: env) }
        case .count: return operands.reduce(0) { $0 + ($1.value(in: env) != 0 ? 1 : 0) }
        case .abs: return Swift.abs(operands[0].value(in: env))
        case .clamp:
            let value = operands[0].value(in: env)
            return Swift.min(
                Swift.max(value, operands[1].value(in: env)), operands[2].value(in: env))
        }
    }

    /// Whether the value never depends on the game.
    public var isConstant: Bool {
        switch self {
        case .constant: return true
        case .negate(let operand), .not(let operand): return operand.isConstant
        case .binary(_, let left, let right): return left.isConstant && right.isConstant
        case .aggregate(_, let operands): return operands.allSatisfy(\.isConstant)
        default: return false
        }
    }
}
