extension DebriefHTMLContext {
    /// The same game played by bots: a table, a bar chart of the shared score, and the
    /// events that went differently.
    func counterfactual() -> [Markup] {
        guard let counterfactual = report.counterfactual, !counterfactual.plays.isEmpty else {
            return [paragraph(text("debrief.html.cf.none"), muted: true)]
        }
        let plays = counterfactual.plays
        let table = HTMLTable(
            headings: [
                text("debrief.html.play"), text("debrief.html.shared-score"),
                text("debrief.html.group-trust"), text("debrief.html.couplings-made"),
            ] + report.roles.map(\.name),
            rows: plays.map { play in
                [
                    play.name
                        + (play.finished ? "" : " (" + text("debrief.html.unfinished-play") + ")"),
                    number(play.sharedScore), number(play.groupTrust), String(play.couplingsMade),
                ] + report.roles.indices.map { Self.value(play.scores, $0).map(number) ?? "–" }
            },
            numeric: Set(1..<(4 + report.roles.count)),
            emphasised: Set(plays.indices.filter { plays[$0].kind == .table }))
        let caption = plays.map { $0.name + ": " + number($0.sharedScore) }.joined(separator: "; ")
        let chart = BarChart(
            id: "chart-counterfactual", title: text("debrief.html.cf.title"), description: caption,
            bars: plays.map {
                BarChart.Bar(label: $0.name, value: $0.sharedScore, highlighted: $0.kind == .table)
            })
        var parts: [Markup] = [
            paragraph(text("debrief.html.cf.intro")),
            figure(chart.svg, title: chart.title, caption: caption),
            table.markup,
            .node("h3", text: text("debrief.html.cf.differences")),
        ]
        if counterfactual.differences.isEmpty {
            parts.append(paragraph(text("debrief.html.cf.no-differences"), muted: true))
        } else {
            parts.append(
                HTMLTable(
                    headings: [text("debrief.html.event")] + plays.map(\.name),
                    rows: counterfactual.differences.map { difference in
                        [difference.title]
                            + plays.indices.map { index in
                                difference.fired.indices.contains(index)
                                    ? String(difference.fired[index]) : "–"
                            }
                    },
                    numeric: Set(1...plays.count)
                ).markup)
        }
        return parts
    }
}
