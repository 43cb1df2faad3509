import GameRules

/// Turns the engine's events into sentences in the session's language.
struct EventNarrator {
    /// The game after the events happened.
    let game: Game
    /// Proposals as they were before the action, for events about settled proposals.
    let proposalsBefore: [Proposal]
    /// The messages.
    let text: Messages
    /// Colour or not.
    let style: Style

    var spec: GameSpec { game.spec }

    /// The lines telling `event` (none for events that need no sentence).
    func lines(for event: GameEvent) -> [String] {
        switch event {
        case .roundStarted(let round):
            return ["", style.bold(Format.heading(text("event.round", year(round))))]
        case .phaseStarted(let phase):
            let name =
                spec.phases.indices.contains(phase) ? text.phaseName(spec.phases[phase]) : "?"
            return [style.cyan(text("event.phase", name))]
        case .eventFired(let event):
            guard spec.events.indices.contains(event) else { return [] }
            let rules = spec.events[event]
            return Format.hang(style.yellow(text("event.news", rules.title)))
                + Format.wrap(rules.text, indent: "  ")
        case .dilemmaOpened(let dilemma):
            guard spec.dilemmas.indices.contains(dilemma) else { return [] }
            let rules = spec.dilemmas[dilemma]
            let choosers = rules.choosers.map(role).joined(separator: ", ")
            var lines = Format.hang(
                style.yellow(text("event.dilemma-opened", rules.title, rules.id, choosers)))
            lines += Format.wrap(rules.text, indent: "  ")
            for option in rules.options {
                let label = OptionLabel.text(option, spec: spec, messages: text)
                lines += Format.wrap("\(option.id): \(label)", indent: "    ")
            }
            lines.append("  " + text("event.dilemma-how", rules.id))
            return lines
        case .dilemmaOutcome(let dilemma, let outcome):
            let rules = spec.dilemmas[dilemma]
            guard rules.outcomes.indices.contains(outcome), !rules.outcomes[outcome].text.isEmpty
            else {
                return []
            }
            return Format.wrap(rules.outcomes[outcome].text, indent: "  ")
        case .question(let question):
            return [style.bold(text("event.question"))] + Format.wrap(question, indent: "  ")
        case .collectiveLoss:
            return [style.red(text("event.collective-loss"))]
        case .gameEnded:
            return [style.bold(text("event.game-ended"))]
        default:
            return sentence(for: event).map(Format.hang) ?? []
        }
    }

