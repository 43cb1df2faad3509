import GameRules
import Strategies
import Testing

/// The line-ups of a balance check and their seeds.
@Suite("Balance plan")
struct BalancePlanTests {
    static let roles = ["beheer", "ontwikkeling", "sociaal"]

    @Test(
        "The plan has the five tables, the deviations and the lone cooperators per seat, and all combinations"
    )
    func lines() {
        let plan = BalancePlan(roles: Self.roles, games: 100, strongGames: 7)
        let labels = plan.lines.map { $0.label(roles: Self.roles) }
        #expect(
            Array(labels.prefix(5)) == [
                "all random", "all sectoral", "all cooperative", "all reciprocal", "all greedy",
            ])
        #expect(labels.contains("mcts sociaal, rest cooperative"))
        #expect(labels.contains("cooperative beheer, rest sectoral"))
        #expect(labels.last == "all combinations (no mcts)")
        #expect(plan.lines.count == 5 + 3 * 3 + 3 + 1)
        #expect(Set(plan.lines.map(\.id)).count == plan.lines.count, "ids are unique")
        let strong = plan.lines.filter { $0.id.contains("=mcts") }
        #expect(strong.count == 3 && strong.allSatisfy { $0.games == 7 })
        #expect(plan.lines.filter { !$0.id.contains("=mcts") }.allSatisfy { $0.games == 100 })
    }

    @Test(
        "Without strong games there are no strong-bot lines; an extra strategy adds its own lines once"
    )
    func extras() {
        let plan = BalancePlan(
            roles: Self.roles, games: 10, strongGames: 0,
            extras: [
                .init(seat: 1, strategy: "exec:python3 bot.py"),
                .init(seat: nil, strategy: "sectoral"),
            ])
        let ids = plan.lines.map(\.id)
        #expect(!ids.contains { $0.contains("mcts") })
        #expect(ids.contains("ontwikkeling=exec:python3 bot.py,rest=cooperative"))
        #expect(ids.contains("ontwikkeling=exec:python3 bot.py,rest=sectoral"))
        #expect(!ids.contains("beheer=exec:python3 bot.py,rest=cooperative"))
        #expect(Set(ids).count == ids.count, "sectoral, already a deviation, is not played twice")
        #expect(plan.temptations(seat: 1) == ["sectoral", "greedy", "exec:python3 bot.py"])
    }

    @Test("Each line's seed comes from the master seed and its own id, not from its place")
    func seeds() {
        let small = BalancePlan(roles: Self.roles, games: 10, strongGames: 0).lines
        let large = BalancePlan(roles: Self.roles, games: 10, strongGames: 5).lines
        let seeds = small.map { $0.seed(master: 2026) }
        #expect(Set(seeds).count == seeds.count, "every line has its own seed")
        for line in small {
            let same = large.first { $0.id == line.id }
            #expect(same?.seed(master: 2026) == line.seed(master: 2026))
            #expect(line.seed(master: 2026) != line.seed(master: 2027))
        }
    }
}
