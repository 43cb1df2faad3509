import GameRules
import TOML

/// Reads `[[couplings]]`: two projects in one district that gain by running together.
enum CouplingsSection {
    /// The couplings in file order.
    static func read(_ root: TableReader, projects: [ProjectSpec], context: DefinitionContext)
        -> [CouplingSpec]
    {
        var seen: Set<String> = []
        return root.tables("couplings").compactMap { reader in
            let names = reader.strings("projects") ?? []
            let id = reader.string("id") ?? names.map(\.value).joined(separator: "_")
            let name = reader.playerText("name") ?? id
            let saving = reader.nonNegative("saving") ?? 0
            let sharing = SharingReader.read(reader, "sharing", parties: 2)
            let effects = context.effects(reader, "effects")
            reader.finish()
            if !seen.insert(id).inserted {
                context.sink.error(
                    DiagnosticID.duplicateID, "there are two couplings with id `\(id)`",
                    at: reader.has("id") ? reader.valueLocation("id") : reader.location,
                    suggestion: "give each coupling its own `id`")
            }
            guard names.count == 2, names[0].value != names[1].value else {
                context.sink.error(
                    DiagnosticID.couplingSize, "a coupling joins exactly two different projects",
                    at: reader.has("projects") ? reader.valueLocation("projects") : reader.location,
                    suggestion: "write `projects = [\"a\", \"b\"]`")
                return nil
            }
            let resolved = context.resolveAll(names, among: context.scope.projects, kind: "project")
            let specs = resolved.compactMap { index in
                projects.first { $0.id == context.scope.projects[index] }
            }
            guard specs.count == 2 else { return nil }
            let (a, b) = (specs[0], specs[1])
            guard a.district == b.district else {
                context.sink.error(
                    DiagnosticID.couplingAcrossDistricts,
                    "`\(a.id)` and `\(b.id)` are in different districts, so they can never share an opening",
                    at: names[1].location, suggestion: "couple projects in the same district")
                return nil
            }
            return CouplingSpec(
                id: id, name: name, projects: resolved, saving: saving, sharing: sharing,
                effects: effects)
        }
    }
}
