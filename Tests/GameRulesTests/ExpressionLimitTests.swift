import GameRules
import Testing

/// Expressions stay within their limits of length, nesting and chain height, so that no
/// pass over their trees (resolving, folding, evaluating, comparing, hashing) can run out of
/// stack; up to the limits they work as usual.
@Suite("Expression limits")
struct ExpressionLimitTests {
    private let scope = ExpressionTestEnvironment.scope

    private func error(_ text: String) -> ExpressionError? {
        if case .failure(let error) = ExpressionCompiler.compileCondition(text, scope: scope) {
            return error
        }
        return nil
    }

    @Test func nestingUpToTheLimitWorks() throws {
        let text = String(repeating: "not ", count: 62) + "true"
        let condition = try ExpressionCompiler.compileCondition(text, scope: scope).get()
        #expect(condition.isTrue(in: ExpressionTestEnvironment()))
    }

    @Test func nestingBeyondTheLimitIsAnError() {
        for text in [
            String(repeating: "not ", count: 20_000) + "true",
            String(repeating: "!", count: 70) + "true",
            String(repeating: "(", count: 70) + "true" + String(repeating: ")", count: 70),
            String(repeating: "max(", count: 70) + "1" + String(repeating: ")", count: 70) + " > 0",
        ] {
            let found = error(text)
            #expect(found?.id == (text.count > 4000 ? "expr.too-long" : "expr.too-deep"))
        }
    }

    @Test func longChainsUpToTheLimitWorkEverywhere() throws {
        let text = "draagvlak > 1" + String(repeating: " and draagvlak > 1", count: 190)
        let a = try ExpressionCompiler.compileCondition(text, scope: scope).get()
        let b = try ExpressionCompiler.compileCondition(text, scope: scope).get()
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a.isTrue(in: ExpressionTestEnvironment()))
    }

    @Test func chainsBeyondTheLimitAreAnError() {
        #expect(error("1" + String(repeating: " + 1", count: 250) + " > 2")?.id == "expr.too-long")
        #expect(
            error("true" + String(repeating: " and true", count: 100_000))?.id == "expr.too-long")
        #expect(error(String(repeating: " ", count: 4001) + "true")?.offset == 0)
    }

    @Test func anEffectInAConditionSaysWhereEffectsBelong() {
        let found = error("draagvlak -= 10")
        #expect(found?.id == "expr.effect-in-condition")
        #expect(found?.offset == 10)
        #expect(found?.suggestion?.contains("`effects`") == true)
    }
}
