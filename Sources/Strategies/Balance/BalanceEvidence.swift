/// The results of a balance check, found by line-up, and the verdicts they support.
struct BalanceEvidence {
    /// Every line-up's results.
    var results: [BalanceLineResult]

    /// The names of the two strategies the verdicts compare.
    static let cooperative = StrategyKind.cooperative.rawValue
    static let sectoral = StrategyKind.sectoral.rawValue

    /// The summary of the line-up in which every seat plays `name`.
    func everyone(_ name: String) -> Summary? {
        results.first { $0.line.seats == .everyone(name) }?.summary
    }

    /// The all-cooperative table against the all-sectoral one, on the shared score.
    func cooperation() -> BalanceVerdict? {
        guard let together = everyone(Self.cooperative), let apart = everyone(Self.sectoral)
        else { return nil }
        let difference = MeanDifference(together.sharedScore, minus: apart.sharedScore)
        return BalanceVerdict(
            kind: "cooperation", status: BalanceJudge.status(difference),
            finding:
                "shared score: all cooperative \(BalanceJudge.number(together.sharedScore.mean)), "
                + "all sectoral \(BalanceJudge.number(apart.sharedScore.mean)) (\(BalanceJudge.signed(difference)))"
        )
    }

    /// The deviation of `seat` from an all-cooperative table that tempts most: the one that
    /// gains most among those that surely gain and surely lower the shared score, else the
    /// one that gains most.
    func temptation(seat: Int, role: String) -> BalanceVerdict? {
        guard let base = everyone(Self.cooperative) else { return nil }
        let candidates = results.filter { $0.line.isAlone(seat: seat, rest: Self.cooperative) }
        let byGain: (BalanceLineResult, BalanceLineResult) -> Bool = {
            $0.summary.scores[seat].mean < $1.summary.scores[seat].mean
        }
        let tempting = candidates.filter {
            MeanDifference($0.summary.scores[seat], minus: base.scores[seat]).isSurelyPositive
                && MeanDifference(base.sharedScore, minus: $0.summary.sharedScore)
                    .isSurelyPositive
        }
        guard let best = tempting.max(by: byGain) ?? candidates.max(by: byGain),
            let name = best.line.strategy(seat: seat)
        else { return nil }
        let gain = MeanDifference(best.summary.scores[seat], minus: base.scores[seat])
        let drop = MeanDifference(base.sharedScore, minus: best.summary.sharedScore)
        let scores =
            "\(BalanceJudge.number(best.summary.scores[seat].mean)) against "
            + "\(BalanceJudge.number(base.scores[seat].mean)) as a cooperator"
        let finding: String
        let verdict: BalanceVerdict.Status
        if gain.isSurelyNotPositive {
            verdict = .fails
            finding =
                "no deviation from an all-cooperative table gains: the best, \(name), "
                + "scores \(scores) (\(BalanceJudge.signed(gain)))"
        } else if gain.isSurelyPositive && drop.isSurelyNotPositive {
            verdict = .fails
            finding =
                "\(name) scores \(scores) (\(BalanceJudge.signed(gain))) without lowering the shared "
                + "score (\(BalanceJudge.signed(drop))): deviating is simply better"
        } else {
            verdict = gain.isSurelyPositive && drop.isSurelyPositive ? .holds : .unclear
            finding =
                "\(name) scores \(scores) (\(BalanceJudge.signed(gain))) and lowers the shared score by "
                + BalanceJudge.amount(drop)
        }
        return BalanceVerdict(kind: "temptation", role: role, status: verdict, finding: finding)
    }

    /// A lone cooperator in `seat` among sectoral players against cooperating with cooperators.
    func assurance(seat: Int, role: String) -> BalanceVerdict? {
        guard let together = everyone(Self.cooperative),
            let alone = results.first(where: {
                $0.line.isAlone(seat: seat, strategy: Self.cooperative, rest: Self.sectoral)
            })?.summary
        else { return nil }
        let loss = MeanDifference(together.scores[seat], minus: alone.scores[seat])
        var finding =
            "a lone cooperator among sectoral players scores \(BalanceJudge.number(alone.scores[seat].mean)), "
            + "against \(BalanceJudge.number(together.scores[seat].mean)) among cooperators (\(BalanceJudge.signed(loss)))"
        if let apart = everyone(Self.sectoral) {
            finding +=
                "; playing sectoral among them scores \(BalanceJudge.number(apart.scores[seat].mean))"
        }
        return BalanceVerdict(
            kind: "assurance", role: role, status: BalanceJudge.status(loss), finding: finding)
    }

    /// Whether one strategy is the best in every seat, over all combinations.
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
