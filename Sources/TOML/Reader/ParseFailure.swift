/// Thrown inside the parser after a syntax diagnostic is recorded, to unwind to the
/// start of the statement and recover at the next line.
struct ParseFailure: Error {
    /// How many lists or inline tables were open when the problem was found.
    var nesting: Int
    /// Where reading should go on, when the problem was found at the start of a new line
    /// that itself looks fine.
    var resumeAt: Int? = nil
}
