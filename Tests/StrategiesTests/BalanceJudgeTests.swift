import GameRules
import Strategies
import Testing

/// The verdicts of a balance check, judged from made-up line-up results with known numbers.
@Suite("Balance verdicts")
struct BalanceJudgeTests {
    static let roles = ["a", "b"]

    /// A line-up result whose games give these seat scores and shared scores in turn.
    static func line(
        _ seats: BalanceLine.Seats, scores: [[Double]], shared: [Double],
        strategies: [[String]]? = nil
    ) -> BalanceLineResult {
        var summary = Summary(roles: roles)
        let planned = BalanceLine(seats: seats, games: 1, roles: roles)
        let fixed = roles.indices.map { planned.strategy(seat: $0) ?? "x" }
        for (index, seatScores) in scores.enumerated() {
            let names = strategies.map { $0[index % $0.count] } ?? fixed
            summary.add(
                GameResult(
                    index: index, seed: 0, roles: roles, strategies: names, scores: seatScores,
                    sharedScore: shared[index % shared.count], outcome: "completed", rounds: 1,
                    groupTrust: 50, couplingsMade: 0, couplingsMissed: 0, eventsFired: 0,
                    projectsStarted: 0, goalsReached: 0, sharedGoalsReached: 0,
                    dilemmasDecided: 0, actions: 1, refusedLegalActions: 0))
        }
        return BalanceLineResult(
            line: BalanceLine(seats: seats, games: scores.count, roles: roles), seed: 0,
            summary: summary, content: ContentTally(content: []))
    }

    /// Games whose seat scores spread by ±1 around `a` and `b`.
    static func spread(_ a: Double, _ b: Double, games: Int = 40) -> [[Double]] {
        (0..<games).map { index -> [Double] in
            let noise: Double = index % 2 == 0 ? -1 : 1
            return [a + noise, b + noise]
        }
    }

    static func verdict(_ kind: String, role: String? = nil, in lines: [BalanceLineResult])
        -> BalanceVerdict?
    {
        BalanceJudge.verdicts(lines, roles: roles).first { $0.kind == kind && $0.role == role }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var cooperative: Double
        var sectoral: Double
        var spread: Double
        var expected: BalanceVerdict.Status
        var testDescription: String { name }
    }

    @Test(
        "Cooperation: the all-cooperative table against the all-sectoral one",
        arguments: [
            Case(name: "clearly better", cooperative: 70, sectoral: 4, spread: 1, expected: .holds),
            Case(name: "clearly worse", cooperative: 4, sectoral: 70, spread: 1, expected: .fails),
            Case(
                name: "equal, no noise", cooperative: 10, sectoral: 10, spread: 0, expected: .fails),
            Case(
                name: "within the noise", cooperative: 10.2, sectoral: 10, spread: 5,
                expected: .unclear),
        ])
    func cooperation(_ test: Case) {
        let noise = [-test.spread, test.spread]
        let lines = [
            Self.line(
                .everyone("cooperative"), scores: Self.spread(1, 1),
                shared: noise.map { test.cooperative + $0 }),
            Self.line(
                .everyone("sectoral"), scores: Self.spread(1, 1),
                shared: noise.map { test.sectoral + $0 }),
        ]
        #expect(Self.verdict("cooperation", in: lines)?.status == test.expected)
    }

