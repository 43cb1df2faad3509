import GameRules

/// Finds what each reflection question is about from its words, and the facts of the game
/// that answer it.
struct DebriefAnswers {
    /// The report so far (without questions).
    let report: DebriefReport
    /// The messages.
    let text: Messages
    /// What the replay wrote down.
    let recorder: DebriefRecorder

    /// Words (Dutch and English, lower case, matched as parts of words) that mark a topic.
    static let words: [(DebriefTopic, [String])] = [
        (.trust, ["vertrouw", "trust"]),
        (.couplings, ["koppel", "coupl"]),
        (.hotPotatoes, ["aardappel", "potato", "dilemma"]),
        (.form, ["vorm", "form", "samenwerking", "collaborat", "cooperat", "coöperatie"]),
        (.sharing, ["gedeeld", "delen", "deelt", "shared", "sharing", "share"]),
        (.promises, ["afspra", "belof", "promis", "commit"]),
        (.streets, ["graaf", "straat", "hinder", "digging", "street", "nuisance"]),
        (.scores, ["score", "doel", "goal", "opgave"]),
    ]

    /// The end-of-game questions, then the questions of the years reached.
    func questions(reflection: [String], roundQuestions: [RoundQuestion]) -> [DebriefQuestion] {
        let closing = reflection.map { question($0, year: nil) }
        let reached = report.years.last?.round ?? 0
        let yearly = roundQuestions.filter { $0.round <= reached }.map {
            question($0.text, year: report.firstYear + $0.round)
        }
        return closing + yearly
    }

    /// The topics of `question`.
    static func topics(of question: String) -> [DebriefTopic] {
        let lower = question.lowercased()
        return words.filter { _, words in words.contains { lower.contains($0) } }.map(\.0)
    }

    private func question(_ question: String, year: Int?) -> DebriefQuestion {
        var topics = DebriefAnswers.topics(of: question)
        if topics.isEmpty { topics = [.trust, .scores] }
        return DebriefQuestion(
            text: question, year: year, topics: topics, facts: topics.flatMap(facts))
    }

    private func facts(_ topic: DebriefTopic) -> [String] {
        switch topic {
        case .trust: trust()
        case .couplings: couplings()
        case .hotPotatoes: hotPotatoes()
        case .form: forms()
        case .sharing: sharing()
        case .promises: promises()
        case .streets: streets()
        case .scores: scores()
        }
    }

    private func trust() -> [String] {
        var facts = [
            text(
                "debrief.fact-trust", Format.number(report.trustAtStart.groupTrust),
                Format.number(report.trustAtEnd.groupTrust))
        ]
        let closed = report.years.filter(\.closed)
        if let up = closed.max(by: { $0.trustChange < $1.trustChange }), up.trustChange > 0 {
            facts.append(
                text("debrief.fact-trust-up", "\(up.year)", Format.signed(up.trustChange)))
        }
        if let down = closed.min(by: { $0.trustChange < $1.trustChange }), down.trustChange < 0 {
            facts.append(
                text("debrief.fact-trust-down", "\(down.year)", Format.signed(down.trustChange)))
        }
        return facts
    }

    private func couplings() -> [String] {
        let made = report.couplings.filter { $0.status == .made }
        let missed = report.couplings.filter { $0.status == .missed }
        let unused = report.couplings.filter { $0.status == .unused }
        var facts = [
            text(
                "debrief.fact-couplings", "\(made.count)", Format.number(report.couplingSaved),
                "\(missed.count)", Format.number(report.couplingForgone), "\(unused.count)")
        ]
        facts += missed.map {
            text("debrief.fact-coupling-missed", $0.name, Format.number($0.saving))
        }
        return facts
    }

    private func hotPotatoes() -> [String] {
        let dropped = report.dilemmas.filter(\.defaulted)
        if dropped.isEmpty { return [text("debrief.fact-no-hot-potato")] }
        return dropped.map {
            text(
                "debrief.fact-hot-potato", $0.title, "\($0.year)",
                $0.cost.isEmpty ? "-" : $0.cost.joined(separator: "; "))
        }
    }

    private func forms() -> [String] {
        var spans: [String] = []
        var previous: String?
        for year in report.years where year.formName != previous {
            spans.append("\(year.year) \(year.formName)")
            previous = year.formName
        }
        return [text("debrief.fact-forms", spans.joined(separator: ", "))]
    }

    private func sharing() -> [String] {
        report.roles.indices.map {
            text(
                "debrief.fact-shared", report.roles[$0].name,
                "\(recorder.sharedRounds[$0].count)", "\(report.years.count)")
        }
    }

    private func promises() -> [String] {
        report.promises.map {
            text(
                "debrief.fact-promises", report.roles[$0.role].name, "\($0.kept)", "\($0.broken)")
        }
    }

    private func streets() -> [String] {
        report.streets.map {
            text(
                "debrief.fact-street", report.districts[$0.district].name, "\($0.openings)",
                "\($0.breaches)")
        }
    }

    private func scores() -> [String] {
        let roles = report.scores.map {
            "\(report.roles[$0.role ?? 0].name) \(Format.number($0.score))"
        }
        return [
            text(
                "debrief.fact-scores", Format.number(report.shared.score),
                roles.joined(separator: ", "))
        ]
    }
}
