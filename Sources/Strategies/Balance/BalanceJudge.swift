/// Turns the line-ups' results into verdicts: does the game teach what a dilemma should?
public enum BalanceJudge {
    /// Every verdict, in the order of the report: cooperation, temptation and assurance per
    /// seat, dominance, dead content. A verdict whose line-ups are missing is left out.
    public static func verdicts(_ results: [BalanceLineResult], roles: [String])
        -> [BalanceVerdict]
    {
        let judge = Lines(results: results)
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

    /// The results of a check, found by line-up.
    struct Lines {
        var results: [BalanceLineResult]

        static let cooperative = StrategyKind.cooperative.rawValue
        static let sectoral = StrategyKind.sectoral.rawValue

        func everyone(_ name: String) -> Summary? {
            results.first { $0.line.seats == .everyone(name) }?.summary
        }

        func cooperation() -> BalanceVerdict? {
            guard let together = everyone(Self.cooperative), let apart = everyone(Self.sectoral)
            else { return nil }
            let difference = MeanDifference(together.sharedScore, minus: apart.sharedScore)
            return BalanceVerdict(
                kind: "cooperation", status: status(difference),
                finding: "shared score: all cooperative \(number(together.sharedScore.mean)), "
                    + "all sectoral \(number(apart.sharedScore.mean)) (\(signed(difference)))")
        }

        func temptation(seat: Int, role: String) -> BalanceVerdict? {
            guard let base = everyone(Self.cooperative) else { return nil }
            let candidates = results.filter { $0.line.isAlone(seat: seat, rest: Self.cooperative) }
            guard
                let best = candidates.max(by: {
                    $0.summary.scores[seat].mean < $1.summary.scores[seat].mean
                }), let name = best.line.strategy(seat: seat)
            else { return nil }
            let gain = MeanDifference(best.summary.scores[seat], minus: base.scores[seat])
            let drop = MeanDifference(base.sharedScore, minus: best.summary.sharedScore)
            let scores =
                "\(number(best.summary.scores[seat].mean)) against "
                + "\(number(base.scores[seat].mean)) as a cooperator"
            let finding: String
            let verdict: BalanceVerdict.Status
            if gain.isSurelyNotPositive {
                verdict = .fails
                finding =
                    "no deviation from an all-cooperative table gains: the best, \(name), "
                    + "scores \(scores) (\(signed(gain)))"
            } else if gain.isSurelyPositive && drop.isSurelyNotPositive {
                verdict = .fails
                finding =
                    "\(name) scores \(scores) (\(signed(gain))) without lowering the shared "
                    + "score (\(signed(drop))): deviating is simply better"
            } else {
                verdict = gain.isSurelyPositive && drop.isSurelyPositive ? .holds : .unclear
                finding =
                    "\(name) scores \(scores) (\(signed(gain))) and lowers the shared score by "
                    + amount(drop)
            }
            return BalanceVerdict(kind: "temptation", role: role, status: verdict, finding: finding)
        }

        func assurance(seat: Int, role: String) -> BalanceVerdict? {
            guard let together = everyone(Self.cooperative),
                let alone = results.first(where: {
                    $0.line.isAlone(seat: seat, strategy: Self.cooperative, rest: Self.sectoral)
                })?.summary
            else { return nil }
            let loss = MeanDifference(together.scores[seat], minus: alone.scores[seat])
            var finding =
                "a lone cooperator among sectoral players scores \(number(alone.scores[seat].mean)), "
                + "against \(number(together.scores[seat].mean)) among cooperators (\(signed(loss)))"
            if let apart = everyone(Self.sectoral) {
                finding += "; playing sectoral among them scores \(number(apart.scores[seat].mean))"
            }
            return BalanceVerdict(
                kind: "assurance", role: role, status: status(loss), finding: finding)
        }

        func dominance(roles: [String]) -> BalanceVerdict? {
            guard
                let mixed = results.first(where: {
                    if case .combinations = $0.line.seats { return true }
                    return false
                })?.summary
            else { return nil }
            var best: [(name: String, lead: MeanDifference?)] = []
            for seat in roles.indices {
                let ranked = mixed.seatScores[seat].sorted {
                    ($0.value.mean, $1.key) > ($1.value.mean, $0.key)
                }
                guard let first = ranked.first else { return nil }
                let lead = ranked.dropFirst().first.map {
                    MeanDifference(first.value, minus: $0.value)
                }
                best.append((first.key, lead))
            }
            let perSeat = zip(roles, best).map { "\($0) \($1.name)" }.joined(separator: ", ")
            guard let first = best.first?.name, best.allSatisfy({ $0.name == first }) else {
                return BalanceVerdict(
                    kind: "dominance", status: .holds,
                    finding: "the best strategy differs by seat: \(perSeat)")
            }
            let sure = best.allSatisfy { $0.lead?.isSurelyPositive ?? true }
            return BalanceVerdict(
                kind: "dominance", status: sure ? .fails : .unclear,
                finding: "\(first) is the best strategy in every seat"
                    + (sure ? "" : ", though not surely in all of them"))
        }
    }
}
