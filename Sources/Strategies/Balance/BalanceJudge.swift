/// Turns the line-ups' results into verdicts: does the game teach what a dilemma should?
public enum BalanceJudge {
    /// Every verdict, in the order of the report: cooperation, temptation and assurance per
    /// seat, dominance, dead content. A verdict whose line-ups are missing is left out.
    public static func verdicts(_ results: [BalanceLineResult], roles: [String])
        -> [BalanceVerdict]
    {
        let judge = BalanceEvidence(results: results)
        var verdicts: [BalanceVerdict] = []
        if let verdict = judge.cooperation() { verdicts.append(verdict) }
        for seat in roles.indices {
            if let verdict = judge.temptation(seat: seat, role: roles[seat]) {
                verdicts.append(verdict)
            }
        }
        for seat in roles.indices {
            if let verdict = judge.assurance(seat: seat, role: roles[seat]) {
                verdicts.append(verdict)
            }
        }
        if let verdict = judge.dominance(roles: roles) { verdicts.append(verdict) }
        verdicts.append(deadContent(results))
        return verdicts
    }

    /// The content that happened in no game of any line-up.
    static func deadContent(_ results: [BalanceLineResult]) -> BalanceVerdict {
        guard let total = ContentTally.merged(results.map(\.content)) else {
            return BalanceVerdict(kind: "dead-content", status: .unclear, finding: "no games")
        }
        let dead = total.dead
        guard !dead.isEmpty else {
            return BalanceVerdict(
                kind: "dead-content", status: .holds,
                finding:
                    "every event, project, goal, dilemma, coupling and instrument happened in some of "
                    + "the \(games(total.games))")
        }
        let names = dead.map { "\($0.kind) `\($0.id)`" }
        let shown = names.prefix(12).joined(separator: ", ")
        let more = names.count > 12 ? " and \(names.count - 12) more" : ""
        return BalanceVerdict(
            kind: "dead-content", status: .fails,
            finding: "never happened in \(games(total.games)): \(shown)\(more)")
    }

    /// A number with one decimal, as the findings show it.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return String(rounded == 0 ? 0 : rounded)
    }

    /// A difference as `+1.2 ± 0.3`.
    static func signed(_ difference: MeanDifference) -> String {
        let sign = difference.value >= 0.05 ? "+" : ""
        return "\(sign)\(number(difference.value)) ± \(number(difference.halfWidth))"
    }

    /// A difference as `1.2 ± 0.3`, for amounts that the sentence already gives a direction.
    static func amount(_ difference: MeanDifference) -> String {
        "\(number(difference.value)) ± \(number(difference.halfWidth))"
    }

    /// `1 game`, `2 games`.
    static func games(_ count: Int) -> String { count == 1 ? "1 game" : "\(count) games" }

    /// The status of "the first is surely larger": holds, fails when it is surely not, and
    /// unclear in between.
    static func status(_ difference: MeanDifference) -> BalanceVerdict.Status {
        difference.isSurelyPositive ? .holds : difference.isSurelyNotPositive ? .fails : .unclear
    }
}
