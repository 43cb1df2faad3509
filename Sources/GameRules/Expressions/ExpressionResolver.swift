/// Resolves names in `ExpressionSyntax` against a scope and checks the types.
struct ExpressionResolver {
    /// The names the expression may use.
    let scope: ExpressionScope

    /// Words that mean something by themselves.
    static let keywords = [
        "round", "last_round", "year", "group_trust", "couplings_made", "form", "true", "false",
    ]

    /// A resolved part with its type.
    typealias Typed = (node: ExpressionNode, kind: ValueKind)

    /// Resolves `syntax`, requiring `kind`.
    func resolve(_ syntax: ExpressionSyntax, as kind: ValueKind) throws(ExpressionError)
        -> ExpressionNode
    {
        let typed = try resolve(syntax)
        guard typed.kind == kind else {
            let hint = kind == .truth ? "compare it, for example `x > 10`" : nil
            throw ExpressionError(
                id: "expr.type-mismatch",
                message: "this is \(typed.kind.words), but \(kind.words) is needed here",
                offset: syntax.offset, suggestion: hint)
        }
        return typed.node
    }

    /// Resolves `syntax` to a node and its type, folding constant parts.
    func resolve(_ syntax: ExpressionSyntax) throws(ExpressionError) -> Typed {
        let typed = try resolveUnfolded(syntax)
        guard typed.node.isConstant else { return typed }
        return (.constant(typed.node.value(in: ConstantEnvironment())), typed.kind)
    }

    private func resolveUnfolded(_ syntax: ExpressionSyntax) throws(ExpressionError) -> Typed {
        switch syntax {
        case .number(let value, _):
            return (.constant(value), .number)
        case .boolean(let flag, _):
            return (.constant(flag ? 1 : 0), .truth)
        case .name(let name, let offset):
            return try resolveName(name, offset)
        case .wildcard(let offset):
            throw ExpressionError(
                id: "expr.syntax",
                message:
                    "`*` (every role) can only stand inside trust(...) on the left of an effect",
                offset: offset)
        case .call(let name, let arguments, let offset):
            return try FunctionCatalog(resolver: self).resolve(name, arguments, offset)
        case .unary(let op, let operand, _):
            if op == "not" { return (.not(try resolve(operand, as: .truth)), .truth) }
            return (.negate(try resolve(operand, as: .number)), .number)
        case .binary(let op, let left, let right, _):
            return try resolveBinary(op, left, right)
        }
    }

    private func resolveName(_ name: String, _ offset: Int) throws(ExpressionError) -> Typed {
        switch name {
        case "round", "ronde": return (.roundNumber, .number)
        case "last_round", "laatste_ronde": return (.lastRound, .number)
        case "year", "jaar": return (.year, .number)
        case "group_trust": return (.groupTrust, .number)
        case "couplings_made": return (.couplingsMade, .number)
        case "form", "vorm": return (.form, .number)
        default: break
        }
        if let index = scope.variables[name] { return (.variable(index), .number) }
        if let index = scope.indicators.firstIndex(of: name) { return (.indicator(index), .number) }
        throw unknownName(name, offset)
    }

    private func resolveBinary(
        _ op: String, _ left: ExpressionSyntax, _ right: ExpressionSyntax
    ) throws(ExpressionError) -> Typed {
        switch op {
        case "and", "or":
            let a = try resolve(left, as: .truth)
            let b = try resolve(right, as: .truth)
            return (.binary(op == "and" ? .and : .or, a, b), .truth)
        case "==", "!=":
            let comparison: ExpressionNode.BinaryOperator = op == "==" ? .equal : .notEqual
            let formOnLeft = try formComparison(left, right)
            let formOnRight = try formComparison(right, left)
            if let form = formOnLeft ?? formOnRight {
                return (.binary(comparison, .form, .constant(Double(form))), .truth)
            }
            let a = try resolve(left)
            let b = try resolve(right, as: a.kind)
            return (.binary(comparison, a.node, b), .truth)
        default:
            let a = try resolve(left, as: .number)
            let b = try resolve(right, as: .number)
            guard let operation = ExpressionNode.BinaryOperator(rawValue: op) else {
                throw ExpressionError(
                    id: "expr.syntax", message: "`\(op)` is not an operator", offset: left.offset)
            }
            let comparisons: Set<ExpressionNode.BinaryOperator> = [
                .less, .lessOrEqual, .greater, .greaterOrEqual,
            ]
            return (.binary(operation, a, b), comparisons.contains(operation) ? .truth : .number)
        }
    }

