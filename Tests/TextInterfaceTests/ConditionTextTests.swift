import GameRules
import Testing

@testable import TextInterface

/// Conditions in the player's words: a table of expressions of the example game, each
/// rendered in Dutch and in English from its compiled tree.
@Suite("Conditions in words")
struct ConditionTextTests {
    /// An expression and its sentence in each language.
    struct Case: CustomStringConvertible, Sendable {
        var source: String
        var dutch: String
        var english: String
        var description: String { source }
    }

    static let cases: [Case] = [
        Case(
            source: "done(riool_noord)", dutch: "zodra Rioolvervanging Noord klaar is",
            english: "once Rioolvervanging Noord is done"),
        Case(
            source: "not done(riool_noord)", dutch: "zolang Rioolvervanging Noord niet klaar is",
            english: "as long as Rioolvervanging Noord is not done"),
        Case(
            source: "running(warmtenet_noord) or started(riool_zuid)",
            dutch: "zodra Warmtenet Noord loopt of Rioolvervanging Zuid begonnen is",
            english: "once Warmtenet Noord is running or Rioolvervanging Zuid has started"),
        Case(
            source: "noord.leefbaarheid >= 70",
            dutch: "zodra leefbaarheid in De Bron-Noord minstens 70 is",
            english: "once leefbaarheid in De Bron-Noord is at least 70"),
        Case(
            source: "draagvlak < 40 and year >= 2027",
            dutch: "zodra draagvlak lager dan 40 is en het jaar minstens 2027 is",
            english: "once draagvlak is below 40 and the year is at least 2027"),
        Case(
            source: "not (budget(beheer) > 20)",
            dutch: "zolang het budget van Stadsbeheer hoogstens 20 is",
            english: "as long as the budget of Stadsbeheer is at most 20"),
        Case(
            source: "trust(beheer, netbeheer) <= 30 or group_trust != 50",
            dutch:
                "zodra het vertrouwen van Stadsbeheer in Netbeheerder hoogstens 30 is of het groepsvertrouwen niet gelijk is aan 50",
            english:
                "once the trust of Stadsbeheer in Netbeheerder is at most 30 or group trust does not equal 50"
        ),
        Case(
            source: "form == coordinatie", dutch: "zodra de samenwerkingsvorm Coördinatie is",
            english: "once the form of collaboration is Coördinatie"),
        Case(
            source: "year == 2030", dutch: "zodra het 2030 is", english: "once it is 2030"),
        Case(
            source: "(done(riool_noord) or done(riool_zuid)) and fund(wijkfonds) > 10",
            dutch:
                "zodra (Rioolvervanging Noord klaar is of Rioolvervanging Zuid klaar is) en het saldo van Wijkfonds hoger dan 10 is",
            english:
                "once (Rioolvervanging Noord is done or Rioolvervanging Zuid is done) and the balance of Wijkfonds is above 10"
        ),
        Case(
            source: "noord.leefbaarheid + zuid.leefbaarheid - 10 > 100",
            dutch:
                "zodra leefbaarheid in De Bron-Noord + leefbaarheid in De Bron-Zuid - 10 hoger dan 100 is",
            english:
                "once leefbaarheid in De Bron-Noord + leefbaarheid in De Bron-Zuid - 10 is above 100"
        ),
    ]

    @Test("each expression in Dutch", arguments: cases)
    func dutch(_ testCase: Case) throws {
        #expect(try sentence(testCase.source, .nl) == testCase.dutch)
    }

    @Test("each expression in English", arguments: cases)
    func english(_ testCase: Case) throws {
        #expect(try sentence(testCase.source, .en) == testCase.english)
    }

    @Test("projects show their precondition in words, never the raw expression")
    func projectsView() throws {
        for language in Language.allCases {
            let session = try Fixtures.session(language: language)
            _ = session.handle("")
            let shown = session.handle(language == .nl ? "projecten" : "projects").joined(
                separator: "\n")
            for project in session.game.spec.projects {
                guard let precondition = project.precondition else { continue }
                #expect(!shown.contains(precondition.source), "\(language): \(project.id)")
            }
        }
    }

    @Test(
        "a refused plan gives its precondition in words",
        arguments: [
            (
                Language.nl,
                "groen_zuid kan nu nog niet starten; dat kan zodra draagvlak minstens 40 is."
            ),
            (Language.en, "groen_zuid cannot start yet; it can once draagvlak is at least 40."),
        ])
    func refusal(_ language: Language, _ expected: String) throws {
        let session = try Fixtures.session(language: language)
        let ready = language == .nl ? "klaar" : "ready"
        for line in ["", "/variable draagvlak -30", ready, "", ready, "", ready, ""] {
            _ = session.handle(line)
        }
        let shown = session.handle("plan groen_zuid").joined()
        #expect(shown.contains("[precondition-unmet]: " + expected), "\(shown)")
    }

    private func sentence(_ source: String, _ language: Language) throws -> String {
        let spec = try Fixtures.example().spec
        let expression = try ExpressionCompiler.compileCondition(source, scope: scope(spec)).get()
        return ConditionText(spec: spec, text: Messages(language)).sentence(expression)
    }

    private func scope(_ spec: GameSpec) -> ExpressionScope {
        var scope = ExpressionScope()
        scope.roles = spec.roles.map(\.id)
        scope.projects = spec.projects.map(\.id)
        scope.districts = spec.districts.map(\.id)
        for (index, variable) in spec.variables.enumerated() {
            scope.variables[variable.name] = index
        }
        scope.indicators = spec.indicators.map(\.id)
        scope.funds = spec.funds.map(\.id)
        scope.dilemmas = spec.dilemmas.map { ($0.id, $0.options.map(\.id)) }
        scope.forms = spec.forms.map(\.id)
        scope.events = spec.events.map(\.id)
        scope.couplings = spec.couplings.map(\.id)
        return scope
    }
}
