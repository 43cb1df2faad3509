import Foundation
import GameRules

/// Writes actions by id and year and reads them back, for one game: the mapping between the
/// engine's indices and the names in a version-2 save file.
///
/// Ids survive reordering of the game file; an id the game no longer has is an `UnknownID`.
struct ActionNotation {
    /// The game the indices belong to.
    let spec: GameSpec

    /// The line that records `action`.
    func line(for action: Action) -> SaveLine {
        switch action {
        case .plan(let role, let project, let round):
            return .action(
                .plan(
                    role: id(role, spec.roles.map(\.id)),
                    project: id(project, spec.projects.map(\.id)), year: spec.firstYear + round))
        case .unplan(let role, let project):
            return .action(.unplan(role: roleID(role), project: projectID(project)))
        case .contribute(let role, let fund, let amount):
            return .action(
                .contribute(role: roleID(role), fund: id(fund, fundIDs), amount: amount))
        case .transfer(let role, let to, let amount):
            return .action(.transfer(role: roleID(role), to: roleID(to), amount: amount))
        case .share(let role): return .action(.share(role: roleID(role)))
        case .propose(let role, let proposal):
            return .action(.propose(role: roleID(role), proposal: record(proposal)))
        case .respond(let role, let proposal, let accept):
            return .action(.respond(role: roleID(role), proposal: proposal, accept: accept))
        case .commit(let role, let project):
            return .action(.commit(role: roleID(role), project: projectID(project)))
        case .choose(let role, let dilemma, let option):
            let options =
                spec.dilemmas.indices.contains(dilemma)
                ? spec.dilemmas[dilemma].options.map(\.id) : []
            return .action(
                .choose(
                    role: roleID(role), dilemma: id(dilemma, spec.dilemmas.map(\.id)),
                    option: id(option, options)))
        case .ready(let role): return .action(.ready(role: roleID(role)))
        case .meet(let role, let other):
            return .action(.meet(role: roleID(role), with: roleID(other)))
        case .shareProject(let role, let project):
            return .action(.shareProject(role: roleID(role), project: projectID(project)))
        case .facilitator(let intervention): return .facilitator(record(intervention))
        }
    }

    /// The action a line records, or the first id in it the game does not have.
    func action(_ record: ActionRecord) throws(UnknownID) -> Action {
        switch record {
        case .plan(let role, let project, let year):
            return .plan(
                role: try roleIndex(role), project: try projectIndex(project),
                round: year - spec.firstYear)
        case .unplan(let role, let project):
            return .unplan(role: try roleIndex(role), project: try projectIndex(project))
        case .contribute(let role, let fund, let amount):
            return .contribute(
                role: try roleIndex(role), fund: try index("fund", fund, fundIDs), amount: amount)
        case .transfer(let role, let to, let amount):
            return .transfer(role: try roleIndex(role), to: try roleIndex(to), amount: amount)
        case .share(let role): return .share(role: try roleIndex(role))
        case .propose(let role, let proposal):
            return .propose(role: try roleIndex(role), proposal: try kind(proposal))
        case .respond(let role, let proposal, let accept):
            return .respond(role: try roleIndex(role), proposal: proposal, accept: accept)
        case .commit(let role, let project):
            return .commit(role: try roleIndex(role), project: try projectIndex(project))
        case .choose(let role, let dilemma, let option):
            let number = try index("dilemma", dilemma, spec.dilemmas.map(\.id))
            return .choose(
                role: try roleIndex(role), dilemma: number,
                option: try index("option", option, spec.dilemmas[number].options.map(\.id)))
        case .ready(let role): return .ready(role: try roleIndex(role))
        case .meet(let role, let other):
            return .meet(role: try roleIndex(role), with: try roleIndex(other))
        case .shareProject(let role, let project):
            return .shareProject(role: try roleIndex(role), project: try projectIndex(project))
        }
    }