    /// The form index when `side` is `form` and `other` names a form.
    private func formComparison(_ side: ExpressionSyntax, _ other: ExpressionSyntax)
        throws(ExpressionError) -> Int?
    {
        guard case .name(let name, _) = side, name == "form" || name == "vorm" else { return nil }
        guard case .name(let formName, let offset) = other else { return nil }
        if let index = scope.forms.firstIndex(of: formName) { return index }
        throw ExpressionError(
            id: "expr.unknown-name", message: "`\(formName)` is not a collaboration form",
            offset: offset,
            suggestion: Suggestions.closest(to: formName, among: scope.forms).map {
                "did you mean `\($0)`?"
            })
    }

    /// The words that name the role that chose an option, in the effects of that option.
    static let chooserWords: Set<String> = ["self", "chooser"]

    /// Resolves an argument that must name a role: a role id, or `self` (`chooser`) in the
    /// effects of a dilemma's option.
    func role(_ syntax: ExpressionSyntax) throws(ExpressionError) -> Int {
        if case .name(let name, let offset) = syntax, Self.chooserWords.contains(name),
            !scope.roles.contains(name)
        {
            guard let chooser = scope.chooser else {
                throw ExpressionError(
                    id: "expr.chooser-outside-option",
                    message:
                        "`\(name)` means the role that chose, so it can only stand in the `effects` of a dilemma's option",
                    offset: offset,
                    suggestion: "name the role itself, such as `\(scope.roles.first ?? "beheer")`")
            }
            return chooser
        }
        return try id(syntax, in: scope.roles, what: "a role")
    }

    /// Resolves an argument that must name one of `names`, described as `what`.
    func id(
        _ syntax: ExpressionSyntax, in names: [String], what: String
    ) throws(ExpressionError) -> Int {
        guard case .name(let name, let offset) = syntax else {
            throw ExpressionError(
                id: "expr.wrong-argument", message: "\(what) is expected here, written as its id",
                offset: syntax.offset)
        }
        if let index = names.firstIndex(of: name) { return index }
        throw ExpressionError(
            id: "expr.unknown-id", message: "`\(name)` is not \(what)", offset: offset,
            suggestion: Suggestions.closest(to: name, among: names).map { "did you mean `\($0)`?" })
    }
}

/// An environment for folding constants; constant parts never ask it anything.
private struct ConstantEnvironment: ExpressionEnvironment {
    var roleCount: Int { 0 }
    var roundNumber: Int { 0 }
    var lastRound: Int { 0 }
    var year: Int { 0 }
    var formIndex: Int { 0 }
    var groupTrust: Double { 0 }
    func budget(_ role: Int) -> Double { 0 }
    func trust(_ from: Int, _ to: Int) -> Double { 0 }
    func variable(_ index: Int) -> Double { 0 }
    func fund(_ index: Int) -> Double { 0 }
    func nuisance(_ district: Int) -> Double { 0 }
    func indicator(_ index: Int) -> Double { 0 }
    func projectPhase(_ project: Int) -> ProjectPhase { .idle }
    func chose(role: Int, dilemma: Int, option: Int) -> Bool { false }
    func decided(dilemma: Int) -> Bool { false }
    func firedCount(event: Int) -> Int { 0 }
    func coupled(_ coupling: Int) -> Bool { false }
    func score(_ role: Int) -> Double { 0 }
    func openings(_ district: Int) -> Int { 0 }
    func breaches(_ district: Int) -> Int { 0 }
    var couplingsMade: Int { 0 }
}
