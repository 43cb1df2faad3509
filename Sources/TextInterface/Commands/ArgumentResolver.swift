import GameRules

/// Turns typed arguments into indices of the game: ids (or names) from a unique prefix,
/// numbers, years and signed changes, each failure an `InputError` with a suggestion.
struct ArgumentResolver {
    /// The rules whose ids are resolved.
    let spec: GameSpec

    /// A role by id or name.
    func role(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-role",
            spec.roles.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] })
    }

    /// A project by id or name.
    func project(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-project",
            spec.projects.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] })
    }

    /// A fund by id or name.
    func fund(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-fund",
            spec.funds.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] })
    }

    /// A district by id or name.
    func district(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-district",
            spec.districts.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] })
    }

    /// A dilemma by id.
    func dilemma(_ word: String) throws(InputError) -> Int {
        try resolve(word, kind: "unknown-dilemma", spec.dilemmas.enumerated().map { ($1.id, $0) })
    }

    /// An option of a dilemma by id (or its number from 1).
    func option(_ word: String, of dilemma: Int) throws(InputError) -> Int {
        let options = spec.dilemmas[dilemma].options
        if let number = Int(word), options.indices.contains(number - 1) { return number - 1 }
        return try resolve(word, kind: "unknown-option", options.enumerated().map { ($1.id, $0) })
    }

    /// A collaboration form by id or name.
    func form(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-form",
            spec.forms.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] })
    }

    /// An agreement by id or name.
    func agreement(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-agreement",
            spec.agreements.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] })
    }

    /// An event by id.
    func event(_ word: String) throws(InputError) -> Int {
        try resolve(word, kind: "unknown-event", spec.events.enumerated().map { ($1.id, $0) })
    }

    /// A variable by its full name (`noord.riool`).
    func variable(_ word: String) throws(InputError) -> Int {
        try resolve(
            word, kind: "unknown-variable", spec.variables.enumerated().map { ($1.name, $0) })
    }

    /// A coupling by id or name, or by one of its projects when that is in one coupling only.
    func coupling(_ word: String) throws(InputError) -> Int {
        let entries = spec.couplings.enumerated().flatMap { [($1.id, $0), ($1.name, $0)] }
        do {
            return try resolve(word, kind: "unknown-coupling", entries)
        } catch {
            guard let project = try? self.project(word) else { throw error }
            let holding = spec.couplings.indices.filter {
                spec.couplings[$0].projects.contains(project)
            }
            guard holding.count == 1 else { throw error }
            return holding[0]
        }
    }

    /// A whole positive or negative amount of money; a decimal amount is refused with the
    /// whole amounts on either side of it (`whole-amount`).
    func amount(_ word: String) throws(InputError) -> Int {
        guard let value = Int(word.replacingPrefix("+")) else {
            let decimal = Double(word.replacingPrefix("+").replacingOccurrences(",", "."))
            if let decimal, decimal.isFinite, abs(decimal) < 1e12 {
                let below = Format.number(decimal.rounded(.down))
                throw InputError(
                    "whole-amount", [word, below, Format.number(decimal.rounded(.up))])
            }
            throw InputError("not-a-number", [word])
        }
        return value
    }

    /// The largest size of one facilitator adjustment (a change of a budget, trust or a
    /// variable): far beyond any game's numbers, and far from where doubles lose whole units.
    static let changeLimit = 1_000_000

    /// A change such as `+5`, `-2.5` or `5`, at most `changeLimit` either way.
    func change(_ word: String) throws(InputError) -> Double {
        let cleaned = word.replacingPrefix("+").replacingOccurrences(",", ".")
        guard let value = Double(cleaned), !value.isNaN else {
            throw InputError("not-a-number", [word])
        }
        guard abs(value) <= Double(ArgumentResolver.changeLimit) else {
            throw InputError("amount-out-of-range", [word, "\(ArgumentResolver.changeLimit)"])
        }
        return value
    }

    /// A proposal number.
    func number(_ word: String) throws(InputError) -> Int {
        guard let value = Int(word.replacingPrefix("#")) else {
            throw InputError("not-a-number", [word])
        }
        return value
    }

    /// A calendar year as a round index (a year such as 2027, or `+1` for next year).
    func round(_ word: String, current: Int) throws(InputError) -> Int {
        if word.hasPrefix("+"), let ahead = Int(word.dropFirst()) {
            return current + min(max(ahead, 0), 10_000)
        }
        guard let year = Int(word) else {
            throw InputError("not-a-year", [word, "\(spec.firstYear + current)"])
        }
        guard year >= 1000, year < 1_000_000 else {
            throw InputError("not-a-year", [word, "\(spec.firstYear + current)"])
        }
        return year - spec.firstYear
    }

    private func resolve(_ word: String, kind: String, _ entries: [(String, Int)])
        throws(InputError) -> Int
    {
        let matcher = WordMatcher(entries: entries.map { (name: $0.0, value: $0.1) })
        switch matcher.match(word) {
        case .found(let index):
            return index
        case .ambiguous(let names):
            throw InputError("ambiguous", [word, names.joined(separator: ", ")])
        case .unknown(let suggestion):
            let ids = entries.map(\.0)
            if let suggestion {
                throw InputError(kind, [word, suggestion], key: "input.\(kind).suggest")
            }
            let known =
                ids.count <= 12
                ? ids.joined(separator: ", ") : ids.prefix(12).joined(separator: ", ") + ", …"
            throw InputError(kind, [word, known])
        }
    }
}

extension String {
    /// The string without `prefix` at its start (unchanged if it does not start with it).
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }

    /// The string with every `target` replaced by `replacement`.
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(
            separator: replacement)
    }
}
