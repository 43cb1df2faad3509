import GameRules

/// The ranges the engine keeps values in: variables within their bounds, trust within
/// 0-100, `round` and `year` within the game, money, nuisance and counts at or above zero,
/// couplings made up to the number declared.
struct ValueRanges {
    /// The variables, with their bounds and names.
    let variables: [VariableSpec]
    /// The number of rounds.
    let rounds: Int
    /// The calendar year of the first round.
    let firstYear: Int
    /// The number of collaboration forms.
    let forms: Int
    /// Whether budgets may go below zero.
    let allowDebt: Bool
    /// The number of declared couplings.
    let couplings: Int

    /// The values `node` can take, or nil when nothing useful is known.
    func range(of node: ExpressionNode) -> ClosedRange<Double>? {
        switch node {
        case .constant(let value): return value...value
        case .variable(let index):
            guard variables.indices.contains(index) else { return nil }
            return variables[index].min...variables[index].max
        case .roundNumber: return 1...Double(rounds)
        case .lastRound: return 1...Double(rounds)
        case .year: return Double(firstYear)...Double(firstYear + rounds - 1)
        case .form: return 0...Double(max(0, forms - 1))
        case .groupTrust, .trust, .trustIn: return 0...100
        case .budget: return allowDebt ? nil : 0...Double.infinity
        case .fund, .nuisance, .fired, .openings, .breaches: return 0...Double.infinity
        case .couplingsMade: return 0...Double(couplings)
        case .negate(let operand):
            return range(of: operand).map { -$0.upperBound...(-$0.lowerBound) }
        case .binary(.add, let left, let right):
            guard let a = range(of: left), let b = range(of: right) else { return nil }
            return Self.checked(a.lowerBound + b.lowerBound, a.upperBound + b.upperBound)
        case .binary(.subtract, let left, let right):
            guard let a = range(of: left), let b = range(of: right) else { return nil }
            return Self.checked(a.lowerBound - b.upperBound, a.upperBound - b.lowerBound)
        case .aggregate(let function, let operands):
            return aggregate(function, operands)
        default: return nil
        }
    }

    /// A short name for a simple value, such as `noord.riool` or `round`, else nil.
    func name(of node: ExpressionNode) -> String? {
        switch node {
        case .constant(let value): return ValueDescription.number(value)
        case .variable(let index):
            return variables.indices.contains(index) ? variables[index].name : nil
        case .roundNumber: return "round"
        case .lastRound: return "last_round"
        case .year: return "year"
        case .groupTrust: return "group_trust"
        case .trust, .trustIn: return "trust"
        case .couplingsMade: return "couplings_made"
        default: return nil
        }
    }

    private func aggregate(_ function: ExpressionNode.Aggregate, _ operands: [ExpressionNode])
        -> ClosedRange<Double>?
    {
        if function == .count { return 0...Double(operands.count) }
        let ranges = operands.compactMap { range(of: $0) }
        guard ranges.count == operands.count, !ranges.isEmpty else { return nil }
        let lows = ranges.map(\.lowerBound)
        let highs = ranges.map(\.upperBound)
        switch function {
        case .min: return Self.checked(lows.min() ?? 0, highs.min() ?? 0)
        case .max: return Self.checked(lows.max() ?? 0, highs.max() ?? 0)
        case .sum: return Self.checked(lows.reduce(0, +), highs.reduce(0, +))
        default: return nil
        }
    }

    /// `low...high`, or nil when the arithmetic gave no number (infinity minus infinity).
    private static func checked(_ low: Double, _ high: Double) -> ClosedRange<Double>? {
        guard !low.isNaN, !high.isNaN, low <= high else { return nil }
        return low...high
    }
}
