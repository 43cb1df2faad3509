/// Numbered output lines for one screen (a seat, a wall, a facilitator): readers ask for
/// the lines after the number they last saw, so a reconnecting screen misses nothing that
/// is still kept.
public struct OutputLog: Sendable {
    /// How many lines are kept; older ones are dropped.
    public static let capacity = 5_000

    /// The kept lines, oldest first.
    private var lines: [String] = []
    /// The number of the first kept line.
    private var first = 0

    /// Creates an empty log.
    public init() {}

    /// The number the next line will get.
    public var next: Int { first + lines.count }

    /// Adds lines at the end.
    public mutating func append(_ new: [String]) {
        guard !new.isEmpty else { return }
        lines += new
        if lines.count > OutputLog.capacity {
            let drop = lines.count - OutputLog.capacity
            lines.removeFirst(drop)
            first += drop
        }
    }

    /// The lines numbered `after` and later (from the oldest kept when `after` is older),
    /// and the number to ask for next.
    public func lines(after: Int) -> (lines: [String], next: Int) {
        let start = min(max(after, first), next)
        return (Array(lines[(start - first)...]), next)
    }
}
