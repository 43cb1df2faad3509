/// Resolves the left side of an effect: what it changes.
struct EffectTargetResolver {
    /// The resolver for ids.
    let resolver: ExpressionResolver

    /// The target named by `syntax`.
    func resolve(_ syntax: ExpressionSyntax) throws(ExpressionError) -> Effect.Target {
        let scope = resolver.scope
        switch syntax {
        case .name(let name, let offset):
            if let index = scope.variables[name] { return .variable(index) }
            _ = try resolver.resolve(syntax)
            throw ExpressionError(
                id: "expr.not-assignable", message: "`\(name)` cannot be changed by an effect",
                offset: offset)
        case .call("budget", let arguments, let offset) where arguments.count == 1:
            _ = offset
            return .budget(try resolver.role(arguments[0]))
        case .call("trust", let arguments, _) where arguments.count == 2:
            return .trust(
                from: try roleOrEveryone(arguments[0]), to: try roleOrEveryone(arguments[1]))
        case .call("score", let arguments, _) where arguments.count == 1:
            return .score(try resolver.role(arguments[0]))
        case .call("fund", let arguments, _) where arguments.count == 1:
            return .fund(try resolver.id(arguments[0], in: scope.funds, what: "a fund"))
        case .call("nuisance", let arguments, _) where arguments.count == 1:
            return .nuisance(try resolver.id(arguments[0], in: scope.districts, what: "a district"))
        default:
            throw ExpressionError(
                id: "expr.not-assignable",
                message:
                    "an effect can change a variable, budget(role), trust(a, b), fund(f), nuisance(district) or score(role)",
                offset: syntax.offset)
        }
    }

    private func roleOrEveryone(_ syntax: ExpressionSyntax) throws(ExpressionError) -> Int? {
        if case .wildcard = syntax { return nil }
        if case .name(let name, _) = syntax, ExpressionResolver.chooserWords.contains(name) {
            return try resolver.role(syntax)
        }
        return try resolver.id(
            syntax, in: resolver.scope.roles, what: "a role (or `*` for every role)")
    }
}
