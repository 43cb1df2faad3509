import GameRules

/// A condition of the game in the player's words, rendered from its compiled tree.
///
/// Clauses come in the word order that follows "zodra" / "once" ("Rioolvervanging Noord
/// klaar is" / "Rioolvervanging Noord is done"); values are named as the table knows them
/// (project, role, district and form names), never as ids in brackets.
struct ConditionText {
    /// The rules whose names the tree refers to by index.
    let spec: GameSpec
    /// The messages in the player's language.
    let text: Messages

    /// The condition after its lead word: "zodra X klaar is", "zolang X niet klaar is".
    func sentence(_ condition: Expression) -> String {
        if case .not = condition.root {
            return text("condition.while", clause(condition.root))
        }
        return text("condition.once", clause(condition.root))
    }

    /// A truth value as a clause (subordinate word order in Dutch).
    func clause(_ node: ExpressionNode) -> String {
        switch node {
        case .project(let project, let test):
            return text("condition.project.\(test.rawValue)", projectName(project))
        case .chose(let role, let dilemma, let option):
            return text(
                "condition.chose", roleName(role), dilemmaTitle(dilemma),
                optionLabel(dilemma, option))
        case .decided(let dilemma): return text("condition.decided", dilemmaTitle(dilemma))
        case .fired(let event): return text("condition.fired", eventTitle(event))
        case .coupled(let coupling): return text("condition.coupled", couplingName(coupling))
        case .constant(let value): return text(value != 0 ? "condition.true" : "condition.false")
        case .not(let operand): return negated(operand)
        case .binary(let op, let left, let right): return binaryClause(op, left, right)
        default: return text("condition.nonzero", value(node))
        }
    }

    private func negated(_ node: ExpressionNode) -> String {
        switch node {
        case .project(let project, let test):
            return text("condition.project.not-\(test.rawValue)", projectName(project))
        case .fired(let event): return text("condition.not-fired", eventTitle(event))
        case .decided(let dilemma): return text("condition.not-decided", dilemmaTitle(dilemma))
        case .coupled(let coupling): return text("condition.not-coupled", couplingName(coupling))
        case .binary(let op, let left, let right):
            if let inverse = ConditionText.inverse[op] { return binaryClause(inverse, left, right) }
            return text("condition.not", clause(node))
        default: return text("condition.not", clause(node))
        }
    }

    /// Each comparison with the one that holds exactly when it does not.
    private static let inverse: [ExpressionNode.BinaryOperator: ExpressionNode.BinaryOperator] =
        [
            .less: .greaterOrEqual, .greaterOrEqual: .less, .greater: .lessOrEqual,
            .lessOrEqual: .greater, .equal: .notEqual, .notEqual: .equal,
        ]

    private func binaryClause(
        _ op: ExpressionNode.BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode
    ) -> String {
        switch op {
        case .and, .or:
            let parts = [left, right].map { part in
                let inner = clause(part)
                if case .binary(let other, _, _) = part, other != op,
                    other == .and || other == .or
                {
                    return "(" + inner + ")"
                }
                return inner
            }
            return text("condition.\(op.rawValue)", parts[0], parts[1])
        case .add, .subtract, .multiply, .divide:
            return text("condition.nonzero", value(.binary(op, left, right)))
        default:
            if case .form = left, case .constant(let index) = right, op == .equal || op == .notEqual
            {
                let key = op == .equal ? "condition.form-is" : "condition.form-is-not"
                return text(key, formName(Int(index)))
            }
            if case .year = left, op == .equal {
                return text("condition.year-is", value(right))
            }
            return text(
                "condition.compare.\(ConditionText.keys[op] ?? "equal")", value(left), value(right))
        }
    }

    /// The message key of each comparison.
    private static let keys: [ExpressionNode.BinaryOperator: String] = [
        .less: "less", .lessOrEqual: "at-most", .greater: "greater", .greaterOrEqual: "at-least",
        .equal: "equal", .notEqual: "not-equal",
    ]

