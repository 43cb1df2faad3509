import GameRules
import Strategies

/// Puts a replayed game, its per-year log and what the recorder wrote down together into a
/// `DebriefReport`.
struct DebriefBuilder {
    /// What the game was started from.
    let setup: SessionSetup
    /// The messages.
    let text: Messages
    /// The game where the record stops.
    let game: Game
    /// The table's per-year log.
    let log: TableLog?
    /// The story, actions, events and decisions written down during the replay.
    let recorder: DebriefRecorder

    private var spec: GameSpec { game.spec }

    /// The report, without a counterfactual.
    func report() -> DebriefReport {
        var report = DebriefReport(
            title: spec.title, language: text.language, seed: setup.seed,
            firstYear: spec.firstYear, rounds: spec.rounds, actionCount: setup.actions.count,
            finished: game.isOver, ending: ending(), roles: roles(),
            districts: spec.districts.map { DebriefDistrict(id: $0.id, name: $0.name) },
            indicators: spec.indicators.map {
                DebriefIndicator(id: $0.id, name: $0.name, higherIsBetter: $0.higherIsBetter)
            },
            forms: spec.forms.map {
                DebriefForm(id: $0.id, name: $0.name, minGroupTrust: $0.minGroupTrust)
            },
            years: years(),
            trustAtStart: matrix(Game(spec: spec, seed: setup.seed).state.trust),
            trustAtEnd: matrix(game.state.trust), streets: streets(), promises: promises(),
            dilemmas: recorder.dilemmas, couplings: couplings(), couplingSaved: 0,
            couplingForgone: 0, scores: scores(), shared: shared(), events: recorder.events,
            actions: recorder.actions, questions: [], counterfactual: nil)
        report.couplingSaved = report.couplings.map(\.saved).reduce(0, +)
        report.couplingForgone = report.couplings.filter { $0.status == .missed }.map(\.saving)
            .reduce(0, +)
        report.questions = DebriefAnswers(report: report, text: text, recorder: recorder)
            .questions(reflection: spec.reflection, roundQuestions: spec.roundQuestions)
        report.questions += InstrumentDebrief.questions(
            game, actions: setup.actions, years: log?.years.compactMap(\.closing) ?? [],
            text: text)
        return report
    }

    private func ending() -> String {
        switch game.state.outcome {
        case .collectiveLoss: text("result.collective-loss")
        case .ended: text("result.ended", "\(game.currentYear)")
        case .completed: text("result.completed", "\(spec.rounds)")
        case nil: text("debrief.unfinished", "\(game.currentYear)", text.phaseName(game.phase))
        }
    }

    private func roles() -> [DebriefRole] {
        spec.roles.indices.map { index in
            let bot = setup.bots[index]
            return DebriefRole(
                id: spec.roles[index].id, name: spec.roles[index].name,
                seat: bot.map { text("debrief.seat-bot", $0.name) }
                    ?? text("debrief.seat-person"),
                isBot: bot != nil)
        }
    }

    private func years() -> [DebriefYear] {
        guard let log else { return [] }
        let now = YearSnapshot(game)
        return log.years.enumerated().map { position, entry in
            let end = entry.closing ?? (position == log.years.count - 1 ? now : entry.opening)
            let roles = spec.roles.count
            let given = (0..<roles).map { role in
                mean((0..<roles).filter { $0 != role }.map { end.trust[role * roles + $0] })
            }
            let received = (0..<roles).map { role in
                mean((0..<roles).filter { $0 != role }.map { end.trust[$0 * roles + role] })
            }
            return DebriefYear(
                round: entry.round, year: entry.year, closed: entry.closing != nil,
                story: recorder.stories.indices.contains(position)
                    ? recorder.stories[position] : [],
                start: entry.opening, end: end,
                formName: spec.forms.indices.contains(end.form) ? spec.forms[end.form].name : "?",
                trustChange: end.groupTrust - entry.opening.groupTrust, trustGiven: given,
                trustReceived: received,
                openings: spec.districts.indices.map { openingProjects($0, entry.round) },
                graafrust: spec.districts.indices.map { isResting($0, entry.round) })
        }
    }

