import GameRules
import TOML

/// Reads `[programme]`: the joint programme (tactical frame) the table can start.
enum ProgrammeSection {
    /// The programme, or nil when the game has none; `funds` are the fund ids and `rounds`
    /// the game's length.
    static func read(
        _ root: TableReader, funds: [String], rounds: Int, context: DefinitionContext
    ) -> ProgrammeSpec? {
        guard let reader = root.table("programme") else { return nil }
        var programme = ProgrammeSpec(name: reader.playerText("name") ?? "programma")
        programme.text = reader.playerText("text") ?? ""
        if let horizon = reader.integer("horizon") {
            programme.horizon = checkedHorizon(horizon, reader: reader, rounds: rounds)
        } else if !reader.has("horizon") {
            context.sink.error(
                DiagnosticID.missingKey, "`[programme]` has no `horizon`",
                at: reader.location,
                suggestion:
                    "add `horizon = 4`, the years ahead a coupling can be held (seed 003: 4 to 10)")
        }
        programme.cost = reader.nonNegative("cost", id: DiagnosticID.negativeCost) ?? 0
        if let fund = reader.string("fund") {
            programme.fund = context.resolve(
                Located(fund, reader.valueLocation("fund")), among: funds, kind: "fund")
        }
        let key = KeyReader(
            context: context, parties: Array(context.scope.roles.indices),
            partyWord: "a role", joinHint: "use a role's id")
        programme.key = key.read(reader, "key")
        if programme.cost == 0 {
            for unused in ["fund", "key"] where reader.has(unused) {
                context.sink.warning(
                    DiagnosticID.unusedKey,
                    "`\(unused)` of `[programme]` does nothing without `cost`",
                    at: reader.keyLocation(unused),
                    suggestion: "add `cost = 2`, what the programme costs a year")
            }
        }
        programme.minGroupTrust = reader.number("min_trust", in: 0...100) ?? 0
        programme.earlyYears = reader.count("early_years") ?? programme.earlyYears
        programme.earlyBonus =
            reader.nonNegative("early_bonus", id: DiagnosticID.negativeValue) ?? 0
        checkEarly(programme, reader: reader, context: context)
        programme.breakTrust =
            reader.number("break_trust", in: -100...0) ?? programme.breakTrust
        reader.finish()
        return programme
    }

    /// A horizon of at least 1; one beyond the game's last year is kept but warned about.
    private static func checkedHorizon(_ horizon: Int, reader: TableReader, rounds: Int) -> Int {
        guard horizon >= 1 else {
            reader.sink.error(
                DiagnosticID.outOfRange,
                "`horizon` of `[programme]` must be at least 1, but here it is \(horizon)",
                at: reader.valueLocation("horizon"),
                suggestion: "write the years ahead a coupling can be held, such as 4")
            return 1
        }
        if horizon > rounds - 1 {
            reader.sink.warning(
                DiagnosticID.programmeHorizon,
                "`horizon` of `[programme]` is \(horizon) years, but the game has only \(rounds - 1) years after its first",
                at: reader.valueLocation("horizon"),
                suggestion: "write at most \(max(1, rounds - 1)), or play more `rounds`")
        }
        return horizon
    }

    /// `early_years` and `early_bonus` work together, and the bonus must be reachable.
    private static func checkEarly(
        _ programme: ProgrammeSpec, reader: TableReader, context: DefinitionContext
    ) {
        if reader.has("early_years"), !reader.has("early_bonus") {
            context.sink.warning(
                DiagnosticID.unusedKey,
                "`early_years` of `[programme]` does nothing without `early_bonus`",
                at: reader.keyLocation("early_years"),
                suggestion: "add `early_bonus = 3`, what an early coupling saves more")
        }
        if programme.earlyBonus > 0, programme.earlyYears > programme.horizon {
            context.sink.warning(
                DiagnosticID.unusedKey,
                "`early_bonus` of `[programme]` is never earned: `early_years` (\(programme.earlyYears)) is beyond the `horizon` (\(programme.horizon))",
                at: reader.keyLocation("early_bonus"),
                suggestion: "make `early_years` at most the `horizon`")
        }
    }
}
