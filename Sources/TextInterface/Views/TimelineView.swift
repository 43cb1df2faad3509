import GameRules

/// `tijdlijn`: per district and year, when the street was or will be open.
///
/// `#` an opening that happened (`!` during graafrust), `o` a visible plan that digs,
/// `r` graafrust, `.` nothing.
enum TimelineView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        let years = (0..<spec.rounds).map { c.year($0) }
        var lines = [c.heading(c.text("timeline.title"))]
        lines.append(
            Format.pad("", 12) + years.map { Format.right(String($0.suffix(2)), 4) }.joined())
        for district in spec.districts.indices {
            var row = Format.column(spec.districts[district].id, 12)
            for round in 0..<spec.rounds {
                row += Format.right(mark(c, district, round), 4)
            }
            lines.append(row)
        }
        lines.append(c.text("timeline.legend"))
        return lines
    }

    private static func mark(_ c: ViewContext, _ district: Int, _ round: Int) -> String {
        if let opening = c.view.openings.first(where: {
            $0.district == district && $0.round == round
        }) {
            return opening.breach ? "!" : "#"
        }
        let planned = c.view.projects.indices.contains { index in
            let rules = c.spec.projects[index]
            let view = c.view.projects[index]
            guard rules.digs, rules.district == district, view.phase == .planned,
                let start = view.plannedRound
            else {
                return false
            }
            return round >= start && round < start + max(1, rules.duration)
        }
        if planned { return "o" }
        return isResting(c, district, round) ? "r" : "."
    }

    /// Whether graafrust holds in `district` in `round`: within the graafrust years after the
    /// last year of some digging work there that is done.
    private static func isResting(_ c: ViewContext, _ district: Int, _ round: Int) -> Bool {
        let rest = c.spec.digging.graafrustRounds
        return c.spec.projects.indices.contains { index in
            let rules = c.spec.projects[index]
            let status = c.game.state.projects[index]
            guard rules.digs, rules.district == district, status.phase == .done,
                let start = status.startedRound
            else { return false }
            let last = start + max(1, rules.duration) - 1
            return round > last && round <= last + rest
        }
    }
}
