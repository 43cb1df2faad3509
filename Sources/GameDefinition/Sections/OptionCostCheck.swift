import GameRules
import TOML

/// Warns when an option's label speaks of a cost (`kost 5`, `costs 5`, `€ 5`) that its
/// structured `cost` does not charge, so that no label promises a cost nothing charges.
enum OptionCostCheck {
    /// The words that announce a cost in a label.
    static let words = ["kost", "cost", "€"]

    /// Checks `label` against `cost`; reports to `sink` at `location`.
    ///
    /// A label without a `cost` is left alone when effects of the dilemma take money
    /// (`chargedByEffects`): then something charges it, if not beside the label.
    static func check(
        _ label: String, cost: Double, chargedByEffects: Bool, at location: SourceLocation,
        sink: DiagnosticSink
    ) {
        guard let mentioned = mentionedCost(in: label) else { return }
        let stated = mentioned.amount.map(ValueDescription.number) ?? "a cost"
        if cost == 0 {
            guard !chargedByEffects else { return }
            sink.warning(
                DiagnosticID.unstructuredCost,
                "the label speaks of \(stated) (`\(mentioned.word)`), but the option has no `cost`: nothing charges it",
                at: location,
                suggestion: mentioned.amount.map {
                    "add `cost = \(ValueDescription.number($0))` and leave the amount out of the label (the table shows it)"
                } ?? "add `cost = ...`, or reword the label")
        } else if let amount = mentioned.amount, amount != cost {
            sink.warning(
                DiagnosticID.costMismatch,
                "the label says \(ValueDescription.number(amount)), but `cost` charges \(ValueDescription.number(cost))",
                at: location,
                suggestion:
                    "leave the amount out of the label: the table shows the `cost` beside it")
        }
    }

    /// Whether `effects` take money from a budget or a fund.
    static func charges(_ effects: [Effect]) -> Bool {
        effects.contains { effect in
            switch effect.target {
            case .budget, .fund: effect.operation == .subtract
            default: false
            }
        }
    }

    /// The first cost word in `label`, and the number that follows it, if any.
    static func mentionedCost(in label: String) -> (word: String, amount: Double?)? {
        let lower = Array(label.lowercased())
        for start in lower.indices {
            guard
                let word = words.first(where: { word in
                    let letters = Array(word)
                    return start + letters.count <= lower.count
                        && Array(lower[start..<start + letters.count]) == letters
                        && (start == 0 || !lower[start - 1].isLetter)
                })
            else { continue }
            return (word, number(after: start + word.count, in: lower))
        }
        return nil
    }

    /// The number that follows `index` within a few characters (`kost 5`, `costs 5`, `€5`).
    private static func number(after index: Int, in characters: [Character]) -> Double? {
        var position = index
        while position < characters.count, position < index + 4,
            !characters[position].isNumber
        {
            position += 1
        }
        var digits = ""
        while position < characters.count,
            characters[position].isNumber || (characters[position] == "," && !digits.isEmpty)
                || (characters[position] == "." && !digits.isEmpty)
        {
            digits.append(characters[position] == "," ? "." : characters[position])
            position += 1
        }
        while digits.hasSuffix(".") { digits.removeLast() }
        return Double(digits)
    }
}