    /// A number as a noun phrase: "het budget van Stadsbeheer", "leefbaarheid in Bloemenbuurt".
    func value(_ node: ExpressionNode) -> String {
        switch node {
        case .constant(let number): return Format.number(number)
        case .variable(let index): return variableName(index)
        case .roundNumber: return text("condition.value.round")
        case .lastRound: return text("condition.value.last-round")
        case .year: return text("condition.value.year")
        case .groupTrust: return text("condition.value.group-trust")
        case .form: return text("condition.value.form")
        case .budget(let role): return text("condition.value.budget", roleName(role))
        case .score(let role): return text("condition.value.score", roleName(role))
        case .openings(let district):
            return text("condition.value.openings", districtName(district))
        case .breaches(let district):
            return text("condition.value.breaches", districtName(district))
        case .couplingsMade: return text("condition.value.couplings-made")
        case .trust(let from, let to):
            return text("condition.value.trust", roleName(from), roleName(to))
        case .trustIn(let role): return text("condition.value.trust-in", roleName(role))
        case .fund(let fund):
            return text(
                "condition.value.fund",
                spec.funds.indices.contains(fund) ? spec.funds[fund].name : "?")
        case .nuisance(let district):
            return text("condition.value.nuisance", districtName(district))
        case .indicator(let index):
            return spec.indicators.indices.contains(index) ? spec.indicators[index].name : "?"
        case .fired(let event): return text("condition.value.fired", eventTitle(event))
        case .negate(let operand): return "-" + grouped(operand)
        case .binary(let op, let left, let right):
            switch op {
            case .add, .subtract, .multiply, .divide:
                return grouped(left, in: op, left: true) + " " + op.rawValue + " "
                    + grouped(right, in: op, left: false)
            default: return text("condition.value.truth", clause(node))
            }
        case .aggregate(let function, let operands):
            let listed = operands.map {
                function == .count ? clause($0) : value($0)
            }
            if function == .clamp, listed.count == 3 {
                return text("condition.value.clamp", listed[0], listed[1], listed[2])
            }
            return text(
                "condition.value.\(function.rawValue)",
                listed.joined(separator: text("condition.list-separator")))
        case .project, .chose, .decided, .coupled, .not:
            return text("condition.value.truth", clause(node))
        }
    }

    /// A value inside arithmetic, in brackets unless it reads the same without them
    /// (`a + b - c`, `a * b * c`).
    private func grouped(
        _ node: ExpressionNode, in parent: ExpressionNode.BinaryOperator? = nil, left: Bool = true
    ) -> String {
        guard case .binary(let op, _, _) = node, let rank = ConditionText.rank[op] else {
            return value(node)
        }
        if let parent, let parentRank = ConditionText.rank[parent] {
            if rank > parentRank { return value(node) }
            if rank == parentRank, left || (op == parent && (op == .add || op == .multiply)) {
                return value(node)
            }
        }
        return "(" + value(node) + ")"
    }

    /// How tightly each arithmetic operator binds.
    private static let rank: [ExpressionNode.BinaryOperator: Int] = [
        .add: 1, .subtract: 1, .multiply: 2, .divide: 2,
    ]

    private func variableName(_ index: Int) -> String {
        guard spec.variables.indices.contains(index) else { return "?" }
        let variable = spec.variables[index]
        guard let district = variable.district,
            let dot = variable.name.firstIndex(of: ".")
        else { return variable.name }
        let short = String(variable.name[variable.name.index(after: dot)...])
        return text("condition.value.district-variable", short, districtName(district))
    }

    private func projectName(_ index: Int) -> String {
        spec.projects.indices.contains(index) ? spec.projects[index].name : "?"
    }

    private func roleName(_ index: Int) -> String {
        spec.roles.indices.contains(index) ? spec.roles[index].name : "?"
    }

    private func districtName(_ index: Int) -> String {
        spec.districts.indices.contains(index) ? spec.districts[index].name : "?"
    }

    private func formName(_ index: Int) -> String {
        spec.forms.indices.contains(index) ? spec.forms[index].name : "?"
    }

    private func dilemmaTitle(_ index: Int) -> String {
        spec.dilemmas.indices.contains(index) ? spec.dilemmas[index].title : "?"
    }

    private func optionLabel(_ dilemma: Int, _ option: Int) -> String {
        guard spec.dilemmas.indices.contains(dilemma),
            spec.dilemmas[dilemma].options.indices.contains(option)
        else { return "?" }
        return spec.dilemmas[dilemma].options[option].label
    }

    private func eventTitle(_ index: Int) -> String {
        spec.events.indices.contains(index) ? spec.events[index].title : "?"
    }

    private func couplingName(_ index: Int) -> String {
        spec.couplings.indices.contains(index) ? spec.couplings[index].name : "?"
    }
}
