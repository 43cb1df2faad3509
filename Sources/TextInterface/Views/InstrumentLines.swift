import GameRules

/// The lines that tell which agreement is in force and whether the process coordinator is
/// at work: for the status, the wall and the year summary.
enum InstrumentLines {
    /// The status lines: the agreement in force and the coordinator, if any.
    static func status(_ c: ViewContext, agreement: Int?, since round: Int?, coordinator: Bool)
        -> [String]
    {
        var lines: [String] = []
        if let agreement, c.spec.agreements.indices.contains(agreement) {
            let year = round.map(c.year) ?? "?"
            lines += Format.hang(
                c.text("status.agreement", c.spec.agreements[agreement].name, year))
        }
        if coordinator, let rules = c.spec.coordinator {
            lines += Format.hang(c.text("status.coordinator", rules.name))
            let candidates = c.game.couplingCandidates.map { c.spec.couplings[$0].name }
            if !candidates.isEmpty {
                lines += Format.hang(
                    c.text("coordinator.candidates", candidates.joined(separator: ", ")))
            }
        }
        return lines
    }

    /// The year summary's line about the agreement in force and the coordinator, if any.
    static func summary(_ c: ViewContext, _ snapshot: YearSnapshot) -> [String] {
        var parts: [String] = []
        if let agreement = snapshot.agreement, c.spec.agreements.indices.contains(agreement) {
            parts.append(c.text("summary.agreement", c.spec.agreements[agreement].name))
        }
        if snapshot.coordinator == true { parts.append(c.text("summary.coordinator")) }
        return parts.isEmpty ? [] : Format.hang(parts.joined(separator: " "))
    }
}
