import TestSupport
import Testing

@testable import GameRules

/// The candidate actions counted and made from their places, and the state shared between
/// copies of a game, give what the plain computation gives at every step of random games.
@Suite("Candidates by place and the shared state equal the plain computation")
struct CandidateActionsTests {
    /// The test game, with its agreements and coordinator, with its programme, and with
    /// meetings and shared plans: every segment of the candidates is somewhere non-empty.
    static var specs: [GameSpec] {
        var acquainted = ProgrammeGame.spec
        acquainted.trust.meet = 2
        acquainted.trust.shareProject = 1
        return [TestGame.spec, InstrumentGame.spec, ProgrammeGame.spec, acquainted]
    }

    /// Random games of every spec: `body` sees the game before each action, which is then
    /// applied. Mostly acting, sometimes passing, so that games reach their later rounds.
    static func randomGames(_ body: (Game, Action) -> Void) {
        let games = TestScale.count(quick: 4, full: 60)
        for spec in specs {
            for seed in UInt64(1)...UInt64(games) {
                var game = Game(spec: spec, seed: seed)
                var chooser = SeededGenerator(seed: seed &* 7919)
                var steps = 0
                while let role = game.activeRole, steps < 400 {
                    let legal = game.legalActions(for: role)
                    let action =
                        chooser.below(4) == 0
                        ? .ready(role: role) : legal[chooser.below(legal.count)]
                    body(game, action)
                    _ = game.apply(action)
                    steps += 1
                }
            }
        }
    }

    /// Every candidate made from its place, and their count, are exactly the list made at
    /// once, for every role (those who may not act have none).
    @Test func candidatesByPlaceAreTheList() {
        var listed = 0
        var segments: Set<String> = []
        Self.randomGames { game, _ in
            for role in game.spec.roles.indices {
                let candidates = game.candidateActions(for: role)
                let byPlace = candidates.indices.map { candidates[$0] }
                let list = game.candidateList(for: role)
                #expect(byPlace == list)
                #expect(Array(candidates) == list)
                listed += list.count
                for action in list { segments.insert(Self.segment(of: action)) }
            }
        }
        #expect(listed > 10_000)
        #expect(
            segments == [
                "ready", "plan", "unplan", "commit", "contribute", "transfer", "share", "meet",
                "shareProject", "respond", "choose", "coupling", "jointProject", "form",
                "fundSpending", "agreement", "coordinator", "programme", "programmeCoupling",
            ])
    }

    /// The name of the segment `action` belongs to.
    static func segment(of action: Action) -> String {
        switch action {
        case .ready: "ready"
        case .plan: "plan"
        case .unplan: "unplan"
        case .commit: "commit"
        case .contribute: "contribute"
        case .transfer: "transfer"
        case .share: "share"
        case .meet: "meet"
        case .shareProject: "shareProject"
        case .respond: "respond"
        case .choose: "choose"
        case .propose(_, let kind):
            switch kind {
            case .coupling: "coupling"
            case .jointProject: "jointProject"
            case .form: "form"
            case .fundSpending: "fundSpending"
            case .agreement: "agreement"
            case .coordinator: "coordinator"
            case .programme: "programme"
            case .programmeCoupling: "programmeCoupling"
            }
        case .facilitator: "facilitator"
        }
    }

    /// The projects kept per owner are the projects whose owner a role is, also after the
    /// projects of a spec (or of a copy of it) change.
    @Test func ownedProjectsFollowTheProjects() {
        var specs = Self.specs
        var changed = ProgrammeGame.spec
        let original = changed
        changed.projects[0].owner = 2
        changed.projects.append(changed.projects[1])
        specs.append(changed)
        for spec in specs + [original] {
            for role in -1...spec.roles.count {
                let plain = spec.projects.indices.filter { spec.projects[$0].owner == role }
                #expect(spec.ownedProjects(of: role) == plain)
            }
        }
        #expect(changed.ownedProjects(of: 2) != original.ownedProjects(of: 2))
    }

    /// A copy of a game keeps its state while the game plays on, and the game plays on
    /// exactly as a copy made from its state alone would.
    @Test func copiesShareTheStateUntilOneChanges() {
        var changed = 0
        Self.randomGames { game, action in
            let kept = game
            let keptState = game.state
            var played = game
            let told = try? played.apply(action).get()
            #expect(kept.state == keptState)
            #expect(kept == game)
            var fresh = Game(
                spec: game.spec, state: game.state, openingEvents: game.openingEvents)
            let freshTold = try? fresh.apply(action).get()
            #expect(freshTold == told)
            #expect(fresh == played)
            if played.state != keptState { changed += 1 }
        }
        #expect(changed > 1_000)
    }
}
