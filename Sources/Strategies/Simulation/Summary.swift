/// Streaming statistics of a series of games: built game by game or merged from parts.
public struct Summary: Hashable, Sendable, Codable {
    /// The role ids.
    public private(set) var roles: [String]
    /// Games added.
    public private(set) var games = 0
    /// Score per role.
    public private(set) var scores: [RunningStatistic]
    /// Wins per role (ties count for each tied role).
    public private(set) var wins: [Int]
    /// The shared score.
    public private(set) var sharedScore = RunningStatistic()
    /// Score per strategy name, over every seat it played.
    public private(set) var strategyScores: [String: RunningStatistic] = [:]
    /// Score per role and strategy name: `seatScores[role][strategy]`.
    public private(set) var seatScores: [[String: RunningStatistic]]
    /// The number of games in which each event fired, by event id.
    public private(set) var eventGames: [String: Int] = [:]
    /// The number of games in which each project started, by project id.
    public private(set) var projectGames: [String: Int] = [:]
    /// The number of games in which each instrument was used (an agreement signed, by its
    /// id; `coordinator` hired); nil while none was.
    public private(set) var instrumentGames: [String: Int]? = nil
    /// Games that ended in a collective loss.
    public private(set) var collectiveLosses = 0
    /// Games that hit the action cap.
    public private(set) var stalls = 0
    /// Games in which a bot failed: counted here only, not in `games` or any statistic.
    public private(set) var failures = 0
    /// Legal actions refused by the rules, over all games.
    public private(set) var refusedLegalActions = 0
    /// Rounds played per game.
    public private(set) var rounds = RunningStatistic()
    /// Actions per game.
    public private(set) var actions = RunningStatistic()
    /// Group trust at the end.
    public private(set) var endTrust = RunningStatistic()
    /// Couplings made per game.
    public private(set) var couplingsMade = RunningStatistic()
    /// Couplings missed per game.
    public private(set) var couplingsMissed = RunningStatistic()

    /// An empty summary for a game with these roles.
    public init(roles: [String]) {
        self.roles = roles
        scores = Array(repeating: RunningStatistic(), count: roles.count)
        wins = Array(repeating: 0, count: roles.count)
        seatScores = Array(repeating: [:], count: roles.count)
    }

    /// Adds one game; a game with other roles than the summary's is ignored and reported.
    @discardableResult
    public mutating func add(_ result: GameResult) -> Bool {
        if games == 0 && roles.isEmpty { self = Summary(roles: result.roles) }
        guard result.roles == roles, result.scores.count == roles.count else { return false }
        if result.failed {
            failures += 1
            return true
        }
        games += 1
        for (role, score) in result.scores.enumerated() {
            scores[role].add(score)
            if role < result.strategies.count {
                strategyScores[result.strategies[role], default: .init()].add(score)
                seatScores[role][result.strategies[role], default: .init()].add(score)
            }
        }
        for winner in result.winners { wins[winner] += 1 }
        for event in result.firedEvents { eventGames[event, default: 0] += 1 }
        for project in result.startedProjects { projectGames[project, default: 0] += 1 }
        for instrument in result.instruments ?? [] {
            instrumentGames = instrumentGames ?? [:]
            instrumentGames?[instrument, default: 0] += 1
        }
        sharedScore.add(result.sharedScore)
        if result.collectiveLoss { collectiveLosses += 1 }
        if result.stalled { stalls += 1 }
        refusedLegalActions += result.refusedLegalActions
        rounds.add(Double(result.rounds))
        actions.add(Double(result.actions))
        endTrust.add(result.groupTrust)
        couplingsMade.add(Double(result.couplingsMade))
        couplingsMissed.add(Double(result.couplingsMissed))
        return true
    }

    /// Adds every game of another summary of the same game; false if the roles differ.
    @discardableResult
    public mutating func merge(_ other: Summary) -> Bool {
        if games == 0 && roles.isEmpty { roles = other.roles }
        guard other.roles == roles else { return false }
        if games == 0 && scores.count != roles.count {
            scores = Array(repeating: RunningStatistic(), count: roles.count)
            wins = Array(repeating: 0, count: roles.count)
            seatScores = Array(repeating: [:], count: roles.count)
        }
        games += other.games
        for role in roles.indices {
            scores[role].merge(other.scores[role])
            wins[role] += other.wins[role]
            for (name, statistic) in other.seatScores[role] {
                seatScores[role][name, default: .init()].merge(statistic)
            }
        }
        eventGames.merge(other.eventGames, uniquingKeysWith: +)
        projectGames.merge(other.projectGames, uniquingKeysWith: +)
        if let used = other.instrumentGames {
            instrumentGames = (instrumentGames ?? [:]).merging(used, uniquingKeysWith: +)
        }
        for (name, statistic) in other.strategyScores {
            strategyScores[name, default: .init()].merge(statistic)
        }
        sharedScore.merge(other.sharedScore)
        collectiveLosses += other.collectiveLosses
        stalls += other.stalls
        failures += other.failures
        refusedLegalActions += other.refusedLegalActions
        rounds.merge(other.rounds)
        actions.merge(other.actions)
        endTrust.merge(other.endTrust)
        couplingsMade.merge(other.couplingsMade)
        couplingsMissed.merge(other.couplingsMissed)
        return true
    }
}
