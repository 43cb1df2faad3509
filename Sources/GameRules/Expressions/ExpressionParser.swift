/// Recursive-descent parser from tokens to `ExpressionSyntax`.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons, `+ -`, `* /`, unary `-`.
struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0
    private static let depthLimit = 64

    /// Creates a parser over `tokens` (which end with `.end`).
    init(tokens: [ExpressionToken]) { self.tokens = tokens }

    /// The next token, not consumed.
    var current: ExpressionToken { tokens[position] }

    /// Consumes the current token.
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    /// Parses a whole expression.
    mutating func parseExpression() throws(ExpressionError) -> ExpressionSyntax {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.depthLimit else {
            throw ExpressionError(
                id: "expr.too-deep", message: "this expression is nested too deeply",
                offset: current.offset)
        }
        var left = try parseAnd()
        while current.isWord("or") || current.isSymbol("||") {
            advance()
            left = .binary("or", left, try parseAnd(), offset: left.offset)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseNot()
        while current.isWord("and") || current.isSymbol("&&") {
            advance()
            left = .binary("and", left, try parseNot(), offset: left.offset)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> ExpressionSyntax {
        if current.isWord("not") || current.isSymbol("!") {
            let offset = current.offset
            advance()
            return .unary("not", try parseNot(), offset: offset)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ExpressionError) -> ExpressionSyntax {
        let left = try parseSum()
        for symbol in ["<", "<=", ">", ">=", "==", "!="] where current.isSymbol(symbol) {
            advance()
            return .binary(symbol, left, try parseSum(), offset: left.offset)
        }
        if current.isSymbol("=") && !allowsAssignment {
            throw ExpressionError(
                id: "expr.syntax", message: "a single `=` sets a value; to compare, write `==`",
                offset: current.offset, suggestion: "write `==`")
        }
        return left
    }

    /// Whether a top-level `=` may follow (set while parsing an effect's target).
    var allowsAssignment = false

    private mutating func parseSum() throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseProduct()
        while current.isSymbol("+") || current.isSymbol("-") {
            guard case .symbol(let symbol) = current.kind else { break }
            advance()
            left = .binary(symbol, left, try parseProduct(), offset: left.offset)
        }
        return left
    }

    private mutating func parseProduct() throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseUnary()
        while current.isSymbol("*") || current.isSymbol("/") {
            guard case .symbol(let symbol) = current.kind else { break }
            advance()
            left = .binary(symbol, left, try parseUnary(), offset: left.offset)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> ExpressionSyntax {
        if current.isSymbol("-") {
            let offset = current.offset
            advance()
            depth += 1
            defer { depth -= 1 }
            guard depth < Self.depthLimit else {
                throw ExpressionError(
                    id: "expr.too-deep", message: "this expression is nested too deeply",
                    offset: offset)
            }
            return .unary("-", try parseUnary(), offset: offset)
        }
        return try parsePrimary()
    }

    /// Parses a number, a truth value, a name, a call or a parenthesised expression.
    mutating func parsePrimary() throws(ExpressionError) -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, offset: token.offset)
        case .name("true"), .name("waar"):
            advance()
            return .boolean(true, offset: token.offset)
        case .name("false"), .name("onwaar"):
            advance()
            return .boolean(false, offset: token.offset)
        case .name(let name) where ["and", "or", "not"].contains(name):
            throw ExpressionError(
                id: "expr.syntax", message: "`\(name)` needs a value before or after it",
                offset: token.offset)
        case .name(let name):
            advance()
            guard current.isSymbol("(") else { return .name(name, offset: token.offset) }
            return .call(name, try parseArguments(), offset: token.offset)
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            try expect(")", "a `(` is not closed; add `)`")
            return inner
        case .symbol("*"):
            advance()
            return .wildcard(offset: token.offset)
        case .symbol(let symbol):
            throw ExpressionError(
                id: "expr.syntax", message: "a value is missing before `\(symbol)`",
                offset: token.offset)
        case .end:
            throw ExpressionError(
                id: "expr.syntax", message: "the expression ends too early; a value is missing",
                offset: token.offset)
        }
    }

    private mutating func parseArguments() throws(ExpressionError) -> [ExpressionSyntax] {
        advance()
        var arguments: [ExpressionSyntax] = []
        if current.isSymbol(")") {
            advance()
            return arguments
        }
        while true {
            arguments.append(try parseExpression())
            if current.isSymbol(",") {
                advance()
                continue
            }
            try expect(")", "the list of arguments is not closed; add `)`")
            return arguments
        }
    }

    /// Consumes `symbol` or fails with `message`.
    mutating func expect(_ symbol: String, _ message: String) throws(ExpressionError) {
        guard current.isSymbol(symbol) else {
            throw ExpressionError(id: "expr.syntax", message: message, offset: current.offset)
        }
        advance()
    }

    /// Fails unless all tokens were used.
    func expectEnd() throws(ExpressionError) {
        guard current.kind == .end else {
            throw ExpressionError(
                id: "expr.syntax",
                message: "unexpected text here; the expression should have ended",
                offset: current.offset, suggestion: "join conditions with `and` or `or`")
        }
    }
}
