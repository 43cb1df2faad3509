/// The facilitator's commands, typed after a `/`.
enum FacilitatorCommand: String, CaseIterable, Hashable, Sendable {
    case pause, resume, next, proceed, event, timer, budget, trust, variable, undo, save, load
    case show, wall, dump, bot, say, help

    /// The names the command answers to: Dutch first, then English.
    var names: [String] {
        switch self {
        case .pause: ["pauze", "pause"]
        case .resume: ["hervat", "resume"]
        case .next: ["volgende", "next"]
        case .proceed: ["verder", "continue"]
        case .event: ["gebeurtenis", "event"]
        case .timer: ["timer"]
        case .budget: ["budget"]
        case .trust: ["vertrouwen", "trust"]
        case .variable: ["variabele", "variable"]
        case .undo: ["herstel", "undo"]
        case .save: ["bewaar", "save"]
        case .load: ["laad", "load"]
        case .show: ["toon", "show"]
        case .wall: ["muur", "wall"]
        case .dump: ["staat", "dump"]
        case .bot: ["bot"]
        case .say: ["zeg", "say"]
        case .help: ["help", "hulp"]
        }
    }

    /// The name shown in `language` (`help` in both).
    func name(in language: Language) -> String {
        language == .nl || names.count == 1 || self == .help ? names[0] : names[1]
    }
}
