import GameRules

/// The public rules of a game as a bot outside the engine reads them in `hello`: every list
/// in the engine's order, so that the indices in a role's view point into them.
struct GameDescription: Encodable {
    var title: String
    var language: String
    var firstYear: Int
    var rounds: Int
    var moneySteps: [Int]
    var roles: [Role]
    var phases: [Phase]
    var projects: [Project]
    var funds: [Fund]
    var districts: [Named]
    var variables: [Variable]
    var dilemmas: [Dilemma]
    var couplings: [Named]
    var forms: [Named]
    /// Years before its start at whose review a plan is fixed; absent in games without `[plans]`.
    var fixedBefore: Int? = nil
    /// What coupling a fixed plan costs its owner, per fixed project; absent without `[plans]`.
    var lateCouplingSurcharge: Double? = nil

    /// A role: its id, name, starting budget and income.
    struct Role: Encodable {
        var id: String
        var name: String
        var budget: Double
        var income: Double
        /// Money earmarked each year for one kind of project; absent without an earmark.
        var earmark: Double? = nil
        /// The kind of project it is for.
        var earmarkKind: String? = nil
        /// The last round (index) with earmarked money; absent for every round.
        var earmarkUntil: Int? = nil
    }

    /// A phase: its id, name, kind and whether its moves are secret.
    struct Phase: Encodable {
        var id: String
        var name: String
        var kind: String
        var secret: Bool
    }

    /// A project with the figures a bot needs to plan it (role and district indices).
    struct Project: Encodable {
        var id: String
        var name: String
        var owner: Int
        var partners: [Int]
        var kind: String
        var district: Int
        var cost: Double
        var duration: Int
        var earliestStart: Int
        var latestStart: Int?
        var deadline: Int?
        var digs: Bool
        var slots: Int
    }

    /// A shared fund and its members (role indices).
    struct Fund: Encodable {
        var id: String
        var name: String
        var members: [Int]
    }

    /// Anything with just an id and a name.
    struct Named: Encodable {
        var id: String
        var name: String
    }

    /// A variable: its name, its district (index, nil when global) and its bounds.
    struct Variable: Encodable {
        var name: String
        var district: Int?
        var min: Double
        var max: Double
    }

    /// A dilemma: who chooses (role indices), its options, whether choices are secret.
    struct Dilemma: Encodable {
        var id: String
        var title: String
        var choosers: [Int]
        var options: [Option]
        var secret: Bool
    }

    /// An option of a dilemma; `cost` (left out when it costs nothing) is charged to each
    /// role that takes it, or to the fund `costFund` (index) when given.
    struct Option: Encodable {
        var id: String
        var name: String
        var cost: Double?
        var costFund: Int?
    }

    /// The public description of `spec`.
    init(_ spec: GameSpec) {
        title = spec.title
        language = spec.language
        firstYear = spec.firstYear
        rounds = spec.rounds
        moneySteps = spec.moneySteps
        roles = spec.roles.map {
            Role(
                id: $0.id, name: $0.name, budget: $0.budget, income: $0.income,
                earmark: $0.earmark?.amount, earmarkKind: $0.earmark?.kind.rawValue,
                earmarkUntil: $0.earmark?.lastRound)
        }
        phases = spec.phases.map {
            Phase(id: $0.id, name: $0.name, kind: $0.kind.rawValue, secret: $0.secret)
        }
        projects = spec.projects.map {
            Project(
                id: $0.id, name: $0.name, owner: $0.owner, partners: $0.partners,
                kind: $0.kind.rawValue, district: $0.district, cost: $0.cost,
                duration: $0.duration, earliestStart: $0.earliestStart,
                latestStart: $0.latestStart, deadline: $0.deadline, digs: $0.digs, slots: $0.slots)
        }
        funds = spec.funds.map { Fund(id: $0.id, name: $0.name, members: $0.members) }
        districts = spec.districts.map { Named(id: $0.id, name: $0.name) }
        variables = spec.variables.map {
            Variable(name: $0.name, district: $0.district, min: $0.min, max: $0.max)
        }
        dilemmas = spec.dilemmas.map {
            Dilemma(
                id: $0.id, title: $0.title, choosers: $0.choosers,
                options: $0.options.map {
                    Option(
                        id: $0.id, name: $0.label, cost: $0.cost > 0 ? $0.cost : nil,
                        costFund: $0.cost > 0 ? $0.costFund : nil)
                }, secret: $0.secret)
        }
        couplings = spec.couplings.map { Named(id: $0.id, name: $0.name) }
        forms = spec.forms.map { Named(id: $0.id, name: $0.name) }
        fixedBefore = spec.planFixing?.fixedBefore
        lateCouplingSurcharge = spec.planFixing?.lateCouplingSurcharge
    }
}
