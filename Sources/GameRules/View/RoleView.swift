/// What one role may see of the game, decided in this one place; the facilitator sees all.
///
/// Its fields live behind one reference, copied on the first change (as `Array` does): a copy
/// of a view, which bots and tables pass around, retains one object instead of every array.
public struct RoleView: Hashable, Sendable, Codable, CustomReflectable {
    /// The one reference the fields live behind.
    @usableFromInline var box: RoleViewBox

    /// A view with `fields`.
    init(_ fields: RoleViewFields) { box = RoleViewBox(fields) }

    /// Makes the box this view's own before a change.
    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = RoleViewBox(box.fields) }
    }

    /// The role looking, or nil for the facilitator.
    @inlinable public var viewer: Int? {
        _read { yield box.fields.viewer }
        _modify {
            makeUnique()
            yield &box.fields.viewer
        }
    }
    /// The current round (index).
    @inlinable public var round: Int {
        _read { yield box.fields.round }
        _modify {
            makeUnique()
            yield &box.fields.round
        }
    }
    /// The current phase (index).
    @inlinable public var phase: Int {
        _read { yield box.fields.phase }
        _modify {
            makeUnique()
            yield &box.fields.phase
        }
    }
    /// The role whose turn it is.
    @inlinable public var activeRole: Int? {
        _read { yield box.fields.activeRole }
        _modify {
            makeUnique()
            yield &box.fields.activeRole
        }
    }
    /// The current collaboration form and the one agreed for next round.
    @inlinable public var form: Int {
        _read { yield box.fields.form }
        _modify {
            makeUnique()
            yield &box.fields.form
        }
    }
    /// The form agreed for the next round, if any.
    @inlinable public var pendingForm: Int? {
        _read { yield box.fields.pendingForm }
        _modify {
            makeUnique()
            yield &box.fields.pendingForm
        }
    }
    /// Whether the facilitator paused the game.
    @inlinable public var paused: Bool {
        _read { yield box.fields.paused }
        _modify {
            makeUnique()
            yield &box.fields.paused
        }
    }
    /// How the game ended, once it has.
    @inlinable public var outcome: Outcome? {
        _read { yield box.fields.outcome }
        _modify {
            makeUnique()
            yield &box.fields.outcome
        }
    }
    /// Budgets: the viewer's own (all for the facilitator); nil where hidden.
    @inlinable public var budgets: [Double?] {
        _read { yield box.fields.budgets }
        _modify {
            makeUnique()
            yield &box.fields.budgets
        }
    }
    /// Fund balances (public).
    @inlinable public var funds: [Double] {
        _read { yield box.fields.funds }
        _modify {
            makeUnique()
            yield &box.fields.funds
        }
    }
    /// Trust: the viewer's own row and others' trust in the viewer; nil where hidden.
    @inlinable public var trust: [[Double?]] {
        _read { yield box.fields.trust }
        _modify {
            makeUnique()
            yield &box.fields.trust
        }
    }
    /// The group trust (public).
    @inlinable public var groupTrust: Double {
        _read { yield box.fields.groupTrust }
        _modify {
            makeUnique()
            yield &box.fields.groupTrust
        }
    }
    /// Variables (public).
    @inlinable public var variables: [Double] {
        _read { yield box.fields.variables }
        _modify {
            makeUnique()
            yield &box.fields.variables
        }
    }
    /// Nuisance per district (public).
    @inlinable public var nuisance: [Double] {
        _read { yield box.fields.nuisance }
        _modify {
            makeUnique()
            yield &box.fields.nuisance
        }
    }
    /// Used underground slots per district (public).
    @inlinable public var slotsUsed: [Int] {
        _read { yield box.fields.slotsUsed }
        _modify {
            makeUnique()
            yield &box.fields.slotsUsed
        }
    }
    /// Projects as the viewer sees them.
    @inlinable public var projects: [ProjectView] {
        _read { yield box.fields.projects }
        _modify {
            makeUnique()
            yield &box.fields.projects
        }
    }
    /// Which roles shared their plans this round.
    @inlinable public var shared: [Bool] {
        _read { yield box.fields.shared }
        _modify {
            makeUnique()
            yield &box.fields.shared
        }
    }
    /// Proposals on the table (public).
    @inlinable public var proposals: [Proposal] {
        _read { yield box.fields.proposals }
        _modify {
            makeUnique()
            yield &box.fields.proposals
        }
    }
    /// Commitments (public).
    @inlinable public var commitments: [Commitment] {
        _read { yield box.fields.commitments }
        _modify {
            makeUnique()
            yield &box.fields.commitments
        }
    }
    /// Dilemmas as the viewer sees them.
    @inlinable public var dilemmas: [DilemmaView] {
        _read { yield box.fields.dilemmas }
        _modify {
            makeUnique()
            yield &box.fields.dilemmas
        }
    }
    /// How often each event fired (public).
    @inlinable public var fired: [Int] {
        _read { yield box.fields.fired }
        _modify {
            makeUnique()
            yield &box.fields.fired
        }
    }
    /// Street openings so far (public).
    @inlinable public var openings: [Opening] {
        _read { yield box.fields.openings }
        _modify {
            makeUnique()
            yield &box.fields.openings
        }
    }
    /// Couplings made and missed (public).
    @inlinable public var couplingMade: [Bool] {
        _read { yield box.fields.couplingMade }
        _modify {
            makeUnique()
            yield &box.fields.couplingMade
        }
    }
    /// Couplings missed (public).
    @inlinable public var couplingMissed: [Bool] {
        _read { yield box.fields.couplingMissed }
        _modify {
            makeUnique()
            yield &box.fields.couplingMissed
        }
    }
    /// Agreed couplings waiting for their round (public).
    @inlinable public var couplingAgreed: [Bool] {
        _read { yield box.fields.couplingAgreed }
        _modify {
            makeUnique()
            yield &box.fields.couplingAgreed
        }
    }
    /// Agreed joint projects (public).
    @inlinable public var jointAgreed: [Bool] {
        _read { yield box.fields.jointAgreed }
        _modify {
            makeUnique()
            yield &box.fields.jointAgreed
        }
    }
    /// Goals reached: the viewer's own (all for the facilitator); nil where hidden.
    @inlinable public var goalsReached: [[Bool]?] {
        _read { yield box.fields.goalsReached }
        _modify {
            makeUnique()
            yield &box.fields.goalsReached
        }
    }
    /// Shared goals reached (public).
    @inlinable public var sharedGoalsReached: [Bool] {
        _read { yield box.fields.sharedGoalsReached }
        _modify {
            makeUnique()
            yield &box.fields.sharedGoalsReached
        }
    }
    /// Which roles said ready in this phase (public).
    @inlinable public var ready: [Bool] {
        _read { yield box.fields.ready }
        _modify {
            makeUnique()
            yield &box.fields.ready
        }
    }
    /// Per role, the goals (indices) of it that meetings revealed to the viewer (to the
    /// facilitator: to anyone); nil in a game without meetings.
    @inlinable public var knownGoals: [[Int]]? {
        _read { yield box.fields.knownGoals }
        _modify {
            makeUnique()
            yield &box.fields.knownGoals
        }
    }
    /// Everything that happened in public so far, with rounds, oldest first: the game's
    /// own history, shared and not copied. It is left out of the view's JSON (a client that
    /// wants it is sent the new entries only, as the bot protocol does).
    @inlinable public var history: [HistoryEntry] {
        _read { yield box.fields.history }
        _modify {
            makeUnique()
            yield &box.fields.history
        }
    }
    /// The agreement (index) in force, if any (public).
    @inlinable public var agreement: Int? {
        _read { yield box.fields.agreement }
        _modify {
            makeUnique()
            yield &box.fields.agreement
        }
    }
    /// The round (index) it was signed in (public).
    @inlinable public var agreementRound: Int? {
        _read { yield box.fields.agreementRound }
        _modify {
            makeUnique()
            yield &box.fields.agreementRound
        }
    }
    /// True while the independent process coordinator is at work, else nil (public).
    @inlinable public var coordinator: Bool? {
        _read { yield box.fields.coordinator }
        _modify {
            makeUnique()
            yield &box.fields.coordinator
        }
    }
    /// Per role, the money still earmarked this year: the viewer's own (all for the
    /// facilitator); nil where hidden, and nil as a whole in a game without earmarks.
    @inlinable public var earmarked: [Double?]? {
        _read { yield box.fields.earmarked }
        _modify {
            makeUnique()
            yield &box.fields.earmarked
        }
    }
    /// The joint programme once started: its commitments and this year's account (public);
    /// nil before and in games without one.
    @inlinable public var programme: ProgrammeState? {
        _read { yield box.fields.programme }
        _modify {
            makeUnique()
            yield &box.fields.programme
        }
    }

    /// Views are equal when every field is.
    public static func == (lhs: RoleView, rhs: RoleView) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    /// Reads a view's JSON (every field but `history`).
    public init(from decoder: any Decoder) throws { self.init(try RoleViewFields(from: decoder)) }

    /// The fields, as a debugger and a failed test show them.
    public var customMirror: Mirror { Mirror(reflecting: box.fields) }

    /// Writes the view's JSON (every field but `history`).
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }
}

extension RoleView {
    /// A view of nothing, for `Game.updateView(_:for:)` to fill.
    static let blank = RoleView(
        RoleViewFields(
            viewer: nil, round: 0, phase: 0, activeRole: nil, form: 0, pendingForm: nil,
            paused: false, outcome: nil, budgets: [], funds: [], trust: [], groupTrust: 0,
            variables: [], nuisance: [], slotsUsed: [], projects: [], shared: [], proposals: [],
            commitments: [], dilemmas: [], fired: [], openings: [], couplingMade: [],
            couplingMissed: [], couplingAgreed: [], jointAgreed: [], goalsReached: [],
            sharedGoalsReached: [], ready: []))
}

extension RoleView {
    /// Empties every field the view shares with the game's state (its arrays are the
    /// state's own), so that a view kept for `Game.updateView(_:for:)` makes the game copy
    /// nothing when it changes; the update fills them again.
    public mutating func dropSharedState() {
        makeUnique()
        box.fields.dropSharedState()
    }
}
