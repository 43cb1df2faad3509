import GameRules
import TOML

/// Reads `[[couplings]]`: two or more projects in one district that gain by running together.
enum CouplingsSection {
    /// The couplings in file order.
    static func read(_ root: TableReader, projects: [ProjectSpec], context: DefinitionContext)
        -> [CouplingSpec]
    {
        var seen: Set<String> = []
        // Each project's place by id, found once: a search of every project for every member
        // made reading a game quadratic in its projects.
        let placeOfID = IDLookup.firstPlaces(of: projects.map(\.id))
        return root.tables("couplings").compactMap { reader in
            let names = reader.strings("projects") ?? []
            let id = reader.string("id") ?? names.map(\.value).joined(separator: "_")
            let name = reader.playerText("name") ?? id
            let saving = reader.nonNegative("saving") ?? 0
            let places = members(names, placeOfID: placeOfID, context: context)
            let specs = places.map { projects[$0] }
            let owners = specs.map(\.owner)
            let key = KeyReader(
                context: context, parties: owners, partyWord: "an owner of coupling `\(id)`",
                joinHint: "couple a project of it")
            let sharing = SharingReader.read(
                reader, "sharing", parties: max(2, names.count),
                perRole: (key, owners))
            let effects = context.effects(reader, "effects")
            reader.finish()
            if !seen.insert(id).inserted {
                context.sink.error(
                    DiagnosticID.duplicateID, "there are two couplings with id `\(id)`",
                    at: reader.has("id") ? reader.valueLocation("id") : reader.location,
                    suggestion: "give each coupling its own `id`")
            }
            guard names.count >= 2, Set(names.map(\.value)).count == names.count else {
                context.sink.error(
                    DiagnosticID.couplingSize,
                    "a coupling joins two or more different projects",
                    at: reader.has("projects") ? reader.valueLocation("projects") : reader.location,
                    suggestion: "write `projects = [\"a\", \"b\"]`, each project once")
                return nil
            }
            guard specs.count == names.count else { return nil }
            if let apart = specs.indices.first(where: { specs[$0].district != specs[0].district }) {
                context.sink.error(
                    DiagnosticID.couplingAcrossDistricts,
                    "`\(specs[0].id)` and `\(specs[apart].id)` are in different districts, so they can never share an opening",
                    at: names[apart].location, suggestion: "couple projects in the same district")
                return nil
            }
            return CouplingSpec(
                id: id, name: name,
                projects: places,
                saving: saving, sharing: sharing, effects: effects)
        }
    }

    /// The places (in the projects, by `placeOfID`) of the projects named in a coupling, in
    /// its order; unknown names are reported.
    private static func members(
        _ names: [Located<String>], placeOfID: [String: Int], context: DefinitionContext
    ) -> [Int] {
        context.resolveAll(names, among: context.scope.projects, kind: "project").compactMap {
            placeOfID[context.scope.projects[$0]]
        }
    }
}
