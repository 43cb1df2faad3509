import GameRules

/// Everything a view needs: the game, who looks, the language and the style.
struct ViewContext {
    /// The game.
    let game: Game
    /// The role looking, or nil for the facilitator.
    let viewer: Int?
    /// The messages in the session's language.
    let text: Messages
    /// Colour or not.
    let style: Style
    /// What the viewer may see.
    let view: RoleView
    /// Whether every seat has its own screen (`wijkspel serve`): then all roles that are
    /// not done act at once in a secret phase, instead of one keyboard going round.
    var actsTogether = false

    /// Creates a context and computes the viewer's view once.
    init(game: Game, viewer: Int?, text: Messages, style: Style) {
        self.game = game
        self.viewer = viewer
        self.text = text
        self.style = style
        self.view = game.view(for: viewer)
    }

    /// The rules.
    var spec: GameSpec { game.spec }

    /// The calendar year of a round index.
    func year(_ round: Int) -> String { "\(spec.firstYear + round)" }

    /// A role's display name.
    func role(_ index: Int) -> String {
        spec.roles.indices.contains(index) ? spec.roles[index].name : "?"
    }

    /// A project's id.
    func project(_ index: Int) -> String {
        spec.projects.indices.contains(index) ? spec.projects[index].id : "?"
    }

    /// A district's id.
    func district(_ index: Int) -> String {
        spec.districts.indices.contains(index) ? spec.districts[index].id : "?"
    }

    /// A heading in the style.
    func heading(_ title: String) -> String { style.cyan(Format.heading(title)) }
}
