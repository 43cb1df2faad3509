import GameRules
import TOML

/// Collects every id the file defines before the sections are read, so that expressions
/// and references may name things defined further down the file.
enum ScopeBuilder {
    /// The scope of a file whose roles, districts and variables are already read.
    static func scope(
        root: TOMLTable, roles: [String], districts: [DistrictSpec], variables: [VariableSpec]
    ) -> ExpressionScope {
        var scope = ExpressionScope()
        scope.roles = roles
        scope.districts = districts.map(\.id)
        for (index, variable) in variables.enumerated() where scope.variables[variable.name] == nil
        {
            scope.variables[variable.name] = index
        }
        scope.projects = keys(root, "projects")
        scope.funds = keys(root, "funds")
        scope.events = keys(root, "events")
        scope.indicators = keys(root, "indicators")
        scope.forms = root["forms"] == nil ? [FormSpec.solo.id] : keys(root, "forms")
        scope.dilemmas = keys(root, "dilemmas").map { id in
            (
                id: id,
                options: options(of: root["dilemmas"]?.value.tableValue?[id]?.value.tableValue)
            )
        }
        scope.couplings = (root["couplings"]?.value.arrayValue ?? []).map {
            couplingID($0.value.tableValue)
        }
        return scope
    }

    /// The keys of the table `name`, in file order.
    static func keys(_ root: TOMLTable, _ name: String) -> [String] {
        root[name]?.value.tableValue?.keys ?? []
    }

    /// The option ids of a dilemma table.
    static func options(of dilemma: TOMLTable?) -> [String] {
        (dilemma?["options"]?.value.arrayValue ?? []).map {
            $0.value.tableValue?["id"]?.value.stringValue ?? ""
        }
    }

    /// A coupling's id: its `id`, or its two project ids joined by `_`.
    static func couplingID(_ table: TOMLTable?) -> String {
        if let id = table?["id"]?.value.stringValue { return id }
        let projects =
            table?["projects"]?.value.arrayValue?.compactMap { $0.value.stringValue } ?? []
        return projects.joined(separator: "_")
    }
}
