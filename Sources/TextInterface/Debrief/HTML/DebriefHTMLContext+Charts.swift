extension DebriefHTMLContext {
    /// The charts over the years: budgets, group trust with the forms' thresholds, the trust
    /// matrix at start and end, indicators, and scores.
    func charts() -> [Markup] {
        [budgetChart(), trustChart(), matrices()].compactMap { $0 } + indicatorCharts()
            + [scoreChart()].compactMap { $0 }
    }

    /// The last year's calendar year as text.
    var lastYear: String { report.years.last.map { String($0.year) } ?? "–" }

    /// Budgets per role at the end of each year.
    private func budgetChart() -> Markup? {
        guard let last = report.years.last else { return nil }
        let series = report.roles.enumerated().map { index, role in
            ChartSeries(
                name: role.name, values: overTheYears { Self.value($0.budgets, index) })
        }
        let summary = report.roles.enumerated().map { index, role in
            role.name + " " + (Self.value(last.end.budgets, index).map(number) ?? "–")
        }.joined(separator: ", ")
        let caption = text("debrief.html.budgets.desc", lastYear, summary)
        let chart = LineChart(
            id: "chart-budgets", title: text("debrief.html.budgets.title"), description: caption,
            labels: labels, series: series)
        return figure(chart.svg, title: chart.title, caption: caption)
    }

    /// Group trust per year with a line per form's minimum.
    private func trustChart() -> Markup? {
        guard !report.years.isEmpty else { return nil }
        let thresholds = report.forms.filter { $0.minGroupTrust > 0 }.map {
            ChartThreshold(label: $0.name, value: $0.minGroupTrust)
        }
        let formsText = report.forms.map { $0.name + " " + number($0.minGroupTrust) }
            .joined(separator: ", ")
        let caption = text(
            "debrief.html.trust.desc", number(report.trustAtStart.groupTrust),
            number(report.trustAtEnd.groupTrust), formsText)
        let chart = LineChart(
            id: "chart-trust", title: text("debrief.html.trust.title"), description: caption,
            labels: labels,
            series: [
                ChartSeries(
                    name: text("debrief.html.trust.series"),
                    values: overTheYears { $0.groupTrust })
            ],
            thresholds: thresholds, range: 0...100)
        return figure(chart.svg, title: chart.title, caption: caption)
    }

    /// The trust matrix at the start and at the end, side by side.
    private func matrices() -> Markup {
        let names = report.roles.map(\.name)
        let start = heatmap(
            report.trustAtStart, id: "chart-trust-start", title: text("debrief.html.matrix.start"),
            names: names)
        let end = heatmap(
            report.trustAtEnd, id: "chart-trust-end", title: text("debrief.html.matrix.end"),
            names: names)
        return .node("div", [("class", "pair")], [start, end])
    }

    /// One trust matrix as a heatmap in a figure.
    private func heatmap(_ matrix: DebriefTrustMatrix, id: String, title: String, names: [String])
        -> Markup
    {
        let values: [[Double?]] = matrix.values.enumerated().map { from, row in
            row.enumerated().map { to, value in from == to ? nil : value }
        }
        let pairs = values.enumerated().flatMap { from, row in
            row.enumerated().compactMap { to, value in
                value.map { (value: $0, from: from, to: to) }
            }
        }
        let lowest = pairs.min { $0.value < $1.value }
        let highest = pairs.max { $0.value < $1.value }
        var caption = text("debrief.html.matrix.group", number(matrix.groupTrust))
        if let lowest, let highest {
            caption +=
                " "
                + text(
                    "debrief.html.matrix.extremes", number(lowest.value), roleName(lowest.from),
                    roleName(lowest.to), number(highest.value), roleName(highest.from),
                    roleName(highest.to))
        }
        let chart = Heatmap(
            id: id, title: title, description: caption, rowLabels: names, columnLabels: names,
            values: values)
        return figure(chart.svg, title: chart.title, caption: caption)
    }

    /// The shared score and each role's score per year.
    private func scoreChart() -> Markup? {
        guard !report.years.isEmpty else { return nil }
        let shared = ChartSeries(
            name: text("debrief.html.shared.series"),
            values: overTheYears { $0.sharedScore })
        let roles = report.roles.enumerated().map { index, role in
            ChartSeries(
                name: role.name, values: overTheYears { Self.value($0.scores, index) })
        }
        let reached = report.shared.goals.filter(\.reached).count
        let caption = text(
            "debrief.html.shared.desc", number(report.shared.score), String(reached),
            String(report.shared.goals.count))
        let chart = LineChart(
            id: "chart-scores", title: text("debrief.html.shared.title"), description: caption,
            labels: labels, series: [shared] + roles)
        return figure(chart.svg, title: chart.title, caption: caption)
    }
}
