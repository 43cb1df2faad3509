/// What a seat needs to hear about whose turn it is; a change is announced.
enum SeatTurn: Hashable {
    /// The game is over.
    case over
    /// The facilitator paused the game.
    case paused
    /// A secret phase in which this seat still acts (everyone at once).
    case secret(round: Int, phase: Int)
    /// A secret phase in which this seat is done, waiting for others.
    case secretDone(round: Int, phase: Int)
    /// An open phase: `active` has the turn.
    case open(round: Int, phase: Int, active: Int)
    /// No role acts now.
    case none
}
