/// Why an action was refused: a stable id for the interface, and the names involved.
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
        case actionLimit = "action-limit"
        case notAllowedInForm = "not-allowed-in-form"
        case alreadyReady = "already-ready"
        case fundTooSmall = "fund-too-small"
        case nonFiniteAmount = "non-finite-amount"
    }

    /// Why.
    public var reason: Reason
    /// The ids or numbers the explanation names, in order.
    public var arguments: [String]

    /// Creates a rejection.
    public init(_ reason: Reason, _ arguments: [String] = []) {
        self.reason = reason
        self.arguments = arguments
    }

    /// The stable id, such as `over-budget`.
    public var id: String { reason.rawValue }
}
