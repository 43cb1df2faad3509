import GameRules

/// How cooperative players weigh couplings in a game whose plans become fixed
/// (*vastgesteld*): a coupling of plans not yet fixed costs nothing extra, so they make it
/// in the year the plans are aligned; once a plan of theirs is fixed, they couple it only
/// when their part of the coupling's saving is at least the surcharge they would pay.
enum PlanFixingPolicy {
    /// What `role` would pay to couple `coupling` now, as the view shows it.
    static func surcharge(_ coupling: Int, role: Int, spec: GameSpec, view: RoleView) -> Double {
        guard let rules = spec.planFixing, rules.lateCouplingSurcharge > 0 else { return 0 }
        let fixed = spec.couplings[coupling].projects.filter {
            spec.projects[$0].owner == role && view.projects[$0].phase == .planned
                && view.projects[$0].fixedSince != nil
        }
        return rules.lateCouplingSurcharge * Double(fixed.count)
    }

    /// Whether coupling `coupling` is still worth it to `role`: its surcharge is no more than
    /// what it saves, its part of the saving (by the cost of its own projects in the
    /// coupling) and the money a shared trench gives back on its own digging projects.
    static func worthCoupling(_ coupling: Int, role: Int, spec: GameSpec, view: RoleView) -> Bool {
        let due = surcharge(coupling, role: role, spec: spec, view: view)
        guard due > 0 else { return true }
        let projects = spec.couplings[coupling].projects
        let total = projects.reduce(0) { $0 + spec.projects[$1].cost }
        let own = projects.filter { spec.projects[$0].owner == role }.reduce(0) {
            $0 + spec.projects[$1].cost
        }
        let digging = projects.filter {
            spec.projects[$0].owner == role && spec.projects[$0].digs
        }.reduce(0) { $0 + spec.projects[$1].cost }
        let part = total > 0 ? spec.couplings[coupling].saving * own / total : 0
        return due <= part + digging * spec.digging.sharedOpeningSaving + 0.000_001
    }
}
