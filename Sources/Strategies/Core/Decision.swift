import GameRules

/// One decision of one role: its view, its legal actions and the public rules.
///
/// The game itself stays private: a strategy reads `view` (what its role may see) and may
/// ask for `sample(seed:)`, a determinized copy in which hidden information is guessed,
/// to look ahead. The legal actions are listed on first use only. A decision is only
/// valid while the strategy makes it: the runner moves the game on afterwards.
public struct Decision {
    /// The role that decides.
    public let role: Int
    private let pointer: UnsafePointer<Game>
    private let storage: GameStorage?
    private let cache = LegalActionCache()

    /// Creates the decision of `role` in `game`, whose turn it must be.
    public init(game: Game, role: Int) {
        let storage = GameStorage(game)
        self.storage = storage
        self.pointer = UnsafePointer(storage.pointer)
        self.role = role
    }

    /// Creates the decision of `role` in the game at `pointer`, which the runner keeps alive
    /// and unchanged while the strategy decides (no copy of the game per decision).
    init(borrowing pointer: UnsafePointer<Game>, role: Int) {
        self.storage = nil
        self.pointer = pointer
        self.role = role
    }

    /// The game, borrowed in place for reading stored fields (`spec`, `state`).
    private var game: Game {
        unsafeAddress { pointer }
    }

    /// `body` with the game lent as a borrowed argument: a method called on it runs on the
    /// game in place. (A method called through the pointer copied the whole game first,
    /// every array of its state, at each call.)
    @inline(__always)
    private func lent<T>(_ body: (borrowing Game) -> T) -> T { body(pointer.pointee) }

    /// Every action the role may take now; never empty (`ready` is always there).
    public var legalActions: [Action] {
        if let legal = cache.legal { return legal }
        let legal = lent { $0.legalActions(for: role) }
        cache.legal = legal
        return legal
    }

    /// A legal action chosen uniformly at random, found by sampling the unchecked
    /// candidates and checking the pick (exactly uniform, and cheaper than listing all).
    public func randomLegalAction(using random: inout SeededGenerator) -> Action {
        if let legal = cache.legal { return legal[random.below(legal.count)] }
        let candidates = lent { $0.candidateActions(for: role) }
        guard !candidates.isEmpty else { return .ready(role: role) }
        for _ in 0..<16 {
            let pick = candidates[random.below(candidates.count)]
            if lent({ $0.check(pick) }) == nil { return pick }
        }
        let legal = legalActions
        return legal[random.below(legal.count)]
    }

    /// The first open dilemma in which the role may choose now: the dilemma of the first
    /// `choose` among `legalActions`, found by checking the open dilemmas' options alone
    /// (listing every legal action cost search rollouts a third of their time).
    var pendingDilemma: Int? {
        if let legal = cache.legal {
            for case .choose(_, let dilemma, _) in legal { return dilemma }
            return nil
        }
        let role = role
        return lent { game in
            for dilemma in game.spec.dilemmas.indices where game.state.dilemmas[dilemma].isOpen {
                for option in game.spec.dilemmas[dilemma].options.indices
                where game.check(.choose(role: role, dilemma: dilemma, option: option)) == nil {
                    return dilemma
                }
            }
            return nil
        }
    }

    /// The public rules of the game.
    public var spec: GameSpec {
        _read { yield game.spec }
    }

    /// What the role may see now (computed on each access: keep it in a local).
    public var view: RoleView { lent { $0.view(for: role) } }

    /// Everything that happened in public so far, with rounds, oldest first (the same as
    /// `view.history`, without building the rest of the view; shared, never copied).
    public var history: [HistoryEntry] { game.state.history }

    /// The current round (index).
    public var round: Int { game.state.round }

    /// The kind of the current phase.
    public var phaseKind: PhaseSpec.Kind { game.spec.phases[game.state.phase].kind }

    /// A copy of the game with what the role cannot see replaced by guesses, for lookahead.
    public func sample(seed: UInt64) -> Game {
        lent { $0.determinized(for: role, seed: seed) }
    }

    /// `sample(seed:)` without the public history of earlier rounds, for a lookahead that
    /// only plays on and values the result (never a strategy that reads the history).
    func lookahead(seed: UInt64) -> Game {
        var game = sample(seed: seed)
        game.forgetPastHistory()
        return game
    }

    /// Whether `action` is among the legal actions.
    public func allows(_ action: Action) -> Bool {
        legalActions.contains(action)
    }
}

/// A game owned by a decision made outside a runner.
private final class GameStorage {
    let pointer: UnsafeMutablePointer<Game>

    init(_ game: Game) {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: game)
    }

    deinit {
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }
}

/// The legal actions of a decision, listed once when first asked for.
private final class LegalActionCache {
    var legal: [Action]?
}
