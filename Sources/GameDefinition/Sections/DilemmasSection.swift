import GameRules
import TOML

/// Reads `[dilemmas.ID]` with `[[dilemmas.ID.options]]` and `[[dilemmas.ID.outcomes]]`.
enum DilemmasSection {
    /// The dilemmas in file order.
    static func read(_ root: TableReader, context: DefinitionContext) -> [DilemmaSpec] {
        let opened = openedByEvents(root.table)
        return root.namedTables("dilemmas").compactMap { id, reader in
            let what = "dilemma `\(id.value)`"
            var dilemma = DilemmaSpec(
                id: id.value, title: reader.playerText("title") ?? id.value, text: "", choosers: [],
                options: [])
            dilemma.text = reader.text("text", required: true, what: what)
            readChoosers(reader, into: &dilemma, what: what, context: context)
            dilemma.opensInRound = context.roundInGame(reader, "year")
            dilemma.rounds = reader.integer("rounds") ?? 1
            if dilemma.rounds < 1 {
                context.sink.error(
                    DiagnosticID.outOfRange,
                    "`rounds` of \(what) must be at least 1, but here it is \(dilemma.rounds)",
                    at: reader.valueLocation("rounds"))
            }
            dilemma.repeats = reader.bool("repeats") ?? false
            let (options, labels) = options(
                reader, what: what, choosers: dilemma.choosers, context: context)
            dilemma.options = options
            if let name = reader.string("default") {
                let ids = dilemma.options.map(\.id)
                dilemma.defaultOption =
                    context.resolve(
                        Located(name, reader.valueLocation("default")), among: ids, kind: "option")
                    ?? 0
            }
            dilemma.defaultEffects = context.effects(reader, "default_effects")
            dilemma.outcomes = reader.tables("outcomes").compactMap {
                outcome($0, context: context)
            }
            checkCosts(dilemma, labels: labels, context: context)
            reader.finish()
            if !reader.has("year"), !opened.contains(id.value) {
                context.sink.warning(
                    DiagnosticID.neverOpens,
                    "\(what) never opens: it has no `year` and no event opens it",
                    at: id.location,
                    suggestion:
                        "add `year = \(context.firstYear + min(1, context.rounds - 1))`, or `dilemma = \"\(id.value)\"` to an event"
                )
            }
            return dilemma
        }
    }

    /// Reads `choosers` and `secret`: named roles, or (left out, or `"any"`) every role, as
    /// a dilemma that anyone may pick up, which is never secret.
    private static func readChoosers(
        _ reader: TableReader, into dilemma: inout DilemmaSpec, what: String,
        context: DefinitionContext
    ) {
        let choosers = reader.strings("choosers")
        let secret = reader.bool("secret")
        dilemma.secret = secret ?? true
        if let choosers, choosers.map(\.value) != ["any"] {
            dilemma.choosers = context.resolveAll(
                choosers, among: context.scope.roles, kind: "role")
            if choosers.isEmpty {
                context.sink.error(
                    DiagnosticID.missingKey, "\(what) has nobody in `choosers`",
                    at: reader.valueLocation("choosers"),
                    suggestion:
                        "name at least one role, or write `choosers = \"any\"` so that any role may pick it up"
                )
            }
            return
        }
        guard choosers != nil || !reader.has("choosers") else { return }
        dilemma.anyone = true
        dilemma.secret = false
        dilemma.choosers = Array(context.scope.roles.indices)
        if secret == true {
            context.sink.warning(
                DiagnosticID.unusedKey,
                "`secret` has no effect on \(what): any role may pick it up, and every role sees who did",
                at: reader.keyLocation("secret"),
                suggestion: "leave `secret` out, or name the `choosers`")
        }
    }

    /// The ids of the dilemmas that some event opens (`dilemma = "..."`).
    static func openedByEvents(_ root: TOMLTable) -> Set<String> {
        let events = root["events"]?.value.tableValue
        return Set(
            (events?.keys ?? []).compactMap {
                events?[$0]?.value.tableValue?["dilemma"]?.value.stringValue
            })
    }

    private static func options(
        _ reader: TableReader, what: String, choosers: [Int], context: DefinitionContext
    ) -> (options: [DilemmaOption], labels: [SourceLocation]) {
        let readers = reader.tables("options")
        if readers.count < 2 {
            context.sink.error(
                DiagnosticID.tooFewOptions,
                "\(what) needs at least 2 options, but has \(readers.count)",
                at: readers.first?.location ?? reader.location,
                suggestion: "add options with `[[dilemmas.id.options]]`")
        }
        var seen: Set<String> = []
        var labelLocations: [SourceLocation] = []
        let read = readers.compactMap { option -> DilemmaOption? in
            let id = option.string("id")
            let label = option.text("label", required: true, what: "an option of \(what)")
            let effects = context.chooserEffects(option, "effects", choosers: choosers)
            let cost = option.nonNegative("cost", id: DiagnosticID.negativeCost) ?? 0
            let fund = option.string("cost_fund").flatMap {
                context.resolve(
                    Located($0, option.valueLocation("cost_fund")), among: context.scope.funds,
                    kind: "fund")
            }
            if option.has("cost_fund"), !option.has("cost") {
                context.sink.warning(
                    DiagnosticID.unusedKey, "`cost_fund` has no effect on an option without `cost`",
                    at: option.keyLocation("cost_fund"),
                    suggestion: "add `cost = 5`, or leave `cost_fund` out")
            }
            labelLocations.append(option.valueLocation("label"))
            if !option.has("id") {
                option.missing("id", what: "an option of \(what)", example: "\"samen\"")
            }
            option.finish()
            guard let id else { return nil }
            if !seen.insert(id).inserted {
                context.sink.error(
                    DiagnosticID.duplicateID, "\(what) has two options with id `\(id)`",
                    at: option.valueLocation("id"), suggestion: "give each option its own `id`")
            }
            return DilemmaOption(
                id: id, label: label, effects: effects.effects,
                effectsByChooser: effects.byChooser, cost: cost, costFund: fund)
        }
        return (read, labelLocations)
    }

    /// Warns of option labels that speak of a cost nothing charges, or another than `cost`.
    private static func checkCosts(
        _ dilemma: DilemmaSpec, labels: [SourceLocation], context: DefinitionContext
    ) {
        let charges =
            dilemma.outcomes.contains { OptionCostCheck.charges($0.effects) }
            || OptionCostCheck.charges(dilemma.defaultEffects)
        for (option, location) in zip(dilemma.options, labels) {
            let own =
                OptionCostCheck.charges(option.effects)
                || (option.effectsByChooser ?? []).contains(where: OptionCostCheck.charges)
            OptionCostCheck.check(
                option.label, cost: option.cost, chargedByEffects: charges || own, at: location,
                sink: context.sink)
        }
    }

    private static func outcome(_ reader: TableReader, context: DefinitionContext)
        -> DilemmaOutcome?
    {
        let condition = context.reachableCondition(reader, "when")
        let effects = context.effects(reader, "effects")
        let text = reader.playerText("text") ?? ""
        if !reader.has("when") {
            reader.missing("when", what: "an outcome", example: "\"chose(beheer, samen)\"")
        }
        reader.finish()
        return condition.map { DilemmaOutcome(condition: $0.value, effects: effects, text: text) }
    }
}
