import GameRules

/// `koppelingen`: every coupling chance with its projects and owners, what it saves, what it
/// needs (trust, timing) and its state, as the viewer may see it.
enum CouplingsView {
    /// Where a coupling chance stands.
    enum State: String, CaseIterable {
        /// Both projects can still be planned for one year and agreed.
        case open
        /// The owners agreed; it is made when both start in the planned year.
        case agreed
        /// The projects were carried out together.
        case made
        /// Both projects ran, apart.
        case missed
        /// A project started, failed or can no longer start in a year the other can.
        case impossible = "no-longer-possible"
    }

    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("couplings.title"))]
        guard !spec.couplings.isEmpty else { return lines + ["  " + c.text("couplings.none")] }
        let bonus = spec.forms[c.view.form].couplingBonus
        for (index, coupling) in spec.couplings.enumerated() {
            let state = self.state(c, index)
            lines += Format.wrap(
                c.style.bold(coupling.id)
                    + (coupling.name == coupling.id ? "" : "  " + coupling.name)
                    + "  ["
                    + c.text("couplings.state.\(state.rawValue)") + "]", indent: "  ")
            let projects = coupling.projects.map { project in
                let rules = spec.projects[project]
                let about = c.text("couplings.project", rules.id, c.role(rules.owner))
                guard c.view.projects[project].phase != .idle else { return about }
                return about + " (" + ProjectsView.status(c, project) + ")"
            }
            lines += Format.wrap(projects.joined(separator: "; "), indent: "    ")
            var saves = c.text("couplings.saves", Format.number(coupling.saving))
            if bonus > 0 {
                saves +=
                    " "
                    + c.text("couplings.bonus", Format.signed(bonus), spec.forms[c.view.form].name)
            }
            lines += Format.wrap(saves, indent: "    ")
            lines += Format.wrap(needs(c, coupling), indent: "    ")
        }
        lines += Format.wrap(c.text("couplings.how"))
        return lines
    }

    /// What the coupling needs: mutual trust of the owners and one start year for both.
    private static func needs(_ c: ViewContext, _ coupling: CouplingSpec) -> String {
        let threshold = Format.number(c.spec.trust.couplingThreshold)
        let owners = coupling.projects.map { c.spec.projects[$0].owner }
        var trust = c.text("couplings.needs-trust", threshold)
        if owners.count == 2, owners[0] != owners[1],
            let ab = c.view.trust[owners[0]][owners[1]], let ba = c.view.trust[owners[1]][owners[0]]
        {
            trust += " " + c.text("couplings.trust-now", Format.number(min(ab, ba)))
        }
        let timing: String
        if let window = window(c.spec, coupling) {
            timing = c.text(
                "couplings.needs-timing", c.year(window.lowerBound), c.year(window.upperBound))
        } else {
            timing = c.text("couplings.no-common-year")
        }
        return c.text("couplings.needs", trust, timing)
    }

    /// The years (round indices) in which both projects may start, if any.
    static func window(_ spec: GameSpec, _ coupling: CouplingSpec) -> ClosedRange<Int>? {
        var low = 0
        var high = spec.rounds - 1
        for project in coupling.projects {
            let rules = spec.projects[project]
            low = max(low, rules.earliestStart)
            high = min(high, rules.latestStart ?? spec.rounds - 1)
        }
        return low <= high ? low...high : nil
    }

    /// The state of coupling `index` from what the viewer may see.
    static func state(_ c: ViewContext, _ index: Int) -> State {
        let view = c.view
        if view.couplingMade[index] { return .made }
        if view.couplingMissed[index] { return .missed }
        if view.couplingAgreed[index] { return .agreed }
        let coupling = c.spec.couplings[index]
        let gone = coupling.projects.contains { project in
            let phase = view.projects[project].phase
            return phase == .running || phase == .done || phase == .failed
        }
        if gone { return .impossible }
        guard let window = window(c.spec, coupling), window.upperBound >= view.round else {
            return .impossible
        }
        return .open
    }
}
