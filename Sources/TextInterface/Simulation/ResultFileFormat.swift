import Foundation
import Strategies

/// The two formats of a results file: JSON Lines (one object per game) or CSV.
enum ResultFileFormat {
    case jsonLines
    case csv

    /// The format a path's extension asks for: `.csv` is CSV, anything else JSON Lines.
    init(path: String) {
        self = path.lowercased().hasSuffix(".csv") ? .csv : .jsonLines
    }

    /// The CSV header line.
    static let csvHeader =
        "index,seed,outcome,rounds,actions,shared_score,group_trust,couplings_made,couplings_missed,"
        + "events_fired,projects_started,goals_reached,shared_goals_reached,dilemmas_decided,"
        + "refused_legal_actions,roles,strategies,scores,fired_events,started_projects"

    /// One result as a line of this format (without the line feed).
    func line(_ result: GameResult) -> String {
        switch self {
        case .jsonLines:
            return ResultJSONLine.line(result)
        case .csv:
            let fields: [String] = [
                "\(result.index)", "\(result.seed)", result.outcome, "\(result.rounds)",
                "\(result.actions)",
                "\(result.sharedScore)", "\(result.groupTrust)", "\(result.couplingsMade)",
                "\(result.couplingsMissed)", "\(result.eventsFired)", "\(result.projectsStarted)",
                "\(result.goalsReached)", "\(result.sharedGoalsReached)",
                "\(result.dilemmasDecided)",
                "\(result.refusedLegalActions)", result.roles.joined(separator: ";"),
                result.strategies.joined(separator: ";"),
                result.scores.map { "\($0)" }.joined(separator: ";"),
                result.firedEvents.joined(separator: ";"),
                result.startedProjects.joined(separator: ";"),
            ]
            return fields.joined(separator: ",")
        }
    }

    /// Reads one line of a results file; nil for a header, an empty line or a bad line.
    static func parse(_ line: Substring) -> GameResult? {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("{") {
            return try? JSONDecoder().decode(GameResult.self, from: Data(text.utf8))
        }
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 20, let index = Int(fields[0]), let seed = UInt64(fields[1]),
            let rounds = Int(fields[3]), let actions = Int(fields[4]),
            let shared = Double(fields[5]),
            let trust = Double(fields[6])
        else { return nil }
        let counts = fields[7...14].compactMap { Int($0) }
        guard counts.count == 8 else { return nil }
        let roles = fields[15].split(separator: ";").map(String.init)
        let strategies = fields[16].split(separator: ";").map(String.init)
        let scores = fields[17].split(separator: ";").compactMap { Double($0) }
        guard scores.count == roles.count else { return nil }
        return GameResult(
            index: index, seed: seed, roles: roles, strategies: strategies, scores: scores,
            sharedScore: shared,
            outcome: fields[2], rounds: rounds, groupTrust: trust, couplingsMade: counts[0],
            couplingsMissed: counts[1], eventsFired: counts[2], projectsStarted: counts[3],
            goalsReached: counts[4],
            sharedGoalsReached: counts[5], dilemmasDecided: counts[6], actions: actions,
            refusedLegalActions: counts[7],
            firedEvents: fields[18].split(separator: ";").map(String.init),
            startedProjects: fields[19].split(separator: ";").map(String.init))
    }
}
