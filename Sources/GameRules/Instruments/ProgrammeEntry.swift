/// A soft commitment in the joint programme: a coupling its owners mean to make in a round.
public struct ProgrammeEntry: Hashable, Sendable, Codable {
    /// The coupling (index).
    public var coupling: Int
    /// The round (index) its projects are to start together.
    public var round: Int
    /// The round (index) it was put in the programme (or last moved).
    public var since: Int
    /// Set when it resolves: true when the coupling was made, false when it was dropped.
    public var kept: Bool? = nil

    /// Creates an open commitment.
    public init(coupling: Int, round: Int, since: Int) {
        self.coupling = coupling
        self.round = round
        self.since = since
    }
}
