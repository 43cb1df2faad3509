import GameRules
import TOML

/// Builds a `GameSpec` from a parsed document, section by section.
enum SpecBuilder {
    /// The game, as far as it could be read, with its player texts in `language` (nil: the
    /// game's own `language`); check the sink for errors before using it.
    static func build(
        _ document: TOMLDocument, source: String, sink: DiagnosticSink, language: String? = nil
    ) -> GameSpec {
        let root = TableReader(document.root, at: document.rootLocation, sink: sink)
        root.languages.reading = language
        let basics = GameBasics.read(root)
        let roleIDs = RolesSection.ids(root).map(\.value)
        var variables = VariablesSection.read(root, district: nil)
        let districts = DistrictsSection.read(
            root, variables: &variables, firstYear: basics.firstYear)
        let scope = ScopeBuilder.scope(
            root: document.root, roles: roleIDs, districts: districts, variables: variables)
        let context = DefinitionContext(
            sink: sink, scope: scope, source: source, basics: basics, variables: variables)

        let roles = RolesSection.read(root, context: context)
        let projects = ProjectsSection.read(
            root, roles: roles, districts: districts, context: context)
        let forms = FormsSection.read(root)
        var spec = GameSpec(
            title: basics.title, language: basics.language, firstYear: basics.firstYear,
            rounds: basics.rounds,
            phases: PhasesSection.read(root), roles: roles,
            funds: FundsSection.read(root, context: context),
            trust: TrustSection.read(root, context: context), districts: districts,
            variables: variables,
            indicators: IndicatorsSection.read(root, context: context), projects: projects,
            couplings: CouplingsSection.read(root, projects: projects, context: context),
            digging: DiggingSection.read(root, context: context),
            commitments: CommitmentsSection.read(root),
            dilemmas: DilemmasSection.read(root, context: context),
            events: EventsSection.read(root, context: context), forms: forms,
            sharedGoals: GoalsSection.read(
                root.tables("goals"), prefix: "gedeeld_", context: context),
            collectiveLoss: context.reachableCondition(root, "collective_loss")?.value,
            endWhen: context.reachableCondition(root, "end_when")?.value,
            allowDebt: basics.allowDebt,
            reflection: QuestionsSection.reflection(root),
            roundQuestions: QuestionsSection.roundQuestions(root, context: context),
            moneySteps: basics.moneySteps)
        spec.history = root.playerText("history") ?? ""
        spec.coordinator = CoordinatorSection.read(
            root, funds: spec.funds.map(\.id), context: context)
        spec.agreements = AgreementsSection.read(
            root, context: context, hasCoordinator: spec.coordinator != nil)
        spec.planFixing = PlansSection.read(
            root, rounds: basics.rounds, couplings: spec.couplings.count, context: context)
        spec.programme = ProgrammeSection.read(
            root, funds: spec.funds.map(\.id), rounds: spec.rounds, context: context)
        DistrictBefore.warnIfOver(
            districts, graafrust: spec.digging.graafrustRounds, firstYear: basics.firstYear,
            root: root)
        if let start = root.string("start_form") {
            spec.startForm =
                context.resolve(
                    Located(start, root.valueLocation("start_form")), among: forms.map(\.id),
                    kind: "form")
                ?? 0
        }
        root.finish()
        return spec
    }
}
