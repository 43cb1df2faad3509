/// Why an action was refused: a stable id for the interface, and the typed values involved.
///
/// The state is untouched whenever a rejection is returned.
public struct Rejection: Error, Hashable, Sendable, Codable {
    /// The stable reasons an action can be refused.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        case gameOver = "game-over"
        case paused = "paused"
        case wrongPhase = "wrong-phase"
        case notYourTurn = "not-your-turn"
        case unknownRole = "unknown-role"
        case unknownProject = "unknown-project"
        case unknownFund = "unknown-fund"
        case unknownDilemma = "unknown-dilemma"
        case unknownOption = "unknown-option"
        case unknownProposal = "unknown-proposal"
        case unknownEvent = "unknown-event"
        case unknownForm = "unknown-form"
        case unknownCoupling = "unknown-coupling"
        case unknownVariable = "unknown-variable"
        case notOwner = "not-owner"
        case alreadyPlanned = "already-planned"
        case notPlanned = "not-planned"
        case alreadyStarted = "already-started"
        case tooEarly = "too-early"
        case tooLate = "too-late"
        case roundInPast = "round-in-past"
        case preconditionUnmet = "precondition-unmet"
        case overBudget = "over-budget"
        case noUndergroundSpace = "no-underground-space"
        case invalidAmount = "invalid-amount"
        case sameRole = "same-role"
        case notMember = "not-member"
        case alreadyShared = "already-shared"
        case trustTooLow = "trust-too-low"
        case notConcerned = "not-concerned"
        case alreadyAnswered = "already-answered"
        case ownProposal = "own-proposal"
        case tooManyProposals = "too-many-proposals"
        case duplicateProposal = "duplicate-proposal"
        case alreadyInForm = "already-in-form"
        case notJoint = "not-joint"
        case alreadyCommitted = "already-committed"
        case commitmentsOff = "commitments-off"
        case beyondHorizon = "beyond-horizon"
        case dilemmaClosed = "dilemma-closed"
        case notChooser = "not-chooser"
        case alreadyChosen = "already-chosen"
        case pickedUp = "picked-up"
        case actionLimit = "action-limit"
        case notAllowedInForm = "not-allowed-in-form"
        case alreadyReady = "already-ready"
        case fundTooSmall = "fund-too-small"
        case nonFiniteAmount = "non-finite-amount"
        case unknownAgreement = "unknown-agreement"
        case alreadyAgreed = "already-agreed"
        case agreementFirst = "agreement-first"
        case noCoordinator = "no-coordinator"
        case coordinatorHired = "coordinator-hired"
        case meetingOff = "meeting-off"
        case alreadyMet = "already-met"
        case projectSharingOff = "project-sharing-off"
        case projectShared = "project-shared"
        case earmarkedMoney = "earmarked-money"
        case planFixed = "plan-fixed"
        case noProgramme = "no-programme"
        case programmeStarted = "programme-started"
        case programmeNotStarted = "programme-not-started"
        case beyondProgramme = "beyond-programme"
        case alreadyProgrammed = "already-programmed"
    }

    /// Why.
    public var reason: Reason
    /// The values the explanation names, in order; always `reason.arity` of them.
    public var values: RejectionValues

    /// Creates a rejection with exactly the values its reason names.
    public init(_ reason: Reason, values: RejectionValues) {
        assert(values.count == reason.arity, "\(reason) names \(reason.arity) values")
        self.reason = reason
        self.values = values
    }

    /// A rejection for a reason that names no value.
    public init(_ reason: Reason) {
        self.init(reason, values: RejectionValues())
    }

    /// A rejection for a reason that names one value.
    public init(_ reason: Reason, _ a: RejectionValue) {
        self.init(reason, values: RejectionValues(a))
    }

    /// A rejection for a reason that names two values.
    public init(_ reason: Reason, _ a: RejectionValue, _ b: RejectionValue) {
        self.init(reason, values: RejectionValues(a, b))
    }

    /// A rejection for a reason that names three values.
    public init(_ reason: Reason, _ a: RejectionValue, _ b: RejectionValue, _ c: RejectionValue) {
        self.init(reason, values: RejectionValues(a, b, c))
    }

    /// A rejection for a reason that names four values.
    public init(
        _ reason: Reason, _ a: RejectionValue, _ b: RejectionValue, _ c: RejectionValue,
        _ d: RejectionValue
    ) {
        self.init(reason, values: RejectionValues(a, b, c, d))
    }

    /// The stable id, such as `over-budget`.
    public var id: String { reason.rawValue }
}

extension Rejection.Reason {
    /// How many values a refusal for this reason names.
    public var arity: Int {
        switch self {
        case .gameOver, .paused, .sameRole, .alreadyShared, .ownProposal, .duplicateProposal,
            .commitmentsOff, .notAllowedInForm, .alreadyReady, .noCoordinator, .coordinatorHired,
            .meetingOff, .projectSharingOff:
            0
        case .noProgramme, .programmeStarted, .programmeNotStarted:
            0
        case .wrongPhase, .notYourTurn, .unknownRole, .unknownProject, .unknownFund,
            .unknownDilemma, .unknownProposal, .unknownEvent, .unknownForm, .unknownCoupling,
            .unknownVariable, .notPlanned, .alreadyStarted, .roundInPast, .noUndergroundSpace,
            .invalidAmount, .notMember, .notConcerned, .alreadyAnswered, .tooManyProposals,
            .alreadyInForm, .notJoint, .alreadyCommitted, .dilemmaClosed, .notChooser,
            .alreadyChosen, .pickedUp, .actionLimit, .nonFiniteAmount, .unknownAgreement,
            .alreadyAgreed, .agreementFirst, .alreadyMet, .projectShared:
            1
        case .unknownOption, .notOwner, .alreadyPlanned, .tooEarly, .tooLate, .preconditionUnmet,
            .trustTooLow, .beyondHorizon, .fundTooSmall:
            2
        case .beyondProgramme, .alreadyProgrammed:
            2
        case .earmarkedMoney:
            3
        case .overBudget:
            4
        case .planFixed:
            4
        }
    }
}
