import GameRules

/// `Heuristic.ownValue` of one game for one role, prepared once so that the value after
/// planning or unplanning one project is found without copying the game: the role's
/// projects are read into flat arrays, and the running sums are kept at every project, so
/// a change at one project resumes the sums there instead of starting over.
///
/// The sums are made in the same order with the same numbers as `ownValue`, so the values
/// are the same to the last bit.
struct OwnValueBaseline {
    /// The running sums of `ownValue`'s loop before one project.
    private struct Sums {
        var totalCost = 0.0
        var progress = 0.0
        var planned = 0.0
        var overcommitted = false
    }

    private let costs: [Double]
    private let phases: [ProjectPhase]
    private let rounds: [Int?]
    /// The position of each of the role's projects in the arrays above, by project index
    /// (-1 for a project of another role): a flat array, not a dictionary grown per project.
    private let positions: [Int]
    /// The sums before each position, and after the last.
    private let sums: [Sums]
    /// The positions whose step changes more than the total cost (the project is not idle,
    /// or its progress term is not zero), in order: the others' steps leave the progress,
    /// the planned sum and the overcommitment as they are, to the last bit.
    private let moving: [Int]
    /// Per position, the index in `moving` of the first moving position after it.
    private let nextMoving: [Int]
    /// Per position, the highest margin by which a planned project from there on exceeds
    /// its reach (`-infinity` if none is planned), for bounding the overcommitment.
    private let margins: [Double]
    /// How far a sum of the rest, made from another first number, can be from that
    /// number's difference added to the sum made at `init` (rounding of every step).
    private let slack: Double
    private let score: Double
    private let points: Double
    private let money: Double
    private let budget: Double
    private let income: Double
    private let now: Int
    private let lost: Bool

    /// Reads `game` for `role`, whose projects are `owned`, in index order.
    init(_ game: Game, role: Int, owned: [Int]) {
        let spec = game.spec
        let projects = spec.projects
        costs = owned.map { projects[$0].cost }
        phases = owned.map { game.state.projects[$0].phase }
        rounds = owned.map { game.state.projects[$0].plannedRound }
        var positions = Array(repeating: -1, count: projects.count)
        for (position, project) in owned.enumerated() { positions[project] = position }
        self.positions = positions
        // The role's rules read in place (a copy of its texts and goals cost more).
        let roles = spec.roles
        points = max(1, roles[role].goals.reduce(0) { $0 + $1.points })
        let rulesBudget = roles[role].budget
        income = roles[role].income
        money = max(1, rulesBudget + income * Double(spec.rounds))
        budget = game.state.budgets[role]
        now = game.state.round
        score = game.score(of: role)
        lost = game.state.outcome == .collectiveLoss
        var running = Sums()
        var sums: [Sums] = [running]
        sums.reserveCapacity(owned.count + 1)
        for position in owned.indices {
            OwnValueBaseline.add(
                cost: costs[position], phase: phases[position], round: rounds[position],
                to: &running, budget: budget, income: income, now: now)
            sums.append(running)
        }
        self.sums = sums
        var moving: [Int] = []
        var nextMoving = Array(repeating: 0, count: owned.count)
        for position in owned.indices {
            nextMoving[position] = moving.count + 1
            if phases[position] != .idle || Heuristic.stage(.idle) * costs[position] != 0 {
                moving.append(position)
            } else {
                nextMoving[position] = moving.count
            }
        }
        self.moving = moving
        self.nextMoving = nextMoving
        var margins = Array(repeating: -Double.infinity, count: owned.count + 1)
        var costSum = 0.0
        var largestReach = 0.0
        for position in owned.indices.reversed() {
            margins[position] = margins[position + 1]
            costSum += abs(costs[position])
            guard phases[position] == .planned, let round = rounds[position] else { continue }
            let reach = budget + income * Double(round - now) + 0.001
            largestReach = max(largestReach, abs(reach))
            margins[position] = max(margins[position], sums[position + 1].planned - reach)
        }
        self.margins = margins
        // Every partial sum is below the sum of the costs: each of the at most n additions
        // of either sum rounds by half an ulp of it, the margins by one of the reach too.
        // Four times that, and a few steps more, is a safe margin.
        slack = Double(2 * owned.count + 8) * 0x1p-51 * (costSum + largestReach)
    }

    /// The position of `project` in the role's arrays, nil for a project not the role's.
    private func position(of project: Int) -> Int? {
        guard positions.indices.contains(project), positions[project] >= 0 else { return nil }
        return positions[project]
    }

