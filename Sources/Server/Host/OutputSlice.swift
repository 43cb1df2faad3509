/// Lines a seat (or a wall) has not yet been sent, from an output log with sequence numbers.
public struct OutputSlice: Equatable, Sendable {
    /// The lines after the sequence number asked for, oldest first.
    public var lines: [String]
    /// The sequence number to ask for next time.
    public var next: Int
    /// The seat's prompt now (`[2026 · plannen · Beheer] >`); empty for a wall.
    public var prompt: String

    /// Creates a slice.
    public init(lines: [String], next: Int, prompt: String) {
        self.lines = lines
        self.next = next
        self.prompt = prompt
    }
}
