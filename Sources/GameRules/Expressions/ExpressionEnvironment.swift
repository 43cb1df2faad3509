/// What an expression can read while the game runs; the game state provides it.
public protocol ExpressionEnvironment {
    /// The current round, starting at 1.
    var roundNumber: Int { get }
    /// The number of the last round of the game as it is played (a shortened game ends
    /// sooner).
    var lastRound: Int { get }
    /// The calendar year of the current round.
    var year: Int { get }
    /// The index of the current collaboration form.
    var formIndex: Int { get }
    /// The number of roles.
    var roleCount: Int { get }
    /// The mean of all trust values between distinct roles.
    var groupTrust: Double { get }
    /// A role's private budget.
    func budget(_ role: Int) -> Double
    /// How much `from` trusts `to`, 0...100.
    func trust(_ from: Int, _ to: Int) -> Double
    /// The value of a variable by index.
    func variable(_ index: Int) -> Double
    /// The balance of a shared fund.
    func fund(_ index: Int) -> Double
    /// The nuisance currently in a district.
    func nuisance(_ district: Int) -> Double
    /// The value of an indicator (stored or computed).
    func indicator(_ index: Int) -> Double
    /// Where a project stands.
    func projectPhase(_ project: Int) -> ProjectPhase
    /// Whether `role` chose `option` in `dilemma` (in its latest decision).
    func chose(role: Int, dilemma: Int, option: Int) -> Bool
    /// Whether a dilemma has been decided (by choices or by its default).
    func decided(dilemma: Int) -> Bool
    /// How often an event has fired.
    func firedCount(event: Int) -> Int
    /// Whether a declared coupling was made.
    func coupled(_ coupling: Int) -> Bool
    /// A role's score: the points of its reached goals plus the points effects gave it.
    func score(_ role: Int) -> Double
    /// How often a district's street was opened: each new trench once, however many years
    /// it stays open and however many projects share it.
    func openings(_ district: Int) -> Int
    /// How many of those openings broke graafrust (an opening forced by an event does not).
    func breaches(_ district: Int) -> Int
    /// How many declared couplings were made.
    var couplingsMade: Int { get }
}

/// What an effect can change; writes are clamped by the environment (trust to 0...100,
/// variables to their bounds).
public protocol MutableExpressionEnvironment: ExpressionEnvironment {
    /// Sets a role's budget.
    mutating func setBudget(_ role: Int, _ value: Double)
    /// Sets how much `from` trusts `to`.
    mutating func setTrust(_ from: Int, _ to: Int, _ value: Double)
    /// Sets a variable by index.
    mutating func setVariable(_ index: Int, _ value: Double)
    /// Sets a shared fund's balance.
    mutating func setFund(_ index: Int, _ value: Double)
    /// Sets the nuisance in a district.
    mutating func setNuisance(_ district: Int, _ value: Double)
    /// Sets a role's score, by changing the points effects gave it (goals stay as reached).
    mutating func setScore(_ role: Int, _ value: Double)
}
