import GameRules
import TestSupport
import Testing

@Suite("Expression diagnostics")
struct ExpressionErrorTests {
    enum Kind: Sendable { case condition, value, effect }

    /// Text, kind, error id, offset, the start of the message, and the suggestion.
    static let cases: [(String, Kind, String, Int, String, String?)] = [
        (
            "noord.rioll < 25", .condition, "expr.unknown-name", 0,
            "`noord.rioll` is not a variable of district `noord`", "did you mean `noord.riool`?"
        ),
        (
            "draagvalk > 3", .condition, "expr.unknown-name", 0, "`draagvalk` is not a known name",
            "did you mean `draagvlak`?"
        ),
        (
            "done(riool_nord)", .condition, "expr.unknown-id", 5, "`riool_nord` is not a project",
            "did you mean `riool_noord`?"
        ),
        (
            "budget(beheerr) > 5", .condition, "expr.unknown-id", 7, "`beheerr` is not a role",
            "did you mean `beheer`?"
        ),
        ("budget(noord) > 5", .condition, "expr.unknown-id", 7, "`noord` is not a role", nil),
        (
            "dne(riool_noord)", .condition, "expr.unknown-function", 0, "`dne` is not a function",
            "did you mean `done`?"
        ),
        (
            "trust(beheer) > 3", .condition, "expr.wrong-argument-count", 0,
            "`trust(...)` takes 2 values", nil
        ),
        (
            "noord.riool", .condition, "expr.type-mismatch", 0,
            "this is a number, but true or false is needed here",
            "compare it, for example `x > 10`"
        ),
        (
            "done(riool_noord) + 1", .value, "expr.type-mismatch", 0,
            "this is true or false, but a number is needed here", nil
        ),
        (
            "noord.riool = 5", .condition, "expr.syntax", 12,
            "a single `=` sets a value; to compare, write `==`", "write `==`"
        ),
        ("(draagvlak > 3", .condition, "expr.syntax", 14, "a `(` is not closed; add `)`", nil),
        (
            "draagvlak > ", .condition, "expr.syntax", 12,
            "the expression ends too early; a value is missing", nil
        ),
        (
            "draagvlak > 3 draagvlak < 9", .condition, "expr.syntax", 14,
            "unexpected text here; the expression should have ended",
            "join conditions with `and` or `or`"
        ),
        (
            "draagvlak > 3 and", .condition, "expr.syntax", 17,
            "the expression ends too early; a value is missing", nil
        ),
        (
            "\"draagvlak\" > 3", .condition, "expr.syntax", 0,
            "the character `\"` has no meaning here",
            "write names without quotes"
        ),
        (
            "draagvlak # 3", .condition, "expr.syntax", 10, "the character `#` has no meaning here",
            nil
        ),
        (
            "form == samenwerking", .condition, "expr.unknown-name", 8,
            "`samenwerking` is not a collaboration form", nil
        ),
        (
            "chose(beheer, misschien)", .condition, "expr.unknown-id", 14,
            "`misschien` is not an option of any dilemma", nil
        ),
        (
            "riool_noord", .condition, "expr.unknown-name", 0,
            "`riool_noord` is a project, not a value",
            "write `done(riool_noord)` or `running(riool_noord)`"
        ),
        (
            "draagvlak + 5", .effect, "expr.not-an-effect", 10,
            "an effect changes something: write `=`, `+=`, `-=` or `*=` here",
            "for example `noord.leefbaarheid += 5`"
        ),
        (
            "round = 3", .effect, "expr.not-assignable", 0,
            "`round` cannot be changed by an effect", nil
        ),
        (
            "done(riool_noord) = 1", .effect, "expr.not-assignable", 0,
            "an effect can change a variable", nil
        ),
        (
            "trust(*, beheerr) -= 5", .effect, "expr.unknown-id", 9,
            "`beheerr` is not a role (or `*` for every role)",
            "did you mean `beheer`?"
        ),
        (
            "draagvlak += *", .effect, "expr.syntax", 13,
            "`*` (every role) can only stand inside trust", nil
        ),
        (
            "min() > 1", .condition, "expr.wrong-argument-count", 0,
            "`min(...)` takes at least one value", nil
        ),
    ]

    @Test(arguments: 0..<cases.count)
    func reportsWhatAndWhere(index: Int) {
        let (text, kind, id, offset, message, suggestion) = Self.cases[index]
        let scope = ExpressionTestEnvironment.scope
        let error: ExpressionError?
        switch kind {
        case .condition: error = failure(ExpressionCompiler.compileCondition(text, scope: scope))
        case .value: error = failure(ExpressionCompiler.compileValue(text, scope: scope))
        case .effect: error = failure(ExpressionCompiler.compileEffect(text, scope: scope))
        }
        #expect(error?.id == id, "\(text)")
        #expect(error?.offset == offset, "\(text)")
        #expect(
            error?.message.hasPrefix(message) == true, "\(text): \(error?.message ?? "accepted")")
        #expect(error?.suggestion == suggestion, "\(text)")
    }

    private func failure<T>(_ result: Result<T, ExpressionError>) -> ExpressionError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    @Test func mangledTextNeverCrashesTheCompiler() {
        let seeds =
            ExpressionTests.conditions.map(\.0) + ExpressionTests.values.map(\.0)
            + Self.cases.map(\.0)
        let alphabet = Array("()*,+-/<>=!&|. _abcdeklnorstuvw0123456789\"#é")
        var random = SeededGenerator(seed: 2024)
        let scope = ExpressionTestEnvironment.scope
        for round in 0..<TestScale.count(quick: 2_000, full: 50_000) {
            var characters = Array(seeds[round % seeds.count])
            for _ in 0...random.below(4) {
                let position = characters.isEmpty ? 0 : random.below(characters.count + 1)
                switch random.below(3) {
                case 0: characters.insert(alphabet[random.below(alphabet.count)], at: position)
                case 1: if position < characters.count { characters.remove(at: position) }
                default:
                    if position < characters.count {
                        characters[position] = alphabet[random.below(alphabet.count)]
                    }
                }
            }
            let text = String(characters)
            for result in [
                ExpressionCompiler.compileCondition(text, scope: scope).map(\.source),
                ExpressionCompiler.compileValue(text, scope: scope).map(\.source),
                ExpressionCompiler.compileEffect(text, scope: scope).map(\.source),
            ] {
                if case .failure(let error) = result {
                    #expect((0...text.count).contains(error.offset))
                }
            }
        }
        let deep = String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
        #expect(throws: ExpressionError.self) {
            try ExpressionCompiler.compileValue(deep, scope: scope).get()
        }
        let negations = String(repeating: "-", count: 5000) + "1"
        #expect(throws: ExpressionError.self) {
            try ExpressionCompiler.compileValue(negations, scope: scope).get()
        }
    }

    @Test(
        arguments: [
            ("netbehere", ["beheer", "netbeheer", "sociaal"], "netbeheer"),
            ("soc", ["beheer", "netbeheer", "sociaal"], "sociaal"),
            ("SOCIAAL", ["beheer", "netbeheer", "sociaal"], "sociaal"),
            ("xyz", ["beheer", "netbeheer", "sociaal"], nil),
            ("", ["beheer"], nil),
        ] as [(String, [String], String?)])
    func suggestsTheClosestName(word: String, names: [String], expected: String?) {
        #expect(Suggestions.closest(to: word, among: names) == expected)
    }
}
