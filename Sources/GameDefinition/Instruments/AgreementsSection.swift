import GameRules
import TOML

/// Reads `[agreements.ID]`: the agreements the table can sign (an intentieverklaring, a
/// convenant, a version 2.0) and their terms.
enum AgreementsSection {
    /// The agreements in file order; `hasCoordinator` says whether the game has a
    /// `[coordinator]` that a `coordinator = true` term can hire.
    static func read(_ root: TableReader, context: DefinitionContext, hasCoordinator: Bool)
        -> [AgreementSpec]
    {
        let tables = root.namedTables("agreements")
        let ids = tables.map(\.id.value)
        return tables.enumerated().map { index, entry in
            let (id, reader) = entry
            var agreement = AgreementSpec(
                id: id.value, name: reader.playerText("name") ?? id.value)
            agreement.text = reader.playerText("text") ?? ""
            if let after = reader.string("after") {
                agreement.after = context.resolve(
                    Located(after, reader.valueLocation("after")), among: ids, kind: "agreement")
                if agreement.after == index {
                    context.sink.error(
                        DiagnosticID.agreementOrder,
                        "agreement `\(id.value)` cannot come after itself",
                        at: reader.valueLocation("after"),
                        suggestion:
                            "name the agreement that must be signed first, or leave `after` out")
                    agreement.after = nil
                }
            }
            agreement.minGroupTrust = reader.number("min_trust", in: 0...100) ?? 0
            agreement.fee = reader.nonNegative("fee", id: DiagnosticID.negativeCost) ?? 0
            agreement.rounds = reader.integer("rounds").flatMap { rounds in
                guard rounds >= 1 else {
                    context.sink.error(
                        DiagnosticID.outOfRange,
                        "`rounds` of agreement `\(id.value)` must be at least 1, but here it is \(rounds)",
                        at: reader.valueLocation("rounds"),
                        suggestion:
                            "write how many years it holds, or leave `rounds` out for the rest of the game"
                    )
                    return nil
                }
                return rounds
            }
            agreement.graafrust = reader.count("graafrust")
            let key = KeyReader(
                context: context, parties: Array(context.scope.roles.indices),
                partyWord: "a role", joinHint: "use a role's id")
            agreement.key = key.read(reader, "key")
            agreement.coordinator = reader.bool("coordinator") ?? false
            if agreement.coordinator && !hasCoordinator {
                context.sink.error(
                    DiagnosticID.missingKey,
                    "agreement `\(id.value)` hires the process coordinator, but the game has no `[coordinator]`",
                    at: reader.valueLocation("coordinator"),
                    suggestion:
                        "add a `[coordinator]` table with its `cost`, or write `coordinator = false`"
                )
            }
            agreement.sharePlans = reader.bool("share_plans") ?? false
            agreement.holdForm = reader.count("hold_form") ?? 0
            agreement.breach = reader.number("breach") ?? agreement.breach
            reader.finish()
            return agreement
        }
    }
}
