/// What happened in one district's street in one year.
struct TimelineCell: Sendable {
    /// The digging works in the street this year (works that share a trench count each).
    var openings: Int
    /// Couplings made here this year (works that shared a trench).
    var couplings: Int
    /// Whether graafrust held this year.
    var graafrust: Bool
    /// Openings during graafrust (breaches).
    var breaches: Int
    /// Whether the game reached this year; a year not reached is drawn empty.
    var reached: Bool = true
}
