/// The game side of the server as the transports see it: codes open seats, lines go in,
/// numbered output lines come out. The transports never see a game.
///
/// Every call comes from the server's one loop thread, so a host needs no locks.
public protocol LineHost: AnyObject {
    /// The number of tables, counted from 1.
    var tableCount: Int { get }
    /// Grows whenever any seat, wall or the console has new output (so waiting clients can
    /// be woken).
    var revision: Int { get }
    /// Grows whenever a seat or the wall of `table` has new output: clients of the tables
    /// that did not change need not be looked at.
    func revision(table: Int) -> Int
    /// The seat a join code opens, or nil.
    ///
    /// The transports pass `code` as `SeatCode.normalized` makes it (`k7qx-m2pd rt` arrives
    /// as `K7QXM2PDRT`); they never log it.
    func seat(forCode code: String) -> SeatKey?
    /// A connection now plays `seat` (several may): the seat's next output tells it where
    /// the game stands and what it missed. Returns the sequence number to read from.
    func attach(_ seat: SeatKey) -> Int
    /// A connection to `seat` closed.
    func detach(_ seat: SeatKey)
    /// One line typed at `seat`; what it causes appears in the outputs.
    func receive(_ line: String, from seat: SeatKey)
    /// The output of `seat` after sequence number `after`, and its prompt.
    func output(for seat: SeatKey, after: Int) -> OutputSlice
    /// The projector's view of `table`: `state` is the public state now, `slice` the public
    /// narration after `after`; nil when there is no such table.
    func wall(table: Int, after: Int) -> (state: [String], slice: OutputSlice)?
    /// One line typed at the server's console; what it causes appears in `consoleOutput`.
    func console(_ line: String)
    /// What the console should print after sequence number `after` (the join codes at the
    /// start, each table's public narration, answers to console commands).
    func consoleOutput(after: Int) -> OutputSlice
    /// Called about once a second: timers and other clocks.
    func tick()
}
