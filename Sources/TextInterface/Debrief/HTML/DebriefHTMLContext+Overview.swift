extension DebriefHTMLContext {
    /// The key numbers and who sat at the table.
    func overview() -> [Markup] {
        let made = report.couplings.filter { $0.status == .made }.count
        let missed = report.couplings.filter { $0.status == .missed }.count
        let keys: [(String, String)] = [
            (number(report.shared.score), text("debrief.html.key.shared")),
            (
                number(report.trustAtStart.groupTrust) + " → "
                    + number(report.trustAtEnd.groupTrust),
                text("debrief.html.key.trust")
            ),
            (String(made), text("debrief.html.key.couplings", String(missed))),
            (
                number(report.couplingSaved),
                text("debrief.html.key.saved", number(report.couplingForgone))
            ),
        ]
        let boxes = Markup.node(
            "div", [("class", "keys")],
            keys.map { value, label in
                .node(
                    "div", [("class", "key")],
                    [.node("strong", text: value), .node("span", text: label)])
            })
        let seats = HTMLTable(
            headings: [
                text("debrief.html.role"), text("debrief.html.seat"), text("debrief.html.score"),
            ],
            rows: report.roles.enumerated().map { index, role in
                let score = report.scores.first { $0.role == index }?.score
                return [role.name, role.seat, score.map(number) ?? "–"]
            },
            numeric: [2])
        var parts = [boxes]
        if let plays = report.counterfactual?.plays, !plays.isEmpty {
            let line = plays.map { $0.name + " " + number($0.sharedScore) }.joined(separator: "; ")
            parts.append(
                .node(
                    "p", [("class", "lead")],
                    [
                        .text(text("debrief.html.key.counterfactual", line) + " "),
                        .node("a", [("href", "#tegenfeitelijk")], text: text("debrief.html.more")),
                    ]))
        }
        return parts + [seats.markup]
    }
}
