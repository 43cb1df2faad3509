extension DebriefHTMLContext {
    /// The indicators per year: those that stay within 0-100 together on one chart, each
    /// other indicator on a chart of its own, so that no large number flattens the rest.
    func indicatorCharts() -> [Markup] {
        guard !report.indicators.isEmpty, !report.years.isEmpty else { return [] }
        let series = report.indicators.enumerated().map { index, indicator in
            ChartSeries(
                name: indicator.name,
                values: overTheYears { Self.value($0.indicators, index) })
        }
        let percentLike = series.indices.filter { index in
            series[index].values.allSatisfy { value in value.map { (0...100).contains($0) } ?? true
            }
        }
        var groups: [[Int]] = percentLike.isEmpty ? [] : [percentLike]
        groups += series.indices.filter { !percentLike.contains($0) }.map { [$0] }
        return groups.enumerated().map { number, members in
            let chosen = members.map { series[$0] }
            let summary = chosen.map { serie in
                serie.name + " " + (serie.values.last.flatMap { $0 }.map(self.number) ?? "–")
            }.joined(separator: ", ")
            let caption = text("debrief.html.indicators.desc", lastYear, summary)
            let title =
                members.count == 1 && groups.count > 1
                ? text("debrief.html.indicator.title", chosen[0].name)
                : text("debrief.html.indicators.title")
            let chart = LineChart(
                id: number == 0 ? "chart-indicators" : "chart-indicators-\(number + 1)",
                title: title, description: caption, labels: labels, series: chosen,
                range: members == percentLike ? 0...100 : nil)
            return figure(chart.svg, title: chart.title, caption: caption)
        }
    }
}
