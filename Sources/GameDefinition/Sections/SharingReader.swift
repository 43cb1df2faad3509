import GameRules
import TOML

/// Reads a cost-sharing key: `"proportional"`, `"equal"`, a list of fractions adding up to 1,
/// or (where the payers are roles) a table of fractions per role such as `{ beheer = 0.6 }`.
enum SharingReader {
    /// The key under `key`, checked against the number of paying parties; a table per role is
    /// read by `perRole` for the payers (role indices, in order) when given. A role that pays
    /// for more than one party (two projects of one owner) gets its share on its first.
    static func read(
        _ reader: TableReader, _ key: String, parties: Int,
        perRole: (reader: KeyReader, payers: [Int])? = nil
    ) -> CostSharing {
        guard let node = reader.node(key) else { return .proportional }
        if case .table = node.value, let perRole {
            guard let shares = perRole.reader.read(reader, key) else { return .proportional }
            let payers = perRole.payers
            return .fixed(
                payers.indices.map { index in
                    payers.firstIndex(of: payers[index]) == index ? shares[payers[index]] : 0
                })
        }
        if case .array(let items) = node.value {
            let shares = items.compactMap { $0.value.doubleValue }
            guard shares.count == items.count, shares.allSatisfy({ $0 >= 0 }) else {
                reader.sink.error(
                    DiagnosticID.wrongType, "`\(key)` must list fractions such as `[0.5, 0.5]`",
                    at: node.location)
                return .proportional
            }
            if shares.count != parties {
                reader.sink.error(
                    DiagnosticID.sharesCount,
                    "`\(key)` lists \(shares.count) shares, but \(parties) parties pay: one share each, in order",
                    at: node.location)
                return .proportional
            }
            let sum = shares.reduce(0, +)
            if abs(sum - 1) > 1e-6 {
                reader.sink.error(
                    DiagnosticID.sharesSum,
                    "the shares in `\(key)` add up to \(ValueDescription.number(sum)), not 1",
                    at: node.location,
                    suggestion: "make the fractions add up to 1, such as `[0.6, 0.4]`")
                return .proportional
            }
            return .fixed(shares)
        }
        return reader.choice(
            key,
            [
                "proportional": CostSharing.proportional, "naar_rato": .proportional,
                "equal": .equal, "gelijk": .equal,
            ])
            ?? .proportional
    }
}