    private func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    private func matrix(_ trust: [Double]) -> DebriefTrustMatrix {
        let roles = spec.roles.count
        let rows = (0..<roles).map { from in (0..<roles).map { trust[from * roles + $0] } }
        var pairs: [Double] = []
        for from in 0..<roles {
            for to in 0..<roles where to != from { pairs.append(rows[from][to]) }
        }
        return DebriefTrustMatrix(values: rows, groupTrust: mean(pairs))
    }

    private func openingProjects(_ district: Int, _ round: Int) -> [String] {
        game.state.openings.filter { $0.district == district && $0.round == round }
            .flatMap(\.projects).map { spec.projects[$0].name }
    }

    /// Whether graafrust held in `district` in `round`: within the graafrust years after the
    /// last year of a finished digging work there, while the street was not open.
    private func isResting(_ district: Int, _ round: Int) -> Bool {
        let rest = spec.digging.graafrustRounds
        let open = game.state.openings.contains { $0.district == district && $0.round == round }
        if open { return false }
        return spec.projects.indices.contains { index in
            let rules = spec.projects[index]
            let status = game.state.projects[index]
            guard rules.digs, rules.district == district, status.phase == .done,
                let start = status.startedRound
            else { return false }
            let last = start + max(1, rules.duration) - 1
            return round > last && round <= last + rest
        }
    }

    private func streets() -> [DebriefStreet] {
        spec.districts.indices.map { district in
            let years = (0..<spec.rounds).map { round in
                let openings = game.state.openings.filter {
                    $0.district == district && $0.round == round
                }
                let couplings = recorder.couplingsMade.filter { coupling, made in
                    made.round == round
                        && spec.couplings[coupling].projects.contains {
                            spec.projects[$0].district == district
                        }
                }.keys.sorted().map { spec.couplings[$0].name }
                return DebriefStreetYear(
                    round: round, year: spec.firstYear + round, reached: round <= game.state.round,
                    projects: openings.flatMap(\.projects).map { spec.projects[$0].name },
                    breach: openings.contains(where: \.breach),
                    graafrust: isResting(district, round), couplings: couplings)
            }
            let all = game.state.openings.filter { $0.district == district }
            return DebriefStreet(
                district: district, years: years, openings: all.count,
                breaches: all.filter(\.breach).count)
        }
    }

    private func promises() -> [DebriefPromises] {
        spec.roles.indices.map { role in
            let made = game.state.commitments.filter { $0.role == role }
            return DebriefPromises(
                role: role, kept: made.filter { $0.kept == true }.count,
                broken: made.filter { $0.kept == false }.count,
                open: made.filter { $0.kept == nil }.count,
                promises: made.map {
                    DebriefPromise(
                        project: spec.projects[$0.project].name, year: spec.firstYear + $0.round,
                        kept: $0.kept)
                })
        }
    }

    private func couplings() -> [DebriefCoupling] {
        spec.couplings.indices.map { index in
            let rules = spec.couplings[index]
            let made = recorder.couplingsMade[index]
            let status: DebriefCoupling.Status =
                game.state.couplingMade[index]
                ? .made : game.state.couplingMissed[index] ? .missed : .unused
            return DebriefCoupling(
                id: rules.id, name: rules.name,
                projects: rules.projects.map { spec.projects[$0].name },
                status: status, saving: rules.saving, saved: made?.saved ?? 0,
                year: made.map { spec.firstYear + $0.round })
        }
    }

    private func scores() -> [DebriefScore] {
        spec.roles.indices.map { role in
            DebriefScore(
                role: role, score: game.score(of: role),
                goals: goals(spec.roles[role].goals, game.state.goalsReached[role]))
        }
    }

    private func shared() -> DebriefScore {
        DebriefScore(
            role: nil, score: game.sharedScore,
            goals: goals(spec.sharedGoals, game.state.sharedGoalsReached))
    }

    private func goals(_ goals: [GoalSpec], _ reached: [Bool]) -> [DebriefGoal] {
        zip(goals, reached).map { goal, reached in
            DebriefGoal(
                text: goal.text, points: goal.points,
                deadline: goal.deadline.map { spec.firstYear + $0 }, reached: reached)
        }
    }
}
