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
        if let lapsed = snapshot.lapsed {
            let amounts = c.spec.roles.indices.filter { lapsed[$0] > 0.000_001 }.map {
                "\(c.role($0)) \(Format.number(lapsed[$0]))"
            }
            if !amounts.isEmpty {
                parts.append(c.text("summary.lapsed", amounts.joined(separator: ", ")))
            }
        }
        return parts.isEmpty ? [] : Format.hang(parts.joined(separator: " "))
    }

    /// The status lines about earmarked money: the viewer's own, or everyone's for the
    /// facilitator; none in a game without earmarks.
    static func earmarks(_ c: ViewContext) -> [String] {
        guard let earmarked = c.view.earmarked else { return [] }
        if let viewer = c.viewer {
            guard let earmark = c.spec.roles[viewer].earmark, let left = earmarked[viewer],
                left > 0 || earmark.amount(in: c.view.round) > 0
            else { return [] }
            let kind = earmark.kind
            return Format.hang(
                c.text(
                    "status.earmark", kind.rawValue, Format.number(left), c.year(c.view.round)))
        }
        let parts = c.spec.roles.indices.compactMap { role -> String? in
            guard let kind = c.spec.roles[role].earmark?.kind else { return nil }
            return
                "\(c.spec.roles[role].id) \(Format.number(earmarked[role] ?? 0)) (\(kind.rawValue))"
        }
        return Format.hang(c.text("status.earmarks", parts.joined(separator: ", ")))
    }
}
