import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The debrief's report agrees with the game it was built from.
@Suite("Debrief report")
struct DebriefReportTests {
    /// A game in which every role only ever says ready: every dilemma becomes a hot potato.
    static func passiveSetup() throws -> SessionSetup {
        var setup = try Fixtures.setup(seed: 5)
        var table = Table(spec: setup.spec, seed: 5)
        var steps = 0
        while !table.game.isOver, steps < 10_000 {
            steps += 1
            let roles = table.game.activeRole.map { [$0] } ?? Array(setup.spec.roles.indices)
            guard let role = roles.first(where: { table.game.check(.ready(role: $0)) == nil })
            else { break }
            _ = table.submit(.ready(role: role))
        }
        #expect(table.game.isOver)
        setup.actions = table.record.actions
        return setup
    }

    @Test("undecided dilemmas are hot potatoes, each with the default's cost")
    func hotPotatoes() throws {
        let setup = try DebriefReportTests.passiveSetup()
        let report = DebriefReport(setup: setup, language: .nl, counterfactual: false)
        let log = try #require(
            Table.replaying(
                spec: setup.spec, seed: setup.seed, actions: setup.actions, keepsLog: true
            ).table.log)
        let defaulted = log.years.flatMap(\.told).compactMap { told -> Int? in
            if case .dilemmaDefaulted(let dilemma) = told.event { return dilemma }
            return nil
        }
        #expect(!defaulted.isEmpty, "the example game has dilemmas that default")
        #expect(
            report.dilemmas.filter(\.defaulted).map(\.id)
                == defaulted.map { setup.spec.dilemmas[$0].id })
        for dilemma in report.dilemmas {
            #expect(dilemma.defaulted)
            let allByDefault = dilemma.choices.allSatisfy(\.byDefault)
            #expect(allByDefault)
            let rules = try #require(setup.spec.dilemmas.first { $0.id == dilemma.id })
            #expect(
                dilemma.choices.map(\.option)
                    == rules.choosers.map { _ in rules.options[rules.defaultOption].id })
            let expected =
                rules.choosers.flatMap { _ in
                    rules.options[rules.defaultOption].effects.map(\.source)
                }
                + rules.defaultEffects.map(\.source)
            #expect(dilemma.cost == expected)
        }
        let potato = try #require(report.questions.first { $0.topics.contains(.hotPotatoes) })
        #expect(potato.facts.count == defaulted.count)
    }

    @Test("years, streets and events agree with the log and the final state")
    func agreesWithTheGame() throws {
        var setup = try Fixtures.setup(seed: 9)
        let roles = setup.spec.roles.count
        let played = Playout(
            spec: setup.spec, seed: 9,
            strategies: (0..<roles).map {
                ($0 % 2 == 0 ? StrategyKind.cooperative : .sectoral).make()
            },
            keepsLog: true)
        setup.actions = played.table.record.actions
        let report = DebriefReport(setup: setup, language: .en, counterfactual: false)
        let log = try #require(played.table.log)
        let game = played.game
        #expect(report.finished)
        #expect(!report.events.isEmpty, "events should fire in this game")
        #expect(report.years.map(\.year) == log.years.map(\.year))
        let allClosed = report.years.allSatisfy(\.closed)
        #expect(allClosed)
        #expect(report.years.last?.end == YearSnapshot(game))
        for year in report.years {
            #expect(year.trustChange == year.end.groupTrust - year.start.groupTrust)
            // Each event that fired is told in the story of its own year.
            for event in report.events where event.year == year.year {
                #expect(
                    year.story.contains { $0.contains(event.title) }, "\(event.id) in \(year.year)")
            }
        }
        #expect(report.streets.map(\.openings).reduce(0, +) == game.state.openings.count)
        #expect(
            report.streets.map(\.breaches).reduce(0, +)
                == game.state.openings.filter(\.breach).count)
        #expect(report.events.count == game.state.fired.reduce(0, +))
        #expect(report.actions.count == setup.actions.count)
        #expect(report.scores.map(\.score) == (0..<roles).map { game.score(of: $0) })
        #expect(report.shared.score == game.sharedScore)
        #expect(
            report.couplings.filter { $0.status == .made }.count
                == game.state.couplingMade.filter { $0 }.count)
        let kept = report.promises.map(\.kept).reduce(0, +)
        #expect(kept == game.state.commitments.filter { $0.kept == true }.count)
        #expect(report.trustAtEnd.groupTrust == game.groupTrust)
    }

    @Test("an unfinished game is reported as far as it went")
    func unfinished() throws {
        var setup = try DebriefReportTests.passiveSetup()
        setup.actions = Array(setup.actions.prefix(9))
        let report = DebriefReport(setup: setup, language: .en, counterfactual: false)
        #expect(!report.finished)
        #expect(report.actionCount == 9)
        #expect(report.years.last?.closed == false)
        #expect(report.ending.contains("not finished"))
    }
}