    /// The one-sentence events.
    private func sentence(for event: GameEvent) -> String? {
        switch event {
        case .income(let role, let amount):
            return text("event.income", self.role(role), Format.number(amount))
        case .planned(let role, let project, let round):
            return text("event.planned", self.role(role), self.project(project), year(round))
        case .unplanned(let role, let project):
            return text("event.unplanned", self.role(role), self.project(project))
        case .contributed(let role, let fund, let amount):
            return text("event.contributed", self.role(role), "\(amount)", self.fund(fund))
        case .transferred(let role, let to, let amount):
            return text("event.transferred", self.role(role), "\(amount)", self.role(to))
        case .shared(let role):
            return text("event.shared", self.role(role))
        case .met(let role, let other, let trust):
            return text("event.met-trust", self.role(role), self.role(other), Format.number(trust))
        case .goalRevealed(_, let other, let goal):
            let goals = spec.roles.indices.contains(other) ? spec.roles[other].goals : []
            guard goals.indices.contains(goal) else { return nil }
            return style.cyan(text("event.goal-revealed", self.role(other), goals[goal].text))
        case .planShared(let role, let project, let round):
            return text("event.plan-shared", self.role(role), self.project(project), year(round))
        case .sharedPlanChanged(let role, let project):
            return style.red(
                text("event.shared-plan-changed", self.role(role), self.project(project)))
        case .proposed(let number):
            guard let proposal = proposal(number, preferAfter: true) else { return nil }
            return text("event.proposed", "\(number)", role(proposal.from), describe(proposal.kind))
        case .responded(let role, let number, let accept):
            return text(
                accept ? "event.accepted-by" : "event.refused-by", self.role(role), "\(number)")
        case .proposalAccepted(let number):
            let what = proposal(number, preferAfter: false).map { describe($0.kind) } ?? ""
            return style.green(text("event.proposal-accepted", "\(number)", what))
        case .proposalRejected(let number):
            let what = proposal(number, preferAfter: false).map { describe($0.kind) } ?? ""
            return text("event.proposal-rejected", "\(number)", what)
        case .committed(let role, let project, let round):
            return text("event.committed", self.role(role), self.project(project), year(round))
        case .commitmentKept(let role, let project):
            return style.green(
                text("event.commitment-kept", self.role(role), self.project(project)))
        case .commitmentBroken(let role, let project):
            return style.red(
                text("event.commitment-broken", self.role(role), self.project(project)))
        case .chose(let role, let dilemma):
            return text("event.chose", self.role(role), dilemmaID(dilemma))
        case .dilemmaDecided(let dilemma, let choices):
            let rules = spec.dilemmas[dilemma]
            let made =
                game.state.dilemmas.indices.contains(dilemma)
                ? game.state.dilemmas[dilemma].choices : []
            let pickedUp = rules.anyone && made.contains { $0 != nil }
            let parts = zip(rules.choosers, choices).enumerated().compactMap {
                slot, pair -> String? in
                // A dilemma that anyone may pick up names only the role that picked it up.
                guard !pickedUp || (made.indices.contains(slot) && made[slot] != nil) else {
                    return nil
                }
                return "\(role(pair.0)): \(label(rules.options, pair.1, \.id))"
            }
            return text("event.dilemma-decided", rules.title, parts.joined(separator: ", "))
        case .dilemmaDefaulted(let dilemma):
            return style.red(text("event.dilemma-defaulted", spec.dilemmas[dilemma].title))
        case .ready(let role):
            return style.dim(text("event.ready", self.role(role)))
        case .projectStarted(let project, let paid):
            let paidBy = payments(project, paid)
            if paidBy.isEmpty { return text("event.project-started-plain", name(project)) }
            return text("event.project-started", name(project), paidBy)
        case .projectCouldNotStart(let project, let reason):
            let why = RejectionExplainer(spec: spec, text: text).reason(reason)
            return style.red(text("event.project-blocked", name(project), why))
        case .planDropped(let project, let reason):
            let why = RejectionExplainer(spec: spec, text: text).reason(reason)
            return style.yellow(text("event.plan-dropped", name(project), why))
        case .projectCompleted(let project):
            return style.green(text("event.project-completed", name(project)))
        case .projectFailed(let project):
            return style.red(text("event.project-failed", name(project)))
        case .deadlineMissed(let project):
            return style.red(text("event.deadline-missed", name(project)))
        case .streetOpened(let district, let projects):
            return text(
                "event.street-opened", districtName(district),
                projects.map(self.project).joined(separator: ", "))
        case .openingShared(let district, let saving):
            return style.green(
                text("event.opening-shared", districtName(district), Format.number(saving)))
        case .graafrustBreached(let district, let project):
            return style.red(
                text("event.graafrust-breached", districtName(district), self.project(project)))
        case .couplingMade(let coupling, let paid, let saved):
            let projects =
                spec.couplings.indices.contains(coupling) ? spec.couplings[coupling].projects : []
            let paidBy = zip(projects, paid).map {
                "\(role(spec.projects[$0.0].owner)) \(Format.number($0.1))"
            }
            return style.green(
                text(
                    "event.coupling-made", couplingName(coupling), Format.number(saved),
                    paidBy.joined(separator: ", ")))
        case .couplingMissed(let coupling):
            return style.yellow(text("event.coupling-missed", couplingName(coupling)))
        case .coordinatorPaid(let amount):
            return text("event.coordinator-paid", Format.number(amount))
        case .fundSpent(let fund, let project, let amount):
            return text(
                "event.fund-spent", self.fund(fund), Format.number(amount), self.project(project))
        case .formChanged(let form):
            return style.green(text("event.form-changed", formName(form)))
        case .formLost(let form):
            return style.red(text("event.form-lost", formName(form), formName(0)))
        case .goalReached(let role, let goal):
            if let role {
                let goals = spec.roles[role].goals
                return style.green(
                    text(
                        "event.goal-reached", self.role(role),
                        label(goals, goal, \.text)))
            }
            let goals = spec.sharedGoals
            return style.green(
                text(
                    "event.shared-goal-reached",
                    label(goals, goal, \.text)))
        case .paused(let paused):
            return style.yellow(text(paused ? "event.paused" : "event.resumed"))
        case .facilitatorAdjusted(let intervention):
            return style.yellow(describe(intervention))
        case .changed(let change):
            return describe(change)
        default:
            return instrumentSentence(for: event)
        }
    }

