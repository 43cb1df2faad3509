import GameRules
import Strategies

/// Follows a replay step by step and writes down, per year, the story in sentences, the
/// actions in words, the events fired and the dilemma decisions, in the report's language.
struct DebriefRecorder {
    /// The rules.
    let spec: GameSpec
    /// The messages.
    let text: Messages
    /// Per year reached, the story.
    private(set) var stories: [[String]] = []
    /// Every action, in words.
    private(set) var actions: [DebriefAction] = []
    /// Every event fired.
    private(set) var events: [DebriefEvent] = []
    /// Every dilemma decision.
    private(set) var dilemmas: [DebriefDilemma] = []
    /// Per coupling, the round it was made and the money saved.
    private(set) var couplingsMade: [Int: (round: Int, saved: Double)] = [:]
    /// Per role, the rounds in which it shared its plans.
    private(set) var sharedRounds: [Set<Int>]
    /// The round now.
    private var round = 0
    /// The phase now (index).
    private var phase = 0
    /// Per dilemma, the roles that chose since it opened.
    private var chosen: [Set<Int>]

    /// A recorder for a game of `spec`.
    init(spec: GameSpec, text: Messages) {
        self.spec = spec
        self.text = text
        sharedRounds = Array(repeating: [], count: spec.roles.count)
        chosen = Array(repeating: [], count: spec.dilemmas.count)
    }

    /// Records the opening events of `game`.
    mutating func start(_ game: Game) {
        round = game.state.round
        stories = [[]]
        tell(game.openingEvents, game: game, before: [])
        phase = game.state.phase
    }

    /// Records one replayed step; `game` is the game after it.
    mutating func record(_ step: TableStep, game: Game) {
        let narrator = EventNarrator(
            game: game, proposalsBefore: step.proposalsBefore, text: text,
            style: Style(color: false))
        let said = step.told.first.map { sentence(narrator.lines(for: $0.event)) } ?? ""
        actions.append(
            DebriefAction(
                index: actions.count, year: spec.firstYear + round,
                phase: spec.phases.indices.contains(phase)
                    ? text.phaseName(spec.phases[phase]) : "?",
                role: step.action.role.map { spec.roles[$0].name } ?? text("debrief.facilitator"),
                text: said))
        tell(step.told, game: game, before: step.proposalsBefore)
        round = game.state.round
        phase = game.state.phase
    }

    /// The lines of one event joined into one sentence.
    private func sentence(_ lines: [String]) -> String {
        lines.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private mutating func tell(_ told: [ToldEvent], game: Game, before: [Proposal]) {
        let narrator = EventNarrator(
            game: game, proposalsBefore: before, text: text, style: Style(color: false))
        for item in told {
            note(item.event)
            guard DebriefRecorder.isStory(item.event) else { continue }
            var lines = narrator.lines(for: item.event)
            // How to choose is for the table, not for the report.
            if case .dilemmaOpened = item.event, !lines.isEmpty { lines.removeLast() }
            let line = sentence(lines)
            if !line.isEmpty { stories[stories.count - 1].append(line) }
        }
    }

    /// Whether an event belongs in the year's story (not the bookkeeping of turns and income).
    static func isStory(_ event: GameEvent) -> Bool {
        switch event {
        case .roundStarted, .phaseStarted, .ready, .income, .changed, .yearReviewed, .paused,
            .chose:
            return false
        default:
            return true
        }
    }

    private mutating func note(_ event: GameEvent) {
        switch event {
        case .roundStarted(let next):
            round = next
            while stories.count <= next { stories.append([]) }
        case .eventFired(let event):
            let rules = spec.events[event]
            events.append(
                DebriefEvent(
                    round: round, year: spec.firstYear + round, id: rules.id, title: rules.title))
        case .shared(let role):
            sharedRounds[role].insert(round)
        case .dilemmaOpened(let dilemma):
            chosen[dilemma] = []
        case .chose(let role, let dilemma):
            chosen[dilemma].insert(role)
        case .dilemmaDecided(let dilemma, let choices):
            dilemmas.append(decision(dilemma, choices))
        case .dilemmaDefaulted(let dilemma):
            guard let last = dilemmas.lastIndex(where: { $0.id == spec.dilemmas[dilemma].id })
            else { return }
            dilemmas[last].defaulted = true
            dilemmas[last].cost =
                dilemmas[last].cost + spec.dilemmas[dilemma].defaultEffects.map(\.source)
        case .dilemmaOutcome(let dilemma, let outcome):
            let rules = spec.dilemmas[dilemma]
            guard let last = dilemmas.lastIndex(where: { $0.id == rules.id }),
                rules.outcomes.indices.contains(outcome)
            else { return }
            let said = rules.outcomes[outcome].text
            dilemmas[last].outcome = [dilemmas[last].outcome, said].filter { !$0.isEmpty }.joined(
                separator: " ")
        case .couplingMade(let coupling, _, let saved):
            couplingsMade[coupling] = (round, saved)
        default:
            break
        }
    }

    private mutating func decision(_ dilemma: Int, _ options: [Int]) -> DebriefDilemma {
        let rules = spec.dilemmas[dilemma]
        // A dilemma that anyone may pick up shows only the role that picked it up, if any.
        let pickedUp = rules.anyone && !chosen[dilemma].isEmpty
        let choices = zip(rules.choosers, options).compactMap { role, option -> DebriefChoice? in
            guard !pickedUp || chosen[dilemma].contains(role) else { return nil }
            return DebriefChoice(
                role: role, option: rules.options[option].id, label: rules.options[option].label,
                byDefault: !chosen[dilemma].contains(role))
        }
        chosen[dilemma] = []
        return DebriefDilemma(
            id: rules.id, title: rules.title, round: round, year: spec.firstYear + round,
            choices: choices, defaulted: false,
            cost: choices.filter(\.byDefault).flatMap { choice in
                rules.options.first { $0.id == choice.option }?.effects.map(\.source) ?? []
            }, outcome: "")
    }
}
