import GameRules

extension EventNarrator {
    /// The sentence of an event about the table's instruments, or nil for any other event.
    func instrumentSentence(for event: GameEvent) -> String? {
        switch event {
        case .agreementSigned(let agreement, let paid):
            let fees = zip(spec.roles.indices, paid).filter { $0.1 != 0 }.map {
                "\(role($0.0)) \(Format.number($0.1))"
            }
            return style.green(
                text(
                    "event.agreement-signed", agreementName(agreement),
                    fees.isEmpty ? "-" : fees.joined(separator: ", ")))
        case .agreementLapsed(let agreement):
            return style.yellow(text("event.agreement-lapsed", agreementName(agreement)))
        case .agreementBreached(let role, let agreement, let term):
            return style.red(
                text(
                    "event.agreement-breached.\(term.rawValue)", self.role(role),
                    agreementName(agreement)))
        case .formHeld(let form, let agreement):
            return style.yellow(text("event.form-held", formName(form), agreementName(agreement)))
        case .coordinatorHired:
            return style.green(text("event.coordinator-hired", coordinatorName))
        case .processCoordinatorPaid(let amount, let fromFund):
            guard fromFund > 0, let fund = spec.coordinator?.fund else {
                return text(
                    "event.process-coordinator-paid-plain", coordinatorName, Format.number(amount))
            }
            return text(
                "event.process-coordinator-paid", coordinatorName, Format.number(amount),
                Format.number(fromFund), self.fund(fund))
        case .earmarkLapsed(let role, let amount):
            let kind = spec.roles[role].earmark?.kind.rawValue ?? "-"
            return style.yellow(
                text("event.earmark-lapsed", self.role(role), Format.number(amount), kind))
        case .lateCouplingSurcharge(let coupling, let role, let amount):
            return style.yellow(
                text(
                    "event.late-coupling-surcharge", self.role(role), Format.number(amount),
                    label(spec.couplings, coupling, \.name)))
        case .dilemmaExtended(let dilemma, let deadline):
            return style.yellow(
                text(
                    "event.dilemma-extended", coordinatorName,
                    label(spec.dilemmas, dilemma, \.title), year(deadline)))
        default:
            return programmeSentence(for: event)
        }
    }

    private func agreementName(_ index: Int) -> String { label(spec.agreements, index, \.name) }

    private var coordinatorName: String { spec.coordinator?.name ?? "?" }
}
