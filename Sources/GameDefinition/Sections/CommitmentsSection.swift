import GameRules
import TOML

/// Reads `[commitments]`: whether roles may promise starts, and how far ahead.
enum CommitmentsSection {
    /// The commitment rules; absent keys keep their defaults.
    static func read(_ root: TableReader) -> CommitmentSpec {
        var commitments = CommitmentSpec()
        guard let reader = root.table("commitments") else { return commitments }
        commitments.enabled = reader.bool("enabled") ?? commitments.enabled
        commitments.horizon = reader.count("horizon") ?? commitments.horizon
        reader.finish()
        return commitments
    }
}