    @Test("Temptation holds when the best deviation gains privately and lowers the shared score")
    func temptationHolds() throws {
        let lines = [
            Self.line(.everyone("cooperative"), scores: Self.spread(60, 60), shared: [70, 72]),
            Self.line(
                .alone(seat: 0, strategy: "sectoral", rest: "cooperative"),
                scores: Self.spread(70, 40), shared: [50, 52]),
            Self.line(
                .alone(seat: 0, strategy: "greedy", rest: "cooperative"),
                scores: Self.spread(75, 40), shared: [40, 42]),
        ]
        let verdict = try #require(Self.verdict("temptation", role: "a", in: lines))
        #expect(verdict.status == .holds)
        #expect(
            verdict.finding.hasPrefix("greedy scores 75.0 against 60.0"),
            "the best deviation is named")
    }

    @Test("Temptation holds on a deviation that costs the table, though another gains more")
    func temptationLooksPastAWinWin() throws {
        let lines = [
            Self.line(.everyone("cooperative"), scores: Self.spread(60, 60), shared: [70, 72]),
            Self.line(
                .alone(seat: 0, strategy: "sectoral", rest: "cooperative"),
                scores: Self.spread(68, 40), shared: [50, 52]),
            Self.line(
                .alone(seat: 0, strategy: "mcts", rest: "cooperative"),
                scores: Self.spread(75, 62), shared: [70, 72]),
        ]
        let verdict = try #require(Self.verdict("temptation", role: "a", in: lines))
        #expect(verdict.status == .holds)
        #expect(
            verdict.finding.hasPrefix("sectoral scores 68.0 against 60.0"), "\(verdict.finding)")
    }

    @Test(
        "Temptation fails without a private gain or without a shared loss, and is unclear in the noise",
        arguments: [
            (
                deviant: 55.0, shared: 50.0, spread: 1.0, expected: BalanceVerdict.Status.fails,
                words: "no deviation"
            ),
            (deviant: 70.0, shared: 76.0, spread: 1.0, expected: .fails, words: "simply better"),
            (deviant: 60.3, shared: 50.0, spread: 20.0, expected: .unclear, words: "lowers"),
        ])
    func temptationFails(
        deviant: Double, shared: Double, spread: Double, expected: BalanceVerdict.Status,
        words: String
    ) throws {
        let lines = [
            Self.line(.everyone("cooperative"), scores: Self.spread(60, 60), shared: [70, 72]),
            Self.line(
                .alone(seat: 0, strategy: "sectoral", rest: "cooperative"),
                scores: (0..<40).map { [deviant + ($0 % 2 == 0 ? spread : -spread), 50] },
                shared: [shared - 1, shared + 1]),
        ]
        let verdict = try #require(Self.verdict("temptation", role: "a", in: lines))
        #expect(verdict.status == expected)
        #expect(verdict.finding.contains(words))
    }

    @Test(
        "Assurance: a lone cooperator among sectoral players against cooperating with cooperators")
    func assurance() throws {
        let lines = [
            Self.line(.everyone("cooperative"), scores: Self.spread(60, 60), shared: [70]),
            Self.line(.everyone("sectoral"), scores: Self.spread(20, 20), shared: [5]),
            Self.line(
                .alone(seat: 0, strategy: "cooperative", rest: "sectoral"),
                scores: Self.spread(10, 25), shared: [5]),
            Self.line(
                .alone(seat: 1, strategy: "cooperative", rest: "sectoral"),
                scores: Self.spread(25, 65), shared: [5]),
        ]
        let first = try #require(Self.verdict("assurance", role: "a", in: lines))
        #expect(first.status == .holds)
        #expect(first.finding.contains("scores 10.0, against 60.0 among cooperators"))
        #expect(first.finding.contains("playing sectoral among them scores 20.0"))
        #expect(Self.verdict("assurance", role: "b", in: lines)?.status == .fails)
    }

    @Test(
        "Dominance: one strategy best in every seat fails, best strategies that differ hold",
        arguments: [
            (a: [70.0, 20.0], b: [20.0, 70.0], expected: BalanceVerdict.Status.holds),
            (a: [70.0, 20.0], b: [70.0, 20.0], expected: .fails),
            (a: [70.0, 69.9], b: [70.0, 20.0], expected: .unclear),
        ])
    func dominance(a: [Double], b: [Double], expected: BalanceVerdict.Status) {
        // Games alternate x in seat a / y in seat b and the other way round.
        let scores = (0..<80).map { index -> [Double] in
            let first = index % 2 == 0
            let noise: Double = index / 2 % 2 == 0 ? -1 : 1
            return [(first ? a[0] : a[1]) + noise, (first ? b[1] : b[0]) + noise]
        }
        let lines = [
            Self.line(
                .combinations([.sectoral, .cooperative]), scores: scores, shared: [1],
                strategies: [["x", "y"], ["y", "x"]])
        ]
        #expect(Self.verdict("dominance", in: lines)?.status == expected)
    }

    @Test("Dead content lists what happened in no game of any line-up")
    func deadContent() throws {
        var seen = ContentTally(content: [("event", ["storm", "drought"]), ("goal", ["a.win"])])
        var result = GameResult(
            index: 0, seed: 0, roles: Self.roles, strategies: ["x", "x"], scores: [0, 0],
            sharedScore: 0, outcome: "completed", rounds: 1, groupTrust: 50, couplingsMade: 0,
            couplingsMissed: 0, eventsFired: 1, projectsStarted: 0, goalsReached: 0,
            sharedGoalsReached: 0, dilemmasDecided: 0, actions: 1, refusedLegalActions: 0,
            firedEvents: ["storm"])
        seen.add(result)
        var other = ContentTally(content: [("event", ["storm", "drought"]), ("goal", ["a.win"])])
        result.firedEvents = []
        result.content.reachedGoals = ["a.win"]
        other.add(result)
        var lines = [Self.line(.everyone("cooperative"), scores: [[1, 1]], shared: [1])]
        lines[0].content = seen
        let onlyFirst = BalanceJudge.verdicts(lines, roles: Self.roles).last
        #expect(onlyFirst?.status == .fails)
        #expect(onlyFirst?.finding == "never happened in 1 game: event `drought`, goal `a.win`")
        lines.append(Self.line(.everyone("sectoral"), scores: [[1, 1]], shared: [1]))
        lines[1].content = other
        let both = BalanceJudge.verdicts(lines, roles: Self.roles).last
        #expect(both?.status == .fails)
        #expect(both?.finding == "never happened in 2 games: event `drought`")
    }
}