    /// The intervention a line records, or the first id in it the game does not have.
    func intervention(_ record: InterventionRecord) throws(UnknownID) -> FacilitatorAction {
        switch record {
        case .pause(let on): return .pause(on)
        case .nextPhase: return .nextPhase
        case .inject(let event):
            return .inject(event: try index("event", event, spec.events.map(\.id)))
        case .adjustBudget(let role, let by):
            return .adjustBudget(role: try roleIndex(role), by: by)
        case .adjustTrust(let from, let to, let by):
            return .adjustTrust(from: try roleIndex(from), to: try roleIndex(to), by: by)
        case .adjustVariable(let variable, let by):
            return .adjustVariable(
                variable: try index("variable", variable, spec.variables.map(\.name)), by: by)
        }
    }

    private var fundIDs: [String] { spec.funds.map(\.id) }

    private func record(_ proposal: ProposalKind) -> ProposalRecord {
        switch proposal {
        case .coupling(let coupling): return .coupling(id: id(coupling, spec.couplings.map(\.id)))
        case .jointProject(let project): return .jointProject(project: projectID(project))
        case .form(let form): return .form(id: id(form, spec.forms.map(\.id)))
        case .fundSpending(let fund, let project, let amount):
            return .fundSpending(
                fund: id(fund, fundIDs), project: projectID(project), amount: amount)
        case .agreement(let agreement):
            return .agreement(id: id(agreement, spec.agreements.map(\.id)))
        case .coordinator: return .coordinator
        case .programme: return .programme
        case .programmeCoupling(let coupling, let round):
            return .programmeCoupling(
                coupling: id(coupling, spec.couplings.map(\.id)), year: spec.firstYear + round)
        }
    }

    private func record(_ intervention: FacilitatorAction) -> InterventionRecord {
        switch intervention {
        case .pause(let on): return .pause(on: on)
        case .nextPhase: return .nextPhase
        case .inject(let event): return .inject(event: id(event, spec.events.map(\.id)))
        case .adjustBudget(let role, let by): return .adjustBudget(role: roleID(role), by: by)
        case .adjustTrust(let from, let to, let by):
            return .adjustTrust(from: roleID(from), to: roleID(to), by: by)
        case .adjustVariable(let variable, let by):
            return .adjustVariable(variable: id(variable, spec.variables.map(\.name)), by: by)
        }
    }

    private func kind(_ proposal: ProposalRecord) throws(UnknownID) -> ProposalKind {
        switch proposal {
        case .coupling(let coupling):
            return .coupling(try index("coupling", coupling, spec.couplings.map(\.id)))
        case .jointProject(let project): return .jointProject(try projectIndex(project))
        case .form(let form): return .form(try index("form", form, spec.forms.map(\.id)))
        case .fundSpending(let fund, let project, let amount):
            return .fundSpending(
                fund: try index("fund", fund, fundIDs), project: try projectIndex(project),
                amount: amount)
        case .agreement(let agreement):
            return .agreement(try index("agreement", agreement, spec.agreements.map(\.id)))
        case .coordinator: return .coordinator
        case .programme: return .programme
        case .programmeCoupling(let coupling, let year):
            return .programmeCoupling(
                coupling: try index("coupling", coupling, spec.couplings.map(\.id)),
                round: year - spec.firstYear)
        }
    }

    private func roleID(_ role: Int) -> String { id(role, spec.roles.map(\.id)) }
    private func projectID(_ project: Int) -> String { id(project, spec.projects.map(\.id)) }
    private func roleIndex(_ role: String) throws(UnknownID) -> Int {
        try index("role", role, spec.roles.map(\.id))
    }
    private func projectIndex(_ project: String) throws(UnknownID) -> Int {
        try index("project", project, spec.projects.map(\.id))
    }

    /// The id at `index`; `#index` for an index the game does not have (it will not read back).
    private func id(_ index: Int, _ ids: [String]) -> String {
        ids.indices.contains(index) ? ids[index] : "#\(index)"
    }

    private func index(_ kind: String, _ id: String, _ ids: [String]) throws(UnknownID) -> Int {
        if let index = ids.firstIndex(of: id) { return index }
        throw UnknownID(
            kind: kind, id: id, suggestion: Suggestions.closest(to: id, among: ids))
    }
}
