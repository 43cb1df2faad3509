/// A reflection question with the data that answers it.
public struct DebriefQuestion: Hashable, Sendable {
    /// The question.
    public var text: String
    /// The calendar year it was asked at, or nil for the end-of-game questions.
    public var year: Int?
    /// What the question is about, as far as the debrief can tell.
    public var topics: [DebriefTopic]
    /// The facts that answer it, one sentence each.
    public var facts: [String]
}
