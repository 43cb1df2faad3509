import GameRules

/// An action in the words of the game file: its kind and the ids it names (never indices),
/// and the command a player would type for it (`plan riool_noord 2027`).
struct ActionForm: Encodable {
    /// `plan`, `unplan`, `contribute`, `transfer`, `share` (all plans, or one `project`),
    /// `propose`, `accept`, `refuse`, `commit`, `choose`, `meet` (the role `to`) or `ready`.
    var kind: String
    /// For `propose`: `coupling`, `joint`, `form`, `fund`, `agreement`, `coordinator` or
    /// `programme` (start it, or with a `coupling` and `year`, put the coupling in it).
    var proposal: String?
    var project: String?
    var year: Int?
    var fund: String?
    var amount: Int?
    /// The role that receives a transfer.
    var to: String?
    /// The number of the open proposal answered by `accept` or `refuse`.
    var number: Int?
    var coupling: String?
    var form: String?
    /// The agreement a proposal asks to sign.
    var agreement: String?
    var dilemma: String?
    var option: String?

    /// The typed command, in English command words with ids.
    var text: String {
        let words: [String?] = [
            kind, proposal, coupling, form, agreement, fund, project, to, dilemma, option,
            year.map(String.init), amount.map(String.init), number.map(String.init),
        ]
        return words.compactMap { $0 }.joined(separator: " ")
    }

    /// The form of `action` in `spec`.
    init(_ action: Action, spec: GameSpec) {
        let projects = spec.projects.map(\.id)
        let roles = spec.roles.map(\.id)
        switch action {
        case .plan(_, let project, let round):
            self.init(kind: "plan")
            self.project = ActionForm.id(project, projects)
            year = spec.firstYear + round
        case .unplan(_, let project):
            self.init(kind: "unplan")
            self.project = ActionForm.id(project, projects)
        case .contribute(_, let fund, let amount):
            self.init(kind: "contribute")
            self.fund = ActionForm.id(fund, spec.funds.map(\.id))
            self.amount = amount
        case .transfer(_, let to, let amount):
            self.init(kind: "transfer")
            self.to = ActionForm.id(to, roles)
            self.amount = amount
        case .share:
            self.init(kind: "share")
        case .propose(_, let proposal):
            self.init(proposing: proposal, spec: spec)
        case .respond(_, let proposal, let accept):
            self.init(kind: accept ? "accept" : "refuse")
            number = proposal
        case .commit(_, let project):
            self.init(kind: "commit")
            self.project = ActionForm.id(project, projects)
        case .choose(_, let dilemma, let option):
            self.init(kind: "choose")
            self.dilemma = ActionForm.id(dilemma, spec.dilemmas.map(\.id))
            let options =
                spec.dilemmas.indices.contains(dilemma) ? spec.dilemmas[dilemma].options : []
            self.option = ActionForm.id(option, options.map(\.id))
        case .ready:
            self.init(kind: "ready")
        case .meet(_, let other):
            self.init(kind: "meet")
            to = ActionForm.id(other, roles)
        case .shareProject(_, let project):
            self.init(kind: "share")
            self.project = ActionForm.id(project, projects)
        case .facilitator:
            self.init(kind: "facilitator")
        }
    }

    /// The id at `index` in `ids`, or `#index` for an index the game does not have.
    private static func id(_ index: Int, _ ids: [String]) -> String {
        ids.indices.contains(index) ? ids[index] : "#\(index)"
    }

    private init(kind: String) {
        self.kind = kind
    }

    /// The form of a proposal.
    private init(proposing proposal: ProposalKind, spec: GameSpec) {
        self.init(kind: "propose")
        switch proposal {
        case .coupling(let coupling):
            self.proposal = "coupling"
            self.coupling = ActionForm.id(coupling, spec.couplings.map(\.id))
        case .jointProject(let project):
            self.proposal = "joint"
            self.project = ActionForm.id(project, spec.projects.map(\.id))
        case .form(let form):
            self.proposal = "form"
            self.form = ActionForm.id(form, spec.forms.map(\.id))
        case .fundSpending(let fund, let project, let amount):
            self.proposal = "fund"
            self.fund = ActionForm.id(fund, spec.funds.map(\.id))
            self.project = ActionForm.id(project, spec.projects.map(\.id))
            self.amount = amount
        case .agreement(let agreement):
            self.proposal = "agreement"
            self.agreement = ActionForm.id(agreement, spec.agreements.map(\.id))
        case .coordinator:
            self.proposal = "coordinator"
        case .programme:
            self.proposal = "programme"
        case .programmeCoupling(let coupling, let round):
            self.proposal = "programme"
            self.coupling = ActionForm.id(coupling, spec.couplings.map(\.id))
            year = spec.firstYear + round
        }
    }
}
