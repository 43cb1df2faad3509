import GameRules

/// A refusal in the player's language: its typed values shown as names, ids, years and
/// money, so that no explanation can miss a value.
struct RejectionExplainer {
    /// The rules the values refer to.
    let spec: GameSpec
    /// The messages in the player's language.
    let text: Messages

    /// The explanation, without the `Dat kan niet [id]` prefix.
    func reason(_ rejection: Rejection) -> String {
        var key = "reason.\(rejection.id)"
        if rejection.reason == .overBudget, case .money(let planned) = rejection.values.last,
            planned > 0
        {
            key = "reason.over-budget-planned"
        }
        return text.fill(key, rejection.values.map(show))
    }

    /// One value as the player reads it: ids where the player types them, names for roles.
    func show(_ value: RejectionValue) -> String {
        switch value {
        case .role(let role): name(spec.roles, role, \.name)
        case .project(let project): name(spec.projects, project, \.id)
        case .fund(let fund): name(spec.funds, fund, \.id)
        case .dilemma(let dilemma): name(spec.dilemmas, dilemma, \.id)
        case .option(let option): "\(option + 1)"
        case .proposal(let number): "\(number)"
        case .event(let event): name(spec.events, event, \.id)
        case .form(let form): name(spec.forms, form, \.id)
        case .coupling(let coupling): name(spec.couplings, coupling, \.id)
        case .agreement(let agreement): name(spec.agreements, agreement, \.name)
        case .variable(let variable): name(spec.variables, variable, \.name)
        case .district(let district): name(spec.districts, district, \.id)
        case .phase(let phase): name(spec.phases, phase, \.name)
        case .round(let round): "\(spec.firstYear + round)"
        case .money(let amount), .trust(let amount): Format.number(amount)
        case .count(let count): "\(count)"
        case .condition(let project):
            spec.projects.indices.contains(project)
                ? spec.projects[project].precondition.map {
                    ConditionText(spec: spec, text: text).sentence($0)
                } ?? "-" : "-"
        }
    }

    /// The label of entry `index` of `list`, or the index itself when there is no such entry.
    private func name<T>(_ list: [T], _ index: Int, _ label: KeyPath<T, String>) -> String {
        list.label(index, label, missing: "\(index)")
    }
}
