/// A complete, validated game: everything the rules need, with every name resolved to an index.
///
/// `GameDefinition` builds it from a TOML file; the engine never sees text it must parse.
///
/// Its fields live behind one reference, copied on the first change (as `Array` does): a
/// copy of a spec, which strategies make at every decision, retains one object instead of
/// every array of the game.
public struct GameSpec: Hashable, Sendable, Codable {
    /// The fields, shared between copies until one of them changes. The accessors are
    /// inlinable, so that a read from another module (a bot's) borrows the one element it
    /// reads instead of calling the accessor and copying the element out of its array.
    @usableFromInline var box: Box

    /// The game's title.
    @inlinable public var title: String {
        _read { yield box.fields.title }
        _modify {
            makeUnique()
            yield &box.fields.title
        }
    }
    /// The language of the players' texts (`nl` or `en`).
    @inlinable public var language: String {
        _read { yield box.fields.language }
        _modify {
            makeUnique()
            yield &box.fields.language
        }
    }
    /// The calendar year of the first round.
    @inlinable public var firstYear: Int {
        _read { yield box.fields.firstYear }
        _modify {
            makeUnique()
            yield &box.fields.firstYear
        }
    }
    /// The number of rounds (years).
    @inlinable public var rounds: Int {
        _read { yield box.fields.rounds }
        _modify {
            makeUnique()
            yield &box.fields.rounds
        }
    }
    /// The phases of every round, in order.
    @inlinable public var phases: [PhaseSpec] {
        _read { yield box.fields.phases }
        _modify {
            makeUnique()
            yield &box.fields.phases
        }
    }
    /// The roles (two to eight).
    @inlinable public var roles: [RoleSpec] {
        _read { yield box.fields.roles }
        _modify {
            makeUnique()
            yield &box.fields.roles
        }
    }
    /// The shared funds.
    @inlinable public var funds: [FundSpec] {
        _read { yield box.fields.funds }
        _modify {
            makeUnique()
            yield &box.fields.funds
        }
    }
    /// How trust starts, changes and drifts.
    @inlinable public var trust: TrustSpec {
        _read { yield box.fields.trust }
        _modify {
            makeUnique()
            yield &box.fields.trust
        }
    }
    /// The districts of the neighbourhood.
    @inlinable public var districts: [DistrictSpec] {
        _read { yield box.fields.districts }
        _modify {
            makeUnique()
            yield &box.fields.districts
        }
    }
    /// Every variable, district and global, in index order.
    @inlinable public var variables: [VariableSpec] {
        _read { yield box.fields.variables }
        _modify {
            makeUnique()
            yield &box.fields.variables
        }
    }
    /// Named values shown on the score board.
    @inlinable public var indicators: [IndicatorSpec] {
        _read { yield box.fields.indicators }
        _modify {
            makeUnique()
            yield &box.fields.indicators
        }
    }
    /// The projects roles can plan.
    @inlinable public var projects: [ProjectSpec] {
        _read { yield box.fields.projects }
        _modify {
            makeUnique()
            yield &box.fields.projects
            box.owned = Box.owned(box.fields.projects)
        }
    }
    /// Declared coupling opportunities (koppelkansen).
    @inlinable public var couplings: [CouplingSpec] {
        _read { yield box.fields.couplings }
        _modify {
            makeUnique()
            yield &box.fields.couplings
        }
    }
    /// Openings, shared digging and graafrust.
    @inlinable public var digging: DiggingSpec {
        _read { yield box.fields.digging }
        _modify {
            makeUnique()
            yield &box.fields.digging
        }
    }
    /// How kept and broken commitments move trust.
    @inlinable public var commitments: CommitmentSpec {
        _read { yield box.fields.commitments }
        _modify {
            makeUnique()
            yield &box.fields.commitments
        }
    }
    /// Choice cards.
    @inlinable public var dilemmas: [DilemmaSpec] {
        _read { yield box.fields.dilemmas }
        _modify {
            makeUnique()
            yield &box.fields.dilemmas
        }
    }
    /// Scheduled, conditional and random events.
    @inlinable public var events: [EventSpec] {
        _read { yield box.fields.events }
        _modify {
            makeUnique()
            yield &box.fields.events
        }
    }
    /// The collaboration forms, lowest first.
    @inlinable public var forms: [FormSpec] {
        _read { yield box.fields.forms }
        _modify {
            makeUnique()
            yield &box.fields.forms
        }
    }
    /// The form the game starts in.
    @inlinable public var startForm: Int {
        _read { yield box.fields.startForm }
        _modify {
            makeUnique()
            yield &box.fields.startForm
        }
    }
    /// The shared goals (social value).
    @inlinable public var sharedGoals: [GoalSpec] {
        _read { yield box.fields.sharedGoals }
        _modify {
            makeUnique()
            yield &box.fields.sharedGoals
        }
    }
    /// When this holds at a review, everyone loses and the game ends.
    @inlinable public var collectiveLoss: Expression? {
        _read { yield box.fields.collectiveLoss }
        _modify {
            makeUnique()
            yield &box.fields.collectiveLoss
        }
    }
    /// When this holds at a review, the game ends early.
    @inlinable public var endWhen: Expression? {
        _read { yield box.fields.endWhen }
        _modify {
            makeUnique()
            yield &box.fields.endWhen
        }
    }
    /// Whether budgets may go below zero.
    @inlinable public var allowDebt: Bool {
        _read { yield box.fields.allowDebt }
        _modify {
            makeUnique()
            yield &box.fields.allowDebt
        }
    }
    /// Questions for the debrief at the end.
    @inlinable public var reflection: [String] {
        _read { yield box.fields.reflection }
        _modify {
            makeUnique()
            yield &box.fields.reflection
        }
    }
    /// A question asked at the review of a given round (index), if any.
    @inlinable public var roundQuestions: [RoundQuestion] {
        _read { yield box.fields.roundQuestions }
        _modify {
            makeUnique()
            yield &box.fields.roundQuestions
        }
    }
    /// The amounts offered to bots for contributions and transfers.
    @inlinable public var moneySteps: [Int] {
        _read { yield box.fields.moneySteps }
        _modify {
            makeUnique()
            yield &box.fields.moneySteps
        }
    }
    /// What happened in the neighbourhood before the game, told at the start and in the
    /// briefing (`history`); empty when the game tells none.
    @inlinable public var history: String {
        _read { yield box.fields.history }
        _modify {
            makeUnique()
            yield &box.fields.history
        }
    }
    /// The agreements the table can sign (intentieverklaring, convenant), lowest first.
    @inlinable public var agreements: [AgreementSpec] {
        _read { yield box.fields.agreements }
        _modify {
            makeUnique()
            yield &box.fields.agreements
        }
    }
    /// The independent process coordinator the table can hire, if the game has one.
    @inlinable public var coordinator: CoordinatorSpec? {
        _read { yield box.fields.coordinator }
        _modify {
            makeUnique()
            yield &box.fields.coordinator
        }
    }

