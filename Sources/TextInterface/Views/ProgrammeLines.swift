import GameRules

/// The lines about the joint programme (the tactical frame): on the wall and in the status,
/// its commitments with their years; in the status, the viewer's own; in the year summary,
/// what it cost and which commitments were kept or dropped. None in a game without one.
enum ProgrammeLines {
    /// The programme and every open commitment in it, for the wall and the facilitator.
    static func wall(_ c: ViewContext, _ programme: ProgrammeState?) -> [String] {
        guard let rules = c.spec.programme else { return [] }
        guard let programme else {
            return Format.hang(c.text("programme.not-started", rules.name))
        }
        var lines = Format.hang(
            c.text(
                "programme.line", rules.name, c.year(programme.since),
                Format.number(rules.cost), "\(rules.horizon)"))
        let open = programme.entries.filter { $0.kept == nil }
        if open.isEmpty { lines.append("  " + c.text("programme.empty")) }
        for entry in open { lines += Format.hang("  " + commitment(c, entry)) }
        return lines
    }

    /// The status lines: the programme, and the commitments of couplings the viewer has a
    /// project in (all of them for the facilitator).
    static func status(_ c: ViewContext) -> [String] {
        guard let viewer = c.viewer else { return wall(c, c.view.programme) }
        guard let rules = c.spec.programme else { return [] }
        guard let programme = c.view.programme else {
            return Format.hang(c.text("programme.not-started", rules.name))
        }
        let own = programme.entries.filter { entry in
            entry.kept == nil
                && c.spec.couplings[entry.coupling].projects.contains {
                    c.spec.projects[$0].owner == viewer
                }
        }
        guard !own.isEmpty else {
            return Format.hang(c.text("status.programme-none", rules.name))
        }
        let listed = own.map { commitment(c, $0) }.joined(separator: "; ")
        return Format.hang(c.text("status.programme", rules.name, listed))
    }

    /// The year summary's line: what the programme cost this year, and which commitments
    /// were kept or dropped.
    static func summary(_ c: ViewContext, _ snapshot: YearSnapshot) -> [String] {
        guard let programme = snapshot.programme, let rules = c.spec.programme else { return [] }
        let names = { (couplings: [Int]) -> String in
            couplings.isEmpty
                ? "-"
                : couplings.map { c.spec.couplings[$0].name }.joined(
                    separator: ", ")
        }
        return Format.hang(
            c.text(
                "summary.programme", rules.name, Format.number(programme.paid),
                names(programme.kept), names(programme.dropped)))
    }

    /// One commitment: the coupling, its year, and since when it is in the programme.
    private static func commitment(_ c: ViewContext, _ entry: ProgrammeEntry) -> String {
        c.text(
            "programme.commitment", c.spec.couplings[entry.coupling].name, c.year(entry.round),
            c.year(entry.since))
    }
}
