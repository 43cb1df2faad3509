/// A reflection question asked at the review of one round.
public struct RoundQuestion: Hashable, Sendable, Codable {
    /// The round (index).
    public var round: Int
    /// The question.
    public var text: String

    /// Creates a question.
    public init(round: Int, text: String) {
        self.round = round
        self.text = text
    }
}
