/// One role's place at a served table: its language, its output and its connections.
struct HostedSeat {
    /// The messages in the seat's language.
    var text: Messages
    /// Everything this seat has been shown.
    var output = OutputLog()
    /// How many connections play this seat now.
    var connections = 0
    /// Whether anyone ever joined this seat.
    var joined = false
    /// Where the output stood when the last connection closed (what came after was missed).
    var leftAt: Int?
    /// The turn situation last announced to this seat.
    var announced: SeatTurn?
}
