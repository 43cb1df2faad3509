/// A dilemma as one viewer sees it: others' secret choices stay hidden until it is decided.
public struct DilemmaView: Hashable, Sendable, Codable {
    /// Whether choices can be made now.
    public var isOpen: Bool
    /// The last round (index) to choose in.
    public var deadline: Int
    /// Per chooser: the option chosen, when visible.
    public var choices: [Int?]
    /// Per chooser: whether a choice was made (always visible).
    public var hasChosen: [Bool]
    /// The choices of the latest decision.
    public var decided: [Int]?
}
