/// A cost-sharing key (verdeelsleutel): how joint cost is split between the parties.
public enum CostSharing: Hashable, Sendable, Codable {
    /// In proportion to each party's share of the work (its own project's cost).
    case proportional
    /// In equal parts.
    case equal
    /// In fixed fractions, one per party in order; they add up to 1.
    case fixed([Double])

    /// Splits `total` over parties whose own work is worth `work`, in the same order.
    public func split(_ total: Double, work: [Double]) -> [Double] {
        let count = work.count
        guard count > 0 else { return [] }
        switch self {
        case .equal:
            return Array(repeating: total / Double(count), count: count)
        case .fixed(let shares) where shares.count == count:
            return shares.map { $0 * total }
        case .proportional, .fixed:
            let sum = work.reduce(0, +)
            guard sum > 0 else { return Array(repeating: total / Double(count), count: count) }
            return work.map { total * $0 / sum }
        }
    }
}
