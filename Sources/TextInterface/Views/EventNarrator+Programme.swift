import GameRules

extension EventNarrator {
    /// The sentence of an event about the joint programme, or nil for any other event.
    func programmeSentence(for event: GameEvent) -> String? {
        let name = spec.programme?.name ?? "?"
        switch event {
        case .programmeStarted:
            return style.green(
                text("event.programme-started", name, "\(spec.programme?.horizon ?? 0)"))
        case .programmePaid(let amount, let fromFund):
            guard fromFund > 0, let fund = spec.programme?.fund else {
                return text("event.programme-paid-plain", name, Format.number(amount))
            }
            return text(
                "event.programme-paid", name, Format.number(amount), Format.number(fromFund),
                self.fund(fund))
        case .couplingProgrammed(let coupling, let round):
            return style.green(
                text("event.coupling-programmed", couplingLabel(coupling), year(round), name))
        case .programmeKept(let coupling, let bonus):
            guard bonus > 0 else {
                return style.green(text("event.programme-kept-plain", couplingLabel(coupling)))
            }
            return style.green(
                text("event.programme-kept", couplingLabel(coupling), Format.number(bonus)))
        case .programmeDropped(let coupling, let roles):
            let who = roles.map(role).joined(separator: ", ")
            return style.yellow(
                text("event.programme-dropped", couplingLabel(coupling), who.isEmpty ? "-" : who))
        default:
            return nil
        }
    }

    /// A coupling's name, or `#index` for one the game does not have.
    private func couplingLabel(_ index: Int) -> String { label(spec.couplings, index, \.name) }
}