    /// A changed number: what it was, what it is, and by how much.
    func describe(_ change: StateChange) -> String {
        func values(_ before: Double, _ after: Double) -> [String] {
            [Format.number(before), Format.number(after), Format.signed(after - before)]
        }
        switch change {
        case .budget(let role, let before, let after):
            return text.fill("change.budget", [self.role(role)] + values(before, after))
        case .fund(let fund, let before, let after):
            return text.fill("change.fund", [self.fund(fund)] + values(before, after))
        case .trust(let from, let to, let before, let after):
            return text.fill(
                "change.trust", [self.role(from), self.role(to)] + values(before, after))
        case .score(let role, let before, let after):
            return text.fill("change.score", [self.role(role)] + values(before, after))
        case .variable(let variable, let before, let after):
            let name =
                spec.variables.indices.contains(variable) ? spec.variables[variable].name : "?"
            return text.fill("change.variable", [name] + values(before, after))
        }
    }

    /// A proposal by number: from the state after the action, or from before it.
    private func proposal(_ number: Int, preferAfter: Bool) -> Proposal? {
        let after = game.state.proposals
        let lists = preferAfter ? [after, proposalsBefore] : [proposalsBefore, after]
        for list in lists where list.indices.contains(number - 1) { return list[number - 1] }
        return nil
    }

    /// What a proposal asks, in words.
    func describe(_ kind: ProposalKind) -> String {
        switch kind {
        case .coupling(let coupling):
            let named = text("proposal.coupling", couplingName(coupling))
            guard let due = PlanFixingLines.surcharges(game, coupling: coupling, role: role) else {
                return named
            }
            return named + " " + text("proposal.late-surcharge", due)
        case .jointProject(let project):
            return text("proposal.joint", name(project))
        case .form(let form):
            return text("proposal.form", formName(form))
        case .fundSpending(let fund, let project, let amount):
            return text("proposal.fund", "\(amount)", self.fund(fund), self.project(project))
        case .agreement(let agreement):
            let rules = spec.agreements[agreement]
            return text("proposal.agreement", rules.name, Format.number(rules.fee))
        case .coordinator:
            return text("proposal.coordinator", Format.number(spec.coordinator?.cost ?? 0))
        case .programme:
            let rules = spec.programme
            return text(
                "proposal.programme", rules?.name ?? "?", Format.number(rules?.cost ?? 0),
                "\(rules?.horizon ?? 0)")
        case .programmeCoupling(let coupling, let round):
            return text("proposal.programme-coupling", couplingName(coupling), year(round))
        }
    }

    /// A facilitator's intervention, in words.
    func describe(_ intervention: FacilitatorAction) -> String {
        switch intervention {
        case .pause(let paused): return text(paused ? "event.paused" : "event.resumed")
        case .nextPhase: return text("facilitator.next-phase")
        case .inject(let event):
            return text(
                "facilitator.injected",
                label(spec.events, event, \.id))
        case .adjustBudget(let role, let delta):
            return text("facilitator.budget", self.role(role), Format.signed(delta))
        case .adjustTrust(let from, let to, let delta):
            return text("facilitator.trust", self.role(from), self.role(to), Format.signed(delta))
        case .adjustVariable(let variable, let delta):
            return text(
                "facilitator.variable", label(spec.variables, variable, \.name),
                Format.signed(delta))
        }
    }

    private func payments(_ project: Int, _ paid: [Double]) -> String {
        guard spec.projects.indices.contains(project) else { return "" }
        let payers = spec.projects[project].payers
        return zip(payers, paid).filter { $0.1 != 0 }.map { "\(role($0.0)) \(Format.number($0.1))" }
            .joined(separator: ", ")
    }

    func year(_ round: Int) -> String { "\(spec.firstYear + round)" }
    func role(_ index: Int) -> String { label(spec.roles, index, \.name) }
    private func project(_ index: Int) -> String { label(spec.projects, index, \.id) }
    private func name(_ index: Int) -> String { label(spec.projects, index, \.name) }
    func fund(_ index: Int) -> String { label(spec.funds, index, \.name) }
    private func districtName(_ index: Int) -> String { label(spec.districts, index, \.name) }
    private func dilemmaID(_ index: Int) -> String { label(spec.dilemmas, index, \.id) }
    private func couplingName(_ index: Int) -> String { label(spec.couplings, index, \.name) }
    func formName(_ index: Int) -> String { label(spec.forms, index, \.name) }

    /// The text of item `index` of `items`, or `?` for an index the game does not have.
    func label<Item>(_ items: [Item], _ index: Int, _ text: KeyPath<Item, String>)
        -> String
    {
        items.label(index, text, missing: "?")
    }
}
