/// Where one dilemma stands.
public struct DilemmaState: Hashable, Sendable, Codable {
    /// Whether choices can be made now.
    public var isOpen = false
    /// The last round (index) to choose in.
    public var deadline = 0
    /// Per chooser (in the spec's order), the option chosen, if any.
    public var choices: [Int?]
    /// The choices of the latest decision, for `chose(role, option)`.
    public var decided: [Int]? = nil
    /// How often it was decided.
    public var decisions = 0
    /// Whether the process coordinator already gave it an extra round since it opened.
    public var extended = false

    /// Creates a closed dilemma for `choosers` roles.
    public init(choosers: Int) {
        choices = Array(repeating: nil, count: choosers)
    }
}
