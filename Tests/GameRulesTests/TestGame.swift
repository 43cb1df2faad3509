import GameRules
import Testing

/// A small game built in code that exercises every mechanic of the rules core.
///
/// Roles: beheer (0), netbeheer (1), sociaal (2). Districts: noord (0), zuid (1).
/// Projects: riool_noord (0), kabel_noord (1), plein_zuid (2, joint with beheer),
/// warmte_zuid (3, too big for zuid), huizen_noord (4, window 2026-2027).
enum TestGame {
    static let roles = ["beheer", "netbeheer", "sociaal"]
    static let projects = [
        "riool_noord", "kabel_noord", "plein_zuid", "warmte_zuid", "huizen_noord",
    ]

    static var scope: ExpressionScope {
        var scope = ExpressionScope()
        scope.roles = roles
        scope.projects = projects
        scope.districts = ["noord", "zuid"]
        scope.variables = [
            "noord.riool": 0, "noord.leefbaarheid": 1, "zuid.leefbaarheid": 2, "draagvlak": 3,
        ]
        scope.funds = ["wijkfonds"]
        scope.dilemmas = [(id: "parkeren", options: ["samen", "alleen"])]
        scope.forms = ["cooperatie", "coordinatie", "collaboratie"]
        scope.events = ["subsidie", "storing"]
        scope.couplings = ["riool_kabel"]
        return scope
    }

    static func condition(_ text: String) -> Expression {
        switch ExpressionCompiler.compileCondition(text, scope: scope) {
        case .success(let expression): return expression
        case .failure(let error): fatalError("test expression `\(text)`: \(error.message)")
        }
    }

    static func value(_ text: String) -> Expression {
        switch ExpressionCompiler.compileValue(text, scope: scope) {
        case .success(let expression): return expression
        case .failure(let error): fatalError("test value `\(text)`: \(error.message)")
        }
    }

    static func effect(_ text: String) -> Effect {
        switch ExpressionCompiler.compileEffect(text, scope: scope) {
        case .success(let effect): return effect
        case .failure(let error): fatalError("test effect `\(text)`: \(error.message)")
        }
    }

    static var spec: GameSpec {
        var trust = TrustSpec()
        trust.initial = 50
        trust.drift = 1
        return GameSpec(
            title: "Testwijk", rounds: 4,
            roles: [
                RoleSpec(
                    id: "beheer", name: "Stadsbeheer", budget: 100, income: 10,
                    goals: [
                        GoalSpec(
                            id: "riool", text: "Riool vervangen",
                            condition: condition("done(riool_noord)"), points: 10)
                    ]),
                RoleSpec(id: "netbeheer", name: "Netbeheerder", budget: 80),
                RoleSpec(id: "sociaal", name: "Sociaal domein", budget: 30),
            ],
            funds: [
                FundSpec(id: "wijkfonds", name: "Wijkfonds", members: [0, 1, 2], fairShare: 5)
            ],
            trust: trust,
            districts: [
                DistrictSpec(id: "noord", name: "Noord", slots: 3, variables: [0, 1]),
                DistrictSpec(id: "zuid", name: "Zuid", slots: 1, variables: [2]),
            ],
            variables: [
                VariableSpec(name: "noord.riool", district: 0, start: 40),
                VariableSpec(name: "noord.leefbaarheid", district: 0, start: 50),
                VariableSpec(name: "zuid.leefbaarheid", district: 1, start: 50),
                VariableSpec(name: "draagvlak", start: 60),
            ],
            projects: [
                ProjectSpec(
                    id: "riool_noord", name: "Riool Noord", owner: 0, kind: .beheer, district: 0,
                    cost: 40,
                    duration: 2, digs: true, doneEffects: [effect("noord.riool = 100")]),
                ProjectSpec(
                    id: "kabel_noord", name: "Kabel Noord", owner: 1, kind: .transitie, district: 0,
                    cost: 30,
                    digs: true, slots: 1),
                ProjectSpec(
                    id: "plein_zuid", name: "Plein Zuid", owner: 2, partners: [0], sharing: .equal,
                    kind: .wijk,
                    district: 1, cost: 20, doneEffects: [effect("zuid.leefbaarheid += 10")]),
                ProjectSpec(
                    id: "warmte_zuid", name: "Warmte Zuid", owner: 1, kind: .transitie, district: 1,
                    cost: 50,
                    earliestStart: 1, digs: true, slots: 2),
                ProjectSpec(
                    id: "huizen_noord", name: "Huizen Noord", owner: 0, kind: .ontwikkeling,
                    district: 0, cost: 20,
                    earliestStart: 1, latestStart: 2, deadline: 3,
                    deadlineEffects: [effect("draagvlak -= 5")],
                    digs: true),
            ],
            couplings: [
                CouplingSpec(
                    id: "riool_kabel", name: "Riool met kabel", projects: [0, 1], saving: 10)
            ],
            dilemmas: [
                DilemmaSpec(
                    id: "parkeren", title: "Parkeren", text: "Wie betaalt?", choosers: [0, 1],
                    options: [
                        DilemmaOption(id: "samen", label: "Samen"),
                        DilemmaOption(id: "alleen", label: "Alleen"),
                    ],
                    opensInRound: 0, rounds: 2, defaultOption: 1,
                    defaultEffects: [effect("draagvlak -= 10")],
                    outcomes: [
                        DilemmaOutcome(
                            condition: condition(
                                "chose(beheer, samen) and chose(netbeheer, samen)"),
                            effects: [effect("draagvlak += 5")])
                    ])
            ],
            events: [
                EventSpec(
                    id: "subsidie", title: "Subsidie", text: "Geld!", round: 1,
                    effects: [effect("budget(sociaal) += 20")]),
                EventSpec(
                    id: "storing", title: "Storing", text: "Het riool bezwijkt.",
                    condition: condition("noord.riool < 50 and round >= 3"), chance: 0.5,
                    effects: [effect("draagvlak -= 7")],
                    forcesProjects: [0]),
            ],
            forms: [
                FormSpec(id: "cooperatie", name: "coöperatie"),
                FormSpec(
                    id: "coordinatie", name: "coördinatie", visibility: .horizon, horizon: 2,
                    decision: .coordinator, coordinatorCost: 6, minGroupTrust: 40),
                FormSpec(
                    id: "collaboratie", name: "collaboratie", visibility: .all, decision: .vote,
                    minGroupTrust: 60),
            ],
            sharedGoals: [
                GoalSpec(
                    id: "zuid", text: "Zuid leefbaar",
                    condition: condition("zuid.leefbaarheid >= 60"), points: 5)
            ],
            collectiveLoss: condition("draagvlak < 20"),
            reflection: ["Welke vorm paste bij jullie?"]
        )
    }

    /// Both owners plan their coupled projects (0 and 1) for 2025 and reach the table.
    static func bothPlanned() -> Game {
        var game = start()
        game.must(.plan(role: 0, project: 0, round: 0))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        return game
    }

    /// The event that forces `riool_noord` (project 0) to start at once.
    static let forcingEvent = 1

    /// A fresh game in its first planning phase.
    static func start(seed: UInt64 = 1) -> Game { Game(spec: spec, seed: seed) }
}
