import GameRules
import Testing

extension Game {
    /// Applies an action that must be accepted, recording a test issue if it is not.
    @discardableResult
    mutating func must(
        _ action: Action, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [ToldEvent] {
        switch apply(action) {
        case .success(let told): return told
        case .failure(let rejection):
            Issue.record(
                "refused \(action): \(rejection.id) \(rejection.values)",
                sourceLocation: sourceLocation)
            return []
        }
    }

    /// Asserts that an action is refused for `reason` and that the game stays exactly the same.
    mutating func refuses(
        _ action: Action, _ reason: Rejection.Reason,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let before = self
        switch apply(action) {
        case .success:
            Issue.record(
                "accepted \(action), expected \(reason.rawValue)", sourceLocation: sourceLocation)
        case .failure(let rejection):
            #expect(rejection.reason == reason, sourceLocation: sourceLocation)
        }
        #expect(self == before, "state changed by a refused action", sourceLocation: sourceLocation)
    }

    /// Every role still to act says ready, until the phase changes.
    @discardableResult
    mutating func everyoneReady() -> [ToldEvent] {
        let phase = state.phase
        let round = state.round
        var told: [ToldEvent] = []
        while let role = activeRole, state.phase == phase, state.round == round {
            told += must(.ready(role: role))
        }
        return told
    }

    /// The events of a list, without audiences.
    static func events(_ told: [ToldEvent]) -> [GameEvent] { told.map(\.event) }
}

/// Whether two amounts of money are equal to a cent.
func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.01 }
