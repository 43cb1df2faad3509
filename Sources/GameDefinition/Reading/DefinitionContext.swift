import GameRules
import TOML

/// What every section needs while it reads: the diagnostics, the names in play and the calendar.
final class DefinitionContext {
    /// Where diagnostics go.
    let sink: DiagnosticSink
    /// Every id the file defines, for resolving names and compiling expressions.
    let scope: ExpressionScope
    /// The calendar year of the first round.
    let firstYear: Int
    /// The number of rounds (at least 1 for the purpose of checks).
    let rounds: Int
    /// Finds conditions that the ranges of their values make impossible.
    let reach: ReachCheck
    /// The text of the file.
    let source: String
    /// Per district (index), the underground slots taken by projects done or running
    /// before the game, read so far.
    var slotsTakenBefore: [Int: Int] = [:]
    /// Maps expression errors to file positions; made at the first error (it splits the
    /// whole file into lines, which a file without errors never needs).
    private lazy var locator = StringLocator(source: source)
    /// Finds names among long lists of ids without searching them.
    private var lookup = IDLookup()

    /// Creates a context.
    init(
        sink: DiagnosticSink, scope: ExpressionScope, source: String, basics: GameBasics,
        variables: [VariableSpec]
    ) {
        self.sink = sink
        self.scope = scope
        self.source = source
        self.firstYear = basics.firstYear
        self.rounds = basics.rounds
        self.moneySteps = basics.moneySteps
        self.reach = ReachCheck(
            ranges: ValueRanges(
                variables: variables, rounds: basics.rounds, firstYear: basics.firstYear,
                forms: scope.forms.count, allowDebt: basics.allowDebt,
                couplings: scope.couplings.count))
    }

    /// The amounts bots use for money (`money_steps`).
    let moneySteps: [Int]

    /// The calendar year of the last round.
    var lastYear: Int { firstYear + rounds - 1 }

    /// The index of `name` among `ids`, or a `def.unknown-id` diagnostic with a suggestion.
    func resolve(_ name: Located<String>, among ids: [String], kind: String) -> Int? {
        if let index = lookup.place(of: name.value, among: ids) { return index }
        let close = Suggestions.closest(to: name.value, among: ids)
        let known =
            ids.isEmpty
            ? "none are defined" : "known: " + ids.map { "`\($0)`" }.joined(separator: ", ")
        sink.error(
            DiagnosticID.unknownID, "there is no \(kind) `\(name.value)` (\(known))",
            at: name.location,
            suggestion: close.map { "did you mean `\($0)`?" })
        return nil
    }

    /// Resolves every name in a list, dropping the unknown ones.
    func resolveAll(_ names: [Located<String>], among ids: [String], kind: String) -> [Int] {
        names.compactMap { resolve($0, among: ids, kind: kind) }
    }

    /// The round index of the year under `key`, if present and a whole number.
    func round(_ reader: TableReader, _ key: String) -> Located<Int>? {
        guard let year = reader.integer(key) else { return nil }
        return Located(year - firstYear, reader.valueLocation(key))
    }

    /// The round index of a year that must fall inside the game; reports `def.year-out-of-range`.
    func roundInGame(_ reader: TableReader, _ key: String) -> Int? {
        guard let round = round(reader, key) else { return nil }
        guard (0..<rounds).contains(round.value) else {
            sink.error(
                DiagnosticID.yearOutOfRange,
                "`\(key)` is \(round.value + firstYear), but the game runs from \(firstYear) to \(lastYear)",
                at: round.location, suggestion: "use a year from \(firstYear) to \(lastYear)")
            return nil
        }
        return round.value
    }

    /// Compiles the condition under `key`, if present.
    func condition(_ reader: TableReader, _ key: String) -> Located<Expression>? {
        guard let text = reader.string(key) else { return nil }
        let location = reader.valueLocation(key)
        return compile(text, at: location) { ExpressionCompiler.compileCondition($0, scope: scope) }
            .map { Located($0, location) }
    }

    /// Compiles the condition under `key`, warning (`def.never-true`) when the ranges of its
    /// values mean it can never hold.
    func reachableCondition(_ reader: TableReader, _ key: String) -> Located<Expression>? {
        let condition = condition(reader, key)
        if let condition, let reason = reach.whyNever(condition.value.root) {
            sink.warning(
                DiagnosticID.neverTrue, "`\(key)` can never hold: \(reason)",
                at: condition.location, suggestion: Self.neverTrueSuggestion)
        }
        return condition
    }

    /// How to repair a condition that can never hold.
    static let neverTrueSuggestion =
        "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game"

    /// Compiles the computed value under `key`, if present.
    func value(_ reader: TableReader, _ key: String) -> Expression? {
        guard let text = reader.string(key) else { return nil }
        return compile(text, at: reader.valueLocation(key)) {
            ExpressionCompiler.compileValue($0, scope: scope)
        }
    }

    /// Compiles the effects under `key`: one text or a list of texts.
    func effects(_ reader: TableReader, _ key: String) -> [Effect] {
        (reader.strings(key) ?? []).compactMap { item in
            let effect = compile(item.value, at: item.location) {
                ExpressionCompiler.compileEffect($0, scope: scope)
            }
            if let effect { warnIfBeyondBounds(effect, at: item.location) }
            return effect
        }
    }

    /// Warns (`def.outside-bounds`) when an effect sets a variable outside its bounds, or
    /// adds more than its whole range: the engine keeps it within them.
    func warnIfBeyondBounds(_ effect: Effect, at location: SourceLocation) {
        guard case .variable(let index) = effect.target, case .constant(let amount) = effect.value,
            reach.ranges.variables.indices.contains(index)
        else { return }
        let variable = reach.ranges.variables[index]
        let width = variable.max - variable.min
        let beyond: Bool
        switch effect.operation {
        case .set: beyond = amount < variable.min || amount > variable.max
        case .add, .subtract: beyond = abs(amount) > width
        case .multiply: beyond = false
        }
        guard beyond else { return }
        sink.warning(
            DiagnosticID.outsideBounds,
            "`\(effect.source)` goes beyond the bounds of `\(variable.name)`: it is kept between "
                + "\(ValueDescription.number(variable.min)) and \(ValueDescription.number(variable.max))",
            at: location,
            suggestion:
                "widen its bounds where it is declared: `{ start = .., min = .., max = .. }`")
    }

    /// Compiles `text`, reporting a mistake as `def.expression` at its character.
    func compile<T>(
        _ text: String, at location: SourceLocation,
        _ compiler: (String) -> Result<T, ExpressionError>
    ) -> T? {
        switch compiler(text) {
        case .success(let compiled):
            return compiled
        case .failure(let error):
            sink.error(
                DiagnosticID.expression, error.message,
                at: locator.location(of: error.offset, inStringAt: location),
                suggestion: error.suggestion)
            return nil
        }
    }
}
