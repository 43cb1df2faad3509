/// Recursive-descent parser from tokens to `ExpressionSyntax`.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons, `+ -`, `* /`, unary `-`.
///
/// Nothing here or in later passes may recurse without bound: brackets, `not`, `-` and calls
/// may nest at most `nestingLimit` deep, and no tree is ever higher than `heightLimit` (a
/// chain `a + b + c ...` is a tree as high as it is long).
struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0
    /// How deep brackets, `not`, `-` and calls may nest.
    static let nestingLimit = 64
    /// How high an expression's tree may be.
    static let heightLimit = 200

    /// Creates a parser over `tokens` (which end with `.end`).
    init(tokens: [ExpressionToken]) { self.tokens = tokens }

    /// The next token, not consumed.
    var current: ExpressionToken { tokens[position] }

    /// Consumes the current token.
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    /// Parses a whole expression.
    mutating func parseExpression() throws(ExpressionError) -> ExpressionSyntax {
        try enter()
        defer { depth -= 1 }
        var left = try parseAnd()
        while current.isWord("or") || current.isSymbol("||") {
            let offset = current.offset
            advance()
            left = try checked(.binary("or", left, try parseAnd(), offset: left.offset), at: offset)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseNot()
        while current.isWord("and") || current.isSymbol("&&") {
            let offset = current.offset
            advance()
            left = try checked(
                .binary("and", left, try parseNot(), offset: left.offset), at: offset)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> ExpressionSyntax {
        if current.isWord("not") || current.isSymbol("!") {
            let offset = current.offset
            try enter()
            defer { depth -= 1 }
            advance()
            return try checked(.unary("not", try parseNot(), offset: offset), at: offset)
        }
        return try parseComparison()
    }

    /// Goes one level deeper, or fails when brackets, `not`, `-` and calls nest too deeply.
    private mutating func enter() throws(ExpressionError) {
        depth += 1
        guard depth <= Self.nestingLimit else {
            depth -= 1
            throw ExpressionError(
                id: "expr.too-deep",
                message:
                    "this expression nests more than \(Self.nestingLimit) levels deep (brackets, `not`, `-` and functions)",
                offset: current.offset,
                suggestion: "write it more simply, or compute a part in an indicator")
        }
    }

    /// `syntax`, unless its tree has grown higher than `heightLimit`; `offset` is the
    /// operator that made it too high.
    private func checked(_ syntax: ExpressionSyntax, at offset: Int) throws(ExpressionError)
        -> ExpressionSyntax
    {
        guard syntax.height <= Self.heightLimit else {
            throw ExpressionError(
                id: "expr.too-long",
                message:
                    "this expression is too long: more than \(Self.heightLimit) operations follow each other",
                offset: offset,
                suggestion:
                    "split it up: compute parts in indicators, or use `sum(...)` or `count(...)`")
        }
        return syntax
    }

    private mutating func parseComparison() throws(ExpressionError) -> ExpressionSyntax {
        let left = try parseSum()
        for symbol in ["<", "<=", ">", ">=", "==", "!="] where current.isSymbol(symbol) {
            let offset = current.offset
            advance()
            return try checked(
                .binary(symbol, left, try parseSum(), offset: left.offset), at: offset)
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
            let offset = current.offset
            advance()
            left = try checked(
                .binary(symbol, left, try parseProduct(), offset: left.offset), at: offset)
        }
        return left
    }

    private mutating func parseProduct() throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseUnary()
        while current.isSymbol("*") || current.isSymbol("/") {
            guard case .symbol(let symbol) = current.kind else { break }
            let offset = current.offset
            advance()
            left = try checked(
                .binary(symbol, left, try parseUnary(), offset: left.offset), at: offset)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> ExpressionSyntax {
        if current.isSymbol("-") {
            let offset = current.offset
            try enter()
            defer { depth -= 1 }
            advance()
            return try checked(.unary("-", try parseUnary(), offset: offset), at: offset)
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
            return try checked(
                .call(name, try parseArguments(), offset: token.offset), at: token.offset)
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
        if case .symbol(let symbol) = current.kind, ["+=", "-=", "*="].contains(symbol) {
            throw ExpressionError(
                id: "expr.effect-in-condition",
                message: "`\(symbol)` changes a value, but here something is only read or compared",
                offset: current.offset,
                suggestion:
                    "a change belongs in `effects` (or `done`, `running`, `missed`); a condition compares, such as `x >= 10`"
            )
        }
        guard current.kind == .end else {
            throw ExpressionError(
                id: "expr.syntax",
                message: "unexpected text here; the expression should have ended",
                offset: current.offset, suggestion: "join conditions with `and` or `or`")
        }
    }
}
