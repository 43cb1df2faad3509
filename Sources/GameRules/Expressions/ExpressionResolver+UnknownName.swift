extension ExpressionResolver {
    /// The error for a bare name that is no value: what it is instead, or the nearest values.
    func unknownName(_ name: String, _ offset: Int) -> ExpressionError {
        let known = Array(scope.variables.keys).sorted() + scope.indicators + Self.keywords
        let suggestion = Suggestions.closest(to: name, among: known).map { "did you mean `\($0)`?" }
        if let dot = name.firstIndex(of: "."), scope.districts.contains(String(name[..<dot])) {
            let district = String(name[..<dot])
            return ExpressionError(
                id: "expr.unknown-name",
                message: "`\(name)` is not a variable of district `\(district)`",
                offset: offset, suggestion: suggestion)
        }
        if scope.projects.contains(name) {
            return ExpressionError(
                id: "expr.unknown-name", message: "`\(name)` is a project, not a value",
                offset: offset, suggestion: "write `done(\(name))` or `running(\(name))`")
        }
        if scope.roles.contains(name) {
            return ExpressionError(
                id: "expr.unknown-name", message: "`\(name)` is a role, not a value",
                offset: offset, suggestion: "write `budget(\(name))`")
        }
        if let (kind, fix) = otherKind(of: name) {
            return ExpressionError(
                id: "expr.unknown-name", message: "`\(name)` is \(kind), not a value",
                offset: offset, suggestion: fix)
        }
        if ["rounds", "ronden", "end", "einde", "last"].contains(name) {
            return ExpressionError(
                id: "expr.unknown-name", message: "`\(name)` is not a known name", offset: offset,
                suggestion: "for the last round write `round == last_round`")
        }
        let values = Set(
            Array(scope.variables.keys) + scope.indicators + scope.funds.map { "fund(\($0))" })
        let nearest = values.sorted {
            (Suggestions.editDistance(name, $0), $0) < (Suggestions.editDistance(name, $1), $1)
        }.prefix(5)
        let listing =
            nearest.isEmpty
            ? "the game has no variables, indicators or funds"
            : "nearest known values: " + nearest.map { "`\($0)`" }.joined(separator: ", ")
        return ExpressionError(
            id: "expr.unknown-name", message: "`\(name)` is not a known name (\(listing))",
            offset: offset, suggestion: suggestion)
    }

    /// What else a bare `name` is (a fund, a district, an event, ...) and how to use it.
    private func otherKind(of name: String) -> (String, String)? {
        if scope.funds.contains(name) { return ("a fund", "write `fund(\(name))`") }
        if scope.districts.contains(name) {
            let variable = scope.variables.keys.filter { $0.hasPrefix(name + ".") }.min()
            let example = variable.map { " or one of its variables, such as `\($0)`" } ?? ""
            return ("a district", "write `nuisance(\(name))`\(example)")
        }
        if scope.events.contains(name) { return ("an event", "write `fired(\(name)) > 0`") }
        if scope.dilemmas.contains(where: { $0.id == name }) {
            return ("a dilemma", "write `decided(\(name))`")
        }
        if scope.couplings.contains(name) { return ("a coupling", "write `coupled(\(name))`") }
        return nil
    }
}
