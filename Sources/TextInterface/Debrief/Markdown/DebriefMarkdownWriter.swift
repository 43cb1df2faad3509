/// Writes the sections of the Markdown debrief.
struct DebriefMarkdownWriter {
    /// The report.
    let report: DebriefReport
    /// The messages in the report's language.
    let text: Messages

    private func e(_ text: String) -> String { MarkdownText.escape(text) }
    private func n(_ value: Double) -> String { Format.number(value) }
    private func role(_ index: Int) -> String {
        report.roles.indices.contains(index) ? e(report.roles[index].name) : "?"
    }

    /// Every line of the document.
    func document() -> [String] {
        var lines = ["# " + e(report.title), ""]
        lines.append(text("debrief.intro", "\(report.seed)", "\(report.actionCount)"))
        lines.append("")
        lines.append(e(report.ending))
        lines += seats() + story() + budgets() + trust() + matrices() + indicators() + streets()
        lines += promises() + dilemmas() + couplings() + scores() + questions()
        lines += counterfactual() + events()
        return lines.enumerated().filter {
            $0.offset == 0 || !($0.element.isEmpty && lines[$0.offset - 1].isEmpty)
        }
        .map(\.element)
    }

    private func section(_ key: String) -> [String] { ["", "## " + text(key), ""] }

    private func seats() -> [String] {
        var lines = section("debrief.seats")
        lines += MarkdownText.header(
            [
                text("debrief.role"), text("debrief.seat"), text("debrief.score"),
                text("debrief.goals"),
            ],
            numeric: [2, 3])
        for (index, score) in report.scores.enumerated() {
            let reached = score.goals.filter(\.reached).count
            lines.append(
                MarkdownText.row([
                    role(index), e(report.roles[index].seat), n(score.score),
                    "\(reached)/\(score.goals.count)",
                ]))
        }
        lines.append(
            MarkdownText.row([
                text("result.shared"), "", n(report.shared.score),
                "\(report.shared.goals.filter(\.reached).count)/\(report.shared.goals.count)",
            ]))
        return lines
    }

    private func story() -> [String] {
        var lines = section("debrief.story")
        for year in report.years {
            lines.append("### \(year.year)")
            lines.append("")
            lines.append(
                text(
                    "debrief.year-summary", e(year.formName), n(year.end.groupTrust),
                    Format.signed(year.trustChange), n(year.end.sharedScore)))
            lines.append("")
            lines += year.story.map { "- " + e($0) }
            if !year.story.isEmpty { lines.append("") }
        }
        return lines
    }

    private func budgets() -> [String] {
        perYear("debrief.budgets", columns: report.roles.map(\.name)) { $0.end.budgets }
    }

    /// A section with one row per year and one numeric column per name.
    private func perYear(
        _ title: String, columns: [String], values: (DebriefYear) -> [Double]
    ) -> [String] {
        var lines = section(title)
        lines += MarkdownText.header(
            [text("debrief.year")] + columns.map(e), numeric: Set(1...columns.count))
        for year in report.years {
            lines.append(MarkdownText.row(["\(year.year)"] + values(year).map(n)))
        }
        return lines
    }

    private func trust() -> [String] {
        var lines = section("debrief.group-trust")
        lines.append(
            text(
                "debrief.thresholds",
                report.forms.map { "\(e($0.name)) \(n($0.minGroupTrust))" }.joined(
                    separator: ", ")))
        lines.append("")
        lines += MarkdownText.header(
            [
                text("debrief.year"), text("debrief.form"), text("debrief.group-trust"),
                text("debrief.change"), text("result.shared"),
            ], numeric: [2, 3, 4])
        for year in report.years {
            lines.append(
                MarkdownText.row([
                    "\(year.year)", e(year.formName), n(year.end.groupTrust),
                    Format.signed(year.trustChange), n(year.end.sharedScore),
                ]))
        }
        return lines
    }

    private func matrices() -> [String] {
        var lines = section("debrief.trust-matrix")
        for (key, matrix) in [
            ("debrief.at-start", report.trustAtStart), ("debrief.at-end", report.trustAtEnd),
        ] {
            lines.append("**" + text(key) + "** (" + text("debrief.rows-trust") + ")")
            lines.append("")
            lines += MarkdownText.header(
                [""] + report.roles.map { e($0.id) }, numeric: Set(1...report.roles.count))
            for (from, row) in matrix.values.enumerated() {
                lines.append(MarkdownText.row([e(report.roles[from].id)] + row.map(n)))
            }
            lines.append("")
        }
        return lines
    }

    private func indicators() -> [String] {
        guard !report.indicators.isEmpty else { return [] }
        return perYear("debrief.indicators", columns: report.indicators.map(\.name)) {
            $0.end.indicators
        }
    }

    private func streets() -> [String] {
        var lines = section("debrief.streets")
        lines.append(text("debrief.streets-legend"))
        for street in report.streets {
            lines.append("")
            lines.append(
                "**" + e(report.districts[street.district].name) + "**: "
                    + text("debrief.street-total", "\(street.openings)", "\(street.breaches)"))
            lines.append("")
            for year in street.years where year.reached {
                var parts: [String] = []
                if !year.projects.isEmpty {
                    parts.append(
                        (year.breach ? text("debrief.breach") + ": " : text("debrief.open") + ": ")
                            + year.projects.map(e).joined(separator: ", "))
                }
                if year.graafrust { parts.append(text("debrief.graafrust")) }
                if !year.couplings.isEmpty {
                    parts.append(
                        text("debrief.coupled") + ": "
                            + year.couplings.map(e).joined(separator: ", "))
                }
                lines.append(
                    "- \(year.year): " + (parts.isEmpty ? "-" : parts.joined(separator: "; ")))
            }
        }
        return lines
    }

