/// A walk over the candidate actions segment by segment, by count: it either counts them all
/// or stops at the segment holding `target` and makes only that action.
struct CandidateWalk {
    /// The groups of segments, in order: ready, projects, money, proposals, programme,
    /// answers and choices, share, acquaintance.
    static let groups = 8
    /// The place of the action to make, or nil to count them all.
    let target: Int?
    /// The candidates passed so far.
    private(set) var count: Int
    /// The action at `target`, once the walk reached it.
    private(set) var action: Action?
    /// The place where each group began, for the groups the walk reached (`Int.max` for
    /// the others): a later walk to a place starts at its group.
    var starts = SIMD8<Int>(repeating: .max)

    /// A walk to `target` (nil: to the end) that starts with `count` candidates passed.
    init(to target: Int?, count: Int = 0) {
        self.target = target
        self.count = count
    }

    /// Passes a segment of `size` candidates; true (and `action` made by `make` from the
    /// place within the segment) if it holds the target, so the walk is over.
    mutating func take(_ size: Int, _ make: (Int) -> Action) -> Bool {
        if let target, target < count + size {
            action = make(target - count)
            return true
        }
        count += size
        return false
    }
}
