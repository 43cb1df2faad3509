import GameRules

/// What every section of the debrief page needs: the report, its language's texts and
/// number formats.
struct DebriefHTMLContext: Sendable {
    /// The report.
    var report: DebriefReport
    /// The texts in the report's language.
    var messages: Messages

    /// The context of `report`.
    init(report: DebriefReport) {
        self.report = report
        messages = Messages(report.language)
    }

    /// The text for `key` with `arguments`.
    func text(_ key: String, _ arguments: String...) -> String {
        messages.fill(key, arguments)
    }

    /// `value` as a number on the page.
    func number(_ value: Double) -> String { ChartNumber.label(value) }

    /// `value` with its sign, as a change.
    func change(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : number(value)
    }

    /// The role's name at `index`, or `?` for an index the report does not have.
    func roleName(_ index: Int) -> String {
        report.roles.indices.contains(index) ? report.roles[index].name : "?"
    }

    /// The value at `index` of `values`, or nil when there is none.
    static func value(_ values: [Double], _ index: Int) -> Double? {
        values.indices.contains(index) ? values[index] : nil
    }

    /// The labels of the charts over the years: the start of the game, then each year's end.
    var labels: [String] {
        report.years.isEmpty
            ? [] : [text("debrief.html.start")] + report.years.map { String($0.year) }
    }

    /// The values that `pick` takes from the start of the game and from each year's end, in
    /// the order of `labels`.
    func overTheYears(_ pick: (YearSnapshot) -> Double?) -> [Double?] {
        guard let first = report.years.first else { return [] }
        return [pick(first.start)] + report.years.map { pick($0.end) }
    }

    /// The line under the page's title.
    func subtitle() -> String {
        let first = report.firstYear
        let last = report.firstYear + max(report.rounds - 1, 0)
        let ending = report.ending.isEmpty ? text("debrief.html.unfinished") : report.ending
        return text(
            "debrief.html.subtitle", String(report.seed), String(first), String(last), ending)
    }

    /// A figure holding `chart` under its visible `title`, with a visible caption (the same
    /// key numbers as the chart's description).
    func figure(_ chart: Markup, title: String, caption: String) -> Markup {
        .node(
            "figure", [],
            [
                .node("h3", [("class", "chart-title"), ("aria-hidden", "true")], text: title),
                chart,
                .node("figcaption", text: caption),
            ])
    }

    /// A paragraph of `text`.
    func paragraph(_ text: String, muted: Bool = false) -> Markup {
        .node("p", muted ? [("class", "muted")] : [], text: text)
    }

    /// A bulleted list of `items`.
    func list(_ items: [String]) -> Markup {
        .node("ul", [], items.map { .node("li", text: $0) })
    }
}
