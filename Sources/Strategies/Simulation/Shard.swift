/// One slice of a series of games, so that several machines can share the work: shard
/// `index` of `count` plays the games whose number modulo `count` is `index`.
public struct Shard: Hashable, Sendable, Codable {
    /// This shard's number, `0..<count`.
    public var index: Int
    /// How many shards there are.
    public var count: Int

    /// The whole series.
    public static let all = Shard(unchecked: 0, count: 1)

    /// Creates a shard; nil unless `0 <= index < count`.
    public init?(index: Int, count: Int) {
        guard count > 0, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    private init(unchecked index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Reads `I/N`, as on the command line; nil if it is not a valid shard.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    /// How many of `games` games fall in this shard.
    public func size(of games: Int) -> Int {
        games > index ? (games - index + count - 1) / count : 0
    }

    /// The game number of this shard's `position`-th game.
    public func game(at position: Int) -> Int { index + position * count }
}
