import Foundation
import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import TextInterface

/// The wall view shows public information only: over random mid-game states of every game
/// in `Games/`, with fresh secret plans, no plan that some role may not see appears on it.
@Suite("Wall view")
struct WallViewTests {
    /// Every game file in `Games/`.
    static let games: [String] = {
        let directory = Fixtures.root + "/Games"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { directory + "/" + $0 }
    }()

    @Test("no secret plan ever appears on the wall", arguments: games)
    func neverSecret(_ path: String) throws {
        let spec = try #require(GameDefinitionReader.read(contentsOf: path).spec)
        var checked = 0
        for seed in UInt64(1)...UInt64(TestScale.count(quick: 8, full: 24)) {
            var random = SeededGenerator(seed: seed &* 7919)
            var game = Game(spec: spec, seed: seed)
            let steps = random.below(400)
            for _ in 0..<steps { if !step(&game, &random) { break } }
            planSecretly(&game, &random)
            for language in Language.allCases {
                let wall = WallView.render(game, language: language)
                let words = Set(wall.flatMap(Self.words))
                for project in secretPlans(game) {
                    checked += 1
                    let id = spec.projects[project].id
                    #expect(
                        !words.contains(id),
                        "\(path) seed \(seed): secret plan \(id) on the wall:\n\(wall.joined(separator: "\n"))"
                    )
                }
            }
        }
        #expect(checked > 0, "the states should hold secret plans")
    }

    @Test("the wall is the same for the same game and language, and names the phase")
    func pure() throws {
        let game = try Fixtures.session().game
        #expect(WallView.render(game, language: .nl) == WallView.render(game, language: .nl))
        #expect(WallView.render(game, language: .en)[0].contains("Wall 2026 · planning"))
    }

    /// Plays one random legal action of the role at turn (mostly not `ready`); false at the end.
    private func step(_ game: inout Game, _ random: inout SeededGenerator) -> Bool {
        guard !game.isOver, let role = game.activeRole else { return false }
        let actions = game.legalActions(for: role)
        let busy = actions.filter { if case .ready = $0 { return false } else { return true } }
        let pool = !busy.isEmpty && random.chance(0.6) ? busy : actions
        guard !pool.isEmpty else { return false }
        _ = game.apply(pool[random.below(pool.count)])
        return true
    }

    /// The role at turn plans a few of its projects.
    private func planSecretly(_ game: inout Game, _ random: inout SeededGenerator) {
        guard !game.isOver, let role = game.activeRole else { return }
        for _ in 0..<3 {
            let plans = game.legalActions(for: role).filter {
                if case .plan = $0 { return true } else { return false }
            }
            guard !plans.isEmpty else { return }
            _ = game.apply(plans[random.below(plans.count)])
        }
    }

    /// Planned projects that some other role may not see, not promised in public and not
    /// named in an open proposal.
    private func secretPlans(_ game: Game) -> [Int] {
        game.spec.projects.indices.filter { project in
            guard game.state.projects[project].phase == .planned else { return false }
            let owner = game.spec.projects[project].owner
            let hidden = game.spec.roles.indices.contains {
                $0 != owner && !game.seesPlan(of: project, by: $0)
            }
            let promised = game.state.commitments.contains {
                $0.project == project && $0.kept == nil
            }
            let proposed = game.state.proposals.contains { proposal in
                switch proposal.kind {
                case .jointProject(let named), .fundSpending(_, let named, _):
                    return named == project
                default: return false
                }
            }
            return hidden && !promised && !proposed
        }
    }

    /// The words of a line, as ids are spelled.
    private static func words(_ line: String) -> [String] {
        line.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init)
    }
}
