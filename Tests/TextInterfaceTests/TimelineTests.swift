import GameRules
import Testing

@testable import TextInterface

/// The street timeline: graafrust marks stay where they were after the street reopens.
@Suite("The street timeline")
struct TimelineTests {
    @Test func graafrustMarksStayAfterAReopening() throws {
        let session = try Fixtures.session()
        let spec = session.game.spec
        let laadpalen = try #require(spec.projects.firstIndex { $0.id == "laadpalen_zuid" })
        let riool = try #require(spec.projects.firstIndex { $0.id == "riool_zuid" })
        var steps = 0
        while session.game.currentYear < 2031, !session.game.isOver, steps < 2000 {
            steps += 1
            if session.yearEnd != nil {
                _ = session.handle("/verder")
                continue
            }
            if session.awaitingHandoff != nil {
                _ = session.handle("")
                continue
            }
            let role = session.game.activeRole
            let state = session.game.state
            if role == spec.projects[laadpalen].owner, state.round == 0,
                state.projects[laadpalen].phase == .idle
            {
                _ = session.handle("plan laadpalen_zuid 2026")
            } else if role == spec.projects[riool].owner, state.round == 1,
                state.projects[riool].phase == .idle
            {
                _ = session.handle("plan riool_zuid 2028")
            } else {
                _ = session.handle("klaar")
            }
        }
        #expect(session.game.currentYear >= 2031 || session.game.isOver)
        let rows = TimelineView.render(session.context(viewer: nil))
        let zuid = try #require(rows.first { $0.hasPrefix("zuid") })
        let marks = zuid.dropFirst(12).split(separator: " ").map(String.init)
        #expect(Array(marks.prefix(6)) == ["#", "r", "!", "#", "r", "r"], "\(zuid)")
    }
}
