import GameRules
import TOML

/// Reads a cost-sharing key per role (*verdeelsleutel*): `{ beheer = 0.5, netbeheer = 0.5 }`.
///
/// Every name must be one of the paying parties, every share a number of at least 0, and the
/// shares must add up to 1; a party left out pays nothing. Each mistake is reported at its
/// place; a key with a mistake is dropped.
struct KeyReader {
    /// The names in play.
    let context: DefinitionContext
    /// The roles (indices) that may have a share.
    let parties: [Int]
    /// What the parties are, for messages: "a member of fund `wijkfonds`".
    let partyWord: String
    /// How to let a role take part, for the suggestion: "add it to `members`".
    let joinHint: String

    /// The key under `key` as one share per role (0 for roles without a share), or nil when
    /// it is absent or wrong.
    func read(_ reader: TableReader, _ key: String) -> [Double]? {
        guard let node = reader.node(key) else { return nil }
        guard case .table(let table) = node.value else {
            reader.wrongType(key, node, expected: "a table of shares such as `{ beheer = 0.5 }`")
            return nil
        }
        let roles = context.scope.roles
        var shares = Array(repeating: 0.0, count: roles.count)
        var valid = true
        for entry in table.entries {
            guard let share = self.share(entry, key: key) else {
                valid = false
                continue
            }
            guard
                let role = context.resolve(
                    Located(entry.key, entry.keyLocation), among: roles, kind: "role")
            else {
                valid = false
                continue
            }
            guard parties.contains(role) else {
                context.sink.error(
                    DiagnosticID.keyNotParty,
                    "`\(entry.key)` is not \(partyWord), so it cannot have a share in `\(key)`",
                    at: entry.keyLocation,
                    suggestion: "\(joinHint), or take `\(entry.key)` out of `\(key)`")
                valid = false
                continue
            }
            shares[role] = share
        }
        guard valid else { return nil }
        let sum = shares.reduce(0, +)
        guard abs(sum - 1) <= 1e-6 else {
            context.sink.error(
                DiagnosticID.sharesSum,
                "the shares in `\(key)` add up to \(ValueDescription.number(sum)), not 1",
                at: node.location,
                suggestion: "make the shares add up to 1; a party left out pays nothing")
            return nil
        }
        return shares
    }

    private func share(_ entry: TOMLEntry, key: String) -> Double? {
        guard let value = entry.node.value.doubleValue, value.isFinite else {
            context.sink.error(
                DiagnosticID.wrongType,
                "the share of `\(entry.key)` in `\(key)` must be a number, but here it is "
                    + ValueDescription.of(entry.node.value),
                at: entry.node.location)
            return nil
        }
        guard value >= 0 else {
            context.sink.error(
                DiagnosticID.negativeValue,
                "the share of `\(entry.key)` in `\(key)` cannot be negative, but here it is "
                    + ValueDescription.number(value),
                at: entry.node.location)
            return nil
        }
        return value
    }
}
