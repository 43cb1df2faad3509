import GameRules
import Testing

@Suite("The expression language")
struct ExpressionTests {
    static let values: [(String, Double)] = [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 / 4", 2.5),
        ("10 / 0", 0),
        ("-noord.riool + 5", -30),
        ("noord.riool", 35),
        ("draagvlak", 60),
        ("budget(beheer) - budget(sociaal)", 90),
        ("trust(beheer, netbeheer)", 60),
        ("trust_in(beheer)", 40),
        ("group_trust", 55),
        ("round", 3),
        ("year", 2027),
        ("fund(wijkfonds)", 25),
        ("nuisance(noord)", 12),
        ("leefbaarheid", 62.5),
        ("indicator(leefbaarheid)", 62.5),
        ("fired(subsidie)", 2),
        ("min(3, noord.riool, 10)", 3),
        ("max(3, noord.riool, 10)", 35),
        ("sum(1, 2, 3.5)", 6.5),
        ("count(done(riool_noord), running(kabel_noord), done(plein_zuid))", 2),
        ("abs(2 - 9)", 7),
        ("clamp(draagvlak, 0, 50)", 50),
        ("1_000 + .5", 1000.5),
        ("score(beheer) + score(sociaal)", 15),
        ("openings(noord) * 10 + breaches(noord) + openings(zuid)", 31),
        ("couplings_made + couplings_made()", 2),
    ]

    static let conditions: [(String, Bool)] = [
        ("done(riool_noord)", true),
        ("running(kabel_noord) and not done(kabel_noord)", true),
        ("started(riool_noord) and started(kabel_noord) and not started(huizen_noord)", true),
        ("failed(warmte_zuid)", true),
        ("noord.riool < 25 or draagvlak >= 60", true),
        ("form == coordinatie", true),
        ("form != coordinatie", false),
        ("chose(beheer, samen) && !chose(netbeheer, samen)", true),
        ("chose(netbeheer, parkeren.alleen)", true),
        ("decided(parkeren)", true),
        ("coupled(riool_kabel)", true),
        ("true == (1 < 2)", true),
        ("1 > 2", false),
        ("not not true", true),
    ]

    @Test(arguments: values)
    func computesValues(text: String, expected: Double) throws {
        let expression = try ExpressionCompiler.compileValue(
            text, scope: ExpressionTestEnvironment.scope
        ).get()
        #expect(expression.number(in: ExpressionTestEnvironment()) == expected)
        #expect(expression.source == text)
    }

    @Test(arguments: conditions)
    func decidesConditions(text: String, expected: Bool) throws {
        let expression = try ExpressionCompiler.compileCondition(
            text, scope: ExpressionTestEnvironment.scope
        ).get()
        #expect(expression.isTrue(in: ExpressionTestEnvironment()) == expected)
    }

    @Test func foldsConstantsSoTheCheckerCanWarn() throws {
        let scope = ExpressionTestEnvironment.scope
        #expect(
            try ExpressionCompiler.compileCondition("1 > 2", scope: scope).get().isConstantFalse)
        #expect(
            try ExpressionCompiler.compileCondition("false and done(riool_noord)", scope: scope)
                .get().constantValue == nil)
        #expect(
            try ExpressionCompiler.compileValue("2 * (3 + 4)", scope: scope).get().constantValue
                == 14)
        #expect(
            try ExpressionCompiler.compileValue("draagvlak", scope: scope).get().constantValue
                == nil)
    }

    static let effects: [(String, @Sendable (inout ExpressionTestEnvironment) -> Double, Double)] =
        [
            ("noord.leefbaarheid += 5", { $0.variables[1] }, 60),
            ("draagvlak = max(0, draagvlak - 70)", { $0.variables[3] }, 0),
            ("budget(beheer) -= 20", { $0.budgets[0] }, 80),
            ("budget(sociaal) *= 3", { $0.budgets[2] }, 30),
            ("trust(beheer, netbeheer) += 10", { $0.trustMatrix[0][1] }, 70),
            (
                "trust(*, beheer) -= 5",
                { $0.trustMatrix[1][0] + $0.trustMatrix[2][0] + $0.trustMatrix[0][0] }, 170
            ),
            ("trust(beheer, *) += 50", { $0.trustMatrix[0][1] + $0.trustMatrix[0][2] }, 190),
            ("fund(wijkfonds) += 30", { $0.funds[0] }, 55),
            ("nuisance(noord) = 0", { $0.nuisances[0] }, 0),
            ("zuid.leefbaarheid += nuisance(noord) / 4", { $0.variables[2] }, 73),
            ("score(netbeheer) += 3", { $0.scores[1] }, 3),
            ("score(beheer) -= score(sociaal)", { $0.scores[0] }, 9),
        ]

    @Test(arguments: 0..<effects.count)
    func effectsChangeTheirTarget(index: Int) throws {
        let (text, read, expected) = Self.effects[index]
        let effect = try ExpressionCompiler.compileEffect(
            text, scope: ExpressionTestEnvironment.scope
        ).get()
        var env = ExpressionTestEnvironment()
        effect.apply(to: &env)
        #expect(read(&env) == expected, "\(text)")
    }
}