    private func promises() -> [String] {
        var lines = section("debrief.promises")
        lines += MarkdownText.header(
            [
                text("debrief.role"), text("debrief.kept"), text("debrief.broken"),
                text("debrief.open"),
            ],
            numeric: [1, 2, 3])
        for tally in report.promises {
            lines.append(
                MarkdownText.row([
                    role(tally.role), "\(tally.kept)", "\(tally.broken)", "\(tally.open)",
                ]))
        }
        let all = report.promises.flatMap { tally in tally.promises.map { (tally.role, $0) } }
        if !all.isEmpty { lines.append("") }
        for (index, promise) in all {
            let state =
                promise.kept.map { $0 ? text("debrief.kept") : text("debrief.broken") }
                ?? text("debrief.open")
            lines.append(
                "- " + role(index) + ": " + e(promise.project) + " \(promise.year) (\(state))")
        }
        return lines
    }

    private func dilemmas() -> [String] {
        var lines = section("debrief.dilemmas")
        if report.dilemmas.isEmpty { return lines + [text("debrief.none")] }
        for dilemma in report.dilemmas {
            let choices = dilemma.choices.map { choice in
                role(choice.role) + ": " + e(choice.label)
                    + (choice.byDefault ? " (" + text("debrief.by-default") + ")" : "")
            }
            var line =
                "- **\(dilemma.year) " + e(dilemma.title) + "**: " + choices.joined(separator: "; ")
            if dilemma.defaulted {
                line +=
                    ". " + text("debrief.hot-potato")
                    + (dilemma.cost.isEmpty
                        ? ""
                        : " " + text("debrief.cost", dilemma.cost.map(e).joined(separator: "; ")))
            }
            lines.append(line)
            if !dilemma.outcome.isEmpty { lines.append("  " + e(dilemma.outcome)) }
        }
        return lines
    }

    private func couplings() -> [String] {
        var lines = section("debrief.couplings")
        if report.couplings.isEmpty { return lines + [text("debrief.none")] }
        lines.append(
            text("debrief.coupling-total", n(report.couplingSaved), n(report.couplingForgone)))
        lines.append("")
        lines += MarkdownText.header(
            [
                text("debrief.coupling"), text("debrief.projects"), text("debrief.status"),
                text("debrief.saving"), text("debrief.saved"),
            ], numeric: [3, 4])
        for coupling in report.couplings {
            let status =
                text("debrief.status-\(coupling.status.rawValue)")
                + (coupling.year.map { " \($0)" } ?? "")
            lines.append(
                MarkdownText.row([
                    e(coupling.name), coupling.projects.map(e).joined(separator: ", "), status,
                    n(coupling.saving), n(coupling.saved),
                ]))
        }
        return lines
    }

    private func scores() -> [String] {
        var lines = section("debrief.scores")
        for score in report.scores + [report.shared] {
            let name = score.role.map(role) ?? text("result.shared")
            lines.append("**" + name + "**: " + n(score.score))
            lines.append("")
            for goal in score.goals {
                let deadline =
                    goal.deadline.map { " (" + text("debrief.until", "\($0)") + ")" } ?? ""
                lines.append(
                    "- [" + (goal.reached ? "x" : " ") + "] " + n(goal.points) + ": " + e(goal.text)
                        + deadline)
            }
            lines.append("")
        }
        return lines
    }

    private func questions() -> [String] {
        var lines = section("debrief.questions")
        if report.questions.isEmpty { return lines + [text("debrief.none")] }
        for (number, question) in report.questions.enumerated() {
            let year = question.year.map { " (\($0))" } ?? ""
            lines.append("\(number + 1). **" + e(question.text) + "**" + year)
            lines += question.facts.map { "   - " + e($0) }
        }
        return lines
    }

    private func counterfactual() -> [String] {
        guard let counterfactual = report.counterfactual else { return [] }
        var lines = section("debrief.counterfactual")
        lines.append(text("debrief.counterfactual-intro"))
        lines.append("")
        lines += MarkdownText.header(
            [text("debrief.play"), text("result.shared")] + report.roles.map { e($0.name) }
                + [text("debrief.group-trust"), text("debrief.couplings-made")],
            numeric: Set(1...(report.roles.count + 3)))
        for play in counterfactual.plays {
            lines.append(
                MarkdownText.row(
                    [e(play.name) + (play.finished ? "" : " (" + text("debrief.stalled") + ")")]
                        + ([play.sharedScore] + play.scores + [play.groupTrust]).map(n)
                        + ["\(play.couplingsMade)"]))
        }
        lines.append("")
        if counterfactual.differences.isEmpty {
            lines.append(text("debrief.same-events"))
            return lines
        }
        lines.append(text("debrief.different-events"))
        lines.append("")
        lines += MarkdownText.header(
            [text("debrief.event")] + counterfactual.plays.map { e($0.name) },
            numeric: Set(1...counterfactual.plays.count))
        for difference in counterfactual.differences {
            lines.append(MarkdownText.row([e(difference.title)] + difference.fired.map { "\($0)" }))
        }
        return lines
    }

    private func events() -> [String] {
        var lines = section("debrief.events")
        if report.events.isEmpty { return lines + [text("debrief.none")] }
        lines += report.events.map { "- \($0.year): " + e($0.title) }
        return lines
    }
}
