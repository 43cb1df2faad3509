/// The functions an expression may call, and how their arguments resolve.
struct FunctionCatalog {
    /// The resolver for arguments.
    let resolver: ExpressionResolver

    /// Every function name, for suggestions and documentation.
    static let names = [
        "budget", "trust", "trust_in", "group_trust", "done", "running", "started", "failed",
        "fund",
        "nuisance", "chose", "decided", "fired", "coupled", "indicator", "min", "max", "sum",
        "count",
        "abs", "clamp", "score", "openings", "breaches", "couplings_made",
    ]

    private var scope: ExpressionScope { resolver.scope }

    /// Resolves a call of `name` with `arguments` at `offset`.
    func resolve(
        _ name: String, _ arguments: [ExpressionSyntax], _ offset: Int
    ) throws(ExpressionError) -> ExpressionResolver.Typed {
        switch name {
        case "budget":
            try count(name, arguments, 1, offset)
            return (.budget(try role(arguments[0])), .number)
        case "trust":
            try count(name, arguments, 2, offset)
            return (.trust(try role(arguments[0]), try role(arguments[1])), .number)
        case "openings", "breaches":
            try count(name, arguments, 1, offset)
            let district = try resolver.id(arguments[0], in: scope.districts, what: "a district")
            return (name == "openings" ? .openings(district) : .breaches(district), .number)
        case "couplings_made":
            try count(name, arguments, 0, offset)
            return (.couplingsMade, .number)
        case "score":
            try count(name, arguments, 1, offset)
            return (.score(try role(arguments[0])), .number)
        case "trust_in":
            try count(name, arguments, 1, offset)
            return (.trustIn(try role(arguments[0])), .number)
        case "group_trust":
            try count(name, arguments, 0, offset)
            return (.groupTrust, .number)
        case "done", "running", "started", "failed":
            try count(name, arguments, 1, offset)
            let project = try resolver.id(arguments[0], in: scope.projects, what: "a project")
            return (.project(project, ExpressionNode.ProjectTest(rawValue: name) ?? .done), .truth)
        case "fund":
            try count(name, arguments, 1, offset)
            return (.fund(try resolver.id(arguments[0], in: scope.funds, what: "a fund")), .number)
        case "nuisance":
            try count(name, arguments, 1, offset)
            return (
                .nuisance(try resolver.id(arguments[0], in: scope.districts, what: "a district")),
                .number
            )
        case "chose":
            try count(name, arguments, 2, offset)
            let (dilemma, option) = try self.option(arguments[1])
            return (.chose(role: try role(arguments[0]), dilemma: dilemma, option: option), .truth)
        case "decided":
            try count(name, arguments, 1, offset)
            let dilemmas = scope.dilemmas.map(\.id)
            return (
                .decided(try resolver.id(arguments[0], in: dilemmas, what: "a dilemma")), .truth
            )
        case "fired":
            try count(name, arguments, 1, offset)
            return (
                .fired(try resolver.id(arguments[0], in: scope.events, what: "an event")), .number
            )
        case "coupled":
            try count(name, arguments, 1, offset)
            return (
                .coupled(try resolver.id(arguments[0], in: scope.couplings, what: "a coupling")),
                .truth
            )
        case "indicator":
            try count(name, arguments, 1, offset)
            return (
                .indicator(
                    try resolver.id(arguments[0], in: scope.indicators, what: "an indicator")),
                .number
            )
        case "min", "max", "sum":
            guard !arguments.isEmpty else {
                throw argumentCount(name, "at least one value", offset)
            }
            let values = try numbers(arguments)
            return (.aggregate(ExpressionNode.Aggregate(rawValue: name) ?? .sum, values), .number)
        case "count":
            guard !arguments.isEmpty else {
                throw argumentCount(name, "at least one condition", offset)
            }
            var conditions: [ExpressionNode] = []
            for argument in arguments {
                conditions.append(try resolver.resolve(argument, as: .truth))
            }
            return (.aggregate(.count, conditions), .number)
        case "abs":
            try count(name, arguments, 1, offset)
            return (.aggregate(.abs, try numbers(arguments)), .number)
        case "clamp":
            try count(name, arguments, 3, offset)
            return (.aggregate(.clamp, try numbers(arguments)), .number)
        default:
            throw ExpressionError(
                id: "expr.unknown-function", message: "`\(name)` is not a function", offset: offset,
                suggestion: Suggestions.closest(to: name, among: Self.names).map {
                    "did you mean `\($0)`?"
                })
        }
    }

    private func role(_ syntax: ExpressionSyntax) throws(ExpressionError) -> Int {
        try resolver.role(syntax)
    }

    private func numbers(_ arguments: [ExpressionSyntax]) throws(ExpressionError)
        -> [ExpressionNode]
    {
        var nodes: [ExpressionNode] = []
        for argument in arguments { nodes.append(try resolver.resolve(argument, as: .number)) }
        return nodes
    }

    /// Resolves `option` or `dilemma.option`; a bare option must belong to one dilemma only.
    private func option(_ syntax: ExpressionSyntax) throws(ExpressionError) -> (Int, Int) {
        guard case .name(let name, let offset) = syntax else {
            throw ExpressionError(
                id: "expr.wrong-argument", message: "an option of a dilemma is expected here",
                offset: syntax.offset)
        }
        var matches: [(Int, Int)] = []
        for (dilemma, entry) in scope.dilemmas.enumerated() {
            for (option, id) in entry.options.enumerated()
            where id == name || "\(entry.id).\(id)" == name {
                matches.append((dilemma, option))
            }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw ExpressionError(
                id: "expr.ambiguous-option",
                message: "`\(name)` is an option of more than one dilemma",
                offset: offset, suggestion: "write it as `dilemma.\(name)`")
        }
        let all =
            scope.dilemmas.flatMap { entry in entry.options.map { "\(entry.id).\($0)" } }
            + scope.dilemmas.flatMap(\.options)
        throw ExpressionError(
            id: "expr.unknown-id", message: "`\(name)` is not an option of any dilemma",
            offset: offset,
            suggestion: Suggestions.closest(to: name, among: all).map { "did you mean `\($0)`?" })
    }

    private func count(
        _ name: String, _ arguments: [ExpressionSyntax], _ expected: Int, _ offset: Int
    ) throws(ExpressionError) {
        guard arguments.count != expected else { return }
        let words = expected == 0 ? "no values" : expected == 1 ? "one value" : "\(expected) values"
        throw argumentCount(name, words, offset)
    }

    private func argumentCount(_ name: String, _ words: String, _ offset: Int) -> ExpressionError {
        ExpressionError(
            id: "expr.wrong-argument-count", message: "`\(name)(...)` takes \(words)",
            offset: offset)
    }
}
