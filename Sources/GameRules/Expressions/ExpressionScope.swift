/// The names an expression may use, each mapped to its index in the game's tables.
///
/// `GameDefinition` builds one scope per game; the expression compiler resolves every
/// name against it once, so evaluation during play never looks up a string.
public struct ExpressionScope: Sendable {
    /// Role ids in definition order.
    public var roles: [String] = []
    /// Project ids in definition order.
    public var projects: [String] = []
    /// District ids in definition order.
    public var districts: [String] = []
    /// Variable names (`noord.riool` for a district variable, `draagvlak` for a global one)
    /// mapped to their index in the state's variable table.
    public var variables: [String: Int] = [:]
    /// Indicator ids in definition order (an indicator is stored or computed).
    public var indicators: [String] = []
    /// Shared fund ids in definition order.
    public var funds: [String] = []
    /// Dilemma ids in definition order, each with its option ids in order.
    public var dilemmas: [(id: String, options: [String])] = []
    /// Collaboration form ids in definition order.
    public var forms: [String] = []
    /// Event ids in definition order.
    public var events: [String] = []
    /// Declared coupling ids in definition order.
    public var couplings: [String] = []
    /// The role that `self` (also `chooser`) names: set only while the effects of a dilemma's
    /// option are compiled, once for each role that may choose it; nil everywhere else.
    public var chooser: Int? = nil

    /// Creates an empty scope.
    public init() {}
}
