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
    /// The game as it stands, held by the decision: a method called on this stored field
    /// runs on it in place. (A method called through a pointer to the runner's game copied
    /// the whole game, every array of its state, at each call; so did one called on a game
    /// in a class instance shared with the runner. Holding it costs one copy of its
    /// references per decision.)
    private let game: Game
    private let cache = LegalActionCache()

    /// Creates the decision of `role` in `game`, whose turn it must be.
    public init(game: Game, role: Int) {
        self.game = game
        self.role = role
    }

    /// The decision of `role` in `game` that builds its view, when asked for, by updating
    /// `earlier`, a view an earlier decision of the table left (`viewToKeep`).
    init(game: Game, role: Int, reusing earlier: consuming RoleView?) {
        self.init(game: game, role: role)
        cache.earlier = earlier
    }

    /// Every action the role may take now; never empty (`ready` is always there).
    public var legalActions: [Action] {
        if let legal = cache.legal { return legal }
        let legal = game.legalActions(for: role)
        cache.legal = legal
        return legal
    }

    /// A legal action chosen uniformly at random, found by sampling the unchecked
    /// candidates and checking the pick (exactly uniform, and cheaper than listing all).
    public func randomLegalAction(using random: inout SeededGenerator) -> Action {
        if let legal = cache.legal { return vouch(legal[random.below(legal.count)]) }
        let candidates = game.candidateActions(for: role)
        guard !candidates.isEmpty else { return .ready(role: role) }
        for _ in 0..<16 {
            let pick = candidates[random.below(candidates.count)]
            // A candidate of the list came with the turn: only its own rules are asked.
            if acceptsCandidate(pick) { return vouch(pick) }
        }
        let legal = legalActions
        return vouch(legal[random.below(legal.count)])
    }

    /// Notes that the rules accept `action` now (the last action found legal), and returns it.
    @discardableResult private func vouch(_ action: Action) -> Action {
        cache.vouched = action
        return action
    }

    /// Whether this decision found `action` legal last: the table then applies it without
    /// checking it again, on the game the decision was made in.
    func vouches(for action: Action) -> Bool {
        cache.vouched == action
    }

    /// The first open dilemma in which the role may choose now: the dilemma of the first
    /// `choose` among `legalActions`, found by checking the open dilemmas' options alone
    /// (listing every legal action cost search rollouts a third of their time).
    var pendingDilemma: Int? {
        if let legal = cache.legal {
            for case .choose(_, let dilemma, _) in legal { return dilemma }
            return nil
        }
        guard mayTakeAction else { return nil }
        for dilemma in game.spec.dilemmas.indices where game.state.dilemmas[dilemma].isOpen {
            for option in game.spec.dilemmas[dilemma].options.indices
            where isLegalCandidate(.choose(role: role, dilemma: dilemma, option: option)) {
                return dilemma
            }
        }
        return nil
    }

    /// The public rules of the game.
    public var spec: GameSpec { game.spec }

    /// What the role may see now (built on first use, then kept: the game does not move
    /// while the strategy decides).
    public var view: RoleView {
        if let view = cache.view { return view }
        // Taken out of the cache, so that the view's arrays are written in place.
        if var view = cache.earlier.take() {
            game.updateView(&view, for: role)
            cache.view = view
            return view
        }
        let view = game.view(for: role)
        cache.view = view
        return view
    }

    /// The view to hand to the next decision of the table (`init(game:role:reusing:)`),
    /// taken out of this one: the view built, or else the one it was given, without what
    /// it shares with the game's state.
    func viewToKeep() -> RoleView? {
        guard var view = cache.view.take() ?? cache.earlier.take() else { return nil }
        view.dropSharedState()
        return view
    }

    /// Everything that happened in public so far, with rounds, oldest first (the same as
    /// `view.history`, without building the rest of the view; shared, never copied).
    public var history: [HistoryEntry] { game.state.history }

    /// The current round (index).
    public var round: Int { game.state.round }

    /// The kind of the current phase.
    public var phaseKind: PhaseSpec.Kind { game.spec.phases[game.state.phase].kind }

    /// A copy of the game with what the role cannot see replaced by guesses, for lookahead.
    public func sample(seed: UInt64) -> Game {
        game.determinized(for: role, seed: seed)
    }

    /// `sample(seed:)` as a copy that only looks ahead (no history, no year summaries), for
    /// a lookahead that only plays on and values the result (never a strategy that reads
    /// the history).
    func lookahead(seed: UInt64) -> Game {
        var game = sample(seed: seed)
        game.lookAheadOnly()
        return game
    }

    /// Whether the precondition of `project` (public rules) holds now; true without one.
    func preconditionHolds(_ project: Int) -> Bool {
        game.spec.projects[project].precondition?.isTrue(in: game) ?? true
    }

    /// The number of the first proposal the role may accept now: that of the first
    /// `respond(accept: true)` among `legalActions`, found by checking only the open proposals.
    public var firstAcceptableProposal: Int? { firstAnswerable(accept: true) }

    /// The number of the first proposal the role may refuse now: that of the first
    /// `respond(accept: false)` among `legalActions`, found by checking only the open proposals.
    public var firstRefusableProposal: Int? { firstAnswerable(accept: false) }

    /// The number of the first open proposal the role may answer with `accept`.
    private func firstAnswerable(accept: Bool) -> Int? {
        if let legal = cache.legal {
            for case .respond(_, let number, accept) in legal { return number }
            return nil
        }
        guard mayTakeAction else { return nil }
        // The proposals read in place (enumerating them copied each one).
        let proposals = game.state.proposals
        for index in proposals.indices where proposals[index].accepted == nil {
            let answer = Action.respond(role: role, proposal: index + 1, accept: accept)
            if isLegalCandidate(answer) {
                vouch(answer)
                return index + 1
            }
        }
        return nil
    }

    /// Whether `action`, one of the role's candidate actions (`Game.candidateActions(for:)`),
    /// is legal: a candidate is legal exactly when the rules accept it, so it is checked
    /// alone, without listing the legal actions.
    public func allowsCandidate(_ action: Action) -> Bool {
        guard isLegalCandidate(action) else { return false }
        vouch(action)
        return true
    }

    /// Whether `action` is a candidate of the role that the rules accept: the turn, the
    /// pause and the action limit are asked once per decision (`mayTakeAction`), then the
    /// action's shape and its own rules.
    private func isLegalCandidate(_ action: Action) -> Bool {
        guard action.role == role else { return false }
        if case .ready = action { return game.isCandidate(action) }
        guard mayTakeAction, game.hasCandidateShape(action) else { return false }
        return acceptsCandidate(action)
    }

    /// Whether the rules accept `action`, one of the role's candidates now (the turn and the
    /// shape already known), keeping what the role planned this round for the next plan.
    private func acceptsCandidate(_ action: Action) -> Bool {
        // Through a local: an inout access to the cache's field is checked at run time.
        var plannedNow = cache.plannedNow
        defer { cache.plannedNow = plannedNow }
        return game.isLegal(candidate: action, of: role, plannedNow: &plannedNow)
    }

    /// Whether the role may take an action other than `ready` now (asked once).
    private var mayTakeAction: Bool {
        if let may = cache.mayTakeAction { return may }
        let may = game.mayTakeAction(role)
        cache.mayTakeAction = may
        return may
    }

    /// Whether `action` is among the legal actions: looked up in them once they are listed,
    /// else checked alone (a candidate is legal exactly when the rules accept it), so that a
    /// bot that asks about a few actions does not list them all.
    public func allows(_ action: Action) -> Bool {
        guard isListedOrLegal(action) else { return false }
        vouch(action)
        return true
    }

    /// `allows` without noting the action as the last one found legal.
    private func isListedOrLegal(_ action: Action) -> Bool {
        guard let legal = cache.legal else { return isLegalCandidate(action) }
        // A long list is searched through a set, made once: planners ask about many plans.
        guard legal.count > 32 else { return legal.contains(action) }
        switch action {
        case .plan, .unplan:
            // Plans, the most asked about, are flags in a flat array rather than hashed.
            if let planning = cache.planning { return planning.contains(action) }
            let planning = PlanningMoves(
                legal, role: role, projects: game.spec.projects.count, rounds: game.spec.rounds)
            cache.planning = planning
            return planning.contains(action)
        default:
            break
        }
        if let set = cache.set { return set.contains(action) }
        let set = Set(legal)
        cache.set = set
        return set.contains(action)
    }
}

/// The legal actions and the view of a decision, each made once when first asked for.
private final class LegalActionCache {
    var legal: [Action]?
    /// The same actions as a set, made on the first `allows` of a long list.
    var set: Set<Action>?
    /// The plans and unplans among the actions, made on the first `allows` of a plan.
    var planning: PlanningMoves?
    /// The role's view, built on first use.
    var view: RoleView?
    /// What the role planned this round, summed on the first plan `allows` checks alone.
    var plannedNow: Double?
    /// Whether the role may take an action other than `ready`, asked on first use.
    var mayTakeAction: Bool?
    /// A view of an earlier decision, updated in place to build `view`.
    var earlier: RoleView?
    /// The last action found legal (`allows`, `randomLegalAction`).
    var vouched: Action?
}
