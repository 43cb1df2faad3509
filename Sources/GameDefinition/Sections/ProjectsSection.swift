import GameRules
import TOML

/// Reads `[projects.ID]`: owner, kind, place, cost, timing, digging and effects.
enum ProjectsSection {
    /// The projects in file order; `nil` entries are replaced by nothing (errors were reported).
    static func read(
        _ root: TableReader, roles: [RoleSpec], districts: [DistrictSpec],
        context: DefinitionContext
    ) -> [ProjectSpec] {
        root.namedTables("projects").compactMap { id, reader in
            project(id.value, reader, roles: roles, districts: districts, context: context)
        }
    }

    private static func project(
        _ id: String, _ reader: TableReader, roles: [RoleSpec], districts: [DistrictSpec],
        context: DefinitionContext
    ) -> ProjectSpec? {
        let scope = context.scope
        let what = "project `\(id)`"
        let name = reader.playerText("name") ?? id
        let text = reader.playerText("text") ?? ""
        let owner = reader.string("owner").flatMap {
            context.resolve(
                Located($0, reader.valueLocation("owner")), among: scope.roles, kind: "role")
        }
        let partners = context.resolveAll(
            reader.strings("partners") ?? [], among: scope.roles, kind: "role")
        if let owner, partners.contains(owner) {
            context.sink.error(
                DiagnosticID.ownerIsPartner,
                "the owner `\(scope.roles[owner])` of \(what) is also listed as a partner",
                at: reader.valueLocation("partners"),
                suggestion: "list only the other roles in `partners`")
        }
        let payers = (owner.map { [$0] } ?? []) + partners
        let key = KeyReader(
            context: context, parties: payers, partyWord: "the owner or a partner of \(what)",
            joinHint: "add it to `partners`")
        let sharing = SharingReader.read(
            reader, "sharing", parties: 1 + partners.count, perRole: (key, payers))
        let kind = reader.choice("kind", kinds)
        if let owner, let kind, !roles[owner].kinds.contains(kind) {
            let role = roles[owner]
            let allowed = role.kinds.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            context.sink.error(
                DiagnosticID.kindNotAllowed,
                "role `\(role.id)` may not own a project of kind `\(kind.rawValue)` (its `kinds`: \(allowed.isEmpty ? "none" : allowed))",
                at: reader.valueLocation("kind"),
                suggestion:
                    "add `\(kind.rawValue)` to `kinds` of role `\(role.id)`, or give \(what) another owner"
            )
        }
        let district = reader.string("district").flatMap {
            context.resolve(
                Located($0, reader.valueLocation("district")), among: scope.districts,
                kind: "district")
        }
        let cost = reader.nonNegative("cost", id: DiagnosticID.negativeCost)
        let duration = reader.integer("rounds") ?? 1
        if duration < 1 {
            context.sink.error(
                DiagnosticID.outOfRange,
                "`rounds` of \(what) must be at least 1, but here it is \(duration)",
                at: reader.valueLocation("rounds"))
        }
        let timing = ProjectTiming.read(reader, duration: max(1, duration), context: context)
        let digs = reader.bool("digs") ?? false
        let slots = reader.count("slots") ?? 0
        let nuisance = reader.nonNegative("nuisance") ?? 0
        let precondition = context.reachableCondition(reader, "requires")
        let missed = context.effects(reader, "missed")
        let running = context.effects(reader, "running")
        let done = context.effects(reader, "done")
        let before = ProjectBefore.read(
            reader, what: what, duration: max(1, duration), context: context)
        for (key, example) in [
            ("owner", "\"beheer\""), ("kind", "\"beheer\""), ("district", "\"noord\""),
            ("cost", "40"),
        ]
        where !reader.has(key) {
            reader.missing(key, what: what, example: example)
        }
        reader.finish()
        if let district {
            let free =
                districts[district].slots - districts[district].slotsUsed
                - context.slotsTakenBefore[district, default: 0]
            if slots > free {
                context.sink.error(
                    DiagnosticID.slotsOverCapacity,
                    "\(what) needs \(slots) underground slots, but district `\(districts[district].id)` has only \(free) free",
                    at: reader.valueLocation("slots"),
                    suggestion: "lower `slots` or raise the district's `slots`")
            } else if before.done || before.started != nil {
                context.slotsTakenBefore[district, default: 0] += slots
            }
        }
        guard let owner, let kind, let district, let cost, let timing else { return nil }
        var project = ProjectSpec(
            id: id, name: name, text: text, owner: owner, partners: partners, sharing: sharing,
            kind: kind,
            district: district, cost: cost, duration: max(1, duration),
            earliestStart: timing.earliest,
            latestStart: timing.latest, deadline: timing.deadline, deadlineEffects: missed,
            digs: digs,
            slots: slots, nuisance: nuisance, precondition: precondition?.value,
            runningEffects: running,
            doneEffects: done)
        project.doneBefore = before.done
        project.startedBefore = before.started
        if !before.done, before.started == nil {
            warnIfUnaffordable(
                project, roles: roles, at: reader.valueLocation("cost"), context: context)
        }
        return project
    }

    /// The kinds of project by their word in the file.
    static let kinds: KeyValuePairs<String, ProjectSpec.Kind> = [
        "beheer": .beheer, "transitie": .transitie, "ontwikkeling": .ontwikkeling,
        "herstructurering": .herstructurering, "wijk": .wijk,
    ]

    /// Warns when the payers together cannot have the money by the project's last possible start.
    private static func warnIfUnaffordable(
        _ project: ProjectSpec, roles: [RoleSpec], at location: SourceLocation,
        context: DefinitionContext
    ) {
        let lastStart = min(project.latestStart ?? context.rounds - 1, context.rounds - 1)
        let payers = Set(project.payers)
        let money = payers.reduce(0.0) {
            $0 + roles[$1].budget + roles[$1].income * Double(lastStart)
        }
        guard project.cost > money else { return }
        context.sink.warning(
            DiagnosticID.unaffordable,
            "nobody can afford project `\(project.id)`: it costs \(ValueDescription.number(project.cost)), but its "
                + "payers have at most \(ValueDescription.number(money)) by its last possible start",
            at: location, suggestion: "lower `cost`, or raise the owner's `budget` or `income`")
    }
}