    /// When plans become fixed and what coupling a fixed plan costs, if the game says so.
    @inlinable public var planFixing: PlanFixingSpec? {
        _read { yield box.fields.planFixing }
        _modify {
            makeUnique()
            yield &box.fields.planFixing
        }
    }

    /// The joint programme (tactical frame) the table can start, if the game has one.
    @inlinable public var programme: ProgrammeSpec? {
        _read { yield box.fields.programme }
        _modify {
            makeUnique()
            yield &box.fields.programme
        }
    }

    /// Creates a game with sensible defaults; `GameDefinition` fills it in.
    public init(
        title: String, language: String = "nl", firstYear: Int = 2025, rounds: Int,
        phases: [PhaseSpec] = PhaseSpec.standard, roles: [RoleSpec], funds: [FundSpec] = [],
        trust: TrustSpec = TrustSpec(), districts: [DistrictSpec] = [],
        variables: [VariableSpec] = [], indicators: [IndicatorSpec] = [],
        projects: [ProjectSpec] = [], couplings: [CouplingSpec] = [],
        digging: DiggingSpec = DiggingSpec(), commitments: CommitmentSpec = CommitmentSpec(),
        dilemmas: [DilemmaSpec] = [], events: [EventSpec] = [], forms: [FormSpec] = [FormSpec.solo],
        startForm: Int = 0, sharedGoals: [GoalSpec] = [], collectiveLoss: Expression? = nil,
        endWhen: Expression? = nil, allowDebt: Bool = false, reflection: [String] = [],
        roundQuestions: [RoundQuestion] = [], moneySteps: [Int] = [5, 10, 20]
    ) {
        box = Box(
            Fields(
                title: title, language: language, firstYear: firstYear, rounds: rounds,
                phases: phases, roles: roles, funds: funds, trust: trust, districts: districts,
                variables: variables, indicators: indicators, projects: projects,
                couplings: couplings, digging: digging, commitments: commitments,
                dilemmas: dilemmas, events: events, forms: forms, startForm: startForm,
                sharedGoals: sharedGoals, collectiveLoss: collectiveLoss, endWhen: endWhen,
                allowDebt: allowDebt, reflection: reflection, roundQuestions: roundQuestions,
                moneySteps: moneySteps))
    }

