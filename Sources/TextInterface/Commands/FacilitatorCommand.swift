/// The facilitator's commands, typed after a `/`.
enum FacilitatorCommand: String, CaseIterable, Hashable, Sendable {
    case pause, resume, next, proceed, event, budget, trust, variable, undo, save, load, show, dump
    case help

    /// The names the command answers to: Dutch first, then English.
    var names: [String] {
        switch self {
        case .pause: ["pauze", "pause"]
        case .resume: ["hervat", "resume"]
        case .next: ["volgende", "next"]
        case .proceed: ["verder", "continue"]
        case .event: ["gebeurtenis", "event"]
        case .budget: ["budget"]
        case .trust: ["vertrouwen", "trust"]
        case .variable: ["variabele", "variable"]
        case .undo: ["herstel", "undo"]
        case .save: ["bewaar", "save"]
        case .load: ["laad", "load"]
        case .show: ["toon", "show"]
        case .dump: ["staat", "dump"]
        case .help: ["help", "hulp"]
        }
    }

    /// The name shown in `language`.
    func name(in language: Language) -> String {
        language == .nl || names.count == 1 ? names[0] : names[1]
    }
}
