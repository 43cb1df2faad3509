/// Every command a player can type, with its Dutch and English names.
enum CommandKind: String, CaseIterable, Hashable, Sendable {
    case plan, unplan, contribute, transfer, share, meet, propose, accept, refuse, commit, choose
    case ready
    case status, district, trust, funds, plans, timeline, scores, projects, proposals, dilemmas
    case couplings, forms, agreements, briefing, help, quit

    /// The names the command answers to: Dutch first, then English, then aliases.
    var names: [String] {
        switch self {
        case .plan: ["plan"]
        case .unplan: ["schrap", "unplan"]
        case .contribute: ["stort", "contribute"]
        case .transfer: ["geef", "transfer"]
        case .share: ["deel", "share"]
        case .meet: ["kennismaken", "meet"]
        case .propose: ["stel-voor", "propose", "voorstel"]
        case .accept: ["ja", "accept"]
        case .refuse: ["nee", "refuse"]
        case .commit: ["beloof", "commit"]
        case .choose: ["kies", "choose"]
        case .ready: ["klaar", "ready"]
        case .status: ["status"]
        case .district: ["wijk", "district"]
        case .trust: ["vertrouwen", "trust"]
        case .funds: ["fondsen", "funds"]
        case .plans: ["plannen", "plans"]
        case .timeline: ["tijdlijn", "timeline"]
        case .scores: ["scores"]
        case .projects: ["projecten", "projects"]
        case .proposals: ["voorstellen", "proposals"]
        case .dilemmas: ["dilemma's", "dilemmas"]
        case .couplings: ["koppelingen", "couplings", "koppelkansen"]
        case .forms: ["vormen", "forms"]
        case .agreements: ["afspraken", "agreements", "convenanten"]
        case .briefing: ["briefing"]
        case .help: ["help", "hulp", "?"]
        case .quit: ["stop", "quit"]
        }
    }

    /// The name shown in `language` (`help` in both).
    func name(in language: Language) -> String {
        let all = names
        return language == .nl || all.count == 1 || self == .help ? all[0] : all[1]
    }

    /// Whether the command is an action of the role at the keyboard (else a view).
    var isAction: Bool {
        switch self {
        case .plan, .unplan, .contribute, .transfer, .share, .meet, .propose, .accept, .refuse,
            .commit, .choose, .ready:
            true
        default:
            false
        }
    }
}
