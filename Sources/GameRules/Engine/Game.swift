/// A game in play: the rules (`spec`) and where the game stands (`state`).
///
/// The only way to change a game is `apply(_:)`, which either returns what happened or a
/// rejection and leaves the game untouched. Copies are cheap, so strategies may search
/// by copying.
public struct Game: Hashable, Sendable, Codable {
    /// The most proposals one role may make in one phase.
    public static let proposalLimit = 3
    /// The most actions (besides `ready`) one role may take in one phase.
    public static let actionLimit = 40
    /// How many rounds past the current one a bot's candidate plans reach.
    public static let planAhead = 2

    /// The rules of this game, shared by every copy (a spec is one reference, copied on
    /// change): copying a game copies only its state. Stored, so that reading it through a
    /// pointer to a game reads one field instead of copying the game.
    public let spec: GameSpec
    /// Where the game stands, behind one reference shared by copies until one of them
    /// changes it (copied on the first change, as `Array` does): a copy of a game, which
    /// every decision makes, retains one object instead of every array of the state.
    @inlinable public internal(set) var state: GameState {
        // Inlinable, so that a read from another module borrows the one field it reads
        // (through the accessor it copied the whole state, every array of it).
        _read { yield box.state }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = GameStateBox(box.state) }
            yield &box.state
        }
    }
    /// The one reference the state lives behind.
    @usableFromInline var box: GameStateBox

    /// A game of `spec` standing at `state`, its set-up having told `openingEvents`.
    init(spec: GameSpec, state: GameState, openingEvents: [ToldEvent]) {
        self.spec = spec
        self.box = GameStateBox(state)
        self.openingEvents = openingEvents
    }

    /// Starts a game of `spec` with `seed`, running the automatic phases up to the first
    /// phase in which roles act. The events told on the way are in `openingEvents`.
    public init(spec: GameSpec, seed: UInt64) {
        self.spec = spec
        self.box = GameStateBox(GameState(spec: spec, seed: seed))
        var told: [ToldEvent] = [ToldEvent(.roundStarted(round: 0))]
        enterPhase(&told)
        openingEvents = told
        recordHistory(told, round: 0)
    }

    /// What was told while the game set itself up to the first interactive phase.
    public internal(set) var openingEvents: [ToldEvent] = []

    /// Whether the game records its public history and tells its events: false in a copy
    /// that only looks ahead (`lookAheadOnly()`). Neither encoded nor compared.
    public internal(set) var keepsRecords = true

    /// The current phase.
    public var phase: PhaseSpec {
        // Lent, not copied: rule checks read one field of it for every action they check.
        _read { yield spec.phases[state.phase] }
    }

    /// The calendar year of the current round.
    public var currentYear: Int { spec.firstYear + state.round }

    /// Whether the game is over.
    public var isOver: Bool { state.outcome != nil }

    /// The roles in this round's turn order (it rotates by one every round).
    public var turnOrder: [Int] {
        let count = spec.roles.count
        return (0..<count).map { (state.round + $0) % count }
    }

    /// The role whose turn it is, or nil outside interactive phases and after the end.
    public var activeRole: Int? {
        guard !isOver, spec.phases[state.phase].kind.isInteractive else { return nil }
        // The first role in `turnOrder` that is not ready, without building the array:
        // this runs in every check, so it must not allocate.
        // One division, not one per role.
        let count = spec.roles.count
        guard count > 0 else { return nil }
        let first = state.round % count
        for role in first..<count where !state.ready[role] { return role }
        for role in 0..<first where !state.ready[role] { return role }
        return nil
    }

    /// Whether `role` may act now: in a secret phase every role that is not yet ready may
    /// (at once, each on its own device; one keyboard still goes round in `turnOrder`), in an
    /// open phase only the role whose turn it is.
    public func mayAct(_ role: Int) -> Bool {
        if spec.phases[state.phase].secret {
            // Any role not yet ready: then some role is, so the phase has an active role.
            return !isOver && spec.phases[state.phase].kind.isInteractive
                && spec.roles.indices.contains(role) && !state.ready[role]
        }
        return activeRole == role
    }

    /// Applies an action: the events it caused, or why it was refused (the game unchanged).
    public mutating func apply(_ action: Action) -> Result<[ToldEvent], Rejection> {
        var told: [ToldEvent] = []
        if let rejection = apply(action, into: &told) { return .failure(rejection) }
        return .success(told)
    }

    /// Applies an action, writing the events it caused into `told` (emptied first, its
    /// storage kept: a caller that applies many actions through one buffer allocates it
    /// once); or why it was refused, the game and `told` unchanged.
    public mutating func apply(_ action: Action, into told: inout [ToldEvent]) -> Rejection? {
        if let rejection = check(action) { return rejection }
        applyAccepted(action, into: &told)
        return nil
    }

    /// Applies an action the rules accept now (`check(action) == nil`) without checking it
    /// again, for a driver that already has the rules' word for it (a bot's decision that
    /// checked the action it returns, on this very game). Debug builds check it anyway.
    package mutating func applyAccepted(_ action: Action, into told: inout [ToldEvent]) {
        assert(check(action) == nil, "applyAccepted: the rules refuse \(action)")
        // `check` passed, so `perform` cannot fail: it runs in place (copying the whole
        // game first made every action retain and release every array of it).
        // Emptied only when it holds events: a game that only looks ahead tells none, and
        // emptying an empty buffer still went through the array's general replacement.
        if !told.isEmpty { told.removeAll(keepingCapacity: true) }
        // One buffer for the events of a whole cascade of phases (growing it one doubling
        // at a time copied every event told so far): room for a year's end at once.
        told.reserveCapacity(64)
        let round = state.round
        perform(action, &told)
        recordHistory(told, round: round)
    }

    /// Tells `event`: appends it to `told`, unless this game only looks ahead
    /// (`lookAheadOnly()`), whose events nobody reads (they are not even made then).
    @inline(__always)
    func tell(_ event: @autoclosure () -> ToldEvent, _ told: inout [ToldEvent]) {
        if keepsRecords { told.append(event()) }
    }

    /// Why `action` would be refused now, or nil if it is allowed.
    public func check(_ action: Action) -> Rejection? {
        guard case .facilitator(let intervention) = action else {
            return checkRoleAction(action)
        }
        return checkFacilitator(intervention)
    }

    private mutating func perform(_ action: Action, _ told: inout [ToldEvent]) {
        if let role = action.role, action != .ready(role: role) {
            state.actionsThisPhase[role] += 1
        }
        switch action {
        case .plan(let role, let project, let round): plan(role, project, round, &told)
        case .unplan(let role, let project): unplan(role, project, &told)
        case .contribute(let role, let fund, let amount): contribute(role, fund, amount, &told)
        case .transfer(let role, let to, let amount): transfer(role, to, amount, &told)
        case .share(let role): share(role, &told)
        case .propose(let role, let kind): propose(role, kind, &told)
        case .respond(let role, let proposal, let accept): respond(role, proposal, accept, &told)
        case .commit(let role, let project): commit(role, project, &told)
        case .choose(let role, let dilemma, let option): choose(role, dilemma, option, &told)
        case .ready(let role): markReady(role, &told)
        case .meet(let role, let other): meet(role, other, &told)
        case .shareProject(let role, let project): shareProject(role, project, &told)
        case .facilitator(let intervention): intervene(intervention, &told)
        }
    }

    /// Marks `role` done; when everyone is, the roles that owe an answer to a proposal made
    /// after they were done get one more turn, and otherwise the phase ends.
    private mutating func markReady(_ role: Int, _ told: inout [ToldEvent]) {
        state.ready[role] = true
        tell(ToldEvent(.ready(role: role)), &told)
        guard state.ready.allSatisfy({ $0 }) else { return }
        guard state.answerDue.contains(true) else { return finishPhase(&told) }
        for other in spec.roles.indices where state.answerDue[other] {
            state.ready[other] = false
            state.answerDue[other] = false
        }
    }
}
