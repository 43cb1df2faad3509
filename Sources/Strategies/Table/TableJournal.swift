import GameRules

/// Where a table writes each accepted action, durably, before it confirms it.
///
/// A save file is one; a table with no journal keeps its record in memory only. When a write
/// throws, the table does not accept the action and accepts no further actions: an accepted
/// action is always on disk before anyone is told it happened.
public protocol TableJournal: AnyObject {
    /// Writes `action`, about to be applied, as one whole entry; throws when it could not.
    func append(_ action: Action) throws
    /// Writes that the last `count` actions were taken back; throws when it could not.
    func appendUndo(_ count: Int) throws
}
