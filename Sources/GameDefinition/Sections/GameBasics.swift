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
        basics.language = root.choice("language", ["nl": "nl", "en": "en"]) ?? "nl"
        root.languages.main = basics.language
        root.languages.declared = LanguagesKey.read(root, main: basics.language)
        basics.title = root.text("title", required: true, what: "the game")
        basics.firstYear = readFirstYear(root) ?? 2025
        if let rounds = root.rawInteger("rounds") {
            basics.rounds =
                checkedRounds(rounds, root) ?? min(max(1, rounds.value), maximumRounds)
        } else if !root.has("rounds") {
            root.missing("rounds", what: "the game", example: "6")
        }
        basics.allowDebt = root.bool("allow_debt") ?? false
        if let steps = root.node("money_steps") {
            let values = steps.value.arrayValue?.compactMap { TableReader.integer($0.value) } ?? []
            if values.isEmpty || values.count != steps.value.arrayValue?.count
                || values.contains(where: { $0 <= 0 || $0 > TableReader.wholeNumberLimit })
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

    /// The calendar years a game may start in.
    static let years = 1000...9999
    /// The most rounds a game may have.
    static let maximumRounds = 1000

    private static func readFirstYear(_ root: TableReader) -> Int? {
        guard let year = root.rawInteger("first_year") else { return nil }
        guard years.contains(year.value) else {
            root.sink.error(
                DiagnosticID.outOfRange,
                "`first_year` must be a calendar year from \(years.lowerBound) to \(years.upperBound), "
                    + "but here it is \(year.value)",
                at: year.location, suggestion: "write the year of the first round, such as 2026")
            return nil
        }
        return year.value
    }

    private static func checkedRounds(_ rounds: Located<Int>, _ root: TableReader) -> Int? {
        if rounds.value < 1 {
            root.sink.error(
                DiagnosticID.tooFewRounds,
                "a game needs at least 1 round, but `rounds` is \(rounds.value)",
                at: rounds.location, suggestion: "set `rounds` to the number of years played")
            return nil
        }
        if rounds.value > maximumRounds {
            root.sink.error(
                DiagnosticID.tooManyRounds,
                "a game has at most \(maximumRounds) rounds, but `rounds` is \(rounds.value)",
                at: rounds.location,
                suggestion: "set `rounds` to the number of years played, at most \(maximumRounds)")
            return nil
        }
        return rounds.value
    }
}
