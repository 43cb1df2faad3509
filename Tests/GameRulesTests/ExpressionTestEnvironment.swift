import GameRules

/// A tiny world for expression tests: 3 roles, 2 districts, known values.
struct ExpressionTestEnvironment: MutableExpressionEnvironment {
    var roleCount: Int { 3 }
    var roundNumber = 3
    var lastRound = 6
    var year = 2027
    var formIndex = 1
    var budgets: [Double] = [100, 40, 10]
    var trustMatrix: [[Double]] = [[100, 60, 40], [50, 100, 70], [30, 80, 100]]
    var variables: [Double] = [35, 55, 70, 60]
    var funds: [Double] = [25]
    var nuisances: [Double] = [12, 0]
    var phases: [ProjectPhase] = [.done, .running, .idle, .failed, .planned]
    var choices: [Int: Int] = [0: 0, 1: 1]
    var firings: [Int] = [2, 0]

    var groupTrust: Double { 55 }
    func budget(_ role: Int) -> Double { budgets[role] }
    func trust(_ from: Int, _ to: Int) -> Double { trustMatrix[from][to] }
    func variable(_ index: Int) -> Double { variables[index] }
    func fund(_ index: Int) -> Double { funds[index] }
    func nuisance(_ district: Int) -> Double { nuisances[district] }
    func indicator(_ index: Int) -> Double { (variables[1] + variables[2]) / 2 }
    func projectPhase(_ project: Int) -> ProjectPhase { phases[project] }
    func chose(role: Int, dilemma: Int, option: Int) -> Bool {
        dilemma == 0 && choices[role] == option
    }
    func decided(dilemma: Int) -> Bool { dilemma == 0 }
    func firedCount(event: Int) -> Int { firings[event] }
    func coupled(_ coupling: Int) -> Bool { coupling == 0 }
    var scores: [Double] = [12, 0, 3]
    func score(_ role: Int) -> Double { scores[role] }
    mutating func setScore(_ role: Int, _ value: Double) { scores[role] = value }
    func openings(_ district: Int) -> Int { district == 0 ? 3 : 0 }
    func breaches(_ district: Int) -> Int { district == 0 ? 1 : 0 }
    var couplingsMade: Int { 1 }

    mutating func setBudget(_ role: Int, _ value: Double) { budgets[role] = max(0, value) }
    mutating func setTrust(_ from: Int, _ to: Int, _ value: Double) {
        trustMatrix[from][to] = min(100, max(0, value))
    }
    mutating func setVariable(_ index: Int, _ value: Double) {
        variables[index] = min(100, max(0, value))
    }
    mutating func setFund(_ index: Int, _ value: Double) { funds[index] = value }
    mutating func setNuisance(_ district: Int, _ value: Double) { nuisances[district] = value }

    /// The names of this world, matching `TestGame.scope` plus an indicator.
    static var scope: ExpressionScope {
        var scope = TestGame.scope
        scope.indicators = ["leefbaarheid"]
        return scope
    }
}
