import GameRules

/// How cooperative players weigh couplings in a game whose plans become fixed
/// (*vastgesteld*): a coupling of plans not yet fixed costs nothing extra, so they make it
/// in the year the plans are aligned; once a plan of theirs is fixed, they couple it only
/// when their part of the coupling's saving is at least the surcharge they would pay.
enum PlanFixingPolicy {
    /// What `role` would pay to couple `coupling` now, as the view shows it.
    static func surcharge(_ coupling: Int, role: Int, spec: GameSpec, view: RoleView) -> Double {
        guard let late = spec.planFixing?.lateCouplingSurcharge, late > 0 else { return 0 }
        // Counted in place: a filtered array per coupling and decision cost more, and a copy
        // of the coupling (its texts and effects) to read one field.
        let projects = spec.projects
        let couplings = spec.couplings
        let fixed = couplings[coupling].projects.reduce(0) { count, project in
            let counts =
                projects[project].owner == role && view.projects[project].phase == .planned
                && view.projects[project].fixedSince != nil
            return counts ? count + 1 : count
        }
        return late * Double(fixed)
    }

    /// Whether coupling `coupling` is still worth it to `role`: its surcharge is no more than
    /// what it saves, its part of the saving (by the cost of its own projects in the
    /// coupling) and the money a shared trench gives back on its own digging projects.
    static func worthCoupling(_ coupling: Int, role: Int, spec: GameSpec, view: RoleView) -> Bool {
        let due = surcharge(coupling, role: role, spec: spec, view: view)
        guard due > 0 else { return true }
        let projects = spec.projects
        let couplings = spec.couplings
        // Summed in the projects' order, as the sums of filtered lists were.
        var total = 0.0
        var own = 0.0
        var digging = 0.0
        couplings[coupling].projects.forEach { project in
            let cost = projects[project].cost
            total += cost
            guard projects[project].owner == role else { return }
            own += cost
            if projects[project].digs { digging += cost }
        }
        let part = total > 0 ? couplings[coupling].saving * own / total : 0
        return due <= part + digging * spec.digging.sharedOpeningSaving + 0.000_001
    }
}
