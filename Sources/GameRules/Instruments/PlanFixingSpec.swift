/// Plans that become fixed (*vastgesteld*, the projectopdracht as "scharnier", seed 003):
/// some years before a project starts its plan is adopted in its owner's own budget cycle;
/// from then on it cannot be moved or dropped, and coupling it costs a surcharge.
public struct PlanFixingSpec: Hashable, Sendable, Codable {
    /// How many years before its start year a plan is fixed: at the review of the year
    /// `fixedBefore` years before the start (1: at the review of the year before).
    public var fixedBefore: Int
    /// What coupling a fixed plan costs its owner, once per fixed project in the coupling,
    /// paid when the coupling is agreed.
    public var lateCouplingSurcharge: Double = 0

    /// Creates the rule: plans fixed `fixedBefore` years before they start.
    public init(fixedBefore: Int, lateCouplingSurcharge: Double = 0) {
        self.fixedBefore = fixedBefore
        self.lateCouplingSurcharge = lateCouplingSurcharge
    }

    /// The round (index) at whose review a plan to start in `start` is fixed.
    public func fixingRound(forStart start: Int) -> Int { start - fixedBefore }
}
