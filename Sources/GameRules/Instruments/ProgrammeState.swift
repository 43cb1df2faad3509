/// The joint programme once the table started it: its commitments and this year's account.
public struct ProgrammeState: Hashable, Sendable, Codable {
    /// The round (index) the table started it in.
    public var since: Int
    /// Every commitment put in it, oldest first (a moved one is replaced in place).
    public var entries: [ProgrammeEntry] = []
    /// What the programme cost this year.
    public var paid: Double = 0
    /// The couplings (indices) whose commitment was kept this year.
    public var kept: [Int] = []
    /// The couplings (indices) whose commitment was dropped this year.
    public var dropped: [Int] = []

    /// Creates a programme started in `round`.
    public init(since round: Int) {
        since = round
    }

    /// The open commitment to `coupling`, by its position in `entries`, if any.
    public func open(_ coupling: Int) -> Int? {
        entries.firstIndex { $0.coupling == coupling && $0.kept == nil }
    }
}
