/// Something that happened, told to the players; the engine's only output besides the state.
///
/// Indices refer to the game's spec. The text interface turns each into a sentence.
public enum GameEvent: Hashable, Sendable, Codable {
    case roundStarted(round: Int)
    case phaseStarted(phase: Int)
    case income(role: Int, amount: Double)
    /// Earmarked money the role did not spend on its kind lapsed at the end of the year.
    case earmarkLapsed(role: Int, amount: Double)
    /// `role` paid `amount` to reopen its fixed plans for an agreed coupling.
    case lateCouplingSurcharge(coupling: Int, role: Int, amount: Double)
    case eventFired(event: Int)
    case planned(role: Int, project: Int, round: Int)
    case unplanned(role: Int, project: Int)
    case contributed(role: Int, fund: Int, amount: Int)
    case transferred(role: Int, to: Int, amount: Int)
    case shared(role: Int)
    case proposed(proposal: Int)
    case responded(role: Int, proposal: Int, accept: Bool)
    case proposalAccepted(proposal: Int)
    case proposalRejected(proposal: Int)
    case committed(role: Int, project: Int, round: Int)
    case commitmentKept(role: Int, project: Int)
    case commitmentBroken(role: Int, project: Int)
    case chose(role: Int, dilemma: Int)
    case dilemmaOpened(dilemma: Int)
    case dilemmaDecided(dilemma: Int, choices: [Int])
    case dilemmaDefaulted(dilemma: Int)
    case dilemmaOutcome(dilemma: Int, outcome: Int)
    case ready(role: Int)
    /// `role` met `with` on purpose; both gained `trust` in each other.
    case met(role: Int, with: Int, trust: Double)
    /// A meeting showed `role` a goal (index) of `of` (told to `role` alone).
    case goalRevealed(role: Int, of: Int, goal: Int)
    /// `role` showed the plan of `project` to the table.
    case planShared(role: Int, project: Int, round: Int)
    /// `role` moved or dropped the plan of `project` after showing it: others trust it less.
    case sharedPlanChanged(role: Int, project: Int)
    case projectStarted(project: Int, paid: [Double])
    // The three cases with large payloads are boxed (`indirect`): inline, they made every
    // event 176 bytes instead of 34 (a told event, copied, stored and appended, 193 not 57).
    indirect case projectCouldNotStart(project: Int, reason: Rejection)
    /// A planned project that can no longer start was taken off its owner's schedule.
    indirect case planDropped(project: Int, reason: Rejection)
    case projectCompleted(project: Int)
    case projectFailed(project: Int)
    case deadlineMissed(project: Int)
    case streetOpened(district: Int, projects: [Int])
    case openingShared(district: Int, saving: Double)
    case graafrustBreached(district: Int, project: Int)
    /// A coupling was made: what each of its projects' owners paid, and how much it saved
    /// against the works dug apart.
    case couplingMade(coupling: Int, paid: [Double], saved: Double)
    case couplingMissed(coupling: Int)
    case coordinatorPaid(amount: Double)
    case fundSpent(fund: Int, project: Int, amount: Double)
    /// The table signed an agreement; what each role paid of its fee.
    case agreementSigned(agreement: Int, paid: [Double])
    /// An agreement's term ended.
    case agreementLapsed(agreement: Int)
    /// A party broke a term of the agreement in force.
    case agreementBreached(role: Int, agreement: Int, term: AgreementTerm)
    /// The agreement in force kept the form from falling back on low trust.
    case formHeld(form: Int, agreement: Int)
    /// The independent process coordinator was hired.
    case coordinatorHired
    /// The process coordinator was paid: the amount, and how much of it came from its fund.
    case processCoordinatorPaid(amount: Double, fromFund: Double)
    /// The process coordinator gave an undecided dilemma (a hot potato) more time.
    case dilemmaExtended(dilemma: Int, deadline: Int)
    /// The table started the joint programme.
    case programmeStarted
    /// The joint programme was paid: the amount, and how much of it came from its fund.
    case programmePaid(amount: Double, fromFund: Double)
    /// A coupling was put in the joint programme for a round (index).
    case couplingProgrammed(coupling: Int, round: Int)
    /// A coupling in the programme was made; `bonus` went back to its owners for the early
    /// commitment (0 when it was not held long enough).
    case programmeKept(coupling: Int, bonus: Double)
    /// A coupling's commitment in the programme dropped; `roles` let it drop.
    case programmeDropped(coupling: Int, roles: [Int])
    case formChanged(form: Int)
    case formLost(form: Int)
    case goalReached(role: Int?, goal: Int)
    case question(text: String)
    case collectiveLoss
    case gameEnded
    case paused(Bool)
    case facilitatorAdjusted(FacilitatorAction)
    /// The review closed the year with these numbers (before the next year's income).
    indirect case yearReviewed(YearSnapshot)
    /// An effect changed a number (told to who may see it).
    case changed(StateChange)
}
