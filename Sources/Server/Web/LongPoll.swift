/// An HTTP request waiting for output: the seat's lines or a table's wall.
struct LongPoll {
    /// What it waits for.
    enum Subject {
        /// Output of a seat after a sequence number.
        case lines(SeatKey, after: Int)
        /// A table's narration after a sequence number, or a change of its state from `state`.
        case wall(table: Int, after: Int, state: [String])
    }

    /// What it waits for.
    var subject: Subject
    /// When it answers anyway.
    var deadline: Double

    /// The table it waits on.
    var table: Int {
        switch subject {
        case .lines(let seat, _): seat.table
        case .wall(let table, _, _): table
        }
    }
}
