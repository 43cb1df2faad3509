/// What a reflection question is about, recognised from its words.
public enum DebriefTopic: String, Hashable, Sendable, CaseIterable {
    /// Trust: when it grew and when it collapsed.
    case trust
    /// Coupling chances made and missed.
    case couplings
    /// Hot potatoes: dilemmas left undecided.
    case hotPotatoes
    /// The collaboration form.
    case form
    /// Sharing plans.
    case sharing
    /// Promises kept and broken.
    case promises
    /// Digging, nuisance and graafrust.
    case streets
    /// Scores and goals.
    case scores
}