    /// The projects `role` owns (indices, in order), kept with the projects.
    public func ownedProjects(of role: Int) -> [Int] {
        box.owned.indices.contains(role) ? box.owned[role] : []
    }

    /// Gives this copy fields of its own before a change.
    @usableFromInline mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    public static func == (lhs: GameSpec, rhs: GameSpec) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    /// Reads a spec written by `encode(to:)`: the fields, as keys of one object.
    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    /// Writes the fields as keys of one object.
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

    /// Every field of a spec.
    @usableFromInline struct Fields: Hashable, Sendable, Codable {
        /// The game's title.
        @usableFromInline var title: String
        /// The language of the players' texts (`nl` or `en`).
        @usableFromInline var language: String
        /// The calendar year of the first round.
        @usableFromInline var firstYear: Int
        /// The number of rounds (years).
        @usableFromInline var rounds: Int
        /// The phases of every round, in order.
        @usableFromInline var phases: [PhaseSpec]
        /// The roles (two to eight).
        @usableFromInline var roles: [RoleSpec]
        /// The shared funds.
        @usableFromInline var funds: [FundSpec]
        /// How trust starts, changes and drifts.
        @usableFromInline var trust: TrustSpec
        /// The districts of the neighbourhood.
        @usableFromInline var districts: [DistrictSpec]
        /// Every variable, district and global, in index order.
        @usableFromInline var variables: [VariableSpec]
        /// Named values shown on the score board.
        @usableFromInline var indicators: [IndicatorSpec]
        /// The projects roles can plan.
        @usableFromInline var projects: [ProjectSpec]
        /// Declared coupling opportunities (koppelkansen).
        @usableFromInline var couplings: [CouplingSpec]
        /// Openings, shared digging and graafrust.
        @usableFromInline var digging: DiggingSpec
        /// How kept and broken commitments move trust.
        @usableFromInline var commitments: CommitmentSpec
        /// Choice cards.
        @usableFromInline var dilemmas: [DilemmaSpec]
        /// Scheduled, conditional and random events.
        @usableFromInline var events: [EventSpec]
        /// The collaboration forms, lowest first.
        @usableFromInline var forms: [FormSpec]
        /// The form the game starts in.
        @usableFromInline var startForm: Int
        /// The shared goals (social value).
        @usableFromInline var sharedGoals: [GoalSpec]
        /// When this holds at a review, everyone loses and the game ends.
        @usableFromInline var collectiveLoss: Expression?
        /// When this holds at a review, the game ends early.
        @usableFromInline var endWhen: Expression?
        /// Whether budgets may go below zero.
        @usableFromInline var allowDebt: Bool
        /// Questions for the debrief at the end.
        @usableFromInline var reflection: [String]
        /// A question asked at the review of a given round (index), if any.
        @usableFromInline var roundQuestions: [RoundQuestion]
        /// The amounts offered to bots for contributions and transfers.
        @usableFromInline var moneySteps: [Int]
        @usableFromInline var history = ""
        @usableFromInline var agreements: [AgreementSpec] = []
        @usableFromInline var coordinator: CoordinatorSpec? = nil
        @usableFromInline var planFixing: PlanFixingSpec? = nil
        @usableFromInline var programme: ProgrammeSpec? = nil
    }

    /// The one reference the fields live behind.
    @usableFromInline final class Box: @unchecked Sendable {
        // @unchecked, and no exclusivity checks: `fields` changes only through
        // `makeUnique()`, on a box no other copy of the spec shares, so no two accesses
        // ever overlap (and reading a field, done constantly, costs no check).
        @exclusivity(unchecked) @usableFromInline var fields: Fields
        /// Per role, its projects (indices, in order), made from `fields` whenever the
        /// projects change: the candidate actions walk a role's projects at every decision.
        @exclusivity(unchecked) @usableFromInline var owned: [[Int]]

        @usableFromInline init(_ fields: Fields) {
            self.fields = fields
            self.owned = Box.owned(fields.projects)
        }

        /// Per role (up to the highest owner), the projects it owns.
        @usableFromInline static func owned(_ projects: [ProjectSpec]) -> [[Int]] {
            var owned: [[Int]] = []
            for index in projects.indices where projects[index].owner >= 0 {
                let owner = projects[index].owner
                while owned.count <= owner { owned.append([]) }
                owned[owner].append(index)
            }
            return owned
        }
    }
}
