import GameRules
import Strategies
import Testing

/// A balance check played for real on the example game.
@Suite("Balance check")
struct BalanceCheckTests {
    static func report(workers: Int, seed: UInt64 = 5) throws -> BalanceReport {
        let spec = try #require(ExampleGame.spec)
        let plan = BalancePlan(roles: spec.roles.map(\.id), games: 2, strongGames: 0)
        var played = 0
        let report = BalanceCheck(spec: spec, plan: plan, masterSeed: seed, workers: workers)
            .run(
                make: { StrategyKind(name: $0)?.make() ?? RandomStrategy() },
                progress: { played += 1 })
        #expect(played == BalanceCheck(spec: spec, plan: plan).totalGames)
        return report
    }

    static func seeds(master: UInt64) -> [UInt64] {
        let roles = ExampleGame.spec?.roles.map(\.id) ?? []
        return BalancePlan(roles: roles, games: 2, strongGames: 0).lines.map {
            $0.seed(master: master)
        }
    }

    @Test("The same master seed gives the same report, whatever the number of workers")
    func reproducible() throws {
        let one = try Self.report(workers: 1)
        let two = try Self.report(workers: 2)
        #expect(one == two)
        #expect(
            one.lines.map(\.seed) != BalanceCheckTests.seeds(master: 6), "seeds follow the master")
        #expect(one.games == one.lines.count * 2)
        #expect(one.verdicts.map(\.kind).first == "cooperation")
        #expect(one.verdicts.map(\.kind).last == "dead-content")
        #expect(one.verdicts.filter { $0.kind == "temptation" }.count == 4)
    }

    @Test("The content tally counts the same games as the summary")
    func contentMatchesSummary() throws {
        let report = try Self.report(workers: 2, seed: 7)
        for line in report.lines {
            #expect(line.content.games == line.summary.games)
            for item in line.content.items where item.kind == "project" {
                #expect(item.games == line.summary.projectGames[item.id, default: 0])
            }
            for item in line.content.items where item.kind == "event" {
                #expect(item.games == line.summary.eventGames[item.id, default: 0])
            }
        }
        let all = try #require(report.content)
        #expect(all.games == report.games)
        let goals = all.items.filter { $0.kind == "goal" }.map(\.id)
        #expect(goals.contains("shared.samenwerking") && goals.contains("beheer.reserve_beheer"))
    }
}
