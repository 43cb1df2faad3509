import Foundation
import GameRules
import Testing

/// Points per round: `score(role) += n` adds to a role's score besides its goals.
@Suite("Points from effects")
struct ScorePointsTests {
    /// The repeated prisoner's dilemma of the fixtures.
    static let dilemma: String = {
        let path = PackageFiles.root.appendingPathComponent(
            "Tests/GameDefinitionTests/Fixtures/prisoners-dilemma.toml")
        return (try? String(contentsOf: path, encoding: .utf8)) ?? ""
    }()

    /// Plays the dilemma with each side's choices per year (0 cooperates, 1 defects).
    static func play(_ rood: [Int], _ blauw: [Int]) throws -> Game {
        var played = try PlayedGame(dilemma)
        for (red, blue) in zip(rood, blauw) {
            played.must(.choose(role: 0, dilemma: 0, option: red))
            played.must(.choose(role: 1, dilemma: 0, option: blue))
            played.finishRound()
        }
        #expect(played.game.isOver)
        return played.game
    }

    @Test func theRepeatedDilemmaScoresWithTheEnginesOwnScores() throws {
        let both = try Self.play([0, 0, 0, 0, 0], [0, 0, 0, 0, 0])
        #expect([both.score(of: 0), both.score(of: 1)] == [15, 15])
        let titForTat = try Self.play([0, 1, 1, 1, 1], [1, 1, 1, 1, 1])
        #expect([titForTat.score(of: 0), titForTat.score(of: 1)] == [4, 9])
        let alternating = try Self.play([0, 1, 0, 1, 0], [0, 0, 1, 1, 0])
        #expect([alternating.score(of: 0), alternating.score(of: 1)] == [12, 12])
    }

    @Test func theYearSummaryAndTheToldChangesCarryThePoints() throws {
        var played = try PlayedGame(Self.dilemma)
        played.must(.choose(role: 0, dilemma: 0, option: 1))
        played.must(.choose(role: 1, dilemma: 0, option: 0))
        var told: [ToldEvent] = []
        while played.game.state.round == 0, let role = played.game.activeRole {
            if case .success(let events) = played.game.apply(.ready(role: role)) { told += events }
        }
        let events = told.map(\.event)
        #expect(events.contains(.changed(.score(role: 0, before: 0, after: 5))))
        let summaries = events.compactMap { event -> YearSnapshot? in
            if case .yearReviewed(let snapshot) = event { return snapshot }
            return nil
        }
        #expect(summaries.last?.scores == [5, 0])
    }

    @Test func pointsAddToGoalsAndSettingAScoreKeepsTheGoals() throws {
        let source = """
            title = "Punten"
            first_year = 2026
            rounds = 1

            \(PlayedGame.roles(["beheer", "netbeheer"]))

            [events.prijs]
            text = "Een prijs."
            year = 2026
            effects = ["score(beheer) += 2", "score(netbeheer) = 7", "score(beheer) *= 3"]
            """
        var played = try PlayedGame(source)
        played.finishRound()
        let game = played.game
        #expect(game.state.goalsReached == [[true], [true]], "each role's goal: worth 1")
        #expect(game.state.points == [6, 7], "(0 + 2) * 3, and set to 7, in the news")
        #expect([game.score(of: 0), game.score(of: 1)] == [7, 8], "then each goal's 1 point")
    }
}
