/// Turns expression texts from a game file into checked `Expression`s and `Effect`s.
public enum ExpressionCompiler {
    /// Compiles a condition: it must be true or false.
    public static func compileCondition(_ text: String, scope: ExpressionScope) -> Result<
        Expression, ExpressionError
    > {
        compile(text, scope: scope, as: .truth)
    }

    /// Compiles a value: it must be a number.
    public static func compileValue(_ text: String, scope: ExpressionScope) -> Result<
        Expression, ExpressionError
    > {
        compile(text, scope: scope, as: .number)
    }

    private static func compile(
        _ text: String, scope: ExpressionScope, as kind: ValueKind
    ) -> Result<Expression, ExpressionError> {
        Result { () throws(ExpressionError) -> Expression in
            var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(text).get())
            let syntax = try parser.parseExpression()
            try parser.expectEnd()
            let root = try ExpressionResolver(scope: scope).resolve(syntax, as: kind)
            return Expression(source: text, root: root)
        }
    }

    /// Compiles an effect: `target = value`, `+=`, `-=` or `*=`.
    public static func compileEffect(_ text: String, scope: ExpressionScope) -> Result<
        Effect, ExpressionError
    > {
        Result { () throws(ExpressionError) -> Effect in
            var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(text).get())
            parser.allowsAssignment = true
            let targetSyntax = try parser.parsePrimary()
            let operatorToken = parser.current
            guard case .symbol(let symbol) = operatorToken.kind,
                let operation = Effect.Operation(rawValue: symbol)
            else {
                throw ExpressionError(
                    id: "expr.not-an-effect",
                    message: "an effect changes something: write `=`, `+=`, `-=` or `*=` here",
                    offset: operatorToken.offset,
                    suggestion: "for example `noord.leefbaarheid += 5`")
            }
            parser.advance()
            parser.allowsAssignment = false
            let valueSyntax = try parser.parseExpression()
            try parser.expectEnd()
            let resolver = ExpressionResolver(scope: scope)
            let target = try EffectTargetResolver(resolver: resolver).resolve(targetSyntax)
            let value = try resolver.resolve(valueSyntax, as: .number)
            return Effect(
                source: text, target: target, operation: operation, value: value,
                roleCount: scope.roles.count)
        }
    }

    /// Whether `text` names the role that chose (`self` or `chooser`), so that it must be
    /// compiled once for every role that may choose. False for a text that does not lex.
    public static func namesChooser(_ text: String) -> Bool {
        guard case .success(let tokens) = ExpressionLexer.tokens(text) else { return false }
        return tokens.contains {
            if case .name(let name) = $0.kind {
                return ExpressionResolver.chooserWords.contains(name)
            }
            return false
        }
    }
}
