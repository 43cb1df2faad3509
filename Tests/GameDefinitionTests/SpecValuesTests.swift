import GameDefinition
import GameRules
import Testing

/// The resolved spec holds the right values: years as round indices, ids as indices, defaults.
@Suite("Resolved game values")
struct SpecValuesTests {
    private static func example() throws -> GameSpec {
        try #require(GameDefinitionReader.read(contentsOf: PackageFiles.example).spec)
    }

    private static func base() throws -> GameSpec {
        try #require(GameDefinitionReader.read(source: BaseGame.text, file: "base.toml").spec)
    }

    @Test func calendarYearsBecomeRoundIndices() throws {
        let spec = try Self.example()
        #expect(spec.firstYear == 2026 && spec.rounds == 6)
        let riool = try #require(spec.projects.first { $0.id == "riool_noord" })
        #expect(riool.deadline == 3)
        let woningen = try #require(spec.projects.first { $0.id == "woningen_zuid" })
        #expect(woningen.earliestStart == 1 && woningen.latestStart == 3 && woningen.duration == 2)
        #expect(spec.events.first { $0.id == "subsidie" }?.round == 1)
        #expect(spec.dilemmas.first { $0.id == "parkeren" }?.opensInRound == 1)
        #expect(spec.roundQuestions.map(\.round) == [1, 3])
        #expect(spec.roles[0].goals.first?.deadline == 3)
        #expect(spec.roles[0].kinds == [.beheer, .herstructurering])
        #expect(spec.roles[3].kinds == [.wijk])
    }

    @Test func idsBecomeIndicesInFileOrder() throws {
        let spec = try Self.example()
        #expect(spec.roles.map(\.id) == ["beheer", "netbeheer", "ontwikkeling", "sociaal"])
        #expect(spec.districts.map(\.id) == ["noord", "zuid"])
        #expect(
            spec.variables.map(\.name) == [
                "draagvlak", "noord.riool", "noord.leefbaarheid", "zuid.leefbaarheid", "zuid.groen",
            ])
        #expect(spec.districts.map(\.variables) == [[1, 2], [3, 4]])
        #expect(spec.variables[4].district == 1 && spec.variables[0].district == nil)
        let plein = try #require(spec.projects.first { $0.id == "plein_noord" })
        #expect(
            plein.owner == 2 && plein.partners == [0, 3]
                && plein.sharing == .fixed([0.5, 0.3, 0.2]))
        #expect(plein.kind == .herstructurering && plein.district == 0)
        #expect(spec.couplings[0].id == "riool_noord_warmtenet_noord")
        #expect(spec.couplings[0].projects == [0, 2])
        #expect(spec.couplings[1].sharing == .equal)
        #expect(spec.couplings[2].id == "riool_groen_zuid")
        let breuk = try #require(spec.events.first { $0.id == "rioolbreuk" })
        #expect(breuk.forcesProjects == [0] && breuk.chance == 0.4 && breuk.condition != nil)
        #expect(spec.events.first { $0.id == "hoosbui" }?.opensDilemma == 1)
        #expect(spec.funds.first?.members == [0, 1, 2, 3])
        #expect(spec.trust.start.contains(TrustPair(from: 2, to: 1, value: 35)))
        #expect(spec.digging.nuisanceTarget == 0)
    }

    @Test func dilemmasFormsAndGoals() throws {
        let spec = try Self.example()
        let parkeren = spec.dilemmas[0]
        #expect(parkeren.choosers == [2, 3] && parkeren.rounds == 2 && parkeren.defaultOption == 1)
        #expect(
            parkeren.secret == false && parkeren.options.map(\.id) == ["bewoners", "doordrukken"])
        #expect(parkeren.defaultEffects.count == 1 && parkeren.outcomes.count == 3)
        #expect(
            spec.dilemmas[1].secret && spec.dilemmas[1].defaultOption == 0
                && spec.dilemmas[1].opensInRound == nil)
        #expect(spec.forms.map(\.id) == ["cooperatie", "coordinatie", "collaboratie"])
        #expect(
            spec.forms[1].visibility == .horizon && spec.forms[1].horizon == 2
                && spec.forms[1].decision == .coordinator)
        #expect(
            spec.forms[2].coordinatorCost == 8 && spec.forms[2].minGroupTrust == 60
                && spec.forms[2].decision == .vote)
        #expect(spec.startForm == 0)
        #expect(spec.sharedGoals.map(\.id) == ["draagvlak", "samen_gegraven", "samenwerking"])
        #expect(spec.indicators.map(\.higherIsBetter) == [true, true, false])
        #expect(spec.collectiveLoss != nil && spec.endWhen != nil)
        #expect(spec.reflection.count == 3)
    }

    @Test func absentKeysTakeTheirDefaults() throws {
        let spec = try Self.base()
        #expect(spec.language == "nl" && !spec.allowDebt && spec.moneySteps == [5, 10, 20])
        #expect(spec.phases == PhaseSpec.standard)
        #expect(spec.forms == [FormSpec.solo] && spec.startForm == 0)
        #expect(
            spec.trust == TrustSpec() && spec.digging == DiggingSpec()
                && spec.commitments == CommitmentSpec())
        #expect(spec.roles[1].name == "netbeheer" && spec.roles[1].income == 0)
        #expect(spec.roles[1].kinds == ProjectSpec.Kind.allCases)
        #expect(spec.roles[0].goals[0].id == "beheer_1" && spec.roles[1].goals[0].points == 1)
        let kabel = spec.projects[1]
        #expect(
            kabel.duration == 1 && kabel.earliestStart == 0 && kabel.latestStart == nil
                && kabel.deadline == nil)
        #expect(kabel.sharing == .proportional && kabel.partners.isEmpty && kabel.name == "kabel")
        #expect(spec.couplings[0].id == "riool_kabel")
        #expect(spec.variables == [VariableSpec(name: "noord.riool", district: 0, start: 40)])
        #expect(spec.collectiveLoss == nil && spec.endWhen == nil && spec.events.isEmpty)
    }

    @Test func customPhasesKeepTheirOrder() throws {
        let source = Patch.top(
            #"phases = [{ id = "plannen" }, { id = "beslissen", kind = "decision" }, { id = "uitvoering" }, { id = "evaluatie" }]"#
        ).applied
        let spec = try #require(GameDefinitionReader.read(source: source, file: "t.toml").spec)
        #expect(spec.phases.map(\.id) == ["plannen", "beslissen", "uitvoering", "evaluatie"])
        #expect(spec.phases.map(\.kind) == [.planning, .decision, .execution, .review])
        #expect(spec.phases[0].secret && !spec.phases[1].secret)
    }

    @Test func theHashIsFNV1aOfTheBytes() {
        #expect(GameDefinitionReader.read(source: "", file: "e").hash == "cbf29ce484222325")
        #expect(GameDefinitionReader.read(source: "a", file: "a").hash == "af63dc4c8601ec8c")
        let one = GameDefinitionReader.read(source: BaseGame.text, file: "x").hash
        #expect(one == GameDefinitionReader.read(source: BaseGame.text, file: "y").hash)
        #expect(one != GameDefinitionReader.read(source: BaseGame.text + " ", file: "x").hash)
    }
}
