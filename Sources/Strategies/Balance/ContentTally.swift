import GameRules

/// In how many games each piece of a game's content happened: events fired, projects
/// started, goals reached, dilemmas decided, couplings made and instruments used (agreements
/// signed, the coordinator hired).
public struct ContentTally: Hashable, Sendable {
    /// One piece of content and the number of games it happened in.
    public struct Item: Hashable, Sendable, Codable {
        /// `event`, `project`, `goal`, `dilemma`, `coupling` or `instrument`.
        public var kind: String
        /// Its id (`role.goal` or `shared.goal` for goals).
        public var id: String
        /// Games in which it happened.
        public var games: Int
    }

    /// Every piece of content, in definition order within each kind.
    public private(set) var items: [Item]
    /// Games counted.
    public private(set) var games = 0
    private var positions: [String: Int] = [:]

    /// An empty tally of this content: `(kind, ids)` pairs.
    public init(content: [(kind: String, ids: [String])]) {
        items = content.flatMap { kind, ids in ids.map { Item(kind: kind, id: $0, games: 0) } }
        for (position, item) in items.enumerated() {
            positions[Self.key(item.kind, item.id)] = position
        }
    }

    /// An empty tally of everything in `spec` that can happen.
    public init(spec: GameSpec) {
        let goals =
            spec.roles.flatMap { role in role.goals.map { "\(role.id).\($0.id)" } }
            + spec.sharedGoals.map { "shared.\($0.id)" }
        self.init(content: [
            ("event", spec.events.map(\.id)), ("project", spec.projects.map(\.id)),
            ("goal", goals), ("dilemma", spec.dilemmas.map(\.id)),
            ("coupling", spec.couplings.map(\.id)),
            (
                "instrument",
                spec.agreements.map(\.id) + (spec.coordinator != nil ? ["coordinator"] : [])
                    + (spec.programme != nil ? ["programme"] : [])
            ),
        ])
    }

    private static func key(_ kind: String, _ id: String) -> String { kind + ":" + id }

    /// Counts one game; a failed game is not counted.
    public mutating func add(_ result: GameResult) {
        guard !result.failed else { return }
        games += 1
        count("event", result.firedEvents)
        count("project", result.startedProjects)
        count("goal", result.content.reachedGoals)
        count("dilemma", result.content.decidedDilemmas)
        count("coupling", result.content.madeCouplings)
        count("instrument", result.content.instruments)
    }

    private mutating func count(_ kind: String, _ ids: [String]) {
        for id in ids {
            if let position = positions[Self.key(kind, id)] { items[position].games += 1 }
        }
    }

    /// Adds the counts of another tally of the same content.
    public mutating func merge(_ other: ContentTally) {
        games += other.games
        for item in other.items {
            if let position = positions[Self.key(item.kind, item.id)] {
                items[position].games += item.games
            }
        }
    }

    /// The sum of several tallies of the same content; nil when there are none.
    public static func merged(_ tallies: [ContentTally]) -> ContentTally? {
        guard var total = tallies.first else { return nil }
        for tally in tallies.dropFirst() { total.merge(tally) }
        return total
    }

    /// The share of games (0...1) in which the piece of content `kind:id` happened.
    public func share(kind: String, id: String) -> Double {
        guard games > 0, let position = positions[Self.key(kind, id)] else { return 0 }
        return Double(items[position].games) / Double(games)
    }

    /// The pieces of content that happened in no game.
    public var dead: [Item] { items.filter { $0.games == 0 } }
}
