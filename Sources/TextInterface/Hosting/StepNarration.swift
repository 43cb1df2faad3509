import GameRules

/// The sentences of what one step told, for every screen of a table: what everyone may see
/// is put into words once per language, what one role may see only for that role.
struct StepNarration {
    /// The game after the step.
    let game: Game
    /// What the step told.
    let told: [ToldEvent]
    /// The proposals before the step (their numbers as the table knew them).
    let proposalsBefore: [Proposal]
    /// The game's spec in each language, for the names and texts of each screen.
    let translations: [Language: GameSpec]
    /// A narrator per language.
    private var narrators: [Language: EventNarrator] = [:]
    /// The sentences of public events, per language and event.
    private var shared: [Language: [Int: [String]]] = [:]

    /// The narration of `told` in `game` (the game as it stands after it), with the
    /// player texts of each language from `translations` (the game's own when absent).
    init(
        game: Game, told: [ToldEvent], proposalsBefore: [Proposal],
        translations: [Language: GameSpec] = [:]
    ) {
        self.game = game
        self.told = told
        self.proposalsBefore = proposalsBefore
        self.translations = translations
    }

    /// The sentences of the events at `indices` that `role` may see (nil: what everyone
    /// may see), in `text`'s language.
    mutating func lines(_ indices: Range<Int>, to role: Int?, in text: Messages) -> [String] {
        var lines: [String] = []
        for index in indices {
            let event = told[index]
            let isPublic = event.audience.roles == nil
            if let role, !isPublic {
                guard event.isVisible(to: role) else { continue }
            } else if !isPublic {
                continue
            }
            if isPublic, let made = shared[text.language]?[index] {
                lines += made
                continue
            }
            let made = narrator(text).lines(for: event.event)
            if isPublic { shared[text.language, default: [:]][index] = made }
            lines += made
        }
        return lines
    }

    private mutating func narrator(_ text: Messages) -> EventNarrator {
        if let made = narrators[text.language] { return made }
        let made = EventNarrator(
            game: translations[text.language].map(game.withTexts(of:)) ?? game,
            proposalsBefore: proposalsBefore, text: text,
            style: Style(color: false))
        narrators[text.language] = made
        return made
    }
}
