import GameRules

/// The line a player would type for an action (`plan riool_noord 2027`), in English
/// command words and ids: what the parser reads back as the same action. Scripts, tests
/// and load tests use it to play bots' moves as a person would.
public enum ActionCommand {
    /// The typed line for `action` in `game` (nil for a facilitator's intervention).
    public static func line(for action: Action, in spec: GameSpec) -> String? {
        switch action {
        case .plan(_, let project, let round):
            return "plan \(spec.projects[project].id) \(spec.firstYear + round)"
        case .unplan(_, let project): return "unplan \(spec.projects[project].id)"
        case .contribute(_, let fund, let amount):
            return "contribute \(spec.funds[fund].id) \(amount)"
        case .transfer(_, let to, let amount): return "transfer \(spec.roles[to].id) \(amount)"
        case .share: return "share"
        case .propose(_, let kind): return "propose " + proposal(kind, spec)
        case .respond(_, let number, let accept):
            return (accept ? "accept " : "refuse ") + "\(number)"
        case .commit(_, let project): return "commit \(spec.projects[project].id)"
        case .choose(_, let dilemma, let option):
            return
                "choose \(spec.dilemmas[dilemma].id) \(spec.dilemmas[dilemma].options[option].id)"
        case .ready: return "ready"
        case .meet(_, let other): return "meet \(spec.roles[other].id)"
        case .shareProject(_, let project): return "share \(spec.projects[project].id)"
        case .facilitator: return nil
        }
    }

    private static func proposal(_ kind: ProposalKind, _ spec: GameSpec) -> String {
        switch kind {
        case .coupling(let coupling): "coupling \(spec.couplings[coupling].id)"
        case .jointProject(let project): "joint \(spec.projects[project].id)"
        case .form(let form): "form \(spec.forms[form].id)"
        case .fundSpending(let fund, let project, let amount):
            "fund \(spec.funds[fund].id) \(spec.projects[project].id) \(amount)"
        case .agreement(let agreement): "agreement \(spec.agreements[agreement].id)"
        case .coordinator: "coordinator"
        case .programme: "programme"
        case .programmeCoupling(let coupling, let round):
            "programme \(spec.couplings[coupling].id) \(spec.firstYear + round)"
        }
    }
}
