/// The top-level settings of a game: title, language, calendar and money rules.
struct GameBasics {
    /// The title shown at the start.
    var title = ""
    /// The language of the players' texts.
    var language = "nl"
    /// The calendar year of the first round.
    var firstYear = 2025
    /// The number of rounds.
    var rounds = 1
    /// Whether budgets may go below zero.
    var allowDebt = false
    /// The amounts offered to bots for contributions and transfers.
    var moneySteps = [5, 10, 20]

    /// Reads the basics from the top-level table.
    static func read(_ root: TableReader) -> GameBasics {
        var basics = GameBasics()
        basics.title = root.text("title", required: true, what: "the game")
        basics.language = root.choice("language", ["nl": "nl", "en": "en"]) ?? "nl"
        basics.firstYear = root.integer("first_year") ?? 2025
        if let rounds = root.integer("rounds") {
            if rounds < 1 {
                root.sink.error(
                    DiagnosticID.tooFewRounds,
                    "a game needs at least 1 round, but `rounds` is \(rounds)",
                    at: root.valueLocation("rounds"),
                    suggestion: "set `rounds` to the number of years played")
            }
            basics.rounds = max(1, min(rounds, 1000))
        } else if !root.has("rounds") {
            root.missing("rounds", what: "the game", example: "6")
        }
        basics.allowDebt = root.bool("allow_debt") ?? false
        if let steps = root.node("money_steps") {
            let values = steps.value.arrayValue?.compactMap { TableReader.integer($0.value) } ?? []
            if values.isEmpty || values.count != steps.value.arrayValue?.count
                || values.contains(where: { $0 <= 0 })
            {
                root.sink.error(
                    DiagnosticID.wrongType,
                    "`money_steps` must be a list of positive whole numbers",
                    at: steps.location, suggestion: "for example `money_steps = [5, 10, 20]`")
            } else {
                basics.moneySteps = values
            }
        }
        return basics
    }
}