    /// The value of the game as it is.
    var value: Double { finish(sums[sums.count - 1]) }

    /// The rest of the sums after one project changed, which do not depend on the round it
    /// is planned for: the same for the plans of one project in every round.
    private struct Rest: Hashable {
        let project: Int
        let phase: ProjectPhase
        let planned: Bool
    }

    /// The sums at the end for each change made so far, and whether a project after the
    /// changed one was overcommitted.
    private var rests: [Rest: (sums: Sums, overcommittedAfter: Bool)] = [:]

    /// The value with `project` (one of the role's) in `phase` for `round` instead.
    ///
    /// Only the changed project's own step depends on `round` (whether it overcommits);
    /// the sums after it are made once per project and phase and reused.
    mutating func value(planning project: Int, phase: ProjectPhase, round: Int?) -> Double {
        guard let start = position(of: project) else { return value }
        var running = sums[start]
        OwnValueBaseline.add(
            cost: costs[start], phase: phase, round: round, to: &running, budget: budget,
            income: income, now: now)
        let key = Rest(project: project, phase: phase, planned: round != nil)
        let rest: (sums: Sums, overcommittedAfter: Bool)
        if let known = rests[key] {
            rest = known
        } else {
            var tail = running
            tail.overcommitted = false
            // Adding an idle project adds its cost to the total and zero to the progress:
            // only the moving positions are stepped, and the total is the one made at
            // `init` (the same additions from the same number, as the changed project's
            // cost is the same).
            for position in moving[nextMoving[start]...] {
                OwnValueBaseline.add(
                    cost: costs[position], phase: phases[position], round: rounds[position],
                    to: &tail, budget: budget, income: income, now: now)
            }
            tail.totalCost = sums[sums.count - 1].totalCost
            rest = (tail, tail.overcommitted)
            rests[key] = rest
        }
        var end = rest.sums
        end.overcommitted = running.overcommitted || rest.overcommittedAfter
        return finish(end)
    }

    /// Bounds of `value(planning:phase:round:)`, found without stepping the projects after
    /// the changed one: the value itself if those steps were made before, nil when whether
    /// a later project is overcommitted is too close to call (then ask for the value).
    func bounds(planning project: Int, phase: ProjectPhase, round: Int?) -> ClosedRange<Double>? {
        guard let start = position(of: project) else { return value...value }
        var running = sums[start]
        OwnValueBaseline.add(
            cost: costs[start], phase: phase, round: round, to: &running, budget: budget,
            income: income, now: now)
        let key = Rest(project: project, phase: phase, planned: round != nil)
        if let rest = rests[key] {
            var end = rest.sums
            end.overcommitted = running.overcommitted || rest.overcommittedAfter
            let known = finish(end)
            return known...known
        }
        guard slack.isFinite else { return nil }
        let before = sums[start + 1]
        let last = sums[sums.count - 1]
        let progress = last.progress + (running.progress - before.progress)
        let planned = last.planned + (running.planned - before.planned)
        let margin = margins[start + 1] + (running.planned - before.planned)
        let overcommittedAfter: Bool
        if margin > 3 * slack {
            overcommittedAfter = true
        } else if margin < -3 * slack {
            overcommittedAfter = false
        } else {
            return nil
        }
        let overcommitted = running.overcommitted || overcommittedAfter
        let low = Sums(
            totalCost: last.totalCost, progress: progress - slack, planned: planned + slack,
            overcommitted: overcommitted)
        let high = Sums(
            totalCost: last.totalCost, progress: progress + slack, planned: planned - slack,
            overcommitted: overcommitted)
        let (lowest, highest) = (finish(low), finish(high))
        guard lowest <= highest else { return nil }
        return lowest...highest
    }

    /// One project's step of `ownValue`'s loop.
    private static func add(
        cost: Double, phase: ProjectPhase, round: Int?, to sums: inout Sums, budget: Double,
        income: Double, now: Int
    ) {
        sums.totalCost += cost
        sums.progress += Heuristic.stage(phase) * cost
        guard phase == .planned, let round else { return }
        sums.planned += cost
        let reach = budget + income * Double(round - now)
        if sums.planned > reach + 0.001 { sums.overcommitted = true }
    }

    /// The value from the finished sums, as `ownValue` ends.
    private func finish(_ sums: Sums) -> Double {
        var value = score
        if sums.totalCost > 0 { value += points * 0.5 * sums.progress / sums.totalCost }
        value += points * 0.25 * (budget - sums.planned) / money
        if sums.overcommitted { value -= points * 0.3 }
        if lost { value -= points }
        return value
    }
}
